namespace Site.Search;

/// <summary>Field boosts and sizes of a <see cref="SearchIndexSet"/>. Defaults favour titles, then headings and tags.</summary>
public sealed record SearchIndexSetOptions
{
    /// <summary>Default options.</summary>
    public static SearchIndexSetOptions Default { get; } = new();

    /// <summary>Boost of the <c>title</c> field.</summary>
    public double TitleBoost { get; init; } = 10;

    /// <summary>Boost of the <c>headings</c> field.</summary>
    public double HeadingsBoost { get; init; } = 5;

    /// <summary>Boost of the <c>tags</c> field.</summary>
    public double TagsBoost { get; init; } = 5;

    /// <summary>Boost of the <c>summary</c> field.</summary>
    public double SummaryBoost { get; init; } = 2;

    /// <summary>Boost of the <c>body</c> field (text index).</summary>
    public double BodyBoost { get; init; } = 1;

    /// <summary>
    /// Indexes only the first N UTF-16 units of each body (cut at whitespace) in the text index; null indexes whole
    /// bodies. The text index grows ~4× the body text (every (term, page) pair repeats the page URL), so large
    /// sites should cap it. See the size figures in the search notes.
    /// </summary>
    public int? MaxBodyLength { get; init; }

    /// <summary>lunr <c>metadataWhitelist</c> for both indexes; empty keeps indexes small (no highlighting offsets).</summary>
    public IReadOnlyList<string> MetadataWhitelist { get; init; } = [];
}
