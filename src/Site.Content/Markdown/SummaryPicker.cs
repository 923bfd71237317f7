using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Site.Content.Markdown;

/// <summary>
/// Picks a body's default summary (what lists and feeds show without `summary:`) while its plain text is written:
/// the text before a `&lt;!--more--&gt;` line, as Hugo, Jekyll and Nanoc read it (or Docusaurus's `&lt;!--truncate--&gt;`
/// or `{/* truncate */}`); else the first paragraph that is not a byline or a credit line (`**Authors**: …`,
/// `Editors: …`, "This post originally appeared on …"), which real posts open with and which says nothing about the
/// post; else the first paragraph.
/// </summary>
/// <param name="mayBeMarked">
/// Whether the body may hold a summary marker (it has a `&lt;!--` or `{/*`): only then are list items' ends kept for
/// <see cref="Joined"/>, which every other page would pay for on each list line.
/// </param>
internal sealed partial class SummaryPicker(bool mayBeMarked = true)
{
    private string? _firstParagraph;
    private string? _byline;
    private string? _marked;

    /// <summary>Where the plain text's lines of list items end (after their `\n`), until the summary is marked.</summary>
    private List<int>? _listItemEnds;

    /// <summary>Ranges of the plain text a summary leaves out (images' alt text, captions), in order, until it is picked.</summary>
    private List<(int Start, int End)>? _skips;

    /// <summary>Where the opening paragraph (the first that is not a byline) ends in the plain text; -1 before it.</summary>
    private int _openingEnd = -1;

    /// <summary>
    /// The summary a marker right after the opening paragraph would give, when the author's marker sits further down;
    /// null when it is there already (or nothing opens the body): the one place a long marked summary can move up to.
    /// </summary>
    public string? AtOpeningParagraph { get; private set; }

    /// <summary>Whether the author marked the summary's end with `&lt;!--more--&gt;`.</summary>
    public bool IsMarked => _marked is not null;

    public string Summary => _marked ?? _firstParagraph ?? _byline ?? string.Empty;

    /// <summary>Whether a paragraph could still become the summary (the text of later ones is not made at all).</summary>
    public bool WantsParagraph => _firstParagraph is null && _marked is null;

    /// <summary>Whether text written now may still end up in the summary (and so what it must leave out matters).</summary>
    public bool WantsText => _marked is null && (mayBeMarked || _firstParagraph is null);

    /// <summary>
    /// Plain text from <paramref name="start"/> to <paramref name="end"/> that is searchable but no summary's words: an
    /// image's alt text, a figure's caption. A summary is what the reader is told the post is about, and "banner." or
    /// "Figure 1" says nothing of it.
    /// </summary>
    public void Skip(int start, int end)
    {
        if (end > start && WantsText)
        {
            (_skips ??= []).Add((start, end));
        }
    }

    /// <summary>A paragraph at the top level of the body: the plain text from <paramref name="start"/> to its end.</summary>
    public void Paragraph(StringBuilder plain, int start)
    {
        if (WantsParagraph)
        {
            Paragraph(Whitespace().Replace(Shown(plain, start, plain.Length), " ").Trim());
            if (_firstParagraph is not null)
            {
                _openingEnd = plain.Length;
            }
        }
    }

    /// <summary>A paragraph at the top level of the body, as plain text.</summary>
    public void Paragraph(string text)
    {
        // A paragraph without words says nothing: one of only images (a banner, perhaps linked) is not offered.
        if (_firstParagraph is not null || _marked is not null || text.Length == 0)
        {
            return;
        }

        if (Byline().IsMatch(text))
        {
            _byline ??= text;
        }
        else
        {
            _firstParagraph = Introducing(text);
        }
    }

    /// <summary>
    /// A paragraph that introduces what follows it ("…errors like this during a rolling deployment:", then the code) would
    /// leave a list's summary on a colon pointing at nothing: it ends in an ellipsis instead.
    /// </summary>
    private static string Introducing(string text) => text switch
    {
        [.., ':'] => text[..^1].TrimEnd() + "…",
        [.., '：'] => text[..^1].TrimEnd() + "……",
        _ => text,
    };

    /// <summary>An HTML block at the top level: a `&lt;!--more--&gt;` line ends the summary with the text written so far.</summary>
    public void Html(HtmlBlock block, StringBuilder plainSoFar)
    {
        if (block.Lines.Count == 1 && SummaryEndMarker().IsMatch(block.Lines.Lines[0].Slice.AsSpan()))
        {
            Marker(plainSoFar, block.Line);
        }
    }

    /// <summary>The 0-based body line of the marker that ended the summary, or -1.</summary>
    public int MarkerLine { get; private set; } = -1;

    /// <summary>
    /// The 0-based body lines of markers after the one that ended the summary: they do nothing (Docusaurus posts
    /// imported whole carried two `{/* truncate */}`, and their authors would expect the summary to end at either).
    /// </summary>
    public IReadOnlyList<int> IgnoredMarkerLines => _ignoredMarkers ?? (IReadOnlyList<int>)[];

