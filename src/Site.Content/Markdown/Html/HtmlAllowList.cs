using System.Collections.Frozen;

namespace Site.Content.Markdown.Html;

/// <summary>
/// Which raw HTML contributors may write in markdown (SECURITY.md, "Which HTML is let through"),
/// and why everything else is removed. The list follows what people expect from GitHub-flavoured
/// READMEs: text-level markup, images, tables, definition lists, details, figures. Nothing that
/// runs script, loads from other sites, styles the page (the CSP blocks inline styles anyway),
/// takes input, or reaches into the theme (classes, ids).
/// </summary>
internal static class HtmlAllowList
{
    public static readonly FrozenSet<string> Elements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ]);

    /// <summary>Allowed on every allowed element; URLs among them are checked against <see cref="Schemes"/>.</summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "href", "src", "alt", "title", "width", "height", "loading", "align", "colspan", "rowspan", "scope", "span", "open", "start",
        "reversed", "datetime", "cite", "lang", "dir", "rel",
    ]);

    /// <summary>Besides these, only URLs without a scheme (links within the site, `#fragment`s) are kept.</summary>
    public static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>Elements whose content is code, foreign markup or a form: removed with everything inside, never shown as text.</summary>
    public static readonly FrozenSet<string> RemovedWithContent = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "form",
        "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output", "audio", "video", "canvas", "source",
        "track", "map", "area", "head", "title", "base", "meta", "link", "xmp", "noembed", "noframes", "plaintext", "dialog", "slot", "portal",
    ]);

    /// <summary>Every element name of the HTML standard (and the obsolete ones browsers still parse), so that `&lt;your-value&gt;` in prose is not taken for markup.</summary>
    public static readonly FrozenSet<string> KnownElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        .. Elements, .. RemovedWithContent,
        "picture", "acronym", "address", "article", "aside", "basefont", "big", "blink", "body", "center", "data", "dir", "element", "fieldset", "font",
        "footer", "header", "hgroup", "html", "image", "isindex", "keygen", "label", "legend", "listing", "main", "marquee", "menu",
        "menuitem", "meter", "multicol", "nav", "nextid", "nobr", "param", "progress", "rb", "rtc", "search", "section", "spacer", "strike",
        "tt",
    ]);

    /// <summary>Why an element is removed, for the warning.</summary>
    public static string ElementReason(string name) => name.ToLowerInvariant() switch
    {
        "script" => "scripts never run in page content (interactive features belong in the theme)",
        "style" or "link" => "styles belong in the theme's CSS, and the site's Content-Security-Policy blocks inline ones: delete the element (its rules never apply here)",
        "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "portal" =>
            "pages load nothing from other sites; use the `youtube` or `video` component, or a plain link",
        "audio" or "video" or "source" or "track" => "use the `video` component for a video",
        "picture" => "one image per `<img>` (the image inside is kept)",
        "svg" or "math" or "canvas" => "inline drawings are not allowed; save the drawing under input/assets/img/ and show it with `![description](/assets/img/name.svg)`",
        "form" or "input" or "button" or "select" or "option" or "optgroup" or "textarea" or "datalist" or "output" or "dialog" =>
            "forms and controls are not allowed in page content",
        "head" or "title" or "base" or "meta" => "page-level markup comes from the theme",
        "tabs" or "tabitem" or "admonition" or "codeblock" or "browserwindow" or "doccardlist" =>
            "a Docusaurus (MDX) component, which this site does not run; its text is kept: delete its tags (for tabs, give each tab's content a heading of its own)",
        _ when RemovedWithContent.Contains(name) => "it is not allowed in page content",
        _ when KnownElements.Contains(name) => "it is not on the list of allowed HTML elements (see CONTRIBUTING.md); its text is kept",
        _ => $"it is not an HTML element; its text is kept (to show the text `<{name}>`, write it in backticks or as `\\<{name}>`)",
    };

    /// <summary>The action that ends the reasons of most removed attributes.</summary>
    public const string DeleteAttribute = ": delete the attribute";

    /// <summary>Why an attribute is removed, and what to do, for the warning.</summary>
    public static string AttributeReason(string attribute, string value)
    {
        var name = attribute.ToLowerInvariant();
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            return "event handlers never run in page content";
        }

        return name switch
        {
            "style" => "the site's Content-Security-Policy (`style-src 'self'`) blocks inline styles; layout and alignment come from the theme: delete the attribute",
            "class" => "content cannot use the theme's classes" + DeleteAttribute,
            // JSX spells `class` this way (MDX pages of Docusaurus and Gatsby sites: Cilium's `<div className="…">`).
            "classname" => "`className` is JSX's spelling of `class` (an MDX page), and content cannot use the theme's classes either: delete the attribute",
            "id" when FootnoteAnchors.Is(value) => "it is a footnote's anchor of a page written as HTML: " + FootnoteAnchors.Advice,
            "id" => "ids come from headings (`## Title {#id}`)",
            "srcset" or "sizes" => "one image per `<img>`: give its `src` (and `width`/`height`)",
            "target" => "links open where the reader chooses (a new tab is one middle-click away), so the site never opens one itself",
            _ when Attributes.Contains(name) && UrlScheme(value) is { } scheme && scheme == "data" =>
                "`data:` URLs are not allowed; save the file under input/assets/ and link to /assets/… instead",
            _ when Attributes.Contains(name) && UrlScheme(value) is { } scheme =>
                $"`{scheme}:` URLs are not allowed (only http, https, mailto and links within the site)",
            _ when value.Contains("&{", StringComparison.Ordinal) => "its value holds `&{`, which old browsers ran as script",
            _ when Attributes.Contains(name) => "its value is not a usable URL",
            _ => "it is not on the list of allowed attributes (see CONTRIBUTING.md): delete the attribute, the element is kept without it",
        };
    }

    /// <summary>The lower-cased scheme of a URL as a browser reads it (ASCII whitespace and control characters ignored), or null.</summary>
    public static string? UrlScheme(string url)
    {
        var scheme = new System.Text.StringBuilder();
        foreach (var c in url)
        {
            if (c <= ' ')
            {
                continue;
            }

            if (c == ':')
            {
                return scheme.Length > 0 ? scheme.ToString() : null;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return null;
            }

            scheme.Append(char.ToLowerInvariant(c));
        }

        return null;
    }
}
