using Site.Content.Model;

namespace Site.Content.Tests.Graph;

/// <summary>The cross-links of CONTENT-MODEL.md, computed once by the graph.</summary>
public sealed class SiteGraphTests
{
    private static string Project(string title, string maturity, string category, string? sig = null) =>
        $"---\ntitle: {title}\nmaturity: {maturity}\ncategory: {category}\n" + (sig is null ? string.Empty : $"sig: {sig}\n") + "---\nBody.\n";

    private static string Post(string title, string date, string projects = "[]", string tags = "[]") =>
        $"---\ntitle: {title}\ndate: {date}\nprojects: {projects}\ntags: {tags}\n---\nBody.\n";

    private static TestSite Site() => new(new Dictionary<string, string>
    {
        ["en/categories/observability.md"] = "---\ntitle: Observability\norder: 2\n---\nO.\n",
        ["en/categories/orchestration.md"] = "---\ntitle: Orchestration\norder: 1\n---\nO.\n",
        ["en/sigs/tag-observability.md"] = "---\ntitle: TAG Observability\nkind: tag\n---\nT.\n",
        ["en/projects/prometheus.md"] = Project("Prometheus", "graduated", "observability", "tag-observability"),
        ["en/projects/jaeger.md"] = Project("Jaeger", "graduated", "observability", "tag-observability"),
        ["en/projects/cortex.md"] = Project("Cortex", "incubating", "observability", "tag-observability"),
        ["en/projects/opencost.md"] = Project("OpenCost", "sandbox", "observability"),
        ["en/projects/kubernetes.md"] = Project("Kubernetes", "graduated", "orchestration"),
        ["en/blog/2019/a.md"] = Post("A", "2019-01-01", "[prometheus]", "[Monitoring, Cloud Native]"),
        ["en/blog/2020/b.md"] = Post("B", "2020-06-01", "[prometheus, jaeger]", "[monitoring]"),
        ["en/blog/2021/c.md"] = Post("C", "2021-03-01", "[kubernetes]"),
        ["zh/blog/2020/b.md"] = "---\ntitle: 乙\ntags: [监控]\n---\n正文。\n",
        ["zh/projects/prometheus.md"] = "---\ntitle: Prometheus 中文\n---\n正文。\n",
    });

    [Fact]
    public void ProjectKnowsItsCategorySigAndPostsNewestFirst()
    {
        using var site = Site();
        var content = site.Load().Content!;
        var g = content.Graph;
        var prometheus = g["en"].Project("prometheus")!;
        Assert.Equal("Observability", g.CategoryOf(prometheus)!.Title);
        Assert.Equal("TAG Observability", g.SigOf(prometheus)!.Title);
        Assert.Equal(["B", "A"], g.PostsAbout(prometheus).Select(p => p.Title));
        Assert.Null(g.SigOf(g["en"].Project("opencost")!));
    }

    [Fact]
    public void CategoryGroupsItsProjectsByMaturity()
    {
        using var site = Site();
        var g = site.Load().Content!.Graph;
        var groups = g.ProjectsByMaturity(g["en"].Category("observability")!);
        Assert.Equal([Maturity.Graduated, Maturity.Incubating, Maturity.Sandbox, Maturity.Archived], groups.Select(x => x.Maturity));
        Assert.Equal(["Jaeger", "Prometheus"], groups[0].Projects.Select(p => p.Title));
        Assert.Equal(["Cortex"], groups[1].Projects.Select(p => p.Title));
        Assert.Equal(["OpenCost"], groups[2].Projects.Select(p => p.Title));
        Assert.Empty(groups[3].Projects);
    }

    [Fact]
    public void CategoriesAreSortedByOrder()
    {
        using var site = Site();
        Assert.Equal(["Orchestration", "Observability"], site.Load().Content!.Graph["en"].Categories.Select(c => c.Title));
    }

    [Fact]
    public void SigListsItsProjectsAndTheirPosts()
    {
        using var site = Site();
        var g = site.Load().Content!.Graph;
        var tag = g["en"].Sig("tag-observability")!;
        Assert.Equal(["Cortex", "Jaeger", "Prometheus"], g.ProjectsOf(tag).Select(p => p.Title));
        Assert.Equal(["B", "A"], g.PostsOf(tag).Select(p => p.Title));
    }

    [Fact]
    public void PostKnowsItsProjectsTagsAndNeighbours()
    {
        using var site = Site();
        var g = site.Load().Content!.Graph;
        var b = g["en"].Posts.Single(p => p.Title == "B");
        Assert.Equal(["Prometheus", "Jaeger"], g.ProjectsOf(b).Select(p => p.Title));
        Assert.Equal(["monitoring"], g.TagsOf(b).Select(t => t.Slug));
        Assert.Equal("A", g.Previous(b)!.Title);
        Assert.Equal("C", g.Next(b)!.Title);
        Assert.Null(g.Previous(g["en"].Posts.Single(p => p.Title == "A")));
    }

