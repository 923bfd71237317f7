using FsCheck;
using FsCheck.Fluent;

namespace Site.Templating.Tests.Properties;

/// <summary>
/// Random template sources assembled from pieces of the language (delimiters, keywords,
/// operators, literals, pipes) and hostile characters, so that the parser sees near-valid
/// programs rather than only noise.
/// </summary>
internal static class TemplateText
{
    private static readonly string[] Pieces =
    [
        "{{", "}}", "{{-", "-}}", "{{~", "~}}", "{%", "%}", "{{ ", " }}", "{%-", "-%}",
        "if", "else", "elsif", "end", "for", "in", "while", "func", "ret", "capture", "with", "wrap",
        "case", "when", "break", "continue", "include", "import", "raw", "endraw", "tablerow", "readonly", "do",
        "x", "y", "items", "page", "$0", "$", "this", "null", "true", "false", "empty",
        "0", "1", "-1", "3.5", "1e308", "2147483648", "0x1F", "1..3", "1..<9", "1..1000000",
        "+", "-", "*", "/", "//", "%", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "!", "?", ":", "??", "=",
        "(", ")", "[", "]", "{", "}", ",", ";", ".", "|", "<<", ">>", "@", "#", "##", "\\",
        "\"", "'", "`", "\"text\"", "'a'", "\"\\u0041\"", "\"\\x\"",
        "string.upcase", "array.size", "html.escape", "math.divided_by", "date.parse", "regex.match",
        "object.to_json", "string.replace", "string.repeat", "array.join",
        " ", " ", "\n", "\r\n", "\t", "\0", "\u2028", "\uD800", "\uDC00", "\u202E", "中文", "</script>", "<b>", "&amp;",
    ];

    public static Arbitrary<string> Arbitrary { get; } = Gen.Elements(Pieces)
        .ArrayOf()
        .Select(parts => string.Concat(parts))
        .ToArbitrary();
}
