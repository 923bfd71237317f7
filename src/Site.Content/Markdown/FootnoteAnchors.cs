using System.Text.RegularExpressions;

namespace Site.Content.Markdown;

/// <summary>
/// The anchors of footnotes a page brought as HTML (kramdown's and Medium's exports: `&lt;sup id="fnref:1"&gt;&lt;a
/// href="#fn:1"&gt;`): raw HTML loses its ids here, so both the marks and their links break; markdown footnotes make
/// their own (KubeVirt's post had 16 such links, each reported with no way out).
/// </summary>
public static partial class FootnoteAnchors
{
    /// <summary>What to write instead, for a message about such an anchor or a link to it.</summary>
    public const string Advice = "write the footnote in markdown, `[^1]` where it is cited and `[^1]: …` at the end of the page, and its links come with it";

    /// <summary>Whether <paramref name="id"/> is a footnote's or its back-reference's anchor (`fn:1`, `fnref:1`, `fn1`, `fnref-2`).</summary>
    public static bool Is(string id) => Anchor().IsMatch(id);

    [GeneratedRegex(@"^fn(?:ref)?[:_-]?\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();
}
