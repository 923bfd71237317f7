using System.Net;

namespace Site.Pipeline.Checks;

/// <summary>
/// Reads link targets and element ids out of the generator's own HTML. The markup is
/// produced by the theme and Markdig, which always double-quote attributes, so a scan for
/// <c> name="</c> is exact here and far cheaper than building a DOM for every page.
/// </summary>
internal static class HtmlAttributes
{
    /// <summary>Values of <c>href</c> and <c>src</c> attributes, entity-decoded, in document order.</summary>
    public static List<string> Links(string html)
    {
        var found = new List<string>();
        Collect(html, "href=\"", found);
        Collect(html, "src=\"", found);
        return found;
    }

    /// <summary>Values of every <c>id</c> and <c>name</c> attribute (both are fragment targets).</summary>
    public static HashSet<string> Ids(string html)
    {
        var found = new List<string>();
        Collect(html, "id=\"", found);
        Collect(html, "name=\"", found);
        return new HashSet<string>(found, StringComparer.Ordinal);
    }

    private static void Collect(string html, string marker, List<string> found)
    {
        var index = 0;
        while ((index = html.IndexOf(marker, index, StringComparison.Ordinal)) >= 0)
        {
            var start = index + marker.Length;
            var isAttribute = index > 0 && char.IsWhiteSpace(html[index - 1]);
            var end = html.IndexOf('"', start);
            if (end < 0)
            {
                return;
            }

            if (isAttribute)
            {
                found.Add(WebUtility.HtmlDecode(html[start..end]));
            }

            index = end + 1;
        }
    }
}
