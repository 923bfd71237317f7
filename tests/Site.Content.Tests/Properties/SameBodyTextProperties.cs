using FsCheck;
using FsCheck.Fluent;
using Site.Content.Loading;
using Site.Content.Text;

namespace Site.Content.Tests.Properties;

/// <summary>
/// A translation's body is compared with its source's for every translation of a build, and almost never matches:
/// the comparison reads both texts without making strings of them, and says what comparing the strings with their
/// line ends made alike and the white space around them trimmed says.
/// </summary>
public sealed class SameBodyTextProperties
{
    private static readonly string[] Pieces =
    [
        "Kubernetes", "云原生", "a", " ", "  ", "\t", "\n", "\r\n", "\r", "\f", "\u0085", "\u2028", "\u2029", "\u3000", "\v", ".", "é", "\uD83D\uDE80",
    ];

    private static Gen<string> Text { get; } = Gen.Elements(Pieces).ArrayOf().Select(string.Concat);

    /// <summary>Two texts, often the same words with other line ends or edges (the case the comparison is for).</summary>
    private static Arbitrary<(string, string)> Pairs { get; } = Gen.OneOf(
            Gen.Zip(Text, Text),
            Text.SelectMany(t => Gen.Elements<Func<string, string>>(
                s => s, s => s.ReplaceLineEndings("\r\n"), s => s.ReplaceLineEndings("\u2028"), s => " \n" + s + "\r\n\t", s => s + "x", s => "\u3000" + s)
                .Select(change => (t, change(t)))))
        .ToArbitrary();

    [Fact]
    public void Bodies_are_the_same_text_exactly_when_their_strings_are_once_line_ends_and_edges_are_set_aside() =>
        Prop.ForAll(Pairs, pair =>
        {
            var (a, b) = pair;
            var expected = a.Length > 0 && string.Equals(a.ReplaceLineEndings("\n").Trim(), b.ReplaceLineEndings("\n").Trim(), StringComparison.Ordinal);
            Assert.Equal(expected, TranslationBuilder.SameText(CompactText.Of(a), CompactText.Of(b)));
        }).Check(PropertyRuns.Config);

    [Theory]
    [InlineData("Words.\nMore words.\n", "Words.\r\nMore words.", true)]
    [InlineData("\n  Words.\n", "Words.", true)]
    [InlineData("Words.", "Words!", false)]
    [InlineData("云原生\n", "云原生", true)]
    [InlineData("Words.\n\nMore.", "Words.\nMore.", false)]
    public void Line_ends_and_edges_do_not_make_a_copy_a_translation(string body, string source, bool same) =>
        Assert.Equal(same, TranslationBuilder.SameText(CompactText.Of(body), CompactText.Of(source)));
}
