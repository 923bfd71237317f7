using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content.Markdown.Components;
using Site.Content.Markdown.Extensions;
using Site.Content.Markdown.Html;

namespace Site.Content.Markdown;

/// <summary>
/// Renders one markdown body to HTML and collects, in the same pass over the syntax tree, its
/// headings, links and plain text. Thread-safe: one instance serves all parallel renders.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private const int MaxPooledBuilderCapacity = 1024 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_plain;

    /// <summary>Every layout shows `title:` as the page's `&lt;h1&gt;`, so one in the body is a second title (a document outline with two tops).</summary>
    internal const string SecondTitle =
        "this heading makes a second `<h1>`: the layout already shows `title:` as the page's `<h1>`; use `##` for a section, or delete the line if it repeats the title";

    private readonly MarkdownPipeline _pipeline;
    private readonly IComponentRenderer? _components;

    public MarkdownRenderer()
        : this(MarkdownPipelineFactory.Create())
    {
    }

    /// <param name="components">The theme's components (`{{&lt; note &gt;}}`); without, every component is unknown.</param>
    public MarkdownRenderer(IComponentRenderer? components)
        : this(MarkdownPipelineFactory.Create(), components)
    {
    }

    public MarkdownRenderer(MarkdownPipeline pipeline, IComponentRenderer? components = null)
    {
        _pipeline = pipeline;
        _components = components;
    }

    /// <summary>The components this renderer renders with, or null.</summary>
    public IComponentRenderer? Components => _components;

    public static MarkdownRenderer Shared { get; } = new();

    /// <param name="markdown">The body.</param>
    /// <param name="firstLine">File line of the body's first line, so links report file positions.</param>
    /// <param name="sourceOutline">For a translation: the source page's headings, whose ids it inherits when the outlines match.</param>
    /// <param name="language">The page's language: components show their UI strings in it.</param>
    /// <param name="title">
    /// The page's `title:`. A body that opens with a `# Title` line repeating it (as Docusaurus pages and READMEs do)
    /// leaves that line out: the layout shows the title already, and readers would see it twice.
    /// </param>
    public RenderedMarkdown Render(string markdown, int firstLine = 1, IReadOnlyList<Heading>? sourceOutline = null, string language = "en", string? title = null)
    {
        markdown = WithoutLoneSurrogates(markdown);
        List<BodyFinding> found = [];
        markdown = HtmlWrapperLines.Unwrap(markdown, firstLine, found);
        MarkdownDocument document;
        try
        {
            var context = new MarkdownParserContext();
            context.Properties[ComponentExtension.CatalogKey] = _components?.Catalog ?? ComponentCatalog.Empty;
            context.Properties[ComponentExtension.LanguageKey] = language;
            document = Markdig.Markdown.Parse(markdown, _pipeline, context);
        }
        catch (ArgumentException) when (markdown.Length > 0)
        {
            // Markdig refuses absurd nesting (thousands of `>` or list levels) by throwing; the body
            // is then shown as escaped text and the problem reported against the page.
            return Unparsable(markdown);
        }

        string? repeatedTitle = null;
        if (title is not null && document.Count > 0 && document[0] is HeadingBlock { Level: 1 } top && SameTitle(InlineText.Of(top.Inline), title))
        {
            document.RemoveAt(0);
            repeatedTitle = markdown.AsSpan(top.Span.Start, Math.Max(0, Math.Min(top.Span.Length, markdown.Length - top.Span.Start))).ToString().Split('\n')[0].TrimEnd();
        }

        var walk = new WalkState(firstLine, new ComponentRenderState(_components, language, firstLine, found), new MarkdownLints(markdown, firstLine, found));
        SyntaxWalker.Walk(document, walk, static (block, w) =>
        {
            if (block is HeadingBlock h)
            {
                w.HeadingBlocks.Add(h);
                w.Lints.LiteralEmphasis(h);
                w.Inputs.Add(new HeadingIdAssigner.Input(h.Level, InlineText.Of(h.Inline), ExplicitHeadingIdExtension.IdOf(h)));
            }
            else if (block is ComponentBlock c)
            {
                w.Components.Add(c);
            }
            else
            {
                w.Lints.Check(block);
            }
        }, static (inline, w) =>
        {
            if (inline is LinkInline { IsImage: false, IsAutoLink: false, Url: { } href } empty && !HasText(empty))
            {
                // `[](/img/diagram.png)`: an image whose `!` was lost, or a link nobody can see or follow (nor a screen reader name).
                var asImage = Links.ImageFiles.Named(href)
                    ? $"; it names an image, shown with a `!` before the brackets: `![what it shows]({href})`"
                    : string.Empty;
                w.Components.State.Findings.Add(new BodyFinding(Diagnostics.Severity.Error, w.FirstLine + empty.Line, empty.Column + 1,
                    $"link to {href} has no text, so readers can neither see nor follow it: write its text between the brackets, `[what it leads to]({href})`{asImage}"));
            }

            if (inline is LinkInline { IsImage: false, IsAutoLink: false } nested && NestedLink.Of(nested) is { } nestedLink)
            {
                w.Components.State.Findings.Add(new BodyFinding(Diagnostics.Severity.Warning, w.FirstLine + nested.Line, nested.Column, nestedLink));
            }

            if (inline is LinkInline { IsImage: true, Url: { } src } image && !HasText(image))
            {
                w.Components.State.Findings.Add(new BodyFinding(Diagnostics.Severity.Warning, w.FirstLine + image.Line, image.Column + 1,
                    $"image {src} has no alt text, so readers who cannot see it (with a screen reader, or when it fails to load) get nothing: describe it between the brackets, `![what it shows]({src})`"));
            }

            switch (inline)
            {
                case CodeInline code:
                    w.Lints.Code(code.Span);
                    break;
                case DroppedAttributesInline dropped:
                    w.DroppedAttributes.Add(dropped);
                    break;
                case ComponentTagInline { Message.Length: > 0 } misplaced:
                    w.Components.State.Findings.Add(new BodyFinding(Diagnostics.Severity.Error, w.FirstLine + misplaced.Line, misplaced.Column + 1, misplaced.Message));
                    break;
                case LinkInline { Url: { } url, Reference: { } definition } link:
                    // `[text][ref]`: its target is written once, at `[ref]: …`, the line to mend; each use would repeat it.
                    if (w.Definitions.Add(definition))
                    {
                        w.Links.Add(new MarkdownLink(url, w.FirstLine + definition.Line, definition.Column + 1, link.IsImage));
                    }

                    break;
                case LinkInline { Url: { } url } link:
                    w.Links.Add(new MarkdownLink(url, w.FirstLine + link.Line, link.Column + 1, link.IsImage));
                    break;
                case AutolinkInline { IsEmail: false } auto:
                    w.Links.Add(new MarkdownLink(auto.Url, w.FirstLine + auto.Line, auto.Column + 1, false));
                    break;
            }
        });
        walk.Lints.FinishLiquid(walk.Links);
        if (walk.DroppedAttributes is [var firstDropped, ..] dropped)
        {
            var more = dropped.Count == 1 ? string.Empty : $" (and {dropped.Count - 1} more on this page)";
            found.Add(new BodyFinding(Diagnostics.Severity.Warning, firstLine + firstDropped.Line, firstDropped.Column + 1,
                $"`{firstDropped.Text}` is kramdown's attribute list of the text before it, which this site does not read, so it is left out{more}: delete them (a link opens in the reader's own tab here, and classes and sizes come from the theme)"));
        }

        var (headingBlocks, inputs) = (walk.HeadingBlocks, walk.Inputs);
        walk.Components.Prepare(walk.Links);
        IReadOnlyList<MarkdownLink> links = walk.Links;

        var ids = HeadingIdAssigner.Assign(inputs, sourceOutline);
        var gitHubAnchors = HeadingIdAssigner.GitHubAnchors(inputs, ids);
        var headings = new Heading[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            headingBlocks[i].GetAttributes().Id = ids[i];
            GitHubHeadingAnchorExtension.Set(headingBlocks[i], gitHubAnchors[i]);
            headings[i] = new Heading(inputs[i].Level, inputs[i].Text, ids[i], inputs[i].ExplicitId is not null, firstLine + TextLine(headingBlocks[i], markdown), gitHubAnchors[i]);
        }

        // Markdig's pooled renderer and writer: a new HtmlRenderer per body set up every object renderer again.
        var html = document.ToHtml(_pipeline);
        // Component errors found while parsing, and those of rendering (a theme template failing).
        List<BodyFinding>? findings = walk.Components.State.Findings.Count > 0 ? [.. walk.Components.State.Findings] : null;
        // One `#` is a second title; several are sections written a level too high, one fix for the whole page.
        var topLevel = headings.Count(h => h.Level == 1);
        if (topLevel > 0)
        {
            (findings ??= []).Add(new BodyFinding(Diagnostics.Severity.Warning, headings.First(h => h.Level == 1).Line, 1, topLevel == 1 ? SecondTitle
                : TopHeadings(headings, headingBlocks, markdown, title, repeatedTitle)));
        }

        if (HandWrittenContents(headingBlocks, headings, markdown, firstLine) is { } contents)
        {
            (findings ??= []).Add(contents);
        }

        if (findings is not null)
        {
            findings.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        }

        if (RawHtmlSanitizer.HasRawHtml(html))
        {
            var sanitized = RawHtmlSanitizer.Sanitize(html, firstLine);
            html = sanitized.Html;
            findings = [.. findings ?? [], .. sanitized.Findings];
            findings.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
            if (sanitized.Links.Count > 0)
            {
                links = [.. links.Concat(sanitized.Links).OrderBy(l => l.Line).ThenBy(l => l.Column)];
            }
        }

        var plain = RentBuilder();
        var summary = new SummaryPicker(markdown.Contains("<!--", StringComparison.Ordinal) || markdown.Contains("{/*", StringComparison.Ordinal));
        AppendPlain(plain, document, summary, inList: false);
        var plainText = TrimmedString(plain);
        ReturnBuilder(plain);
        if (summary.IgnoredMarkerLines.Count > 0)
        {
            findings ??= [];
            foreach (var line in summary.IgnoredMarkerLines)
            {
                findings.Add(new BodyFinding(Diagnostics.Severity.Warning, firstLine + line, 1,
                    $"`{LineAt(markdown, line)?.Trim()}` does nothing: the summary already ends at the marker on line {firstLine + summary.MarkerLine}, and lists and feeds show the text above that one; delete this line, or the other if the summary should end here"));
            }

            findings.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        }

        return new RenderedMarkdown(html, headings, links, plainText, summary.Summary, CountWords(plainText))
        {
            Findings = findings ?? (IReadOnlyList<BodyFinding>)[],
            UsesComponents = walk.Components.Any,
            SummaryIsMarked = summary.IsMarked,
            MarkedSummaryAtOpeningParagraph = summary.AtOpeningParagraph,
            SummaryMarker = summary.IsMarked ? (summary.MarkerLine, LineAt(markdown, summary.MarkerLine)?.Trim() ?? string.Empty) : null,
        };
    }

    /// <summary>
    /// Several `#` headings: sections written a level too high, moved down together. The first one repeating the title
    /// (after a banner image or an MDX line, where it is not left out) is deleted instead, or it would become the first
    /// section, the title again. Headings already at the bottom of the scale are named, since moving them down cannot
    /// work as the rest does.
    /// </summary>
    private static string TopHeadings(Heading[] headings, List<HeadingBlock> blocks, string markdown, string? title, string? repeatedTitle)
    {
        var topLevel = headings.Count(h => h.Level == 1);
        var message = $"this page has {topLevel} `#` headings, each a second `<h1>` beside the layout's title (and left out of the table of contents): move every heading of the page one level down (`#` → `##`, `##` → `###`, …)";
        var first = Array.FindIndex(headings, h => h.Level == 1);
        var repeat = -1;
        if (repeatedTitle is { Length: > 0 } removed)
        {
            message += $", but not its first line, `{removed}`, which repeats the title and is left out: delete that line instead";
        }
        else if (title is not null && SameTitle(headings[first].Text, title) && !blocks[first].IsSetext && LineAt(markdown, blocks[first].Line) is { } line)
        {
            repeat = first;
            message += $", but not the first, `{line.Trim()}` (line {headings[first].Line}), which repeats the title: delete that line instead";
        }

        var moved = headings.Where((_, i) => i != repeat).ToArray();
        if (moved.FirstOrDefault(h => h.Level == 5) is { } fifth)
        {
            message += $"; a `#####` heading (line {fifth.Line}) becomes `######`, the smallest there is";
        }

        if (moved.FirstOrDefault(h => h.Level == 6) is { } sixth)
        {
            message += $"; a `######` heading (line {sixth.Line}) cannot go lower (seven `#` make no heading): leave it at `######`, or, if it heads no section (a date, a byline), write it as a line of text";
        }

        return message;
    }

    private static string? LineAt(string markdown, int line)
    {
        var index = 0;
        foreach (var text in markdown.AsSpan().EnumerateLines())
        {
            if (index++ == line)
            {
                return text.ToString();
            }
        }

        return null;
    }

    /// <summary>The line of a heading's text: a setext heading (`Title` over `=====`) is placed by Markdig at its underline.</summary>
    private static int TextLine(HeadingBlock heading, string markdown) =>
        heading.IsSetext && heading.Span.Start >= 0 && heading.Span.Start <= markdown.Length
            ? markdown.AsSpan(0, heading.Span.Start).Count('\n')
            : heading.Line;

    /// <summary>A cleared builder of this thread (bodies render in parallel), reused so its buffer is allocated once per thread.</summary>
    private static StringBuilder RentBuilder()
    {
        var builder = t_plain ?? new StringBuilder(16 * 1024);
        t_plain = null;
        builder.Clear();
        return builder;
    }

    private static void ReturnBuilder(StringBuilder builder)
    {
        // An outsized body's buffer is not kept for the rest of the build.
        if (builder.Capacity <= MaxPooledBuilderCapacity)
        {
            t_plain = builder;
        }
    }

    /// <summary><c>ToString().Trim()</c> without the intermediate untrimmed copy.</summary>
    private static string TrimmedString(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    /// <summary>
    /// Markdig's URL escaping throws on lone surrogates. Files are strictly decoded so they hold
    /// none, but bodies can come from elsewhere (tests, tools): replace them with U+FFFD.
    /// </summary>
    private static string WithoutLoneSurrogates(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    /// <summary>
    /// Equal once case, runs of white space, white space before punctuation and emphasis around the whole are set aside:
    /// `# Volcano  v1.15 released` repeats `title: Volcano v1.15 Released`, and Cilium's `# **Kubernetes Runtime Security: The Guide**`
    /// repeats `title: 'Kubernetes Runtime Security : The Guide'`. Raw heading text (`**…**`, `_…_`) and parsed text compare alike.
    /// </summary>
    public static bool SameTitle(string heading, string title) =>
        string.Equals(TitleWords(heading), TitleWords(title), StringComparison.OrdinalIgnoreCase);

    private static string TitleWords(string text)
    {
        text = text.Trim();
        while (text.Length > 2 && text[0] is '*' or '_' && text[^1] == text[0])
        {
            text = text[1..^1].Trim();
        }

        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return TitlePunctuationSpace().Replace(words, string.Empty);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" (?=[:;,.!?])")]
    private static partial System.Text.RegularExpressions.Regex TitlePunctuationSpace();

    private static RenderedMarkdown Unparsable(string markdown)
    {
        var text = markdown.Trim();
        return new RenderedMarkdown("<pre>" + System.Net.WebUtility.HtmlEncode(text) + "</pre>\n", [], [], text, string.Empty, CountWords(text))
        {
            Problem = "the markdown is nested too deeply to render (thousands of `>` or list levels); flatten it",
        };
    }

    /// <summary>Headings that announce a table of contents written by hand (Hugo and Docsy posts, READMEs).</summary>
    private static readonly HashSet<string> ContentsHeadings = new(StringComparer.OrdinalIgnoreCase) { "table of contents", "contents", "toc", "目录" };

    /// <summary>
    /// A "Table of Contents" heading followed by a list whose items are (almost) all links to this page's headings: the
    /// page shows the same list again as its "On this page" box (etcd's 3.6 and 3.7 posts, its AWS guide). Told at the
    /// heading with the lines to delete; a list holding anything else (other pages, words around the links) is left alone.
    /// </summary>
    private static BodyFinding? HandWrittenContents(List<HeadingBlock> blocks, Heading[] headings, string markdown, int firstLine)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Parent is not MarkdownDocument document || !ContentsHeadings.Contains(headings[i].Text.Trim().TrimEnd(':', '：').Trim()))
            {
                continue;
            }

            var index = document.IndexOf(blocks[i]);
            if (index + 1 >= document.Count || document[index + 1] is not ListBlock list)
            {
                continue;
            }

            // The anchors of the headings the generated box lists (levels 2 to 4), this one left out.
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < headings.Length; j++)
            {
                if (j != i && headings[j].Level is >= 2 and <= 4)
                {
                    anchors.Add(headings[j].Id);
                    if (headings[j].GitHubAnchor is { } anchor)
                    {
                        anchors.Add(anchor);
                    }
                }
            }

            var (items, toHeadings) = (0, 0);
            foreach (var item in list.Descendants<ListItemBlock>())
            {
                items++;
                if (item.Count > 0 && item[0] is ParagraphBlock { Inline: { } inline } && OnlyLink(inline) is ['#', .. var fragment]
                    && anchors.Contains(Uri.UnescapeDataString(fragment)))
                {
                    toHeadings++;
                }
            }

            // "Almost all": one item in ten may be a stray (a renamed heading), but never fewer than two links.
            if (toHeadings < 2 || toHeadings < items - (items / 10))
            {
                continue;
            }

            var from = firstLine + blocks[i].Line;
            var to = firstLine + LineOfIndex(markdown, list.Span.End);
            return new BodyFinding(Diagnostics.Severity.Warning, from, 1,
                $"a table of contents written by hand: the page shows its own (\"On this page\", made from its headings) beside it; delete lines {from}–{to} (the heading and its list)");
        }

        return null;
    }

    /// <summary>The target of the one link that is all a paragraph holds (perhaps in emphasis, `**[Intro](#intro)**`); else null.</summary>
    private static string? OnlyLink(ContainerInline container)
    {
        string? url = null;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                case LinkInline { IsImage: false, Url: { } href } when url is null:
                    url = href;
                    break;
                case EmphasisInline emphasis when url is null && OnlyLink(emphasis) is { } inner:
                    url = inner;
                    break;
                default:
                    return null;
            }
        }

        return url;
    }

    /// <summary>0-based line of <paramref name="markdown"/> that holds the character at <paramref name="index"/> (a block's last, as Markdig's spans end).</summary>
    private static int LineOfIndex(string markdown, int index) => markdown.AsSpan(0, Math.Clamp(index, 0, markdown.Length)).Count('\n');

    /// <summary>Whether an image's brackets hold any text (its alt text); whitespace is none.</summary>
    private static bool HasText(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace())
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendPlain(StringBuilder sb, ContainerBlock container, SummaryPicker summary, bool inList)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case FencedCodeBlock or CodeBlock:
                    break; // code is not prose: kept out of search text and summaries
                case ComponentBlock component:
                    // The words a reader sees in a component without inner text (a caption, a video's title) are searchable
                    // too, but they describe a figure or a video, not the post: no summary's words.
                    foreach (var (name, value) in component.Call?.Arguments ?? new Dictionary<string, string>())
                    {
                        if (component.Call!.Declaration.Arguments[name] is { Kind: ArgumentKind.Text, Values.Count: 0 })
                        {
                            var argumentStart = sb.Length;
                            sb.Append(value).Append('\n');
                            summary.Skip(argumentStart, sb.Length);
                        }
                    }

                    AppendPlain(sb, component, summary, inList);
                    break;
                case HtmlBlock html:
                    if (container is MarkdownDocument)
                    {
                        summary.Html(html, sb);
                    }

                    var source = html.Lines.ToString();
                    var text = RawHtmlSanitizer.TextOf(source);
                    if (text.Length > 0)
                    {
                        var htmlStart = sb.Length;
                        sb.Append(text).Append('\n');
                        if (ShowsImage(source))
                        {
                            summary.Skip(htmlStart, sb.Length); // a figure's caption, or a banner's credit line
                        }
                    }

                    break;
                case LeafBlock { Inline: { } inline } leaf:
                    var start = sb.Length;
                    InlineText.Append(sb, inline.FirstChild, summary);
                    if (leaf is ParagraphBlock && container is MarkdownDocument)
                    {
                        summary.Paragraph(sb, start);
                    }

                    sb.Append('\n');
                    if (inList)
                    {
                        summary.ListItemLine(sb.Length);
                    }

                    break;
                case SummaryMarkerBlock marker:
                    if (container is MarkdownDocument)
                    {
                        summary.Marker(sb, marker.Line);
                    }

                    break;
                case FootnoteGroup:
                    break;
                case ContainerBlock child:
                    AppendPlain(sb, child, summary, inList || child is ListItemBlock);
                    break;
            }
        }
    }

    /// <summary>Whether raw HTML shows an image (`&lt;p align="center"&gt;&lt;img …&gt;&lt;/p&gt;`, a `&lt;figure&gt;`): its text is a caption.</summary>
    private static bool ShowsImage(string html) =>
        html.Contains("<img", StringComparison.OrdinalIgnoreCase) || html.Contains("<picture", StringComparison.OrdinalIgnoreCase)
        || html.Contains("<figure", StringComparison.OrdinalIgnoreCase);

    private sealed class WalkState(int firstLine, ComponentRenderState components, MarkdownLints lints)
    {
        public MarkdownLints Lints { get; } = lints;

        public int FirstLine { get; } = firstLine;

        public ComponentsFound Components { get; } = new(components);

        public List<HeadingBlock> HeadingBlocks { get; } = [];

        private HashSet<LinkReferenceDefinition>? _definitions;

        /// <summary>The link reference definitions whose target is in <see cref="Links"/> already (made at a body's first reference link).</summary>
        public HashSet<LinkReferenceDefinition> Definitions => _definitions ??= new(ReferenceEqualityComparer.Instance);

        public List<HeadingIdAssigner.Input> Inputs { get; } = [];

        public List<MarkdownLink> Links { get; } = [];

        public List<DroppedAttributesInline> DroppedAttributes { get; } = [];
    }

    /// <summary>Latin words separated by spaces, plus one word per Han/kana character.</summary>
    public static int CountWords(string text)
    {
        // The rules as a table indexed by (class, in a word?): no branch per character to mispredict.
        var count = 0;
        var state = 0;
        var classes = WordClasses;
        var steps = WordSteps;
        foreach (var c in text)
        {
            var step = steps[((int)classes[c] << 1) | state];
            count += step & 1;
            state = step >> 1;
        }

        return count;
    }

    /// <summary>
    /// Per (class, in a word?) pair: bit 0 adds a word, bit 1 is being in a word after the character. A Han or
    /// kana character is a word of its own; a letter or digit starts one unless already in one; a break ends
    /// one; anything else (an apostrophe in "don't") changes nothing.
    /// </summary>
    private static readonly byte[] WordSteps =
    [
        0b00, 0b10, // Other: keep the state
        0b01, 0b01, // OwnWord: one word, not in a word after it
        0b11, 0b10, // WordPart: a new word unless in one; in a word after it
        0b00, 0b00, // Break
    ];

    private enum WordClass : byte
    {
        Other,
        OwnWord,
        WordPart,
        Break,
    }

    // The Unicode lookups of ClassOf, done once for every UTF-16 code unit (64 KB): this runs over every character of
    // every body, and Chinese bodies are mostly outside ASCII.
    private static readonly WordClass[] WordClasses = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => ClassOf((char)c))];

    private static WordClass ClassOf(char c)
    {
        if (CjkSoftBreakExtension.IsSpacelessScript(c) && char.IsLetter(c))
        {
            return WordClass.OwnWord;
        }

        if (char.IsLetterOrDigit(c))
        {
            return WordClass.WordPart;
        }

        return char.IsWhiteSpace(c) || char.IsPunctuation(c) && c != '\'' && c != '-' ? WordClass.Break : WordClass.Other;
    }
}

