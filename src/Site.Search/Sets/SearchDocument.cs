namespace Site.Search;

/// <summary>
/// One page as the search indexes see it (plain text, already extracted from markdown/HTML by the pipeline).
/// <see cref="Url"/> is the lunr document reference and must be unique within a language.
/// </summary>
public sealed record SearchDocument(string Url, string Title)
{
    /// <summary>Section headings (h2–h6) of the page, in order.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>Front-matter summary/description; when null a snippet of <see cref="Body"/> is displayed.</summary>
    public string? Summary { get; init; }

    /// <summary>Tags / categories.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Full plain text of the page body (indexed only in the full-text tier).</summary>
    public string? Body { get; init; }

    /// <summary>Content type shown in results (e.g. "project", "glossary", "post").</summary>
    public string? Type { get; init; }

    /// <summary>Publication date, written as ISO <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>lunr document boost (0 or NaN mean 1).</summary>
    public double Boost { get; init; } = 1;
}
