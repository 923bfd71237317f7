using System.Text;

namespace Site.Content.Text;

/// <summary>
/// URL slugs for tags and heading ids: lower case, every run of characters that are not
/// letters or digits becomes one `-`, no leading or trailing `-`. Letters include Han and
/// other scripts, so Chinese tags keep readable URLs; a combining mark stays with the letter
/// it follows (Devanagari vowel signs, an accent typed as a separate character).
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
            else if (!pendingDash && sb.Length > 0 && IsCombiningMark(rune))
            {
                sb.Append(utf16[..rune.EncodeToUtf16(utf16)]); // part of the letter before it (हि, é written as e + ◌́)
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>A combining mark (Unicode Mn, Mc, Me): part of the letter before it.</summary>
    internal static bool IsCombiningMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
        or System.Globalization.UnicodeCategory.EnclosingMark;
}
