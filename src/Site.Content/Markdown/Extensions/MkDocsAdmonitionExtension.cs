using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Site.Content.Markdown.Components;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// MkDocs's admonitions, <c>!!! note "Title"</c> with their markdown indented by four spaces under the line, read as
/// the theme's callout of that kind (see <see cref="CalloutSyntaxes.MkDocs"/>); and pymdownx's collapsible blocks,
/// <c>??? note "Title"</c> (closed) and <c>???+ note</c> (open), read as the theme's <c>details</c>. Without a
/// title, MkDocs shows the type's name: so do we, except where the component's own heading already says it
/// (<c>!!! note</c> is the theme's "Note", in the reader's language). Layout modifiers (<c>inline end</c>) are
/// dropped. pymdownx's content tabs, <c>=== "Title"</c> with the tab's markdown indented under it, are read as
/// <c>details</c> too, one per tab: the first of a run open, the others closed (this site runs no tab script), so every
/// tab's text is on the page and one click away. Needs <see cref="ComponentExtension"/>, which renders the blocks.
/// </summary>
public sealed partial class MkDocsAdmonitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new MkDocsAdmonitionParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    // Python-Markdown's own line: marks, an optional blank, the type and its modifiers, an optional quoted title.
    [GeneratedRegex("""^(?<marks>!!!|\?\?\?\+?) ?(?<words>[\w-]+(?: +[\w-]+)*)?(?: +"(?<title>.*?)")? *$""")]
    private static partial Regex Opening();

    // A content tab: `=== "Title"`, `===! "Title"` (starts a new set), `===+ "Title"` (the one shown first).
    [GeneratedRegex("""^===[!+]? +"(?<title>[^"\n]*)" *$""")]
    private static partial Regex Tab();

    private sealed class MkDocsAdmonitionParser : BlockParser
    {
        private const int Indent = 4;

        public MkDocsAdmonitionParser() => OpeningCharacters = ['!', '?', '='];

        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            if (processor.IsCodeIndent)
            {
                return BlockState.None;
            }

            var text = processor.Line.ToString();
            if (text[0] == '=')
            {
                return OpenTab(processor, text);
            }

            var match = Opening().Match(text);
            var collapsible = text[0] == '?';
            if (!match.Success || (!match.Groups["words"].Success && !collapsible))
            {
                return BlockState.None;
            }

            var kind = match.Groups["words"].Success ? match.Groups["words"].Value.Split(' ')[0] : string.Empty;
            var title = match.Groups["title"].Success ? match.Groups["title"].Value.Trim() : null;
            var titleColumn = processor.Column + (match.Groups["title"].Success ? match.Groups["title"].Index : 0);
            var component = collapsible ? "details" : CalloutSyntaxes.MkDocs.GetValueOrDefault(kind, "note");

            // No title: MkDocs shows the type's name, which the component's own heading says already when they agree. The
            // name is an English word: a page in another language gets the component's heading in its own language.
            var heading = title switch
            {
                null => CalloutSyntaxes.TypeHeading(kind, component, ComponentExtension.LanguageOf(processor.Context)),
                "" => null,
                _ => CalloutSyntaxes.TitleText(title),
            };

            var arguments = new List<ComponentArgument>();
            if (heading is not null)
            {
                arguments.Add(new ComponentArgument(collapsible ? "summary" : "title", heading, titleColumn));
            }

            if (match.Groups["marks"].Value == "???+")
            {
                arguments.Add(new ComponentArgument("open", "true", processor.Column));
            }

            var written = match.Groups["marks"].Value + (kind.Length > 0 ? " " + kind : string.Empty);
            var block = CalloutSyntaxes.Block(this, ComponentExtension.CatalogOf(processor.Context), written, component, arguments,
                processor.LineIndex, processor.Column);
            block.Span = new SourceSpan(processor.Line.Start, processor.Line.End);
            block.IsClosed = true;
            block.SetData(typeof(MkDocsAdmonitionExtension), written);
            processor.NewBlocks.Push(block);
            return block.Call is null ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
        }

        /// <summary>A content tab, as a `details` whose line to click is the tab's title: open when it is the first of its run.</summary>
        private BlockState OpenTab(BlockProcessor processor, string text)
        {
            if (Tab().Match(text) is not { Success: true } match)
            {
                return BlockState.None;
            }

            var title = match.Groups["title"].Value.Trim();
            // The tab before, at this tab's column: still the open container when this line is read, or its last child.
            var container = processor.CurrentContainer;
            var follows = (container is ComponentBlock open && open.GetData(typeof(MkDocsAdmonitionExtension)) is "===" && open.Column == processor.Column)
                || (container?.LastChild is ComponentBlock previous && previous.GetData(typeof(MkDocsAdmonitionExtension)) is "===");
            var arguments = new List<ComponentArgument>();
            if (title.Length > 0)
            {
                arguments.Add(new ComponentArgument("summary", CalloutSyntaxes.TitleText(title), processor.Column + match.Groups["title"].Index));
            }

            if (!follows || text.StartsWith("===!", StringComparison.Ordinal) || text.StartsWith("===+", StringComparison.Ordinal))
            {
                arguments.Add(new ComponentArgument("open", "true", processor.Column));
            }

            var block = CalloutSyntaxes.Block(this, ComponentExtension.CatalogOf(processor.Context), "===", "details", arguments, processor.LineIndex, processor.Column);
            block.Span = new SourceSpan(processor.Line.Start, processor.Line.End);
            block.IsClosed = true;
            block.SetData(typeof(MkDocsAdmonitionExtension), "===");
            processor.NewBlocks.Push(block);
            return block.Call is null ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
        }

        /// <summary>The block goes on over blank lines and lines indented by four or more, which lose those four.</summary>
        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            if (processor.IsBlankLine)
            {
                return BlockState.Continue;
            }

            if (processor.Indent < Indent)
            {
                return BlockState.Break;
            }

            processor.GoToColumn(processor.ColumnBeforeIndent + Indent);
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }

        public override bool Close(BlockProcessor processor, Block block)
        {
            if (block is ComponentBlock { Call: not null, Count: 0 } empty)
            {
                var written = empty.GetData(typeof(MkDocsAdmonitionExtension));
                empty.Errors.Add((0, empty.Column, $"the admonition `{written}` is empty: indent its text by four spaces under it, as MkDocs reads it"));
            }

            return true;
        }
    }
}
