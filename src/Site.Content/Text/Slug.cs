using System.Text;

namespace Site.Content.Text;

/// <summary>
/// URL slugs for tags and heading ids: lower case, every run of characters that are not
/// letters or digits becomes one `-`, no leading or trailing `-`. Letters include Han and
/// other scripts, so Chinese tags keep readable URLs.
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(utf16[..Rune.ToLowerInvariant(rune).EncodeToUtf16(utf16)]);
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }
}
