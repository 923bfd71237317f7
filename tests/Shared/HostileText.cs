using FsCheck;
using FsCheck.Fluent;

namespace Site.TestSupport;

/// <summary>
/// Strings a hostile contributor would try: markup, quotes, entities, script terminators,
/// JavaScript line terminators, lone surrogates, control and bidi characters, CJK, mixed
/// with random characters.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "<", ">", "&", "\"", "'", "`", "=", "/", "\\", "</script>", "<script>", "<!--", "-->", "]]>", "<![CDATA[",
        "&amp;", "&#x3C;", "&lt", "javascript:", "data:text/html,", "{{", "}}", "\u2028", "\u2029", "\uD800", "\uDFFF",
        "\uD83D\uDE00", "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u202E", "\u200F", "\uFEFF", "\uFFFE", "\uFFFF",
        "\t", "\n", "\r", " ", "a", "Z", "0", "云原生", "中文", "İ", "é",
    ];

    public static Arbitrary<string> Arbitrary { get; } = Gen.OneOf(
            Gen.Elements(Pieces),
            ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()))
        .ArrayOf()
        .Select(parts => string.Concat(parts))
        .ToArbitrary();
}
