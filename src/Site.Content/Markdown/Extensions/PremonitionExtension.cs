using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Site.Content.Markdown.Components;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// Jekyll's premonition callouts, a quote whose first line is a type and a quoted title: <c>&gt; warning "Back up"</c>,
/// then the quote's text (KubeVirt's blog: 72 in 11 posts, shown until now as quotes opening with the words). Read as
/// the theme's callout of that kind: `note` and `info` are notes, `warning` and `error` warnings. Premonition's
/// `citation` is a quote with its source and stays one. Any other quote stays a quote. Needs
/// <see cref="ComponentExtension"/>, which renders the blocks.
/// </summary>
public sealed partial class PremonitionExtension : IMarkdownExtension
{
    private static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["note"] = "note",
        ["info"] = "note",
        ["warning"] = "warning",
        ["error"] = "warning",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Replace<QuoteBlockParser>(new MarkedQuoteParser()))
        {
            pipeline.BlockParsers.Add(new MarkedQuoteParser());
        }

        pipeline.DocumentProcessed += ToCallouts;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    [GeneratedRegex("""^(?<kind>note|info|warning|error)[ \t]+"(?<title>[^"\n]*)"[ \t]*$""")]
    private static partial Regex Marker();

    /// <summary>What the first line of a quote said, kept on the quote until the document is complete.</summary>
    private sealed record Callout(string Written, string Component, string? Title, int Line, int Column, int TitleColumn, ComponentCatalog Catalog);

    /// <summary>Markdig's quote, which also notes a premonition's first line (and leaves it out of the quote's text).</summary>
    private sealed class MarkedQuoteParser : QuoteBlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor)
        {
            var state = base.TryOpen(processor);
            if (state != BlockState.Continue || processor.NewBlocks.Count == 0 || processor.NewBlocks.Peek() is not QuoteBlock quote)
            {
                return state;
            }

            var rest = processor.Line.ToString();
            if (Marker().Match(rest) is not { Success: true } m)
            {
                return state;
            }

            var kind = m.Groups["kind"].Value;
            var title = m.Groups["title"].Value.Trim();
            quote.SetData(typeof(PremonitionExtension), new Callout(kind, Kinds[kind], title.Length == 0 ? null : title,
                processor.LineIndex, processor.Column, processor.Column + m.Groups["title"].Index, ComponentExtension.CatalogOf(processor.Context)));
            return BlockState.ContinueDiscard;
        }
    }

    /// <summary>Each marked quote becomes a callout holding the quote's blocks, in the quote's place.</summary>
    private static void ToCallouts(MarkdownDocument document)
    {
        foreach (var quote in document.Descendants<QuoteBlock>().ToList())
        {
            if (quote.GetData(typeof(PremonitionExtension)) is not Callout callout || quote.Parent is not { } parent)
            {
                continue;
            }

            var block = CalloutSyntaxes.Block(quote.Parser!, callout.Catalog, callout.Written, callout.Component, callout.Title, callout.Line, callout.Column, callout.TitleColumn);
            block.Span = quote.Span;
            block.IsClosed = true;
            while (quote.Count > 0)
            {
                var child = quote[0];
                quote.RemoveAt(0);
                block.Add(child);
            }

            if (block.Count == 0 && block.Call is not null)
            {
                block.Errors.Add((0, callout.Column, $"the callout `{callout.Written} \"…\"` is empty: write its text on the quote's next lines (`> …`)"));
            }

            var index = parent.IndexOf(quote);
            parent.RemoveAt(index);
            parent.Insert(index, block);
        }
    }
}
