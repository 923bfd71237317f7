namespace Site.Search.Serialization;

/// <summary>How strings are escaped when writing JSON.</summary>
public enum JsonEscaping
{
    /// <summary>
    /// What the site publishes, and the default: <c>"</c>, <c>\</c>, control characters and lone surrogates
    /// as <c>JSON.stringify</c> escapes them, and also <c>&lt; &gt; &amp; '</c>, U+2028 and U+2029 (as
    /// <c>\u003c</c>…, like System.Text.Json's default encoder), so that a contributor's <c>&lt;script&gt;</c>
    /// never appears raw in a file, whether it is served alone, inlined into HTML or evaluated as JavaScript.
    /// The parsed value is the same as with <see cref="JavaScript"/>.
    /// </summary>
    HtmlSafe,

    /// <summary>
    /// Exactly what <c>JSON.stringify</c> escapes: <c>"</c>, <c>\</c>, control characters and lone surrogates.
    /// Byte-identical to lunr.js output, which the compatibility tests compare with.
    /// </summary>
    JavaScript,
}
