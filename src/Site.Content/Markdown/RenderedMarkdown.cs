using Site.Content.Diagnostics;
using Site.Content.Text;

namespace Site.Content.Markdown;

/// <summary>A heading of a rendered body: level 1-6, plain text, the id used in the HTML.</summary>
/// <param name="Line">File line of the heading (0 when unknown).</param>
/// <param name="GitHubAnchor">
/// The anchor GitHub (and Hugo) would give the heading, when it differs from <paramref name="Id"/> and names nothing
/// else on the page; the HTML carries it too, so links written for those sites work (see <see cref="HeadingIdAssigner.GitHubAnchors"/>).
/// </param>
public sealed record Heading(int Level, string Text, string Id, bool IsExplicitId = false, int Line = 0, string? GitHubAnchor = null);

/// <summary>A link or image URL as written, at its file position (line/column 1-based).</summary>
/// <param name="Liquid">
/// For the address a Jekyll link tag (`{% post_url … %}`, `{% link … %}`) stands for, the tag as written: it is shown
/// as text here, so the link is always a problem, whose fix is the address (see <see cref="JekyllLiquid"/>).
/// </param>
public sealed record MarkdownLink(string Url, int Line, int Column, bool IsImage, string? Liquid = null);

/// <summary>A problem found while rendering a body (raw HTML removed, a second title), at its file position (1-based).</summary>
public sealed record BodyFinding(Severity Severity, int Line, int Column, string Message);

/// <summary>What rendering one markdown body produces.</summary>
/// <param name="Html">Safe HTML (raw HTML through the allow-list, script URLs dropped).</param>
/// <param name="Headings">Headings in document order with their ids (for tables of contents and `#fragment` checks).</param>
/// <param name="Links">Every link and image, for validation.</param>
/// <param name="PlainText">Text without markup (fenced code excluded), for search and descriptions.</param>
/// <param name="FirstParagraphText">The default summary: the text before `&lt;!--more--&gt;`, or the first paragraph that is not a byline (see <see cref="SummaryPicker"/>).</param>
/// <param name="WordCount">Words, counting each Han/kana character as one, for reading time.</param>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<MarkdownLink> Links,
    string PlainText,
    string FirstParagraphText,
    int WordCount)
{
    // Held as compact text: the bodies of a whole site stay in memory from markdown to pages and search.
    private readonly CompactText _html = CompactText.Of(Html);
    private readonly CompactText _plainText = CompactText.Of(PlainText);
    private HashSet<string>? _ids;

    /// <summary>Safe HTML (raw HTML through the allow-list, script URLs dropped); each read decodes it, see <see cref="HtmlCompact"/>.</summary>
    public string Html
    {
        get => _html.ToString();
        init => _html = CompactText.Of(value);
    }

    /// <summary>The HTML as kept, for holders that read it later or not at all (the page model).</summary>
    public CompactText HtmlCompact => _html;

    /// <summary>Text without markup (fenced code excluded), for search and descriptions; each read decodes it.</summary>
    public string PlainText
    {
        get => _plainText.ToString();
        init => _plainText = CompactText.Of(value);
    }

    /// <summary>The plain text as kept, for holders that read it later (the search files).</summary>
    public CompactText PlainTextCompact => _plainText;

    /// <summary>What rendering removed or would like changed, in document order; reported by <see cref="HeadingIdValidator"/> for the page (not for fallbacks, which show their source).</summary>
    public IReadOnlyList<BodyFinding> Findings { get; init; } = [];

    /// <summary>True when the body calls components, so the theme's component templates and labels shape its HTML.</summary>
    public bool UsesComponents { get; init; }

    /// <summary>Whether <see cref="FirstParagraphText"/> is the text before a `&lt;!--more--&gt;` line (the author's own summary).</summary>
    public bool SummaryIsMarked { get; init; }

    /// <summary>
    /// For a marked summary: the one a marker right after the opening paragraph would give, when the marker sits further
    /// down; null when it ends the opening paragraph already, so moving it up is no way to shorten the summary.
    /// </summary>
    public string? MarkedSummaryAtOpeningParagraph { get; init; }

    /// <summary>For a marked summary: the marker that ends it, its 0-based body line and its text as written.</summary>
    public (int Line, string Text)? SummaryMarker { get; init; }

    /// <summary>Why the body could not be rendered as markdown (it is shown as escaped text); null normally. Reported by <see cref="HeadingIdValidator"/>.</summary>
    public string? Problem { get; init; }

    /// <summary>True when an element of the body has this id (a heading, or a footnote anchor).</summary>
    public bool HasAnchor(string id)
    {
        if (id.StartsWith("fn:", StringComparison.Ordinal) || id.StartsWith("fnref:", StringComparison.Ordinal))
        {
            return true;
        }

        // Built on first use; several validator threads may race here, so publish atomically.
        var ids = Volatile.Read(ref _ids);
        if (ids is null)
        {
            var all = new HashSet<string>(Headings.Select(h => h.Id), StringComparer.Ordinal);
            foreach (var h in Headings)
            {
                if (h.GitHubAnchor is { } anchor)
                {
                    all.Add(anchor);
                }
            }

            Interlocked.CompareExchange(ref _ids, all, null);
            ids = Volatile.Read(ref _ids)!;
        }

        return ids.Contains(id);
    }
}
