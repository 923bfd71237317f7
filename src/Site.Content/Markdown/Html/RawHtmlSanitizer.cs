using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Site.Content.Diagnostics;
using Site.Content.Markdown.Extensions;

namespace Site.Content.Markdown.Html;

/// <summary>What sanitizing a rendered body changed: its HTML, the removals as warnings, the links of its raw HTML.</summary>
internal sealed record SanitizedHtml(string Html, IReadOnlyList<BodyFinding> Findings, IReadOnlyList<MarkdownLink> Links);

/// <summary>
/// Runs a rendered body that holds contributors' raw HTML through HtmlSanitizer with the
/// <see cref="HtmlAllowList"/>. The whole body is sanitized at once (raw HTML opened in one
/// block, such as `&lt;details&gt;`, often closes in another, with markdown between), and the
/// raw parts are told apart from the markup Markdig wrote by the position markers of
/// <see cref="SafeHtmlExtension"/>: the parser keeps each element's source position, so a removal
/// in raw HTML becomes a warning at its line and column in the markdown file, while the markup
/// Markdig (and the theme's components) wrote is kept, save for a hard floor (script, styles,
/// event handlers, script URLs) that nothing passes.
/// </summary>
internal static class RawHtmlSanitizer
{
    private const string DocumentPrefix = "<!doctype html><html><body>";

