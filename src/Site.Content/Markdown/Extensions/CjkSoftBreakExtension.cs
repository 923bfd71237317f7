using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// Chinese and Japanese are written without spaces, so a line wrapped between two such
/// characters must join without one: the soft line break between them is removed (HTML would
/// otherwise show it as a space in the middle of a sentence). Full-width punctuation carries its
/// own spacing, so a break next to it joins without a space too, whatever is on the other side
/// (`流程。⏎CD 是` reads `流程。CD 是`). Punctuation English shares with Chinese (curly quotes,
/// the ellipsis, dashes) joins only when the other side is Chinese; between Latin words a break
/// stays a space.
/// </summary>
public sealed class CjkSoftBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += JoinCjkLines;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Han, kana, CJK punctuation and full-width forms: scripts written without spaces.</summary>
    public static bool IsSpacelessScript(char c) =>
        (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\u3000' && c <= '\u30FF') || (c >= '\u3100' && c <= '\u31FF')
        || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || char.IsSurrogate(c);

    /// <summary>Ideographic and full-width punctuation (。，、：；？！「」（）《》…), which brings its own spacing.</summary>
    public static bool IsFullWidthPunctuation(char c) =>
        (c >= '\u3000' && c <= '\u303F') || (c >= '\uFE10' && c <= '\uFE1F') || (c >= '\uFE30' && c <= '\uFE4F')
        || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20') || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65');

    /// <summary>Punctuation Chinese text shares with English: curly quotes, ellipsis, dashes, middle dot.</summary>
    private static bool IsSharedPunctuation(char c) => c is '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014' or '\u2013' or '\u00B7';

    /// <summary>Whether a soft break between <paramref name="before"/> and <paramref name="after"/> is read as nothing rather than a space.</summary>
    public static bool JoinsWithoutSpace(char before, char after) =>
        (IsSpacelessScript(before) && IsSpacelessScript(after))
        || IsFullWidthPunctuation(before) || IsFullWidthPunctuation(after)
        || (IsSharedPunctuation(before) && IsSpacelessScript(after))
        || (IsSpacelessScript(before) && IsSharedPunctuation(after));

    private static void JoinCjkLines(MarkdownDocument document)
    {
        var joins = new List<LineBreakInline>();
        SyntaxWalker.Walk(document, joins, null, static (inline, found) =>
        {
            if (inline is LineBreakInline { IsHard: false } br
                && LastChar(br.PreviousSibling) is { } b && FirstChar(br.NextSibling) is { } a
                && JoinsWithoutSpace(b, a))
            {
                found.Add(br);
            }
        });

        foreach (var br in joins)
        {
            br.Remove();
        }
    }

    private static char? LastChar(Inline? inline) => inline switch
    {
        LiteralInline l when l.Content.Length > 0 => l.Content.Text[l.Content.End],
        CodeInline c when c.Content.Length > 0 => c.Content[^1],
        ContainerInline c => LastChar(c.LastChild),
        _ => null,
    };

    private static char? FirstChar(Inline? inline) => inline switch
    {
        LiteralInline l when l.Content.Length > 0 => l.Content.Text[l.Content.Start],
        CodeInline c when c.Content.Length > 0 => c.Content[0],
        ContainerInline c => FirstChar(c.FirstChild),
        _ => null,
    };
}
