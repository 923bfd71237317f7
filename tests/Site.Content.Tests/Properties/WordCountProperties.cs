using FsCheck;
using FsCheck.Fluent;
using Site.Content.Markdown;

namespace Site.Content.Tests.Properties;

/// <summary>
/// The word count classifies characters through a table worked out once; on any text it counts what
/// the documented rules, applied with the Unicode lookups themselves, count (Latin words, one per Han/kana character).
/// </summary>
public sealed class WordCountProperties
{
    private static readonly string[] Pieces =
    [
        "a", "word", "Kubernetes", "v1.29", "42", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", ".", ",", "!", "?", "'", "-", "don't", "e-mail",
        "$", "+", "<", "=", ">", "^", "`", "|", "~", "/", "(", ")", "\"", "#", "%", "&", "*", "@", "_", "\\",
        "云原生", "中", "，", "。", "、", "「", "」", "カタカナ", "ひらがな", "한국어", "é", "ß", "İ", "Ω", "١٢", "\u2014", "\u2019", "\u00b7",
        "\uD83D\uDE00", "\uD800", "\uDC00", "\0", "\u200B", "\u202E", "ｆｕｌｌ", "\uFF10", "\u2028",
    ];

    private static Arbitrary<string> Text { get; } = Gen.OneOf(Gen.Elements(Pieces), HostileText.Arbitrary.Generator)
        .ArrayOf()
        .Select(parts => string.Concat(parts))
        .ToArbitrary();

    [Fact]
    public void The_table_driven_count_is_the_count_of_the_rules() =>
        Prop.ForAll(Text, text => Assert.Equal(ByTheRules(text), MarkdownRenderer.CountWords(text))).Check(PropertyRuns.Config);

    [Theory]
    [InlineData("", 0)]
    [InlineData("one two three", 3)]
    [InlineData("云原生 is", 4)]
    [InlineData("don't re-run it", 3)]
    [InlineData("v1.29.3 & Helm-3", 4)]
    [InlineData("Kubernetes（K8s）是云原生。", 6)]
    [InlineData("  trailing   spaces  ", 2)]
    public void Words_are_latin_runs_and_each_han_or_kana_character(string text, int words) =>
        Assert.Equal(words, MarkdownRenderer.CountWords(text));

    /// <summary>The rules, with a Unicode lookup per character.</summary>
    private static int ByTheRules(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (Site.Content.Markdown.Extensions.CjkSoftBreakExtension.IsSpacelessScript(c) && char.IsLetter(c))
            {
                count++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) || (char.IsPunctuation(c) && c != '\'' && c != '-'))
            {
                inWord = false;
            }
        }

        return count;
    }
}