    /// <summary>Markdig's own markup may carry these only if it is dropped even when trusted.</summary>
    private static readonly HashSet<string> NeverKept = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form", "noscript", "template",
    };

    [ThreadStatic]
    private static HtmlParser? t_parser;

    [ThreadStatic]
    private static Run? t_run;

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>True when the rendered body holds raw HTML (the renderers marked it).</summary>
    public static bool HasRawHtml(string html) => html.Contains(SafeHtmlExtension.Marker, StringComparison.Ordinal);

    /// <param name="markedHtml">Markdig's output with the raw HTML markers.</param>
    /// <param name="firstLine">File line of the body's first line.</param>
    /// <summary>
    /// One warning for each kind of removal on a page, at its first place, with how many more there are: a post exported
    /// from Medium has `class`, `id` and `name` on each of its 65 paragraphs, and 195 lines saying the same thing would
    /// bury the few that ask for something.
    /// </summary>
    private static List<BodyFinding> Grouped(List<BodyFinding> findings)
    {
        if (findings.Count < 2)
        {
            return findings;
        }

        var counts = findings.Where(f => f.Severity == Severity.Warning).GroupBy(f => f.Message, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (counts.Count == 0)
        {
            return findings;
        }

        var grouped = new List<BodyFinding>(findings.Count);
        foreach (var f in findings)
        {
            if (f.Severity != Severity.Warning || !counts.TryGetValue(f.Message, out var count))
            {
                grouped.Add(f);
            }
            else if (count > 0)
            {
                grouped.Add(f with { Message = $"{f.Message} (and {count - 1} more like it on this page)" });
                counts[f.Message] = 0;
            }
        }

        return grouped;
    }

    public static SanitizedHtml Sanitize(string markedHtml, int firstLine)
    {
        var (clean, segments) = StripMarkers(markedHtml, firstLine);
        using var document = Parser.ParseDocument(DocumentPrefix + clean);
        var run = new Run(clean, segments, firstLine);
        if (document.Body is { } scanned && clean.Contains("<blockquote", StringComparison.OrdinalIgnoreCase))
        {
            run.FindEmbeds(scanned);
        }

        t_run = run;
        try
        {
            if (document.Body is { } body)
            {
                Sanitizer.SanitizeDom(document, body);
            }
        }
        finally
        {
            t_run = null;
        }

        if (document.Body is not { } result)
        {
            return new SanitizedHtml(string.Empty, run.Findings, []);
        }

        // A table written in HTML scrolls inside the text column like a markdown one, instead of widening the page on a phone.
        foreach (var table in result.QuerySelectorAll("table").ToList())
        {
            if (run.Locate(table) is { Raw: true } && table.ParentElement?.Closest("table, .table-scroll") is null && table.ParentElement is { } parent)
            {
                var scroll = document.CreateElement("div");
                scroll.ClassName = "table-scroll";
                scroll.SetAttribute("tabindex", "0");
                scroll.SetAttribute("role", "group");
                scroll.SetAttribute("aria-labelledby", Extensions.ScrollableTableExtension.LabelId);
                parent.InsertBefore(scroll, table);
                scroll.AppendChild(table);
            }
        }

        foreach (var title in result.QuerySelectorAll("h1"))
        {
            if (run.Locate(title) is { Raw: true } at)
            {
                run.Findings.Add(new BodyFinding(Severity.Warning, at.Line, at.Column, MarkdownRenderer.SecondTitle));
            }
        }

        var links = new List<MarkdownLink>(run.MediaLinks);
        foreach (var element in result.QuerySelectorAll("a[href], img[src]"))
        {
            var (raw, line, column) = run.Locate(element);
            if (raw)
            {
                var isImage = element is IHtmlImageElement;
                links.Add(new MarkdownLink(element.GetAttribute(isImage ? "src" : "href")!, line, column, isImage));
                if (isImage && !element.HasAttribute("alt"))
                {
                    run.Findings.Add(new BodyFinding(Severity.Warning, line, column,
                        $"`<img src=\"{element.GetAttribute("src")}\">` has no `alt`, so readers who cannot see it (with a screen reader, or when it fails to load) get nothing: add `alt=\"what it shows\"` (or `alt=\"\"` for a picture that only decorates)"));
                }
            }
        }

        return new SanitizedHtml(result.ChildNodes.ToHtml(Sanitizer.OutputFormatter), Grouped(run.Findings), links);
    }

    /// <summary>The visible text of a raw HTML block (for search and summaries): code, forms and foreign markup left out.</summary>
    public static string TextOf(string html)
    {
        using var document = Parser.ParseDocument(DocumentPrefix + html.Replace(SafeHtmlExtension.Marker, string.Empty, StringComparison.Ordinal));
        if (document.Body is not { } body)
        {
            return string.Empty;
        }

        foreach (var element in body.QuerySelectorAll("*").Where(e => HtmlAllowList.RemovedWithContent.Contains(e.LocalName)).ToList())
        {
            element.Remove();
        }

        return string.Join(' ', body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // One parser per thread: bodies are rendered in parallel, and a parser keeps source references only when asked.
    private static HtmlParser Parser => t_parser ??= new HtmlParser(
        new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true },
        BrowsingContext.New(Configuration.Default.WithCss()));

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(HtmlAllowList.Elements, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(HtmlAllowList.Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(HtmlAllowList.Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriListAttributes, StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options)
        {
            // Text inside a removed presentational element (`<center>`, `<font>`) is what the author wanted readers to see.
            KeepChildNodes = true,
            HtmlParserFactory = () => Parser,
        };
        sanitizer.RemovingTag += (_, e) => t_run?.OnRemovingTag(e);
        sanitizer.RemovingAttribute += (_, e) => t_run?.OnRemovingAttribute(e);
        sanitizer.RemovingCssClass += (_, e) => t_run?.OnRemovingCssClass(e);
        return sanitizer;
    }

    /// <summary>Markdig's output without the markers, and where each raw HTML run sits in it (file line, 1-based column).</summary>
    private static (string Clean, List<Segment> Segments) StripMarkers(string html, int firstLine)
    {
        var clean = new System.Text.StringBuilder(html.Length);
        var segments = new List<Segment>();
        var open = -1;
        var (line, column) = (0, 0);
        var i = 0;
        while (i < html.Length)
        {
            var next = html.IndexOf(SafeHtmlExtension.Marker, i, StringComparison.Ordinal);
            if (next < 0)
            {
                clean.Append(html, i, html.Length - i);
                break;
            }

            clean.Append(html, i, next - i);
            var end = html.IndexOf(SafeHtmlExtension.Marker, next + 1, StringComparison.Ordinal);
            var payload = html.AsSpan(next + 1, end - next - 1);
            if (payload.IsEmpty)
            {
                if (open >= 0)
                {
                    segments.Add(new Segment(open, clean.Length, line, column));
                    open = -1;
                }
            }
            else
            {
                var comma = payload.IndexOf(',');
                line = firstLine + int.Parse(payload[..comma], System.Globalization.CultureInfo.InvariantCulture);
                column = int.Parse(payload[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture) + 1;
                open = clean.Length;
            }

            i = end + 1;
        }

        return (clean.ToString(), segments);
    }

    /// <summary>A run of raw HTML in the clean output, [Start, End), written at a file position.</summary>
    private readonly record struct Segment(int Start, int End, int Line, int Column);

    /// <summary>The state of one sanitizing call, for the sanitizer's events.</summary>
    private sealed class Run(string clean, List<Segment> segments, int firstLine)
    {
        private readonly HashSet<IElement> _emptied = [];

        /// <summary>The quotes of embedded social posts (<see cref="EmbeddedPost"/>), each already reported once.</summary>
        private readonly HashSet<IElement> _embeds = [];

        public List<BodyFinding> Findings { get; } = [];

        /// <summary>Files of removed media elements (a `&lt;video&gt;`'s source), checked as links are.</summary>
        public List<MarkdownLink> MediaLinks { get; } = [];

        /// <summary>Reports each raw embedded social post once, before the sanitizer removes its parts.</summary>
        public void FindEmbeds(IElement body)
        {
            foreach (var quote in body.QuerySelectorAll("blockquote[class]"))
            {
                if (EmbeddedPost.Of(quote) is var (kind, network) && Locate(quote) is { Raw: true } at)
                {
                    _embeds.Add(quote);
                    Findings.Add(new BodyFinding(Severity.Warning, at.Line, at.Column, EmbeddedPost.Warning(kind, network)));
                }
            }
        }

        private bool InEmbed(IElement element)
        {
            for (var e = element; e is not null && _embeds.Count > 0; e = e.ParentElement)
            {
                if (_embeds.Contains(e))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>`{{&lt; video src="…" title="…" &gt;}}` for a `&lt;video&gt;` with a file (its `src` or first `&lt;source src&gt;`), or null.</summary>
        private static (string Component, string Src)? VideoComponent(IElement video)
        {
            var src = video.GetAttribute("src") ?? video.QuerySelector("source[src]")?.GetAttribute("src");
            if (string.IsNullOrWhiteSpace(src) || src.Contains('"'))
            {
                return null;
            }

            // A poster that is no picture (KubeVirt gave the video's own .mp4) shows nothing: advised, it would be copied as it is.
            var poster = video.GetAttribute("poster") is { Length: > 0 } p && !p.Contains('"') && Links.ImageFiles.Named(p) ? $" poster=\"{p}\"" : string.Empty;
            return ($"{{{{< video src=\"{src}\"{poster} title=\"…\" >}}}}", src);
        }

        /// <summary>
        /// Whether the element was written as raw HTML, and its file position. An element the
        /// parser made up (an implied `tbody`, a reopened `b`) counts as raw, at its nearest
        /// positioned ancestor.
        /// </summary>
        public (bool Raw, int Line, int Column) Locate(IElement element)
        {
            var own = Index(element);
            var index = own;
            for (var e = element.ParentElement; index < 0 && e is not null; e = e.ParentElement)
            {
                index = Index(e);
            }

            if (index < 0 || FindSegment(index) is not { } segment || index >= segment.End)
            {
                return (own < 0, firstLine, 1);
            }

            // Raw blocks are marked line by line; a raw inline tag may still span lines.
            var before = clean.AsSpan(segment.Start, index - segment.Start);
            var newlines = before.Count('\n');
            var column = newlines == 0 ? segment.Column + before.Length : before.Length - before.LastIndexOf('\n');
            return (true, segment.Line + newlines, column);
        }

        public void OnRemovingTag(RemovingTagEventArgs e)
        {
            var tag = e.Tag;
            if (!IsAttached(tag))
            {
                return; // inside an element already removed with its content
            }

            var name = tag.LocalName;
            var (raw, line, column) = Locate(tag);
            if (!raw && !NeverKept.Contains(name))
            {
                e.Cancel = true; // Markdig's or the theme's own markup
                return;
            }

            // Read before its `<source>` children go: the component to write names the file.
            var video = raw && name == "video" ? VideoComponent(tag) : null;
            if (HtmlAllowList.RemovedWithContent.Contains(name) || NeverKept.Contains(name))
            {
                while (tag.FirstChild is { } child)
                {
                    tag.RemoveChild(child);
                }

                _emptied.Add(tag);
            }

            if (raw && name == "script" && _embeds.Count > 0 && EmbeddedPost.IsWidgetScript(tag.GetAttribute("src")))
            {
                return; // the embed's own warning says it
            }

            if (raw)
            {
                // Inside other HTML (a centring `<div>`), the component would be that HTML's text: it goes outside, on its own.
                var where = tag.ParentElement is { LocalName: not ("body" or "html") } parent && Locate(parent).Raw
                    ? " on a line of its own, outside the HTML around the frame, with a blank line before and after it"
                    : string.Empty;
                var instead = name == "iframe" && EmbedReplacement.For(tag.GetAttribute("src"), tag.GetAttribute("title")) is { } component
                    ? $"; for this video write `{component}`{where} (nothing loads from the video's site until the reader presses play{UntitledNote(component)})"
                    : video is { } v ? $"; for this video write `{v.Component}`{where} (`title` says what it shows)" : string.Empty;
                if (video is { Src: var src } && Extensions.ComponentExtension.IsSitePath(src))
                {
                    // Checked now, like the component's file would be, not a round later.
                    MediaLinks.Add(new MarkdownLink(src, line, column, false));
                }
                Findings.Add(new BodyFinding(Severity.Warning, line, column, $"removed `<{name}>`: {HtmlAllowList.ElementReason(name)}{instead}"));
            }
        }

        public void OnRemovingAttribute(RemovingAttributeEventArgs e)
        {
            var (raw, line, column) = Locate(e.Tag);
            var name = e.Attribute.Name;
            var value = e.Attribute.Value;
            if (!raw)
            {
                var hardFloor = name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) || SafeUrlExtension.IsDangerous(value)
                    || e.Reason == RemoveReason.NotAllowedValue;
                e.Cancel = !hardFloor;
                return;
            }

            if (InEmbed(e.Tag))
            {
                return; // the embed's own warning says it
            }

            // `style={{ margin: '1rem 0' }}` of an MDX page: HTML reads `style`, `margin:`, `'1rem`, … `}}` as attributes.
            // The expression is named once, whole, as it is to be deleted; its pieces are not attributes anyone wrote.
            var whole = (string?)null;
            if (JsxOf(e.Tag) is { } jsx && !jsx.Expressions.TryGetValue(name, out whole) && !jsx.Names.Contains(name))
            {
                return; // a piece of an expression, told with it
            }

            // `<i class="fa-solid fa-language"></i>`: an icon font's icon is its class, so without it nothing is left to see.
            var icon = name.Equals("class", StringComparison.OrdinalIgnoreCase) && e.Tag.TextContent.Trim().Length == 0
                && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(c => c.StartsWith("fa-", StringComparison.Ordinal) || c.StartsWith("bi-", StringComparison.Ordinal)) is { } glyph
                ? $"; `{glyph}` is an icon font's icon, and the element is left empty: delete it, or write the word the icon stands for"
                : string.Empty;
            var reason = HtmlAllowList.AttributeReason(name, value);
            if (icon.Length > 0)
            {
                reason = reason.Replace(HtmlAllowList.DeleteAttribute, string.Empty, StringComparison.Ordinal); // the icon's advice says what to delete
            }

            if (whole is not null)
            {
                reason = reason.Replace(HtmlAllowList.DeleteAttribute, $": delete `{whole}`", StringComparison.Ordinal);
            }

            Findings.Add(new BodyFinding(Severity.Warning, line, column, $"removed `{whole ?? name}` from `<{e.Tag.LocalName}>`: {reason}{icon}"));
        }

        public void OnRemovingCssClass(RemovingCssClassEventArgs e)
        {
            // No class is allowed in raw HTML (the class attribute itself goes); Markdig's classes stay.
            e.Cancel = !Locate(e.Tag).Raw;
        }

        private bool IsAttached(IElement element)
        {
            for (var e = element; e is not null; e = e.ParentElement)
            {
                if (e is IHtmlBodyElement)
                {
                    return true;
                }

                if (_emptied.Contains(e))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The JSX expression attributes of each raw element's start tag, read once (null: none).</summary>
        private readonly Dictionary<IElement, JsxAttributes?> _jsx = [];

        private JsxAttributes? JsxOf(IElement element)
        {
            if (!_jsx.TryGetValue(element, out var found))
            {
                found = JsxAttributes.Of(clean, Index(element));
                _jsx[element] = found;
            }

            return found;
        }

        private static int Index(IElement element) =>
            element.SourceReference is { } source && source.Position.Position > 0 ? source.Position.Position - 1 - DocumentPrefix.Length : -1;

        /// <summary>The last raw run starting at or before the index (the caller checks that it also ends after it).</summary>
        private Segment? FindSegment(int index)
        {
            int lo = 0, hi = segments.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (segments[mid].Start <= index)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found < 0 ? null : segments[found];
        }
    }

    /// <summary>
    /// A `youtube` component without a title is labelled "YouTube video" for readers (Strimzi's 22 frames had only the
    /// share box's "YouTube video player"): said, so the title can be added from what the text around it says.
    /// </summary>
    private static string UntitledNote(string component) =>
        component.StartsWith("{{< youtube ", StringComparison.Ordinal) && !component.Contains(" title=", StringComparison.Ordinal)
            ? "; add `title=\"…\"` with what the video shows, or readers and screen readers get only \"YouTube video\""
            : string.Empty;

    /// <summary>
    /// The attributes of a start tag written as JSX expressions (`name={…}`, braces balanced, quotes inside skipped) as
    /// written, by lower-cased name, and the names of all attributes written outside them; read from the tag's source.
    /// </summary>
    private sealed record JsxAttributes(Dictionary<string, string> Expressions, HashSet<string> Names)
    {
        /// <summary>The start tag's JSX attributes at <paramref name="start"/> (its `&lt;`) of <paramref name="html"/>; null when it has none.</summary>
        public static JsxAttributes? Of(string html, int start)
        {
            if (start < 0 || start >= html.Length || html[start] != '<' || html.IndexOf("={", start, StringComparison.Ordinal) < 0)
            {
                return null;
            }

            var i = start + 1;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '>' and not '/')
            {
                i++; // the element's name
            }

            var expressions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (true)
            {
                while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
                {
                    i++;
                }

                if (i >= html.Length || html[i] == '>')
                {
                    break;
                }

                var nameStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '>' and not '=' and not '/')
                {
                    i++;
                }

                var name = html[nameStart..i];
                names.Add(name);
                if (i >= html.Length || html[i] != '=')
                {
                    continue;
                }

                i++;
                if (i < html.Length && html[i] == '{')
                {
                    var end = ClosingBrace(html, i);
                    if (end < 0)
                    {
                        return null; // unbalanced: leave the attributes to the parser's reading
                    }

                    // One line in the message: an expression over several lines is quoted with its line breaks as spaces.
                    expressions[name] = string.Join(' ', html[nameStart..(end + 1)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    i = end + 1;
                }
                else if (i < html.Length && html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    i = close < 0 ? html.Length : close + 1;
                }
                else
                {
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }
                }
            }

            return expressions.Count == 0 ? null : new JsxAttributes(expressions, names);
        }

        /// <summary>The index of the brace closing the one at <paramref name="open"/>, past quoted strings; -1 when none.</summary>
        private static int ClosingBrace(string text, int open)
        {
            var depth = 0;
            for (var i = open; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '{':
                        depth++;
                        break;
                    case '}':
                        if (--depth == 0)
                        {
                            return i;
                        }

                        break;
                    case '"' or '\'' or '`':
                        var close = text.IndexOf(text[i], i + 1);
                        if (close < 0)
                        {
                            return -1;
                        }

                        i = close;
                        break;
                }
            }

            return -1;
        }
    }
}