    private List<int>? _ignoredMarkers;

    /// <summary>A line of a list item's text has been written, ending at <paramref name="end"/> of the plain text.</summary>
    public void ListItemLine(int end)
    {
        if (mayBeMarked && _marked is null)
        {
            (_listItemEnds ??= []).Add(end);
        }
    }

    /// <summary>
    /// The summary's end, marked by its author on body line <paramref name="line"/> (0-based): the text written so far is
    /// the summary. The first marker with text above it counts; later ones are <see cref="IgnoredMarkerLines"/>.
    /// </summary>
    public void Marker(StringBuilder plainSoFar, int line)
    {
        if (_marked is not null)
        {
            (_ignoredMarkers ??= []).Add(line);
        }
        else if (Whitespace().Replace(Joined(plainSoFar.ToString()), " ").Trim() is { Length: > 0 } text)
        {
            _marked = text;
            MarkerLine = line;
            if (_openingEnd >= 0 && Whitespace().Replace(Joined(plainSoFar.ToString(0, _openingEnd)), " ").Trim() is var opening && opening.Length < text.Length)
            {
                AtOpeningParagraph = opening;
            }
        }
    }

    /// <summary>
    /// The plain text's lines (one a block) as one run of text, read as the page reads them: Strimzi's "two main types of
    /// artifacts:" then a list of two ran on as "Installation files Container images with Strimzi binaries The
    /// installation artifacts are…". A line without closing punctuation is followed by `; ` when a list item follows it
    /// in the same list, by `. ` otherwise (a heading, a paragraph, a list's last item); Chinese text takes `；` and `。`.
    /// </summary>
    private string Joined(string plain)
    {
        var sb = new StringBuilder(plain.Length + 16);
        var start = 0;
        string? pending = null;
        var pendingIsItem = false;
        var nextItem = 0; // the ends grow with the text: one pass over them, not a search per line
        while (start < plain.Length)
        {
            var newline = plain.IndexOf('\n', start);
            var end = newline < 0 ? plain.Length : newline + 1;
            var line = Shown(plain, start, end).Trim();
            while (_listItemEnds is not null && nextItem < _listItemEnds.Count && _listItemEnds[nextItem] < end)
            {
                nextItem++;
            }

            var isItem = _listItemEnds is not null && nextItem < _listItemEnds.Count && _listItemEnds[nextItem] == end;
            start = end;
            if (line.Length == 0)
            {
                continue;
            }

            if (pending is not null)
            {
                sb.Append(pending).Append(Separator(pending, pendingIsItem && isItem));
            }

            pending = line;
            pendingIsItem = isItem;
        }

        return pending is null ? string.Empty : sb.Append(pending).ToString();
    }

    /// <summary>The plain text from <paramref name="start"/> to <paramref name="end"/> without the ranges <see cref="Skip"/> was told of.</summary>
    private string Shown(string plain, int start, int end) => Shown(plain.AsSpan(), start, end);

    private string Shown(StringBuilder plain, int start, int end) => Shown(plain.ToString(start, end - start).AsSpan(), start, end, offset: start);

    private string Shown(ReadOnlySpan<char> text, int start, int end, int offset = 0)
    {
        if (_skips is null)
        {
            return text.Slice(start - offset, end - start).ToString();
        }

        var sb = new StringBuilder(end - start);
        var at = start;
        foreach (var (skipStart, skipEnd) in _skips)
        {
            if (skipEnd <= at || skipStart >= end)
            {
                continue;
            }

            if (skipStart > at)
            {
                sb.Append(text.Slice(at - offset, skipStart - at));
            }

            at = Math.Min(skipEnd, end);
        }

        return at < end ? sb.Append(text.Slice(at - offset, end - at)).ToString() : sb.ToString();
    }

    private static string Separator(string line, bool itemFollowsItem)
    {
        var last = line[^1];
        var chinese = IsHan(last) || "。！？；：，、…）》」』”".Contains(last);
        if (".!?;:,…)]\"'”’。！？；：，、）》」』".Contains(last))
        {
            return chinese ? string.Empty : " ";
        }

        return (chinese, itemFollowsItem) switch
        {
            (true, true) => "；",
            (true, false) => "。",
            (false, true) => "; ",
            (false, false) => ". ",
        };
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    [GeneratedRegex(@"^\s*<!--\s*(?:more|truncate)\s*-->\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryEndMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Who wrote, edited or translated the post, or where it appeared first: on a line of its own, before the text.
    [GeneratedRegex(@"^(?:(?:authors?|editors?|contributors?|reviewers?|translators?|written by|posted by|guest post by|editor['’]s note|作者|译者|编辑|审校)\s*[:：]|(?:this|the)\b.{0,80}\b(?:originally|first)\s+(?:appeared|published|posted)\b|.{0,40}\bcross-?posted\b|本文(?:最初|首发|原)(?:发表|发布|刊登)|.{0,20}同步发布于|本文转载自|转载自)", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();
}
