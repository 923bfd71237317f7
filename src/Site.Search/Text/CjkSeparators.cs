namespace Site.Search.Text;

/// <summary>
/// Token separators of the <c>cjk</c> profile (mirrored by <c>isSeparator</c> in <c>tools/lunr/lunr-cjk.js</c>),
/// tested on the lower-cased, full-width-folded text. Besides lunr's <c>/[\s\-]/</c> they are:
/// <list type="bullet">
/// <item>ASCII punctuation except <c>_</c>: a repository path or domain in inline code
/// (<c>github.com/prometheus/prometheus</c>) is several words, not one rare token that outranks the pages about
/// the project when searched as a prefix; <c>kubernetes's</c> is found by <c>kubernetes</c>;</item>
/// <item>CJK symbols and punctuation U+3000–303F (、。「」…) and the full-width / half-width forms' punctuation
/// U+FF00–FFEF that is not a letter (full-width ASCII U+FF01–FF5E is folded to ASCII before this test, so
/// <c>，</c> is a comma here; half-width katakana and hangul are letters): English names listed in Chinese text
/// (<c>kubernetes、containerd、harbor</c>) are separate words;</item>
/// <item>general punctuation U+2010–2027 and U+2030–205E (dashes, curly quotes, …) and Latin-1 punctuation,
/// which lunr's ASCII-only trimmer would otherwise keep inside a word.</item>
/// </list>
/// Every separator is one UTF-16 code unit, so token offsets stay those of the lower-cased string.
/// </summary>
public static class CjkSeparators
{
    /// <summary>True when <paramref name="c"/> ends a token in the <c>cjk</c> profile.</summary>
    public static bool IsSeparator(char c) => c switch
    {
        < '\u0080' => c != '_' && (c <= ' ' ? JsWhitespace.IsWhiteSpace(c) || c == ' ' : !char.IsAsciiLetterOrDigit(c)),
        '\u00A1' or '\u00A7' or '\u00AB' or '\u00B6' or '\u00B7' or '\u00BB' or '\u00BF' => true,
        >= '\u2010' and <= '\u2027' => true,
        >= '\u2030' and <= '\u205E' => true,
        >= '\u3000' and <= '\u303F' => true,
        >= '\uFF00' and <= '\uFF65' => true, // FF01–FF5E never reach here unfolded; FF5F–FF65 are brackets and 。「」、・
        >= '\uFFE0' and <= '\uFFEF' => true, // full-width signs (￠ ￡ ￥ …) and half-width forms' arrows
        _ => JsWhitespace.IsWhiteSpace(c),
    };
}
