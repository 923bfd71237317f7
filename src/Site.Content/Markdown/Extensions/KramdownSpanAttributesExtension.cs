using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// kramdown's span attribute lists, <c>[a link](…){:target="_blank"}</c> or <c>**x**{: .big}</c>: Jekyll and MkDocs
/// (attr_list) sites add them to links by the hundred (Knative: 159 in 16 posts). This site does not read them (a
/// link opens in the reader's own tab, styles come from the theme), and shown as text they also break the sentence
/// around them: `_blank`'s underscore ends an emphasis. So they are left out, and the page gets one warning for all
/// of them (see <see cref="MarkdownRenderer"/>). A list on a line of its own is a block's, reported by the markdown
/// lints; inside code it is text.
/// </summary>
public sealed partial class KramdownSpanAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Insert(0, new SpanAttributesParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<NothingRenderer>();
        }
    }

    /// <summary>`{:` then classes, ids and `key=value` pairs, then `}`; no braces or line end inside.</summary>
    [GeneratedRegex("""^\{:[ \t]*(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+)))*[ \t]*\}""")]
    private static partial Regex SpanAttributes();

    private sealed class SpanAttributesParser : InlineParser
    {
        public SpanAttributesParser() => OpeningCharacters = ['{'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            // After something on its line (the span it belongs to), not at a line's start, where it is a block's.
            var before = slice.PeekCharExtra(-1);
            if (slice.PeekChar() != ':' || slice.Start == 0 || before is '\n' or '\r' || processor.Inline is null)
            {
                return false;
            }

            var match = SpanAttributes().Match(slice.Text, slice.Start, slice.Length);
            if (!match.Success || match.Index != slice.Start)
            {
                return false;
            }

            processor.GetSourcePosition(slice.Start, out var line, out var column);
            processor.Inline = new DroppedAttributesInline(match.Value) { Line = line, Column = column, Span = new(slice.Start, slice.Start + match.Length - 1) };
            slice.Start += match.Length;
            return true;
        }
    }

    private sealed class NothingRenderer : HtmlObjectRenderer<DroppedAttributesInline>
    {
        protected override void Write(HtmlRenderer renderer, DroppedAttributesInline obj)
        {
        }
    }
}

/// <summary>A kramdown span attribute list, left out of the page; its text is kept for the warning.</summary>
public sealed class DroppedAttributesInline(string text) : LeafInline
{
    public string Text { get; } = text;
}
