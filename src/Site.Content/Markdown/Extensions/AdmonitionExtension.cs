using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// Docusaurus's admonitions, <c>:::tip</c> or <c>:::tip Title</c> or <c>:::tip[Title]</c>, markdown, then a line
/// <c>:::</c>: read as the theme's callout component of that kind (see <see cref="CalloutSyntaxes"/>). More colons
/// nest, as in Docusaurus (<c>::::note</c> … <c>::::</c> around a <c>:::tip</c>). A <c>:::</c> line of another word
/// stays text. Needs <see cref="ComponentExtension"/>, which renders the blocks.
/// </summary>
public sealed class AdmonitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new AdmonitionBlockParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class AdmonitionBlockParser : BlockParser
    {
        public AdmonitionBlockParser() => OpeningCharacters = [':'];

        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            if (processor.IsCodeIndent)
            {
                return BlockState.None;
            }

            var text = processor.Line.ToString();
            var colons = Colons(text);
            var kindEnd = colons;
            while (kindEnd < text.Length && char.IsAsciiLetterLower(text[kindEnd]))
            {
                kindEnd++;
            }

            if (colons < 3 || !CalloutSyntaxes.Docusaurus.TryGetValue(text[colons..kindEnd], out var component))
            {
                return BlockState.None;
            }

            // The title: `:::tip Title` (Docusaurus 2) or `:::tip[Title]` (Docusaurus 3).
            var rest = text[kindEnd..];
            var title = rest.Trim();
            var titleColumn = processor.Column + kindEnd + (rest.Length - rest.TrimStart().Length);
            if (title.StartsWith('[') && title.EndsWith(']'))
            {
                title = title[1..^1].Trim();
                titleColumn++;
            }

            // No title: Docusaurus shows the type's name (`:::danger` is "Danger"), as MkDocs does.
            var kind = text[colons..kindEnd];
            var heading = title.Length > 0 ? title : CalloutSyntaxes.TypeHeading(kind, component, ComponentExtension.LanguageOf(processor.Context));
            var block = CalloutSyntaxes.Block(this, ComponentExtension.CatalogOf(processor.Context), text[..kindEnd], component,
                heading, processor.LineIndex, processor.Column, title.Length > 0 ? titleColumn : processor.Column);
            block.Span = new SourceSpan(processor.Line.Start, processor.Line.End);
            block.FenceColons = colons;
            processor.NewBlocks.Push(block);
            return block.Call is null ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
        }

        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            var component = (ComponentBlock)block;
            var text = processor.Line.ToString().Trim();
            if (processor.IsCodeIndent || text.Length != component.FenceColons || Colons(text) != text.Length)
            {
                return BlockState.Continue;
            }

            component.IsClosed = true;
            component.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        public override bool Close(BlockProcessor processor, Block block)
        {
            if (block is ComponentBlock { Call: not null, IsClosed: false } open)
            {
                open.Errors.Add((0, open.Column, $"`{new string(':', open.FenceColons)}{open.Tag!.Name}` is not closed: end it with `{new string(':', open.FenceColons)}` on a line of its own"));
            }
            else if (block is ComponentBlock { Call: not null, IsClosed: true, Count: 0 } empty)
            {
                empty.Errors.Add((0, empty.Column, "the admonition is empty: write its text between its opening line and `:::`"));
            }

            return true;
        }

        private static int Colons(string text)
        {
            var n = 0;
            while (n < text.Length && text[n] == ':')
            {
                n++;
            }

            return n;
        }
    }
}
