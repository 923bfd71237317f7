namespace Site.Search;

/// <summary>
/// One page as the search indexes see it (plain text, already extracted from markdown/HTML by the pipeline).
/// <see cref="Url"/> is the lunr document reference and must be unique within a language.
/// </summary>
public sealed record SearchDocument(string Url, string Title)
{
    /// <summary>Section headings (h2–h6) of the page, in order (names index).</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>Front-matter summary/description (text index).</summary>
    public string? Summary { get; init; }

    /// <summary>Tags / categories (names index).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Full plain text of the page body (text index).</summary>
    public string? Body { get; init; }

    /// <summary>
    /// Reads the body when the text index is built, used when <see cref="Body"/> is null: a caller
    /// that keeps bodies compact then has one decoded at a time, not a whole language's.
    /// </summary>
    public Func<string?>? ReadBody { get; init; }

    /// <summary>Content type (e.g. "project", "glossary", "post"); not indexed (results show what the pipeline writes with them).</summary>
    public string? Type { get; init; }

    /// <summary>Publication date; not indexed.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>lunr document boost (0 or NaN mean 1).</summary>
    public double Boost { get; init; } = 1;
}
