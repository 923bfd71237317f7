namespace Site.Content.Model;

/// <summary>
/// What every kind of page states, so that a page of any kind is built from one set of values: each
/// <see cref="Page"/> record takes it in its constructor, with the members of its own kind.
/// </summary>
public sealed record PageCommon
{
    public required string Language { get; init; }

    public required string Id { get; init; }

    public required string Slug { get; init; }

    public required string Url { get; init; }

    public required string SourcePath { get; init; }

    public required string FullPath { get; init; }

    public required string FactsPath { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>The markdown body as the parse kept it (shared with the page, not copied).</summary>
    public required Text.CompactText Body { get; init; }

    public required int BodyStartLine { get; init; }

    public required string ContentLanguage { get; init; }

    public required string SourceHash { get; init; }
}
