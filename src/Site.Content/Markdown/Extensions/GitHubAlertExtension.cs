using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// GitHub's alerts, a quote whose first line is <c>[!NOTE]</c> (or TIP, IMPORTANT, WARNING, CAUTION): read as the
/// theme's callout component of that kind (see <see cref="CalloutSyntaxes"/>), with the rest of the quote inside.
/// As on GitHub, only a quote at the top level of the page is an alert, and the marker stands alone on its line;
/// any other <c>[!WORD]</c> stays text. Markdig's own alert extension draws GitHub's markup and classes, which the
/// theme does not style; this one hands the quote to the same templates as <c>{{&lt; note &gt;}}</c>. Needs
/// <see cref="ComponentExtension"/>, which renders the blocks.
/// </summary>
public sealed class GitHubAlertExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.Insert(0, new AlertMarkerParser());
        pipeline.DocumentProcessed += DropMarkerParagraphs;
    }

    /// <summary>`&gt; [!NOTE]` followed by `&gt;` and a blank line leaves the marker's paragraph empty: not a paragraph to show.</summary>
    private static void DropMarkerParagraphs(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is not ComponentBlock alert || alert.GetData(typeof(GitHubAlertExtension)) is not true)
            {
                continue;
            }

            if (alert.Count > 0 && alert[0] is ParagraphBlock { Inline.FirstChild: null })
            {
                alert.RemoveAt(0);
            }

            if (alert.Count == 0 && alert.Call is not null)
            {
                alert.Errors.Add((0, alert.Column, "the alert is empty: write its text on the quote's next lines (`> …`)"));
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class AlertMarkerParser : InlineParser
    {
        public AlertMarkerParser() => OpeningCharacters = ['['];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.PeekChar() != '!' || processor.Block is not ParagraphBlock paragraph || paragraph.Inline?.FirstChild is not null
                || paragraph.Parent is not QuoteBlock quote || quote.Parent is not MarkdownDocument || quote[0] != paragraph)
            {
                return false;
            }

            // `[!NOTE]` and nothing else up to the end of its line.
            var text = slice.AsSpan();
            var close = text.IndexOf(']');
            if (close < 3)
            {
                return false;
            }

            var kind = text[2..close].ToString();
            var after = close + 1;
            while (after < text.Length && text[after] is ' ' or '\t')
            {
                after++;
            }

            if (!CalloutSyntaxes.GitHub.TryGetValue(kind, out var component) || (after < text.Length && text[after] is not ('\n' or '\r')))
            {
                return false;
            }

            processor.GetSourcePosition(slice.Start, out var line, out var column);
            var block = CalloutSyntaxes.Block(quote.Parser!, ComponentExtension.CatalogOf(processor.Context), $"[!{kind}]", component,
                CalloutSyntaxes.TypeHeading(kind, component, ComponentExtension.LanguageOf(processor.Context)), line, column, column);
            block.Span = quote.Span;
            block.IsClosed = true;
            block.SetData(typeof(GitHubAlertExtension), true);
            while (quote.Count > 0)
            {
                var child = quote[0];
                quote.RemoveAt(0);
                block.Add(child);
            }

            // Removed and inserted (Insert sets the block's parent), in the quote's place.
            var document = (MarkdownDocument)quote.Parent;
            var index = document.IndexOf(quote);
            document.RemoveAt(index);
            document.Insert(index, block);
            processor.ReplaceParentContainer(quote, block);

            // Skip the marker and its line end; the quote's text goes on as the callout's first paragraph.
            slice.Start += after;
            if (slice.CurrentChar == '\r')
            {
                slice.SkipChar();
            }

            if (slice.CurrentChar == '\n')
            {
                slice.SkipChar();
            }

            return true;
        }
    }
}