/// <summary>The component calls of one body: their parse errors become findings, their image and URL arguments links, and each gets the render state.</summary>
internal sealed class ComponentsFound(ComponentRenderState state)
{
    private readonly List<ComponentBlock> _blocks = [];

    public ComponentRenderState State { get; } = state;

    public bool Any => _blocks.Count > 0;

    public void Add(ComponentBlock block) => _blocks.Add(block);

    public void Prepare(List<MarkdownLink> links)
    {
        foreach (var block in _blocks)
        {
            block.State = State;
            foreach (var (line, column, message) in block.Errors)
            {
                State.Findings.Add(new BodyFinding(Diagnostics.Severity.Error, State.FirstLine + block.Line + line, column + 1, message));
            }

            if (block.Call is not { } call || block.Tag is not { } tag)
            {
                continue;
            }

            foreach (var argument in tag.Arguments)
            {
                var name = argument.Name is null ? null : call.Declaration.Aliases.GetValueOrDefault(argument.Name, argument.Name);
                name ??= call.Declaration.Positional.ElementAtOrDefault(tag.Arguments.Where(a => a.Name is null).ToList().IndexOf(argument));
                if (name is not null && call.Declaration.Arguments.TryGetValue(name, out var spec)
                    && spec.Kind is ArgumentKind.Image or ArgumentKind.Url && ComponentExtension.IsSitePath(argument.Value))
                {
                    links.Add(new MarkdownLink(argument.Value, State.FirstLine + block.Line + argument.Line, argument.Column + 1, spec.Kind == ArgumentKind.Image));
                }
            }
        }
    }
}
