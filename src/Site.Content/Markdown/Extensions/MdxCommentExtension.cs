using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// MDX's comments, <c>{/* … */}</c> on lines of their own (one line or several): Docusaurus 3 reads every page as
/// MDX, where an HTML comment is a syntax error, so pages brought from Docusaurus sites hide notes and old markup
/// this way. Dropped like HTML comments, instead of being shown to readers as braces and slashes. Inside code, and
/// in the middle of a sentence, the text stays as written, and so does a comment that no line closes (rather than
/// hiding the rest of the page). Docusaurus's <c>{/* truncate */}</c>, which ends a post's summary, stays in the
/// document as a <see cref="SummaryMarkerBlock"/> (rendered as nothing) for the summary to end there.
/// </summary>
public sealed partial class MdxCommentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new MdxCommentParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class MdxCommentParser : BlockParser
    {
        public MdxCommentParser() => OpeningCharacters = ['{'];

        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            var line = processor.Line.ToString();
            if (processor.IsCodeIndent || !line.StartsWith("{/*", StringComparison.Ordinal) || !ClosedLater(processor.Line.Text, processor.Line.Start + 3))
            {
                return BlockState.None; // never closed: shown as written, as GitHub would, rather than hiding the rest of the page
            }

            if (TruncateMarker().IsMatch(line))
            {
                processor.NewBlocks.Push(new SummaryMarkerBlock(this) { Line = processor.LineIndex, Column = processor.Column });
                return BlockState.BreakDiscard;
            }

            processor.NewBlocks.Push(new MdxCommentBlock(this) { Line = processor.LineIndex, Column = processor.Column });
            // Lines are kept in the block (not discarded) so that Markdig can release them when the block is removed.
            return Ends(line[3..]) ? BlockState.Break : BlockState.Continue;
        }

        public override BlockState TryContinue(BlockProcessor processor, Block block) =>
            Ends(processor.Line.ToString()) ? BlockState.Break : BlockState.Continue;

        // Removed from the document: nothing of it is rendered, searched or counted. The summary's end stays, for the summary picker.
        public override bool Close(BlockProcessor processor, Block block) => block is SummaryMarkerBlock;

        private static bool Ends(string text) => text.TrimEnd().EndsWith("*/}", StringComparison.Ordinal);

        /// <summary>True when a line after <paramref name="from"/> in the body ends with `*/}`.</summary>
        private static bool ClosedLater(string body, int from)
        {
            for (var at = body.IndexOf("*/}", from, StringComparison.Ordinal); at >= 0; at = body.IndexOf("*/}", at + 3, StringComparison.Ordinal))
            {
                var lineEnd = body.IndexOf('\n', at);
                if (body.AsSpan(at + 3, (lineEnd < 0 ? body.Length : lineEnd) - at - 3).IsWhiteSpace())
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class MdxCommentBlock(BlockParser parser) : LeafBlock(parser);

    [GeneratedRegex(@"^\{/\*\s*truncate\s*\*/\}\s*$")]
    private static partial Regex TruncateMarker();
}

/// <summary>Where a Docusaurus author ended a post's summary (<c>{/* truncate */}</c>); no renderer writes anything for it.</summary>
public sealed class SummaryMarkerBlock(BlockParser parser) : LeafBlock(parser);
