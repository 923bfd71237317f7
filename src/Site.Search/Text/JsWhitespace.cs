namespace Site.Search.Text;

/// <summary>
/// JavaScript's <c>\s</c> class and lunr's token separator <c>/[\s\-]/</c>, spelled out because .NET's
/// <c>char.IsWhiteSpace</c> and regex <c>\s</c> disagree (U+0085, U+180E, U+FEFF).
/// </summary>
public static class JsWhitespace
{
    /// <summary>True when <paramref name="c"/> matches JavaScript's <c>\s</c>.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        >= '\u0009' and <= '\u000D' => true,
        ' ' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        _ => false,
    };

    /// <summary>True when <paramref name="c"/> matches lunr's <c>lunr.tokenizer.separator</c> (<c>/[\s\-]+/</c>).</summary>
    public static bool IsLunrSeparator(char c) => c == '-' || IsWhiteSpace(c);
}
