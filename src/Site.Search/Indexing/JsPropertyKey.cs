namespace Site.Search.Indexing;

/// <summary>
/// JavaScript's ordering of object keys: canonical array-index keys ("0" … "4294967294", no leading zeros)
/// come first in ascending numeric order, the rest keep insertion order. Needed for byte-identical postings.
/// </summary>
internal static class JsPropertyKey
{
    public const long NotAnIndex = -1;

    public static bool IsArrayIndex(string key) => ArrayIndexValue(key) != NotAnIndex;

    /// <summary>The numeric value when <paramref name="key"/> is a canonical array index, otherwise <see cref="NotAnIndex"/>.</summary>
    public static long ArrayIndexValue(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return NotAnIndex;
        }

        long value = 0;
        foreach (char c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return NotAnIndex;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= 4294967294L ? value : NotAnIndex;
    }
}
