using Site.Content.Diagnostics;
using Site.Content.Graph;
using Site.Content.Loading;

namespace Site.Content.Tests.Graph;

/// <summary>Tags are keyed once (`tags.yml`) and labelled per language, so tag pages pair across languages.</summary>
public sealed class TagLabelsTests
{
    private const string Labels = "service-mesh: { en: Service mesh, zh: 服务网格 }\nperformance: { en: Performance, zh: 性能 }\n";

    private static LoadResult Load(TestSite site)
    {
        var path = Path.Combine(site.Root, "translations", "tags.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Labels);
        return ContentLoader.Load(site.Input, new ContentLoaderOptions { DisplayRoot = site.Root });
    }

    [Fact]
    public void TranslatedLabelsAndKeysLandOnTheSameTagPageInEveryLanguage()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: Linkerd 基准测试\ntags: [服务网格, 性能]\n---\n测量。\n"));
        var content = Load(site).Content!;

        var en = content.Graph["en"].Tag("service-mesh")!;
        var zh = content.Graph["zh"].Tag("service-mesh")!;
        Assert.Equal(("Service mesh", "/tags/service-mesh/"), (en.Name, en.Url));
        Assert.Equal(("服务网格", "/zh/tags/service-mesh/"), (zh.Name, zh.Url));
        Assert.Equal(["performance", "service-mesh"], content.Graph["zh"].Tags.Select(t => t.Slug));
        Assert.Contains("/zh/tags/performance/", content.OutputUrls);
    }

    [Fact]
    public void FallbackPostsShowTheirEnglishTagsWithTheLanguagesLabels()
    {
        using var site = new TestSite(TestSite.Minimal);
        var content = Load(site).Content!;
        var post = content.Graph["zh"].Posts.Single();
        Assert.True(post.IsFallback);
        Assert.Equal(["服务网格", "性能"], content.Graph.TagsOf(post).Select(t => t.Name));
    }

    [Fact]
    public void TagsNotInTheFileKeepTheirOwnSlug()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: Linkerd 基准测试\ntags: [基准]\n---\n测量。\n"));
        var content = Load(site).Content!;
        Assert.Equal("基准", Assert.Single(content.Graph["zh"].Tags).Slug);
    }

    [Fact]
    public void KeysMustBeSlugs()
    {
        var bag = new DiagnosticBag();
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "Service Mesh: { en: Service mesh }\nok: { en: OK }\n");
            var labels = TagLabels.Load(file, "translations/tags.yml", bag);
            Assert.Equal(1, labels.Count);
            var d = Assert.Single(bag.ToSortedList());
            Assert.Contains("must be a slug", d.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
