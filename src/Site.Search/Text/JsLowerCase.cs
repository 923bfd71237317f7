using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Site.Search.Text;

/// <summary>
/// Lower-cases exactly like JavaScript's <c>String.prototype.toLowerCase</c> (as run by Node 20 / ICU 78),
/// independent of the current culture. .NET's invariant mapping is a simple 1:1 case mapping, so this adds the
/// full-mapping special cases JS applies: U+0130 (two code units, which shifts token positions), the
/// context-dependent final sigma, and the handful of Unicode 17 letters .NET 10's table does not know yet.
/// </summary>
public static class JsLowerCase
{
    private const char CapitalSigma = '\u03A3';
    private const char SmallSigma = '\u03C3';
    private const char FinalSigma = '\u03C2';
    private const char CapitalIWithDot = '\u0130';

    /// <summary>Returns <paramref name="value"/> lower-cased with JavaScript semantics.</summary>
    public static string ToLower(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int firstNonAsciiOrUpper = FindFirstChange(value);
        if (firstNonAsciiOrUpper < 0)
        {
            return value;
        }

        // ASCII-only strings are the overwhelmingly common case: fold them without any table lookups.
        if (Ascii.IsValid(value.AsSpan(firstNonAsciiOrUpper)))
        {
            return string.Create(value.Length, value, static (dest, src) =>
            {
                for (int i = 0; i < src.Length; i++)
                {
                    char c = src[i];
                    dest[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                }
            });
        }

        return ToLowerSlow(value);
    }

    /// <summary>
    /// Lower-cases <paramref name="value"/> into <paramref name="buffer"/> (grown when shorter) when the result has
    /// the same length and needs none of the special cases, which is every page but a few: the same text as
    /// <see cref="ToLower"/> without a new string. Returns false, writing nothing useful, when the caller must use
    /// <see cref="ToLower"/>; <paramref name="changed"/> is false when the text is already lower-case (nothing copied).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryToLower(ReadOnlySpan<char> value, ref char[] buffer, out bool changed)
    {
        if (buffer.Length < value.Length)
        {
            buffer = new char[Math.Max(value.Length, buffer.Length * 2)];
        }

        Span<char> destination = buffer;
        int first = FindFirstChange(value);
        changed = first >= 0;
        if (!changed)
        {
            return true;
        }

        if (Ascii.IsValid(value[first..]))
        {
            value[..first].CopyTo(destination);
            for (int i = first; i < value.Length; i++)
            {
                char c = value[i];
                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }

            return true;
        }

        // What ToLowerSlow does when no fix-up is needed: the invariant mapping, one unit for one.
        return !NeedsFixUp(value) && value.ToLowerInvariant(destination) == value.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindFirstChange(ReadOnlySpan<char> value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is >= 'A' and <= 'Z' || c >= 0x80)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ToLowerSlow(string value)
    {
        string lowered = value.ToLowerInvariant();
        if (!NeedsFixUp(value))
        {
            return lowered;
        }

        // Rebuild from the original so context (final sigma) is judged on the source text, as ICU does.
        var builder = new StringBuilder(value.Length + 4);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == CapitalIWithDot)
            {
                builder.Append('i').Append('\u0307');
            }
            else if (c == CapitalSigma)
            {
                builder.Append(IsFinalSigmaContext(value, i) ? FinalSigma : SmallSigma);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, value[i + 1]);
                int mapped = MapNewerLetters(cp);
                if (mapped == cp)
                {
                    builder.Append(lowered, i, 2);
                }
                else
                {
                    builder.Append(char.ConvertFromUtf32(mapped));
                }

                i++;
            }
            else
            {
                int mapped = MapNewerLetters(c);
                builder.Append(mapped != c ? (char)mapped : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NeedsFixUp(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (c is CapitalIWithDot or CapitalSigma or '\uA7CE' or '\uA7D2' or '\uA7D4' || c == '\uD81B')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Unicode 17 capitals that ICU 78 lower-cases but .NET 10's invariant table leaves alone.</summary>
    private static int MapNewerLetters(int cp) => cp switch
    {
        0xA7CE or 0xA7D2 or 0xA7D4 => cp + 1,
        >= 0x16EA0 and <= 0x16EB8 => cp + 0x1B,
        _ => cp,
    };

    // Unicode Final_Sigma: preceded by a cased letter (skipping case-ignorables) and not followed by one.
    private static bool IsFinalSigmaContext(string s, int index)
    {
        int i = index;
        bool casedBefore = false;
        while (i > 0)
        {
            Rune.DecodeLastFromUtf16(s.AsSpan(0, i), out Rune rune, out int consumed);
            i -= consumed;
            if (IsCaseIgnorable(rune))
            {
                continue;
            }

            casedBefore = IsCased(rune);
            break;
        }

        if (!casedBefore)
        {
            return false;
        }

        int j = index + 1;
        while (j < s.Length)
        {
            Rune.DecodeFromUtf16(s.AsSpan(j), out Rune rune, out int consumed);
            j += consumed;
            if (IsCaseIgnorable(rune))
            {
                continue;
            }

            return !IsCased(rune);
        }

        return true;
    }

    private static bool IsCased(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return true;
        }

        int v = rune.Value;
        // Other_Lowercase / Other_Uppercase symbols that carry case (ordinals, Roman numerals, circled letters),
        // and the Unicode 17 letter pairs that .NET 10 still reports as unassigned.
        return v is 0xAA or 0xBA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9)
            or 0xA7CE or 0xA7CF or 0xA7D2 or 0xA7D3 or 0xA7D4 or 0xA7D5 or (>= 0x16EA0 and <= 0x16EB8) or (>= 0x16EBB and <= 0x16ED3);
    }

    private static bool IsCaseIgnorable(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return true;
        }

        // Word_Break MidLetter, MidNumLet and Single_Quote characters.
        return rune.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x5F4 or 0x2018 or 0x2019 or 0x2024
            or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }
}