    [Fact]
    public void TagsCollectPostsPerLanguageUnderOneSlug()
    {
        using var site = Site();
        var g = site.Load().Content!.Graph;
        var monitoring = g["en"].Tag("monitoring")!;
        Assert.Equal("/tags/monitoring/", monitoring.Url);
        Assert.Equal(["B", "A"], monitoring.Posts.Select(p => p.Title));
        Assert.Equal("/tags/cloud-native/", g["en"].Tag("cloud-native")!.Url);

        var zhTag = g["zh"].Tag("监控")!;
        Assert.Equal("/zh/tags/监控/", zhTag.Url);
        Assert.Equal(["乙"], zhTag.Posts.Select(p => p.Title));

        // The untranslated post keeps its English tags in the Chinese site.
        Assert.Equal(["A"], g["zh"].Tag("monitoring")!.Posts.Select(p => p.Title));
    }

    [Fact]
    public void BlogIsPaginatedByTwenty()
    {
        var files = new Dictionary<string, string>(TestSite.Minimal);
        for (var i = 0; i < 44; i++)
        {
            files[$"en/blog/p{i:00}.md"] = Post($"P{i:00}", $"2020-01-{1 + (i % 28):00}");
        }

        using var site = new TestSite(files);
        var content = site.Load().Content!;
        var pages = content.Graph["zh"].BlogPages;
        Assert.Equal(3, pages.Count);
        Assert.Equal(["/zh/blog/", "/zh/blog/page/2/", "/zh/blog/page/3/"], pages.Select(p => p.Url));
        Assert.Equal([20, 20, 5], pages.Select(p => p.Posts.Count));
        Assert.Null(pages[0].PreviousUrl);
        Assert.Equal("/zh/blog/page/2/", pages[0].NextUrl);
        Assert.Equal("/zh/blog/", pages[1].PreviousUrl);
        Assert.Contains("/blog/page/3/", content.OutputUrls);
        Assert.DoesNotContain("/blog/page/4/", content.OutputUrls);
    }

    [Fact]
    public void HomeListsLatestPostsAndGraduatedProjects()
    {
        using var site = Site();
        var en = site.Load().Content!.Graph["en"];
        Assert.Equal(["C", "B"], en.Latest(2).Select(p => p.Title));
        Assert.Equal(["Jaeger", "Kubernetes", "Prometheus"], en.GraduatedProjects.Select(p => p.Title));
    }

    [Fact]
    public void EveryPageHasItsCounterpartInTheOtherLanguage()
    {
        using var site = Site();
        var content = site.Load().Content!;
        var g = content.Graph;
        var en = content.Get("en", "projects/prometheus.md")!;
        var zh = g.Counterpart(en, "zh")!;
        Assert.Equal("/zh/projects/prometheus/", zh.Url);
        Assert.Same(en, g.Counterpart(zh, "en"));
        var fallback = g.Counterpart(content.Get("en", "projects/jaeger.md")!, "zh")!;
        Assert.True(fallback.IsFallback);
        Assert.Equal(["en", "zh"], g.Versions(en).Select(p => p.Language));
    }

    [Fact]
    public void TranslatedProjectLinksToTranslatedOrFallbackPagesOfItsLanguage()
    {
        using var site = Site();
        var g = site.Load().Content!.Graph;
        var zh = g["zh"].Project("prometheus")!;
        Assert.Equal("/zh/categories/observability/", g.CategoryOf(zh)!.Url);
        Assert.Equal(["乙", "A"], g.PostsAbout(zh).Select(p => p.Title));
    }

    [Fact]
    public void UnknownCategoryIsAnErrorAtItsLineWithASuggestion()
    {
        using var site = TestSite.With(("en/projects/istio.md", Project("Istio", "graduated", "service-mesh-x")));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.Equal("input/en/projects/istio.md", d.Path);
        Assert.Equal((4, 11), (d.Line, d.Column));
        Assert.Contains("unknown category `service-mesh-x`", d.Message);
        Assert.Contains("did you mean `service-mesh`?", d.Message);
        Assert.Equal("category: service-mesh-x", d.SourceLine);
    }

    [Fact]
    public void UnknownSigIsAnError()
    {
        using var site = TestSite.With(("en/projects/istio.md", Project("Istio", "graduated", "service-mesh", "tag-netwrk")));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.Equal(5, d.Line);
        Assert.Contains("unknown sig `tag-netwrk`", d.Message);
        Assert.Contains("did you mean `tag-network`?", d.Message);
    }

    [Fact]
    public void UnknownProjectSlugPointsAtTheListItem()
    {
        using var site = TestSite.With(("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nprojects:\n  - linkerd\n  - linkerd3\n---\nX.\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.Equal((6, 5), (d.Line, d.Column));
        Assert.Contains("unknown project `linkerd3`", d.Message);
        Assert.Equal("  - linkerd3", d.SourceLine);
    }
}
