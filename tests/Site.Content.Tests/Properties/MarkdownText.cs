using FsCheck;
using FsCheck.Fluent;

namespace Site.Content.Tests.Properties;

/// <summary>Random markdown bodies built from block and inline syntax, raw HTML, the XSS corpus and dangerous links.</summary>
internal static class MarkdownText
{
    private static readonly string[] Pieces =
    [
        "\n", "\n\n", "    ", "# ", "## ", "###### ", "> ", ">> ", "- ", "* ", "1. ", "- [ ] ", "- [x] ", "```", "```js\n", "~~~", "---\n",
        "| a | b |\n", "|---|---|\n", "|:--|--:|\n", "|:-:|---|\n", "*", "**", "_", "__", "~~", "`", "``", "[", "]", "(", ")", "![", "<", ">", "&", "\\", "{#", "}",
        "[^1]", "[^1]: note\n", "[ref]", "[ref]: javascript:alert(1)\n", "[ok]: /projects/x/\n",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//evil>", "<a href=\"javascript:alert(1)\">x</a>",
        "<!-- c -->", "<div onclick=x>", "<style>", "</p>",
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java\tscript:x)", "[x](&#106;avascript:alert(1))",
        "![i](data:image/svg+xml,<svg onload=alert(1)>)", "[x](vbscript:msgbox)", "<javascript:alert(1)>", "<https://ok.example/>",
        "[t](https://ok.example/ \"ti\"tle\")", "[x](/a \"<b>\")", "{#\"><script>}", "{#id}", "https://auto.example/x",
        "word", "中文", "云原生", "İ", "\u2028", "\uD800", "\0", "\u202E",
    ];

    public static Arbitrary<string> Arbitrary { get; } = Gen.OneOf(
            Gen.Elements(Pieces),
            Gen.Elements(XssCorpus.Payloads),
            HostileText.Arbitrary.Generator)
        .ArrayOf()
        .Select(parts => string.Concat(parts))
        .ToArbitrary();
}
