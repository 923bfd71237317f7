namespace Site.Search.Analysis;

/// <summary><c>drop-empty</c> of the <c>cjk</c> profile: removes tokens the trimmer emptied (lunr keeps them as <c>""</c>).</summary>
public sealed class DropEmptyFilter : IPipelineFunction
{
    /// <summary>Shared stateless instance.</summary>
    public static DropEmptyFilter Instance { get; } = new();

    /// <inheritdoc />
    public string Label => "drop-empty";

    /// <inheritdoc />
    public string? Process(string token) => token.Length == 0 ? null : token;
}
