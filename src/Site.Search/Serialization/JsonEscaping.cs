namespace Site.Search.Serialization;

/// <summary>How strings are escaped when writing JSON.</summary>
public enum JsonEscaping
{
    /// <summary>
    /// Exactly what <c>JSON.stringify</c> escapes: <c>"</c>, <c>\</c>, control characters and lone surrogates.
    /// Byte-identical to lunr.js output; safe as a standalone <c>.json</c> file.
    /// </summary>
    JavaScript,

    /// <summary>
    /// Additionally escapes <c>&lt; &gt; &amp; '</c>, U+2028 and U+2029, so the text can also be embedded in an
    /// HTML <c>&lt;script&gt;</c> element or evaluated as a JavaScript literal.
    /// </summary>
    HtmlSafe,
}
