using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Site.Content.Text;

namespace Site.Content.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Service Mesh", "service-mesh")]
    [InlineData("  CI/CD -- Pipelines!  ", "ci-cd-pipelines")]
    [InlineData("服务网格", "服务网格")]
    [InlineData("Kubernetes 调度", "kubernetes-调度")]
    [InlineData("eBPF", "ebpf")]
    [InlineData("C++", "c")]
    [InlineData("v1.2", "v1-2")]
    [InlineData("!!!", "")]
    [InlineData("हिन्दी भाषा", "हिन्दी-भाषा")]
    [InlineData("Cafe\u0301 menu", "cafe\u0301-menu")]
    [InlineData("\u0301 alone", "alone")]
    public void SlugLowersAndCollapsesNonLetters(string input, string expected) => Assert.Equal(expected, Slug.From(input));

    [Fact]
    public void SlugIsIdempotent() =>
        Prop.ForAll<string>(s => s is null || Slug.From(Slug.From(s)) == Slug.From(s)).QuickCheckThrowOnFailure();
}

public sealed class NearestMatchTests
{
    [Theory]
    [InlineData("maturty", "maturity")]
    [InlineData("Maturity", "maturity")]
    [InlineData("catgory", "category")]
    [InlineData("tocliaison", "tocLiaisons")]
    public void SuggestsTheClosestKey(string input, string expected) =>
        Assert.Equal(expected, NearestMatch.Find(input, ["title", "maturity", "category", "sig", "tocLiaisons"]));

    [Fact]
    public void SuggestsNothingForUnrelatedWords() =>
        Assert.Null(NearestMatch.Find("banana", ["title", "maturity", "category"]));

    [Fact]
    public void TranspositionCountsAsOneEdit() => Assert.Equal(1, NearestMatch.Distance("sgi", "sig"));

    [Theory]
    [InlineData("environment-setup", "setup-demo-environment")]
    [InlineData("Demo_Setup", "setup-demo-environment")]
    [InlineData("cleanup", null)]
    [InlineData("setup", null)]
    [InlineData("setups-environment", null)]
    public void Holding_all_words_finds_the_one_candidate_with_every_word_in_any_order(string input, string? expected) =>
        Assert.Equal(expected, NearestMatch.HoldingAllWords(input, ["setup-demo-environment", "setup-for-production", "introduction"]));
}

public sealed class SourceHashTests
{
    [Fact]
    public void HashIsShortLowerHex()
    {
        var h = SourceHash.Compute("Title", "Summary", "Body text.");
        Assert.Equal(SourceHash.Length, h.Length);
        Assert.Matches("^[0-9a-f]+$", h);
    }

    [Fact]
    public void WhitespaceOnlyEditsKeepTheHash() =>
        Assert.Equal(
            SourceHash.Compute("Title", null, "One line\nwrapped here.\n"),
            SourceHash.Compute(" Title ", "", "One line   wrapped\r\nhere.  \n\n"));

    [Fact]
    public void ChangedWordsChangeTheHash()
    {
        var a = SourceHash.Compute("Title", null, "Body");
        Assert.NotEqual(a, SourceHash.Compute("Title", null, "Body!"));
        Assert.NotEqual(a, SourceHash.Compute("Title2", null, "Body"));
        Assert.NotEqual(a, SourceHash.Compute("Title", "Body", string.Empty));
    }

    /// <summary>Translations quote these hashes in their front matter: a change of the hash function would mark every translation outdated.</summary>
    [Theory]
    [InlineData("Linkerd", null, "Linkerd is a mesh.\n", "24a9269a6afc")]
    [InlineData("  服务网格\u3000", "一个\u00a0摘要", "第一段。\r\n\r\n\t第二段， with `code` and\u2028a line separator.  ", "a3ce7d92495f")]
    [InlineData("Emoji 🚀", "", "lone \ud800 surrogate\n\n", "8f72989241ea")]
    public void Hashes_stay_what_translations_already_quote(string title, string? summary, string body, string expected) =>
        Assert.Equal(expected, SourceHash.Compute(title, summary, body));

    [Fact]
    public void The_hash_is_of_the_words_with_every_run_of_white_space_one_space() =>
        Prop.ForAll<NonEmptyString, NonEmptyString>((a, b) =>
        {
            static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"\s+", " ");
            var body = a.Get + "\u3000\t" + b.Get + "\n";
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(Collapse(b.Get) + "\u001f\u001f" + Collapse(body))))[..SourceHash.Length];
            return SourceHash.Compute(b.Get, null, body) == expected;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void HashIgnoresInsertedWhitespaceForAnyText() =>
        Prop.ForAll<NonEmptyString>(s =>
        {
            var text = s.Get;
            var spaced = string.Join("  \n", text.Split(' '));
            return SourceHash.Compute("t", null, text) == SourceHash.Compute("t", null, spaced);
        }).QuickCheckThrowOnFailure();
}

public sealed class SourceDecoderTests
{
    [Fact]
    public void StripsBomAndNormalisesLineEndings()
    {
        Assert.True(SourceDecoder.TryDecode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a\r\nb\rc\n")], out var text, out _));
        Assert.Equal("a\nb\nc\n", text);
    }

    [Fact]
    public void ReportsTheFirstInvalidByte()
    {
        Assert.False(SourceDecoder.TryDecode([.. Encoding.UTF8.GetBytes("ok\n云x"), 0xFF], out _, out var bad));
        Assert.Equal(2, bad.Line);
        Assert.Equal(3, bad.Column);
        Assert.Equal(7, bad.ByteOffset);
    }
}
