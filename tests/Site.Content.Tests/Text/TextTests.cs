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
