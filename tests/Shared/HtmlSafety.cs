using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.TestSupport;

/// <summary>
/// Checks HTML the way a browser would read it (parsed, not pattern-matched): no element that
/// runs script, loads a document or takes input, no event handler, no inline style, no URL that
/// runs script or inlines a document. A whole page may hold the theme's own scripts, which load
/// from /assets/ or carry JSON (search configuration, JSON-LD metadata).
/// </summary>
internal static class HtmlSafety
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "textarea", "select", "button",
        "svg", "math", "template", "noscript", "link", "meta", "video", "audio", "portal",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "poster", "background", "cite", "data", "srcset", "xlink:href", "ping", "longdesc", "lowsrc", "dynsrc",
    };

    /// <summary>A rendered body (or any fragment of contributor HTML).</summary>
    public static void AssertSafe(string html) => Check(new HtmlParser().ParseDocument("<!doctype html><html><body>" + html).Body!, fullPage: false);

    /// <summary>A whole page written by the theme: its own scripts (from /assets/, or JSON) and search form are expected; inside `.prose` nothing of the list.</summary>
    public static void AssertSafePage(string html) => Check(new HtmlParser().ParseDocument(html).DocumentElement, fullPage: true);

    private static void Check(IElement root, bool fullPage)
    {
        foreach (var element in root.QuerySelectorAll("*").Prepend(root))
        {
            var name = element.LocalName;

            // On a page, contributors' HTML is what the theme puts in `.prose`; the theme's own scripts, links and search form sit outside.
            var strict = !fullPage || element.Closest(".prose") is not null;
            if (strict)
            {
                Assert.False(ForbiddenElements.Contains(name), $"<{name}> in {Excerpt(element)}");
                if (name == "input")
                {
                    Assert.True(element.GetAttribute("type") == "checkbox" && element.HasAttribute("disabled"), $"input in {Excerpt(element)}");
                }
            }
            else if (name == "script")
            {
                var src = element.GetAttribute("src");
                Assert.True(
                    src is not null ? src.StartsWith('/') : element.GetAttribute("type") is "application/json" or "application/ld+json" && !element.TextContent.Contains('<'),
                    $"script that is not the theme's in {Excerpt(element)}");
            }

            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler in {Excerpt(element)}");
                Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"inline style in {Excerpt(element)}");
                Assert.False(attribute.Name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase), $"srcdoc in {Excerpt(element)}");
                if (UrlAttributes.Contains(attribute.Name))
                {
                    Assert.False(IsScriptUrl(attribute.Value), $"script URL in {Excerpt(element)}");
                }
            }
        }
    }

    private static bool IsScriptUrl(string url)
    {
        var scheme = new string([.. url.Where(c => c > ' ')]).ToLowerInvariant();
        return scheme.StartsWith("javascript:", StringComparison.Ordinal) || scheme.StartsWith("vbscript:", StringComparison.Ordinal)
            || scheme.StartsWith("data:", StringComparison.Ordinal);
    }

    private static string Excerpt(IElement element)
    {
        var html = element.OuterHtml;
        return html.Length > 200 ? html[..200] + "…" : html;
    }
}
