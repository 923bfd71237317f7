namespace Site.Search.Text;

/// <summary>
/// Character rules of the <c>cjk</c> search profile. Explicit BMP ranges are used on purpose: Unicode script
/// properties differ between .NET, ICU and browser versions, and both ends of the search must agree.
/// </summary>
public static class HanScript
{
    /// <summary>True for CJK Extension A, CJK Unified Ideographs and CJK Compatibility Ideographs.</summary>
    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Maps full-width ASCII (U+FF01–FF5E) to ASCII; one code unit for one, so offsets are unchanged.</summary>
    public static char FoldFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}
