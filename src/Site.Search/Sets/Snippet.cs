using System.Text;
using Site.Search.Text;

namespace Site.Search;

/// <summary>Cuts display snippets: whitespace collapsed, cut at a word boundary, never inside a surrogate pair.</summary>
internal static class Snippet
{
    public static string? Create(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (JsWhitespace.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
            if (sb.Length > maxLength)
            {
                break;
            }
        }

        if (sb.Length <= maxLength)
        {
            return sb.ToString();
        }

        int cut = maxLength;
        int space = sb.ToString(0, maxLength).LastIndexOf(' ');
        if (space > maxLength / 2)
        {
            cut = space; // prefer a word boundary; Chinese text has none, so fall back to a hard cut
        }
        else if (char.IsLowSurrogate(sb[cut]) && cut > 0)
        {
            cut--;
        }

        return sb.ToString(0, cut).TrimEnd() + "…";
    }
}
