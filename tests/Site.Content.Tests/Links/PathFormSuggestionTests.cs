using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Links;

/// <summary>Links in the path forms translators bring from other sites and tools get a precise "did you mean".</summary>
public sealed class PathFormSuggestionTests
{
    private static Diagnostic LinkError(string page, string link)
    {
        using var site = TestSite.With(
            ("zh/projects/linkerd.md", "---\ntitle: Linkerd\n---\n网格。\n"),
            ("en/glossary/service-mesh.md", "---\ntitle: Service mesh\ncategory: technology\n---\nA mesh.\n"),
            (page, "---\ntitle: About\n---\nSee [it](" + link + ").\n"));
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);
    }

    [Theory]
    [InlineData("/zh-cn/projects/linkerd/", "`/zh-cn/` is not a language prefix of this site: 中文 pages are under `/zh/`", "/zh/projects/linkerd/")]
    [InlineData("/zh-hans/projects/linkerd/#install", "`/zh-hans/` is not a language prefix", "/zh/projects/linkerd/#install")]
    [InlineData("/zh_CN/projects/linkerd/", "`/zh_CN/` is not a language prefix", "/zh/projects/linkerd/")]
    [InlineData("/ZH/projects/linkerd/", "`/ZH/` is not a language prefix", "/zh/projects/linkerd/")]
    [InlineData("/en/projects/linkerd/", "English pages have no language prefix: drop `/en/`", "/projects/linkerd/")]
    [InlineData("/en-us/projects/linkerd/", "English pages have no language prefix: drop `/en-us/`", "/projects/linkerd/")]
    [InlineData("/projects/linkerd.md", "links name a page's URL, not its markdown file", "/projects/linkerd/")]
    [InlineData("../../projects/linkerd.md", "not its markdown file", "/projects/linkerd/")]
    [InlineData("/zh/_index.md", "not its markdown file", "/zh/")]
    [InlineData("/en/projects/linkerd.md", "drop `/en/`", "/projects/linkerd/")]
    [InlineData("content/zh/projects/linkerd.md", "links name a page's URL, not its file in the repository", "/zh/projects/linkerd/")]
    [InlineData("/input/en/glossary/service-mesh.md", "not its file in the repository", "/glossary/service-mesh/")]
    [InlineData("/zh-cn/service-mesh/", "`/zh-cn/` is not a language prefix", "/zh/categories/service-mesh/ or /zh/glossary/service-mesh/")]
    public void TranslatorPathFormGetsThePageItMeant(string link, string reason, string suggestion)
    {
        var d = LinkError("en/pages/about.md", link);
        Assert.True(d.IsError);
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean {suggestion}?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSlugThatSeveralPagesShareOffersEach()
    {
        var d = LinkError("en/pages/about.md", "/en/service-mesh/");
        Assert.EndsWith("did you mean /categories/service-mesh/ or /glossary/service-mesh/?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPageInAKnownFormKeepsTheNearMatchSuggestion()
    {
        var d = LinkError("en/pages/about.md", "/projects/linkerd2/");
        Assert.EndsWith("did you mean /projects/linkerd/?", d.Message, StringComparison.Ordinal);
    }
}
