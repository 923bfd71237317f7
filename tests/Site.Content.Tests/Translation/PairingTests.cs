using Site.Content.Model;
using Site.Content.Text;
using Site.Content.Translation;

namespace Site.Content.Tests.Translation;

/// <summary>A translation pairs with the source at the same path; its `sourceHash` tells whether it is current.</summary>
public sealed class PairingTests
{
    private static string LinkerdHash()
    {
        using var site = new TestSite(TestSite.Minimal);
        return site.Load().Content!.Get("en", "projects/linkerd.md")!.SourceHash;
    }

    private static string Zh(string? hash, string extra = "") =>
        "---\ntitle: Linkerd\n" + (hash is null ? string.Empty : $"sourceHash: {hash}\n") + extra + "---\nLinkerd 是服务网格。\n";

    [Fact]
    public void TranslationWithTheCurrentHashIsUpToDate()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", Zh(LinkerdHash())));
        var result = site.Load();
        var zh = result.Content!.Get("zh", "projects/linkerd.md")!;
        Assert.Equal(TranslationState.UpToDate, zh.TranslationState);
        Assert.Equal("zh", zh.ContentLanguage);
        Assert.Equal("/zh/projects/linkerd/", zh.Url);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("outdated", StringComparison.Ordinal));
    }

    [Fact]
    public void TranslationWithAnOlderHashIsOutdatedWithAWarningAtTheHashLine()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", Zh("000000000000")));
        var result = site.Load();
        Assert.Equal(TranslationState.Outdated, result.Content!.Get("zh", "projects/linkerd.md")!.TranslationState);
        var d = Assert.Single(result.Diagnostics, d => d.Message.Contains("outdated", StringComparison.Ordinal));
        Assert.False(d.IsError);
        Assert.Equal(("input/zh/projects/linkerd.md", 3), (d.Path, d.Line));
    }

    [Fact]
    public void TranslationWithoutHashIsUnknownInTheReport()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", Zh(null)));
        var report = TranslationStatus.Build(site.Load().Content!);
        var zh = Assert.Single(report.Languages);
        var projects = Assert.Single(zh.Sections, s => s.Section == "projects");
        Assert.Equal("projects/linkerd.md", Assert.Single(projects.Unknown).Id);
        Assert.Empty(projects.Translated);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void EditingASentenceOfTheSourceMakesTheTranslationOutdatedAndReportedPerSection()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", Zh(LinkerdHash())));
        site.Write("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nsig: tag-network\ngraduated: 2021-07-28\n---\nLinkerd is a small mesh.\n");
        var report = TranslationStatus.Build(site.Load().Content!);
        var zh = Assert.Single(report.Languages);
        Assert.Equal(1, zh.Outdated);
        var item = Assert.Single(Assert.Single(zh.Sections, s => s.Section == "projects").Outdated);
        Assert.Equal("input/zh/projects/linkerd.md", item.Path);
        Assert.Equal("/projects/linkerd/", item.SourceUrl);
        Assert.NotEqual(item.DeclaredHash, item.CurrentHash);
    }

    [Fact]
    public void UntranslatedPagesAreMissingAndDraftStubsStayMissing()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", Zh(LinkerdHash(), "draft: true\n")));
        var content = site.Load().Content!;
        Assert.True(content.Get("zh", "projects/linkerd.md")!.IsFallback);
        var zh = Assert.Single(TranslationStatus.Build(content).Languages);
        Assert.Equal(4, zh.Missing); // category, SIG, project (draft), post
        Assert.Equal(0, zh.Translated);
        Assert.Equal(["blog", "projects", "categories", "sigs"], zh.Sections.Select(s => s.Section));
    }

    [Fact]
    public void CommentedSourceTextInATranslationIsNotRendered()
    {
        var stub = TranslationStub.Create("en/projects/linkerd.md", "---\ntitle: Linkerd\n---\nLinkerd is a mesh.\n", "abc")!;
        var translated = stub.Replace("draft: true\n", string.Empty, StringComparison.Ordinal) + "\nLinkerd 是服务网格。\n";
        using var site = TestSite.With(("zh/projects/linkerd.md", translated));
        var page = site.Load().Content!.Get("zh", "projects/linkerd.md")!;
        Assert.DoesNotContain("Linkerd is a mesh", page.Body, StringComparison.Ordinal);
        Assert.Contains("Linkerd 是服务网格。", page.Body, StringComparison.Ordinal);
        Assert.Equal(translated.Split('\n').Length, page.Body.Split('\n').Length + page.BodyStartLine - 1);
    }
}
