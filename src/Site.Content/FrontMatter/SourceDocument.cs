using Site.Content.Diagnostics;
using Site.Content.Text;

namespace Site.Content.FrontMatter;

/// <summary>A markdown file split into its front matter and its body.</summary>
/// <param name="Source">The decoded file; the loader keeps only its front matter's lines and the body's first (<see cref="SourceText.KeepLines"/>).</param>
/// <param name="FrontMatter">Parsed front matter; <see cref="FrontMatterBlock.None"/> when absent.</param>
/// <param name="Body">Markdown after the closing `---`.</param>
/// <param name="BodyStartLine">File line of the body's first line, so markdown line N (0-based) is file line BodyStartLine + N.</param>
/// <param name="IsValid">False when the front matter could not be parsed (already reported).</param>
public sealed record SourceDocument(
    SourceText Source,
    FrontMatterBlock FrontMatter,
    string Body,
    int BodyStartLine,
    bool IsValid)
{
    // Held as compact text from the parse on, and handed to the page as it is: every body of the site
    // stays in memory from the load to the render, and each collection that promotes it copies it.
    private readonly CompactText _body = CompactText.Of(Body);

    /// <summary>A document whose body is already compact (the parser's, which never makes a string of it).</summary>
    internal SourceDocument(SourceText source, FrontMatterBlock frontMatter, CompactText body, int bodyStartLine, bool isValid)
        : this(source, frontMatter, string.Empty, bodyStartLine, isValid)
    {
        _body = body;
    }

    /// <summary>Markdown after the closing `---`; each read decodes it from <see cref="BodyCompact"/>.</summary>
    public string Body
    {
        get => _body.ToString();
        init => _body = CompactText.Of(value);
    }

    /// <summary>The body as kept.</summary>
    public CompactText BodyCompact => _body;

    /// <summary>
    /// Invalid front matter between a `---` and a closing `---` line: its error is reported, but the body is the file's,
    /// so the page is built all the same and its body checked in the same run (the build fails on the error).
    /// </summary>
    public bool BodyUsable { get; init; }

    /// <summary>
    /// Of invalid front matter (<see cref="BodyUsable"/>), the keys whose lines could not be read: the rest of the block
    /// was read without them (a key given twice: its last value). Null when no key could be read at all.
    /// </summary>
    public IReadOnlySet<string>? UnreadKeys { get; init; }

    /// <summary>Whether the front matter's keys were read, so that one it lacks is missing (not merely unreadable).</summary>
    public bool Lacks(string key) => IsValid || (BodyUsable && UnreadKeys is { } unread && !unread.Contains(key));
}
