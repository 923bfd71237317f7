using System.Globalization;
using System.Text;

namespace Site.Content.Text;

/// <summary>
/// Heading anchors as GitHub makes them, the form of every `#fragment` in markdown written for a GitHub
/// README or a Hugo site (Hugo's default ids follow GitHub's): lower case; letters, combining marks, digits,
/// `_` and `-` kept; each space a `-` (`a - b` gives `a---b`); everything else dropped (`types.go` gives
/// `typesgo`). A repeated anchor gets `-1`, `-2`, … in document order. One instance per page.
/// <para>
/// Written here, after the rules of the JavaScript package github-slugger, rather than with Markdig's
/// <c>LinkHelper.UrilizeAsGfm</c>, which agrees on Latin text but drops combining marks: the heading `हिन्दी`
/// (Hindi, which a README's list of languages links to) is `#हिन्दी` on GitHub and `#हनद` with Markdig's.
/// </para>
/// </summary>
public sealed class GitHubSlugger
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    /// <summary>The anchor GitHub gives the next heading of this text on the page.</summary>
    public string Next(string headingText)
    {
        var slug = Of(headingText);
        var result = slug;
        while (_occurrences.ContainsKey(result))
        {
            _occurrences[slug]++;
            result = $"{slug}-{_occurrences[slug]}";
        }

        _occurrences[result] = 0;
        return result;
    }

    /// <summary>The anchor of one heading text, before the page's repeat numbering.</summary>
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                sb.Append('-');
            }
            else if (rune.Value == '-' || IsKept(rune))
            {
                sb.Append(utf16[..Rune.ToLowerInvariant(rune).EncodeToUtf16(utf16)]);
            }
        }

        return sb.ToString();
    }

    private static bool IsKept(Rune rune) =>
        Rune.IsLetter(rune) || Rune.IsNumber(rune) || Slug.IsCombiningMark(rune)
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.ConnectorPunctuation;
}
