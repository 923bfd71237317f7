using System.Globalization;
using System.Runtime.CompilerServices;

namespace Site.Search.Serialization;

/// <summary>
/// Formats doubles like JavaScript's <c>Number.prototype.toString</c> (what <c>JSON.stringify</c> prints):
/// shortest round-trip digits, exponent notation only below 1e-6 or from 1e21, <c>-0</c> as <c>0</c> and
/// non-finite values as <c>null</c>. .NET yields the same shortest digits but switches to exponents earlier.
/// </summary>
public static class JsNumberFormatter
{
    /// <summary>Returns the JSON text of <paramref name="value"/> as <c>JSON.stringify</c> writes it.</summary>
    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[40];
        int written = Format(value, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Writes the JSON text of <paramref name="value"/> into <paramref name="destination"/> (≥ 32 chars).</summary>
    public static int Format(double value, Span<char> destination)
    {
        if (!double.IsFinite(value))
        {
            "null".CopyTo(destination);
            return 4;
        }

        if (value == 0)
        {
            destination[0] = '0';
            return 1;
        }

        Span<char> raw = stackalloc char[32];
        value.TryFormat(raw, out int length, "R", CultureInfo.InvariantCulture);
        raw = raw[..length];
        int e = raw.IndexOf('E');
        if (e < 0)
        {
            raw.CopyTo(destination);
            return length;
        }

        return Rewrite(raw, e, destination);
    }

    /// <summary>
    /// Writes the JSON text of <c>thousandths / 1000</c> for an integer-valued <paramref name="thousandths"/>, as
    /// <see cref="Format(double, Span{char})"/> would, without the general shortest-round-trip conversion: below
    /// 10^15 the double nearest to k/1000 is distinct from that of every other three-decimal number, so its shortest
    /// text is k/1000 itself with trailing zeros dropped. Other values take the general path.
    /// </summary>
    public static int FormatThousandths(double thousandths, Span<char> destination)
    {
        const double Limit = 1e15;
        if (!(Math.Abs(thousandths) < Limit) || thousandths != Math.Floor(thousandths))
        {
            return Format(thousandths / 1000, destination);
        }

        long k = (long)thousandths;
        if (k == 0)
        {
            destination[0] = '0';
            return 1;
        }

        int pos = 0;
        if (k < 0)
        {
            destination[pos++] = '-';
            k = -k;
        }

        long whole = k / 1000;
        int fraction = (int)(k % 1000);
        whole.TryFormat(destination[pos..], out int written, default, CultureInfo.InvariantCulture);
        pos += written;
        if (fraction != 0)
        {
            destination[pos++] = '.';
            destination[pos++] = (char)('0' + (fraction / 100));
            fraction %= 100;
            if (fraction != 0)
            {
                destination[pos++] = (char)('0' + (fraction / 10));
                fraction %= 10;
                if (fraction != 0)
                {
                    destination[pos++] = (char)('0' + fraction);
                }
            }
        }

        return pos;
    }

    /// <summary>
    /// <see cref="FormatThousandths(double, Span{char})"/> into UTF-8 (the text is ASCII; <paramref name="destination"/>
    /// at least 32 bytes): what the index writer calls once per vector entry, so the common case writes its digits
    /// straight into the output buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FormatThousandths(double thousandths, Span<byte> destination)
    {
        const double Limit = 1e15;
        if (!(thousandths >= 0 && thousandths < Limit) || thousandths != Math.Floor(thousandths))
        {
            Span<char> chars = stackalloc char[40];
            int length = FormatThousandths(thousandths, chars);
            for (int i = 0; i < length; i++)
            {
                destination[i] = (byte)chars[i];
            }

            return length;
        }

        long k = (long)thousandths;
        long whole = k / 1000;
        int fraction = (int)(k - (whole * 1000));
        int pos;
        if (whole < 10)
        {
            destination[0] = (byte)('0' + whole);
            pos = 1;
        }
        else
        {
            pos = WriteDigits((ulong)whole, destination);
        }

        if (fraction != 0)
        {
            // Four bytes copied whatever the length (a constant-size copy), then only the fraction's own counted.
            FractionTexts.AsSpan(fraction * 4, 4).CopyTo(destination[pos..]);
            pos += FractionLengths[fraction];
        }

        return pos;
    }

    // ".5", ".25", ".125" … for each fraction 1–999 of a thousandths value, trailing zeros dropped, four bytes a slot.
    private static readonly byte[] FractionTexts = BuildFractionTexts(out FractionLengths);
    private static readonly byte[] FractionLengths;

    private static byte[] BuildFractionTexts(out byte[] lengths)
    {
        var texts = new byte[1000 * 4];
        lengths = new byte[1000];
        for (int f = 1; f < 1000; f++)
        {
            string text = "." + f.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0');
            for (int i = 0; i < text.Length; i++)
            {
                texts[(f * 4) + i] = (byte)text[i];
            }

            lengths[f] = (byte)text.Length;
        }

        return texts;
    }

    /// <summary>Writes the decimal digits of <paramref name="value"/> (ASCII) and returns their count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int WriteDigits(ulong value, Span<byte> destination)
    {
        int count = 1;
        for (ulong rest = value / 10; rest != 0; rest /= 10)
        {
            count++;
        }

        for (int i = count - 1; i > 0; i--)
        {
            ulong next = value / 10;
            destination[i] = (byte)('0' + (value - (next * 10)));
            value = next;
        }

        destination[0] = (byte)('0' + value);
        return count;
    }

    // Converts .NET's "d.dddE±x" into JS notation (ECMA-262 Number::toString).
    private static int Rewrite(ReadOnlySpan<char> raw, int e, Span<char> destination)
    {
        int pos = 0;
        ReadOnlySpan<char> mantissa = raw[..e];
        if (mantissa[0] == '-')
        {
            destination[pos++] = '-';
            mantissa = mantissa[1..];
        }

        Span<char> digits = stackalloc char[20];
        int k = 0;
        foreach (char c in mantissa)
        {
            if (c != '.')
            {
                digits[k++] = c;
            }
        }

        int exponent = int.Parse(raw[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int n = exponent + 1; // value = 0.digits × 10^n
        if (k <= n && n <= 21)
        {
            digits[..k].CopyTo(destination[pos..]);
            pos += k;
            destination.Slice(pos, n - k).Fill('0');
            pos += n - k;
        }
        else if (n > 0 && n <= 21)
        {
            digits[..n].CopyTo(destination[pos..]);
            pos += n;
            destination[pos++] = '.';
            digits[n..k].CopyTo(destination[pos..]);
            pos += k - n;
        }
        else if (n > -6 && n <= 0)
        {
            destination[pos++] = '0';
            destination[pos++] = '.';
            destination.Slice(pos, -n).Fill('0');
            pos += -n;
            digits[..k].CopyTo(destination[pos..]);
            pos += k;
        }
        else
        {
            destination[pos++] = digits[0];
            if (k > 1)
            {
                destination[pos++] = '.';
                digits[1..k].CopyTo(destination[pos..]);
                pos += k - 1;
            }

            destination[pos++] = 'e';
            destination[pos++] = n - 1 >= 0 ? '+' : '-';
            (Math.Abs(n - 1)).TryFormat(destination[pos..], out int w, default, CultureInfo.InvariantCulture);
            pos += w;
        }

        return pos;
    }
}
