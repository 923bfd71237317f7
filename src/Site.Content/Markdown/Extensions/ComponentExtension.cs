using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content.Diagnostics;
using Site.Content.Markdown.Components;
using Site.Content.Text;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// Components in Hugo's shortcode syntax: `{{&lt; name key="value" &gt;}}` on a line of its own,
/// or `{{&lt; name &gt;}}` … markdown … `{{&lt; /name &gt;}}` around blocks (`{{% … %}}` works the
/// same). Each call is checked against the theme's declarations (<see cref="ComponentCatalog"/>,
/// passed in the parser context) and rendered through <see cref="IComponentRenderer"/> with its
/// inner markdown already rendered. Unknown components and arguments, missing required ones and
/// bad values are errors at their column; a tag inside a sentence is an error too (components are
/// blocks). `{{&lt;/* name */&gt;}}` shows the tag itself, as in Hugo.
/// </summary>
public sealed partial class ComponentExtension : IMarkdownExtension
{
    /// <summary>Key of the <see cref="ComponentCatalog"/> in <see cref="MarkdownParserContext.Properties"/>.</summary>
    public static readonly object CatalogKey = typeof(ComponentCatalog);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new ComponentBlockParser());
        pipeline.InlineParsers.Insert(0, new ComponentInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Insert(0, new ComponentBlockRenderer());
            html.ObjectRenderers.Insert(0, new ComponentTagInlineRenderer());
        }
    }

    /// <summary>Key of the page's language code in <see cref="MarkdownParserContext.Properties"/>.</summary>
    public static readonly object LanguageKey = typeof(ComponentExtension);

    /// <summary>The language code of the page being parsed; English when the parse was not given one.</summary>
    internal static string LanguageOf(MarkdownParserContext? context) =>
        context?.Properties.TryGetValue(LanguageKey, out var value) == true && value is string code ? code : "en";

    internal static ComponentCatalog CatalogOf(MarkdownParserContext? context) =>
        context?.Properties.TryGetValue(CatalogKey, out var value) == true && value is ComponentCatalog catalog ? catalog : ComponentCatalog.Empty;

    private const string FileListing =
        "kubernetes.io's listing of a file; here, paste the file into a fenced code block (a line ```` ```yaml ````, the file, a line ```` ``` ````), and link to where it lives if readers should download it";

    /// <summary>
    /// Shortcodes of the Hugo themes CNCF sites are built with (Docsy, kubernetes.io's, istio.io's), which pages copied
    /// from them bring along, with what to write instead: by meaning, where the nearest spelling misleads (Istio's
    /// `quote` is a pull quote, not a `note`; its `idea` is no `video`). The advice names a component of this theme
    /// (<c>Use</c>) and applies only when the theme has it.
    /// </summary>
    private static readonly Dictionary<string, (string? Use, string Advice)> ForeignComponents = new(StringComparer.Ordinal)
    {
        ["imgproc"] = ("figure", "Docsy's resized image of a page bundle; here, show the bundle's file by its name: `{{< figure src=\"<file>.png\" alt=\"…\" caption=\"…\" >}}` (the caption is what imgproc wrapped)"),
        ["caution"] = ("warning", "kubernetes.io's caution; here it is `{{< warning >}}` … `{{< /warning >}}`"),
        ["glossary_tooltip"] = (null, "kubernetes.io's glossary link; here, link the term's page: `[text](/glossary/<term>/)`"),
        ["text"] = (null, "istio.io's code block; here, a fenced code block: a line ```` ```bash ```` (the language the tag names), the code, and a line ```` ``` ````"),
        ["image"] = ("figure", "istio.io's image; here it is `{{< figure src=\"<file>.png\" alt=\"…\" caption=\"…\" >}}` (its `link` is `src`, its `width` stays as it is, and `alt`, the text for readers who cannot see it, is required)"),
        ["quote"] = (null, "istio.io's pull quote; here, a markdown quote: start each of its lines with `> `"),
        ["idea"] = ("tip", "istio.io's idea; here it is `{{< tip >}}` … `{{< /tip >}}`"),
        ["gloss"] = (null, "istio.io's glossary link; here, link the term's page: `[text](/glossary/<term>/)`, or keep the word alone"),
        ["centered_block"] = (null, "istio.io's centred block; here, delete its two tags and keep what they wrap"),
        ["github_file"] = (null, "istio.io's link into its GitHub repository; here, write the whole address: `https://github.com/<owner>/<repository>/blob/<branch>/<path>`"),
        ["github_tree"] = (null, "istio.io's link into its GitHub repository; here, write the whole address: `https://github.com/<owner>/<repository>/tree/<branch>/<path>`"),
        ["comment"] = (null, "Docsy's comment, never shown to readers: delete it with what it wraps, or keep the note as an HTML comment, `<!-- … -->`"),
        ["param"] = (null, "Docsy's value from the page's front matter or the site's settings; here, write the value itself"),
        ["code_sample"] = (null, FileListing),
        ["codenew"] = (null, FileListing),
        ["table"] = (null, "kubernetes.io's table with a caption; here, delete its two tags and keep the markdown table, with the caption as a line of text above it"),
        // Hugo's own embeds: the post's words would be lost with the tag.
        ["x"] = (null, EmbeddedPost),
        ["tweet"] = (null, EmbeddedPost),
        ["twitter"] = (null, EmbeddedPost),
        ["instagram"] = (null, "Hugo's embedded Instagram post; pages load nothing from other sites: show its picture as an image of the site (`![…](/assets/…)`) with a link to the post, or link to it alone"),
        ["gallery"] = ("figure", "a gallery of the page bundle's images on the site the text comes from; here, show each image with `{{< figure src=\"<file>\" alt=\"…\" >}}` (the files beside index.md), or the pictures are lost with the tag"),
        ["pageinfo"] = ("note", "Docsy's page information box; here it is `{{< note >}}` … `{{< /note >}}`"),
        ["gist"] = (null, "Hugo's embedded GitHub gist; pages load nothing from other sites: paste its code into a fenced code block (a line ```` ```go ````, the code, a line ```` ``` ````) and link to the gist"),
    };

    private const string EmbeddedPost =
        "Hugo's embedded post from X (Twitter); pages load nothing from other sites, so quote it instead, keeping its words: a markdown quote (`> ` before each line) of the post's text, then its link (`https://x.com/<user>/status/<id>`, the tag's `user` and `id`); without its text, the link alone: `[Post by @<user> on X](https://x.com/<user>/status/<id>)`";

    /// <summary>
    /// Arguments that Hugo sites give components for their own styles and scripts, with what to do instead of the
    /// list of arguments: they change only the look, which this theme draws itself.
    /// </summary>
    private static readonly Dictionary<string, string> ForeignArguments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["class"] = "a style of the site the text comes from, which this theme does not have: delete it",
        ["style"] = "an inline style, which the site's Content-Security-Policy blocks: delete it",
        ["clicktozoom"] = "kubernetes.io's zoom on click: delete it (readers open the image itself to see it larger)",
        ["target"] = "links open as the reader chooses here: delete it",
    };

    /// <summary>The unknown component names a document has reported, so that each is reported once per closing tag.</summary>
    private static HashSet<string> UnknownNames(MarkdownDocument document)
    {
        if (document.GetData(typeof(ComponentBlockParser)) is not HashSet<string> names)
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            document.SetData(typeof(ComponentBlockParser), names);
        }

        return names;
    }

    internal static string UnknownMessage(ComponentTag tag, ComponentCatalog catalog)
    {
        var name = tag.Name;
        if (name is "ref" or "relref")
        {
            // Hugo's link helpers resolve a file to its URL; here a link names the URL itself, and every link is checked.
            return $"unknown component `{name}`: Hugo's link helper is not needed here; link to the page's URL, as in `[text](/glossary/<term>/)` (see \"Links and images\" in CONTRIBUTING.md); every internal link is checked when the site is built";
        }

        if (name == "pageinfo" && DocsyCallout(tag) is var callout && catalog.Components.ContainsKey(callout))
        {
            // Docsy's colour says what the box is: a warning drawn as a blue note would tell readers it is harmless.
            return $"unknown component `{name}`: Docsy's page information box; here it is `{{{{< {callout} >}}}}` … `{{{{< /{callout} >}}}}`"
                + (callout == "note" ? string.Empty : $" (its color=\"{Argument(tag, "color")}\" makes it a {callout})");
        }

        if (name == "asciicast")
        {
            // The recording is the demo: removing the tag loses it, and this site plays nothing from other sites.
            return $"unknown component `{name}`: an asciinema recording of a terminal, which this site does not play (pages load nothing from other sites); keep a link to it instead of the tag: `[the demo recording]({AsciinemaAddress(tag)})`";
        }

        if (ForeignComponents.TryGetValue(name, out var instead) && (instead.Use is null || catalog.Components.ContainsKey(instead.Use)))
        {
            return $"unknown component `{name}`: {instead.Advice}";
        }

        var near = NearestMatch.Find(name, catalog.Components.Keys);
        if (near is not null)
        {
            return $"unknown component `{name}`; did you mean `{near}`? Components of this theme: {catalog.Names}";
        }

        // Often a shortcode of the Hugo site the page comes from: say what the contributor can do about it here.
        var slash = catalog.DeclaredIn.LastIndexOf('/');
        var template = (slash < 0 ? string.Empty : catalog.DeclaredIn[..(slash + 1)]) + name + ".scriban";
        return $"unknown component `{name}`: this theme has {catalog.Names}; use one of them or remove the tag"
            + $" (a new component is declared in {catalog.DeclaredIn} and drawn by {template}, a change to the theme)";
    }

    /// <summary>The value of a tag's argument by name, or the empty string.</summary>
    private static string Argument(ComponentTag tag, string name) =>
        tag.Arguments.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))?.Value ?? string.Empty;

    /// <summary>The callout a Docsy `pageinfo` is by its colour, as the theme's `alert` reads Docsy's colours.</summary>
    private static string DocsyCallout(ComponentTag tag) => Argument(tag, "color").ToLowerInvariant() switch
    {
        "warning" or "danger" => "warning",
        "success" => "tip",
        _ => "note",
    };

    /// <summary>
    /// The page of an `asciicast` tag's recording on asciinema.org: from its `src` (`https://asciinema.org/a/857572.json`),
    /// its `id` or its first argument without a name; a placeholder when it names none.
    /// </summary>
    private static string AsciinemaAddress(ComponentTag tag)
    {
        var src = Argument(tag, "src");
        if (AsciinemaUrl().Match(src) is { Success: true } url)
        {
            return $"https://asciinema.org/a/{url.Groups[1].Value}";
        }

        if (src.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || src.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return src;
        }

        var id = Argument(tag, "id") is { Length: > 0 } named ? named : tag.Arguments.FirstOrDefault(a => a.Name is null)?.Value ?? string.Empty;
        return AsciinemaId().IsMatch(id) ? $"https://asciinema.org/a/{id}" : "https://asciinema.org/a/<id>";
    }

    [GeneratedRegex(@"^https?://asciinema\.org/a/([A-Za-z0-9]+)(?:\.(?:json|cast|js|svg|png))?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsciinemaUrl();

    [GeneratedRegex(@"^[A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AsciinemaId();

    /// <summary>Checks a tag's arguments against the declaration: the call, and the problems at their columns.</summary>
    internal static ComponentCall Validate(ComponentTag tag, ComponentDeclaration declaration, int line, int column, List<(int Line, int Column, string Message)> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = 0;
        var known = declaration.Arguments.Count == 0 ? "no arguments" : "arguments: " + string.Join(", ", declaration.Arguments.Keys);
        foreach (var argument in tag.Arguments)
        {
            string name;
            if (argument.Name is null)
            {
                if (positional >= declaration.Positional.Count)
                {
                    errors.Add((argument.Line, argument.Column, declaration.Positional.Count == 0
                        ? $"`{declaration.Name}` takes only named arguments (name=\"value\"); it takes {known}"
                        : $"`{declaration.Name}` takes {declaration.Positional.Count} argument(s) without a name ({string.Join(", ", declaration.Positional)}); name the others"));
                    continue;
                }

                name = declaration.Positional[positional++];
            }
            else
            {
                name = declaration.Aliases.GetValueOrDefault(argument.Name, argument.Name);
            }

            if (!declaration.Arguments.TryGetValue(name, out var spec) && ForeignArguments.TryGetValue(name, out var foreign))
            {
                var sizing = declaration.Arguments.ContainsKey("width") ? " (`width=\"60%\"` sizes it as a share of the text column)" : string.Empty;
                errors.Add((argument.Line, argument.Column, $"unknown argument `{name}` for `{declaration.Name}`: {foreign}{sizing}"));
                continue;
            }

            if (spec is null)
            {
                var near = NearestMatch.Find(name, declaration.Arguments.Keys);
                errors.Add((argument.Line, argument.Column, $"unknown argument `{name}` for `{declaration.Name}`" + (near is null ? $"; it takes {known}" : $"; did you mean `{near}`? It takes {known}")));
                continue;
            }

            if (!values.TryAdd(name, argument.Value))
            {
                errors.Add((argument.Line, argument.Column, $"argument `{name}` of `{declaration.Name}` is given twice"));
                continue;
            }

            if (Problem(spec, argument.Value) is { } problem)
            {
                errors.Add((argument.Line, argument.Column, $"argument `{name}` of `{declaration.Name}` {problem}"));
            }
        }

        foreach (var spec in declaration.Arguments.Values.Where(a => a.Required && !values.ContainsKey(a.Name)))
        {
            errors.Add((0, column, $"`{declaration.Name}` needs the argument `{spec.Name}`" + (spec.Summary.Length > 0 ? $" ({spec.Summary})" : string.Empty)));
        }

        return new ComponentCall(declaration, values, line, column, 0);
    }

    private static string? Problem(ArgumentDeclaration spec, string value)
    {
        if (spec.Values.Count > 0 && !spec.Values.Contains(value, StringComparer.Ordinal))
        {
            return $"must be one of {string.Join(", ", spec.Values.Select(v => $"`{v}`"))}, not `{value}`";
        }

        if (spec.Pattern is { } pattern && !pattern.IsMatch(value))
        {
            return $"`{value}` does not have the expected form" + (spec.Summary.Length > 0 ? $" ({spec.Summary})" : string.Empty);
        }

        var isSitePath = IsSitePath(value);
        return spec.Kind switch
        {
            ArgumentKind.Image when !isSitePath =>
                $"must be an image of the site: a file in input/assets/ (`/assets/img/name.png`) or beside the page in its bundle (`diagram.png`), not `{value}`",
            ArgumentKind.Url when !isSitePath && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") =>
                $"must be an http(s) URL or a path within the site (a file beside the page in its bundle: `clip.webm`), not `{value}`",
            _ => null,
        };
    }

    /// <summary>
    /// The lines after a tag's first that the tag goes on over, up to the one that ends it, as Hugo reads a tag (istio.io
    /// writes every `image` that way); null when its first line ends it, or no line before a blank one does.
    /// </summary>
    private static List<string>? TagLinesAfter(string line, string document, int lineEnd)
    {
        var close = line.Length > 2 && line[2] == '%' ? "%}}" : ">}}";
        if (line.Contains(close, StringComparison.Ordinal))
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var next in LinesAfter(document, lineEnd).Take(20))
        {
            if (next.Trim().Length == 0)
            {
                return null;
            }

            lines.Add(next);
            if (next.Contains(close, StringComparison.Ordinal))
            {
                return lines;
            }
        }

        return null;
    }

    /// <summary>The lines of <paramref name="document"/> after the one that ends at <paramref name="lineEnd"/>, without their line ends.</summary>
    private static IEnumerable<string> LinesAfter(string document, int lineEnd)
    {
        for (var start = document.IndexOf('\n', lineEnd); start >= 0 && start < document.Length - 1; start = document.IndexOf('\n', start + 1))
        {
            var end = document.IndexOf('\n', start + 1);
            yield return document[(start + 1)..(end < 0 ? document.Length : end)].TrimEnd('\r');
        }
    }

    /// <summary>
    /// A path on this site, checked like a link: from the root (`/assets/a.png`), or relative to the page, a file beside
    /// it in its bundle (`diagram.png`, `./clip.webm`); not an address on another host (`https:`, `//host/`).
    /// </summary>
    internal static bool IsSitePath(string value) =>
        value.Length > 0 && !value.StartsWith("//", StringComparison.Ordinal) && Links.LinkTarget.SchemeOf(value) is null;

    /// <summary>Opens a component at a line starting with its tag, and closes it at its closing tag.</summary>
    private sealed class ComponentBlockParser : BlockParser
    {
        public ComponentBlockParser() => OpeningCharacters = ['{'];

        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            if (processor.IsCodeIndent)
            {
                return BlockState.None;
            }

            var line = processor.Line;
            var text = line.ToString();
            if (!ComponentTag.StartsAt(text))
            {
                return BlockState.None;
            }

            var column = processor.Column;
            var block = new ComponentBlock(this) { Line = processor.LineIndex, Column = column, Span = new SourceSpan(line.Start, line.End) };
            processor.NewBlocks.Push(block);
            var tag = ComponentTag.Parse(text, column, out var syntaxError);
            if (tag is null && TagLinesAfter(text, line.Text, line.End) is { } more)
            {
                // Hugo reads line breaks in a tag as blanks: the tag's other lines are read with it and then skipped.
                text = text + "\n" + string.Join('\n', more);
                block.TagLinesLeft = more.Count;
                tag = ComponentTag.Parse(text, column, out syntaxError, acrossLines: true);
            }

            if (tag is null)
            {
                block.Errors.Add((0, column, syntaxError!));
                return EndWithTag(block);
            }

            block.Tag = tag;
            var catalog = CatalogOf(processor.Context);
            if (!catalog.Components.TryGetValue(tag.Name, out var declaration))
            {
                // One message per unknown name: its closing tag, if any, is not reported again.
                if (!tag.IsClosing || !UnknownNames(processor).Contains(tag.Name))
                {
                    block.Errors.Add((0, column, UnknownMessage(tag, catalog)));
                }

                UnknownNames(processor).Add(tag.Name);
                if (!tag.IsClosing && !tag.IsSelfClosing && ClosedLater(tag.Name, line.Text, line.End))
                {
                    block.IsOpaque = true;
                    return BlockState.ContinueDiscard;
                }

                return EndWithTag(block);
            }

            // After the name is known: `{{% comment %}} a note {{% /comment %}}` is told what `comment` is, not to split the line.
            var rest = text[tag.Length..];
            if (rest.Trim().Length > 0)
            {
                var (restLine, restColumn) = ComponentTag.PositionOf(text, tag.Length, column);
                block.Errors.Add((restLine, restColumn, $"put nothing after the tag of `{tag.Name}` on its line; the text inside a component goes on the lines between `{{{{< {tag.Name} >}}}}` and `{{{{< /{tag.Name} >}}}}`"));
                return EndWithTag(block);
            }

            if (tag.IsClosing)
            {
                block.Errors.Add((0, column, $"`{{{{< /{tag.Name} >}}}}` closes no open `{{{{< {tag.Name} >}}}}`"));
                return EndWithTag(block);
            }

            block.Call = Validate(tag, declaration, processor.LineIndex, column, block.Errors);
            if (!declaration.HasInner)
            {
                return EndWithTag(block);
            }

            if (tag.IsSelfClosing)
            {
                block.Errors.Add((0, column, $"`{tag.Name}` wraps text: write it between `{{{{< {tag.Name} >}}}}` and `{{{{< /{tag.Name} >}}}}`"));
                return EndWithTag(block);
            }

            return BlockState.ContinueDiscard; // the tag's lines hold nothing else: the inner markdown starts on the next line
        }

        /// <summary>Ends a block that is its tag alone, once the tag's last line is read.</summary>
        private static BlockState EndWithTag(ComponentBlock block)
        {
            block.EndsWithTag = true;
            return block.TagLinesLeft > 0 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
        }

        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            var component = (ComponentBlock)block;
            if (component.TagLinesLeft > 0)
            {
                component.TagLinesLeft--;
                component.UpdateSpanEnd(processor.Line.End);
                return component.TagLinesLeft == 0 && component.EndsWithTag ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
            }

            var text = processor.Line.ToString().TrimStart();
            if (component.IsOpaque)
            {
                return ComponentTag.Closes(text, component.Tag!.Name) ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
            }

            if (processor.IsCodeIndent || !ComponentTag.StartsAt(text) || ComponentTag.Parse(text, 0, out _) is not { IsClosing: true } tag
                || tag.Name != component.Tag!.Name || HasOpenComponentNamed(component, tag.Name))
            {
                return BlockState.Continue;
            }

            component.IsClosed = true;
            component.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        public override bool Close(BlockProcessor processor, Block block)
        {
            if (block is ComponentBlock { Call: not null, Tag: { } tag, IsClosed: false } component && component.Call.Declaration.HasInner)
            {
                component.Errors.Add((0, component.Column, $"`{{{{< {tag.Name} >}}}}` is not closed: end it with `{{{{< /{tag.Name} >}}}}` on a line of its own"));
            }
            else if (block is ComponentBlock { Call: { Declaration.HasInner: true }, IsClosed: true } wrapped && wrapped.Count == 0)
            {
                wrapped.Errors.Add((0, wrapped.Column, $"`{wrapped.Tag!.Name}` is empty: write its text between the tags"));
            }

            return true;
        }

        /// <summary>Whether a line after <paramref name="lineEnd"/> is the closing tag of <paramref name="name"/>.</summary>
        private static bool ClosedLater(string name, string document, int lineEnd) =>
            LinesAfter(document, lineEnd).Any(l => ComponentTag.Closes(l.Trim(), name));

        private static HashSet<string> UnknownNames(BlockProcessor processor) => ComponentExtension.UnknownNames(processor.Document);

        /// <summary>True when a component of the same name is open inside this one: the closing tag is its.</summary>
        private static bool HasOpenComponentNamed(ContainerBlock container, string name)
        {
            for (var child = container.LastChild; child is ContainerBlock inner; child = inner.LastChild)
            {
                if (inner is ComponentBlock { Tag: { } tag, IsClosed: false, Call.Declaration.HasInner: true } && tag.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A component tag inside a sentence (an error), or the escaped form `{{&lt;/* name */&gt;}}` (its text).</summary>
    private sealed class ComponentInlineParser : InlineParser
    {
        public ComponentInlineParser() => OpeningCharacters = ['{'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var text = slice.AsSpan();
            if (text.Length < 3 || text[1] != '{' || text[2] is not ('<' or '%'))
            {
                return false;
            }

            var delimiter = text[2];
            var start = slice.Start;
            var position = processor.GetSourcePosition(start, out var line, out var column);
            var rest = text.ToString();
            var escapedEnd = rest.IndexOf(delimiter == '<' ? "*/>}}" : "*/%}}", StringComparison.Ordinal);
            if (!ComponentTag.StartsAt(text) && escapedEnd > 0)
            {
                // {{</* note */>}} → {{< note >}}: how docs show a component's syntax.
                var inner = rest[3..escapedEnd].Trim();
                inner = inner.StartsWith("/*", StringComparison.Ordinal) ? inner[2..].Trim() : inner;
                var shown = delimiter == '<' ? $"{{{{< {inner} >}}}}" : $"{{{{% {inner} %}}}}";
                processor.Inline = new LiteralInline(shown) { Span = new SourceSpan(position, position + escapedEnd + 4), Line = line, Column = column };
                slice.Start += escapedEnd + 5;
                return true;
            }

            if (!ComponentTag.StartsAt(text))
            {
                return false;
            }

            var tag = ComponentTag.Parse(rest, column, out _);
            var length = tag?.Length ?? 3;
            var catalog = CatalogOf(processor.Context);
            string message;
            if (tag is not null && !catalog.Components.ContainsKey(tag.Name))
            {
                // One message per unknown name, as for blocks: `{{< gloss >}}word{{< /gloss >}}` is reported at its opening tag.
                var unknown = UnknownNames(processor.Document);
                message = tag.IsClosing && unknown.Contains(tag.Name) ? string.Empty : UnknownMessage(tag, catalog);
                unknown.Add(tag.Name);
            }
            else
            {
                message = $"a component goes on a line of its own (with its closing tag on another line); `{rest[..length]}` is inside a sentence here";
            }

            processor.Inline = new ComponentTagInline(rest[..length], message) { Span = new SourceSpan(position, position + length - 1), Line = line, Column = column };
            slice.Start += length;
            return true;
        }
    }

    /// <summary>Renders a call with the theme, its inner markdown rendered first.</summary>
    private sealed class ComponentBlockRenderer : HtmlObjectRenderer<ComponentBlock>
    {
        protected override void Write(HtmlRenderer renderer, ComponentBlock block)
        {
            if (block.Call is not { } call || block.Errors.Count > 0 || block.State is not { } state)
            {
                return; // an error was reported: the build fails, nothing to show
            }

            var inner = string.Empty;
            if (call.Declaration.HasInner)
            {
                var outer = renderer.Writer;
                using var capture = new StringWriter();
                renderer.Writer = capture;
                renderer.WriteChildren(block);
                renderer.Writer = outer;
                inner = capture.ToString();
            }

            renderer.EnsureLine();
            string? error = null;
            if (state.Renderer?.Render(call with { Index = ++state.Count }, inner, state.Language, out error) is { } html)
            {
                renderer.Write(html);
                renderer.EnsureLine();
            }
            else
            {
                state.Findings.Add(new BodyFinding(Severity.Error, state.FirstLine + block.Line, block.Column + 1,
                    $"component `{call.Declaration.Name}` could not be rendered: {error ?? "the theme has no renderer for components"}"));
            }
        }
    }

    private sealed class ComponentTagInlineRenderer : HtmlObjectRenderer<ComponentTagInline>
    {
        protected override void Write(HtmlRenderer renderer, ComponentTagInline obj) => renderer.WriteEscape(obj.Text);
    }
}

/// <summary>A component call in the syntax tree (a container of its inner markdown).</summary>
public sealed class ComponentBlock(BlockParser parser) : ContainerBlock(parser)
{
    public ComponentTag? Tag { get; set; }

    /// <summary>The validated call; null when the tag is malformed or the component unknown.</summary>
    public ComponentCall? Call { get; set; }

    public bool IsClosed { get; set; }

    /// <summary>
    /// An unknown component whose closing tag follows (istio.io's `{{&lt; text bash &gt;}}` … `{{&lt; /text &gt;}}`): its
    /// lines are skipped, not read as markdown, so the one error for the name is not buried under warnings about
    /// shell comments read as headings or HTML in a command.
    /// </summary>
    public bool IsOpaque { get; set; }

    /// <summary>For a Docusaurus admonition, the number of colons its closing line has (see <see cref="AdmonitionExtension"/>); 0 otherwise.</summary>
    public int FenceColons { get; set; }

    /// <summary>Problems at 0-based columns, on the block's first line or a line after it (a tag over several lines).</summary>
    internal List<(int Line, int Column, string Message)> Errors { get; } = [];

    /// <summary>How many lines of a tag written over several are still to be skipped, when the parser reaches them.</summary>
    internal int TagLinesLeft { get; set; }

    /// <summary>Whether the block is its tag alone (no inner markdown): it ends with the tag's last line.</summary>
    internal bool EndsWithTag { get; set; }

    /// <summary>Set by <see cref="MarkdownRenderer"/> before the body is written to HTML.</summary>
    internal ComponentRenderState? State { get; set; }
}

/// <summary>A component tag where none may stand (in a sentence): its text and the error.</summary>
public sealed class ComponentTagInline(string text, string message) : LeafInline
{
    public string Text { get; } = text;

    public string Message { get; } = message;
}

/// <summary>What rendering the components of one body needs: the engine, the page's language, where to report.</summary>
internal sealed class ComponentRenderState(IComponentRenderer? renderer, string language, int firstLine, List<BodyFinding> findings)
{
    public IComponentRenderer? Renderer { get; } = renderer;

    public string Language { get; } = language;

    public int FirstLine { get; } = firstLine;

    public List<BodyFinding> Findings { get; } = findings;

    public int Count { get; set; }
}
