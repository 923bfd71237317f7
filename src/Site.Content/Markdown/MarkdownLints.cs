using Markdig.Syntax;
using Site.Content.Markdown.Components;
using Site.Content.Markdown.Highlighting;

namespace Site.Content.Markdown;

/// <summary>
/// Checks of one body for markdown that parses without complaint but that readers would see wrong, most of it
/// written for another site generator: a component tag inside HTML, Hugo's attribute lines, a footnote typed with a
/// full-width colon, a diagram fence, a fence never closed. Each is a finding at its line with the fix. The body is
/// searched once for the raw patterns (most bodies have none); blocks are then checked as the renderer walks them.
/// </summary>
internal sealed partial class MarkdownLints
{
    /// <summary>Fence languages that other sites draw as diagrams in the browser.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DiagramLanguages =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "mermaid", "plantuml", "graphviz", "dot" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _markdown;
    private readonly int _firstLine;
    private readonly List<BodyFinding> _findings;
    private readonly List<int>? _attributeLines;
    private readonly bool _fullWidthColonAfterBracket;

    public MarkdownLints(string markdown, int firstLine, List<BodyFinding> findings)
    {
        _markdown = markdown;
        _firstLine = firstLine;
        _findings = findings;
        foreach (var match in AttributeLine().EnumerateMatches(markdown))
        {
            (_attributeLines ??= []).Add(match.Index);
        }

        _fullWidthColonAfterBracket = markdown.Contains("]：", StringComparison.Ordinal);
    }

    public void Check(Block block)
    {
        switch (block)
        {
            case HtmlBlock { Type: not (HtmlBlockType.ScriptPreOrStyle or HtmlBlockType.Comment) } html:
                ComponentInHtml(html);
                break;
            case ParagraphBlock paragraph:
                if (_fullWidthColonAfterBracket)
                {
                    FullWidthFootnoteColon(paragraph);
                }

                for (var i = 0; _attributeLines is not null && i < _attributeLines.Count; i++)
                {
                    if (_attributeLines[i] >= paragraph.Span.Start && _attributeLines[i] <= paragraph.Span.End)
                    {
                        AttributeLineInText(paragraph, _attributeLines[i]);
                    }
                }

                break;
            case FencedCodeBlock { Info: { Length: > 0 } info } diagram when DiagramLanguages.Contains(CodeLanguages.FirstWordSpan(info)):
                // Docsy and GitHub draw these in the browser with a script; this site runs no such script (CSP), so readers get the source.
                Add(Diagnostics.Severity.Warning, diagram.Line, diagram.Column + 1,
                    $"a `{CodeLanguages.FirstWord(info)}` diagram is not drawn on this site: readers see its source as code; draw it as an image (SVG) and show it with `{{{{< figure src=\"diagram.svg\" alt=\"…\" >}}}}`, the file beside the page in its bundle");
                break;
            case FencedCodeBlock { ClosingFencedCharCount: 0, Parent: MarkdownDocument document } fence when ReferenceEquals(document.LastChild, fence) && fence.Lines.Count > 0:
                // A fence that is never closed runs to the end of the page: the rest of the text is shown as code.
                Add(Diagnostics.Severity.Warning, fence.Line, fence.Column + 1,
                    $"this code block is never closed, so everything after it, to the end of the page, is shown as code: end it with a line `{new string(fence.FencedChar, fence.OpeningFencedCharCount)}`");
                break;
        }
    }

    /// <param name="line">0-based line in the body.</param>
    private void Add(Diagnostics.Severity severity, int line, int column, string message) =>
        _findings.Add(new BodyFinding(severity, _firstLine + line, column, message));

    /// <summary>
    /// A component tag on a line of an HTML block (`&lt;div&gt;`, the tag, `&lt;/div&gt;` without blank lines, as a video
    /// frame's replacement often lands) is HTML's text, printed as it is: an error that says how to make it a component.
    /// </summary>
    private void ComponentInHtml(HtmlBlock html)
    {
        var lines = html.Lines.Lines;
        for (var i = 1; i < html.Lines.Count; i++)
        {
            var line = lines[i].Slice.AsSpan();
            var indent = line.Length - line.TrimStart().Length;
            if (ComponentTag.StartsAt(line[indent..]) && ComponentTag.NameOf(line[indent..].ToString()) is { } name)
            {
                Add(Diagnostics.Severity.Error, html.Line + i, indent + 1,
                    $"the tag of `{name}` is inside the HTML block that starts on line {_firstLine + html.Line} and would be shown as text: leave a blank line before and after it (HTML runs until a blank line), or remove the HTML around it");
            }
        }
    }

    /// <summary>
    /// `[^1]：text`, a footnote definition typed with a Chinese input method's full-width colon, is not one: the
    /// marker and the text stay in the paragraph, and the definitions after it run into one paragraph.
    /// </summary>
    private void FullWidthFootnoteColon(ParagraphBlock paragraph)
    {
        var end = Math.Min(paragraph.Span.End, _markdown.Length - 1);
        if (paragraph.Span.Start < 0 || end < paragraph.Span.Start)
        {
            return;
        }

        var lines = _markdown[paragraph.Span.Start..(end + 1)].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (FootnoteWithFullWidthColon().Match(lines[i]) is { Success: true } m)
            {
                Add(Diagnostics.Severity.Warning, paragraph.Line + i, m.Index + 1,
                    $"`{m.Value}` is not a footnote definition, because its colon is full-width: write `{m.Value[..^1]}:`");
            }
        }
    }

    /// <summary>
    /// `{.mt-3}` or `{style="max-width: 9rem"}` on a line of its own under a paragraph or image: Hugo's attribute
    /// list, which this site does not read (it would let content set classes and styles), so readers would see it.
    /// </summary>
    private void AttributeLineInText(ParagraphBlock paragraph, int at)
    {
        var line = paragraph.Line + _markdown.AsSpan(paragraph.Span.Start, at - paragraph.Span.Start).Count('\n');
        var lineStart = _markdown.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var end = _markdown.IndexOf('\n', at);
        var text = _markdown[at..(end < 0 ? _markdown.Length : end)].Trim();
        Add(Diagnostics.Severity.Warning, line, at - lineStart + 1,
            $"`{text}` is Hugo's attribute list, which this site does not read, so readers see it as text: delete it (classes, sizes and styles come from the theme)");
    }

    /// <summary>A line that is only an attribute list: `{.class}`, `{#id}`, `{key="value" …}`; the match starts at its `{`.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^[ \t]*)\{[ \t]*(?:[.#][\w-]+|[\w-]+=(?:""[^""\n]*""|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:""[^""\n]*""|'[^'\n]*'|[^\s}]+)))*[ \t]*\}[ \t]*\r?$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex AttributeLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^ {0,3})\[\^[^\]\s]+\]：")]
    private static partial System.Text.RegularExpressions.Regex FootnoteWithFullWidthColon();
}
