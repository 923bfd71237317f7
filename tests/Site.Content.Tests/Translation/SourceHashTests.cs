using Site.Content.Model;
using Site.Content.Text;

namespace Site.Content.Tests.Translation;

/// <summary>`sourceHash` covers the translatable words only, and ignores whitespace-only edits.</summary>
public sealed class SourceHashTests
{
    private const string Body = "Linkerd is a service mesh.\n\nIt adds mutual TLS.\n";

    [Fact]
    public void IsTwelveLowerCaseHexCharacters()
    {
        var hash = SourceHash.Compute("Linkerd", "A mesh.", Body);
        Assert.Matches("^[0-9a-f]{12}$", hash);
    }

    [Fact]
    public void WhitespaceOnlyEditsDoNotChangeIt()
    {
        var hash = SourceHash.Compute("Linkerd", "A mesh.", Body);
        Assert.Equal(hash, SourceHash.Compute(" Linkerd ", "A  mesh.", "Linkerd is a\nservice mesh.\r\n\r\n\r\nIt adds   mutual TLS.   \n\n"));
    }

    [Theory]
    [InlineData("Linkerd 2", "A mesh.", Body)]
    [InlineData("Linkerd", "A small mesh.", Body)]
    [InlineData("Linkerd", null, Body)]
    [InlineData("Linkerd", "A mesh.", "Linkerd is a service mesh.\n\nIt adds mTLS.\n")]
    public void AnyWordChangeInTitleSummaryOrBodyChangesIt(string title, string? summary, string body) =>
        Assert.NotEqual(SourceHash.Compute("Linkerd", "A mesh.", Body), SourceHash.Compute(title, summary, body));

    [Theory]
    [InlineData(Body)]
    [InlineData("Linkerd is a service mesh.   It adds mutual TLS, retries and golden metrics to every pod. \n\n")]
    [InlineData("Linkerd 是一个服务网格。\n\n它为每个 Pod 加上双向 TLS、重试和黄金指标，无需修改应用代码。")]
    public void A_body_kept_compact_hashes_as_its_text(string text)
    {
        var body = string.Concat(Enumerable.Repeat(text, 20));

        Assert.Equal(SourceHash.Compute("Linkerd", "A mesh.", body), SourceHash.Compute("Linkerd", "A mesh.", CompactText.Of(body)));
    }

    [Fact]
    public void PartsCannotBeShiftedIntoEachOther()
    {
        Assert.NotEqual(SourceHash.Compute("A B", null, "C"), SourceHash.Compute("A", "B", "C"));
    }

    [Fact]
    public void FactsInFrontMatterDoNotCount()
    {
        var before = "---\ntitle: Linkerd\nmaturity: incubating\n---\n" + Body;
        var after = "---\ntitle: Linkerd\nmaturity: graduated\ngraduated: 2021-07-28\n---\n" + Body;
        Assert.Equal(SourceHash.ComputeForFile("a.md", before), SourceHash.ComputeForFile("a.md", after));
    }

    [Fact]
    public void FileHashEqualsTheHashTheLoaderGivesThePage()
    {
        using var site = new TestSite(TestSite.Minimal);
        var page = site.Load().Content!.Get("en", "projects/linkerd.md")!;
        var file = File.ReadAllText(Path.Combine(site.Input, "en", "projects", "linkerd.md"));
        Assert.Equal(page.SourceHash, SourceHash.ComputeForFile("x.md", file));
        Assert.Equal(TranslationState.Source, page.TranslationState);
    }
}
