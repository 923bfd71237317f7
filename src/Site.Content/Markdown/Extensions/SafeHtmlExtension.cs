using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content.Markdown.Html;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// HTML policy, part 1 (part 2 is <see cref="SafeUrlExtension"/>): raw HTML in contributors'
/// markdown is parsed as HTML (so harmless markup such as `&lt;img&gt;`, `&lt;kbd&gt;` or
/// `&lt;details&gt;` works as on GitHub), and written between position markers so that
/// <see cref="RawHtmlSanitizer"/> can run the body through the allow-list and report each removal
/// at its place in the file. A tag whose name is no HTML element (`&lt;your-namespace&gt;` in
/// prose) is kept as the text it was written as.
/// </summary>
public sealed partial class SafeHtmlExtension : IMarkdownExtension
{
    /// <summary>
    /// Delimits the markers around raw HTML in Markdig's output. Markdig replaces U+0000 in its
    /// input (CommonMark requires it), so no contributor text can forge or close a marker.
    /// </summary>
    internal const string Marker = "\0";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += KeepPlaceholdersAsText;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new MarkedHtmlBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new MarkedHtmlInlineRenderer());
        }
    }

    /// <summary>The element name of an inline tag (`&lt;em&gt;`, `&lt;/em&gt;`), or null for comments and declarations.</summary>
    internal static string? TagName(string tag)
    {
        var m = TagNamePattern().Match(tag);
        return m.Success ? m.Groups[1].Value : null;
    }

    internal static bool IsClosingTag(string tag) => tag.StartsWith("</", StringComparison.Ordinal);

    private static void KeepPlaceholdersAsText(MarkdownDocument document)
    {
        var placeholders = new List<HtmlInline>();
        SyntaxWalker.Walk(document, placeholders, null, static (inline, found) =>
        {
            if (inline is HtmlInline html && TagName(html.Tag) is { } name && !HtmlAllowList.KnownElements.Contains(name))
            {
                found.Add(html);
            }
        });

        foreach (var html in placeholders)
        {
            html.ReplaceBy(new LiteralInline(html.Tag) { Line = html.Line, Column = html.Column, Span = html.Span });
        }
    }

    private static void WriteBegin(HtmlRenderer renderer, int line, int column) =>
        renderer.Write(Marker).Write(line.ToString(CultureInfo.InvariantCulture)).Write(',').Write(column.ToString(CultureInfo.InvariantCulture)).Write(Marker);

    private static void WriteEnd(HtmlRenderer renderer) => renderer.Write(Marker).Write(Marker);

    [GeneratedRegex(@"^</?([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagNamePattern();

    /// <summary>Each line of a raw HTML block between markers carrying its body line and column.</summary>
    private sealed class MarkedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                return;
            }

            renderer.EnsureLine();
            var lines = obj.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                WriteBegin(renderer, line.Line, line.Column);
                renderer.Write(line.Slice);
                WriteEnd(renderer);
                renderer.WriteLine();
            }
        }
    }

    /// <summary>A raw inline tag between markers carrying its body line and column.</summary>
    private sealed class MarkedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            if (renderer.EnableHtmlForInline)
            {
                WriteBegin(renderer, obj.Line, obj.Column);
                renderer.Write(obj.Tag);
                WriteEnd(renderer);
            }
        }
    }
}
