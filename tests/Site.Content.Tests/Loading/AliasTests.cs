using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Content.Tests.Loading;

/// <summary>`aliases:` publishes redirects at old URLs in every language, never over a page.</summary>
public sealed class AliasTests
{
    private const string Mesh = "---\ntitle: Service Mesh\norder: 10\naliases: [/categories/meshes/, /old/mesh/]\n---\nMeshes.\n";

    [Fact]
    public void Every_alias_redirects_in_every_language_to_that_language_s_page()
    {
        using var site = TestSite.With(("en/categories/service-mesh.md", Mesh), ("zh/categories/service-mesh.md", "---\ntitle: 服务网格\n---\n网格。\n"));
        var load = site.Load();
        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);
        var content = load.Content!;
        var en = content.Get("en", "categories/service-mesh.md")!;
        var zh = content.Get("zh", "categories/service-mesh.md")!;
        Assert.Equal(["/categories/meshes/", "/old/mesh/"], en.Aliases);
        Assert.Equal(en.Aliases, zh.Aliases); // a fact: the translation inherits it
        Assert.Same(en, content.RedirectOf("/categories/meshes/"));
        Assert.Same(zh, content.RedirectOf("/zh/categories/meshes/"));
        Assert.Same(zh, content.RedirectOf("/zh/old/mesh/"));
        Assert.Contains("/zh/old/mesh/", content.OutputUrls);
        Assert.Null(content.RedirectOf("/categories/service-mesh/"));
    }

    [Fact]
    public void An_untranslated_page_redirects_under_every_language_too()
    {
        using var site = TestSite.With(("en/categories/service-mesh.md", Mesh));
        var content = site.Load().Content!;
        Assert.True(content.RedirectOf("/zh/old/mesh/")!.IsFallback);
    }

    [Fact]
    public void An_alias_over_a_real_page_is_an_error_naming_both()
    {
        using var site = TestSite.With(("en/categories/service-mesh.md", "---\ntitle: Service Mesh\naliases: [/projects/linkerd/]\n---\nMeshes.\n"));
        var error = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal(("input/en/categories/service-mesh.md", 3), (error.Path, error.Line));
        Assert.Contains("alias `/projects/linkerd/` of input/en/categories/service-mesh.md would redirect /projects/linkerd/", error.Message, StringComparison.Ordinal);
        Assert.Contains("a real page (input/en/projects/linkerd.md)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_pages_claiming_one_alias_is_an_error_naming_both()
    {
        using var site = TestSite.With(
            ("en/categories/service-mesh.md", Mesh),
            ("en/pages/about.md", "---\ntitle: About\naliases: [/old/mesh/]\n---\nAbout.\n"));
        var error = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Contains("input/en/categories/service-mesh.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/en/pages/about.md", error.Path + error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_over_a_generated_list_is_an_error()
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\naliases: [/blog/]\n---\nAbout.\n"));
        Assert.Contains(site.Load().Diagnostics, d => d.IsError && d.Message.Contains("would redirect /blog/, which is a real page (a generated page)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[old/mesh/]", "must be a path of this site")]
    [InlineData("[/old/mesh]", "must end with `/`")]
    [InlineData("[/a/../b/]", "`..` segments")]
    [InlineData("[/old/?x=1/]", "no query")]
    [InlineData("[/assets/x/]", "under /assets/")]
    [InlineData("[/]", "home page")]
    [InlineData("[/zh/old/]", "write the en path (`/old/`)")]
    public void A_malformed_alias_is_an_error_at_its_line(string aliases, string expected)
    {
        using var site = TestSite.With(("en/pages/about.md", $"---\ntitle: About\naliases: {aliases}\n---\nAbout.\n"));
        var error = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal(3, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en/blog/2023/falco-week-46-2023/index.md", "[falco-w-46-2023]", "`aliases`: `falco-w-46-2023` must be a path of this site starting with `/`; as written it is relative, which Hugo reads against the page's section, `/blog/`, and must end with `/` (pages are folders): write `/blog/falco-w-46-2023/`")]
    [InlineData("en/blog/2023/x.md", "[/falco-w-46-2023]", "`aliases`: `/falco-w-46-2023` must end with `/` (pages are folders): write `/falco-w-46-2023/`")]
    [InlineData("en/blog/2023/x.md", "[blog/old]", "`aliases`: `blog/old` must be a path of this site starting with `/`, and must end with `/` (pages are folders): write `/blog/old/`")]
    [InlineData("en/blog/2023/x.md", "[old page]", "`aliases`: `old page` must be a path of this site starting with `/`; as written it is relative, which Hugo reads against the page's section, `/blog/`, must be a plain path: no query (`?`), fragment (`#`), spaces, quotes or escapes, and must end with `/` (pages are folders)")]
    [InlineData("en/blog/2023/x.md", "[\"//example.org/x/\"]", "`aliases`: `//example.org/x/` must be a path of this site starting with `/`, such as `/blog/old-name/`")]
    public void A_relative_hugo_alias_is_told_its_finished_path_in_its_section_with_every_fault_at_once(string path, string aliases, string message)
    {
        // Falco's weekly posts: told to add `/`, then next round to end with `/`, they redirected /falco-w-46-2023/, not Hugo's /blog/falco-w-46-2023/.
        using var site = TestSite.With((path, $"---\ntitle: X\ndate: 2023-11-17\naliases: {aliases}\n---\nBody.\n"));

        var error = Assert.Single(site.Load().Diagnostics, d => d.IsError);

        Assert.Equal((4, message), (error.Line, error.Message));
    }

    [Fact]
    public void The_finished_path_a_relative_alias_is_told_redirects_to_the_page()
    {
        using var site = TestSite.With(("en/blog/2023/falco-week-46-2023/index.md", "---\ntitle: X\ndate: 2023-11-17\naliases:\n  - /blog/falco-w-46-2023/\n---\nBody.\n"));

        var load = site.Load();

        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);
        Assert.Equal(["/blog/falco-w-46-2023/"], load.Content!.Get("en", "blog/2023/falco-week-46-2023.md")!.Aliases);
    }

    [Fact]
    public void A_translation_contradicting_the_aliases_is_an_error()
    {
        using var site = TestSite.With(("en/categories/service-mesh.md", Mesh), ("zh/categories/service-mesh.md", "---\ntitle: 服务网格\naliases: [/zh/x/]\n---\n网格。\n"));
        Assert.Contains(site.Load().Diagnostics, d => d.IsError && d.Path == "input/zh/categories/service-mesh.md" && d.Message.Contains("`aliases` contradicts the source page", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_through_an_alias_is_a_warning_with_the_url_to_use()
    {
        using var site = TestSite.With(
            ("en/categories/service-mesh.md", Mesh),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [meshes](/categories/meshes/#top-picks) and [old](/zh/old/mesh/).\n"));
        var load = site.Load();
        var diagnostics = ContentRenderer.RenderAll(load.Content!).Diagnostics;
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.False(d.IsError));
        Assert.Contains(diagnostics, d => d.Message == "link to /categories/meshes/ goes through an alias of input/en/categories/service-mesh.md: link to /categories/service-mesh/#top-picks instead");
        Assert.Contains(diagnostics, d => d.Message.EndsWith("link to /zh/categories/service-mesh/ instead", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_in_a_category_merged_elsewhere_is_told_the_successor()
    {
        using var site = TestSite.With(
            ("en/categories/observability.md", "---\ntitle: Observability\naliases: [/categories/monitoring/]\n---\nAll signals.\n"),
            ("en/projects/prometheus.md", "---\ntitle: Prometheus\nmaturity: graduated\ncategory: monitoring\n---\nMetrics.\n"));
        var error = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal(4, error.Line);
        Assert.Contains("merged into `observability`", error.Message, StringComparison.Ordinal);
        Assert.Contains("write `category: observability`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_tree_with_a_loop_or_an_unknown_parent_is_an_error_at_the_parent_key()
    {
        using var site = TestSite.With(
            ("en/categories/a.md", "---\ntitle: A\nparent: b\n---\nA.\n"),
            ("en/categories/b.md", "---\ntitle: B\nparent: a\n---\nB.\n"),
            ("en/categories/c.md", "---\ntitle: C\nparent: nowhere\n---\nC.\n"));
        var errors = site.Load().Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, d => d.Path.EndsWith("a.md", StringComparison.Ordinal) && d.Line == 3 && d.Message.Contains("makes a loop (a → b → a)", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Path.EndsWith("c.md", StringComparison.Ordinal) && d.Message.Contains("unknown category `nowhere`", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parent_lists_its_children_s_projects_and_a_project_appears_where_also_in_says()
    {
        using var site = TestSite.With(
            ("en/categories/orchestration.md", "---\ntitle: Orchestration\n---\nTop.\n"),
            ("en/categories/service-mesh.md", "---\ntitle: Service Mesh\nparent: orchestration\n---\nMeshes.\n"),
            ("en/categories/proxy.md", "---\ntitle: Proxy\nparent: orchestration\n---\nProxies.\n"),
            ("en/categories/wasm.md", "---\ntitle: Wasm\n---\nWasm.\n"),
            ("en/projects/envoy.md", "---\ntitle: Envoy\nmaturity: graduated\ncategory: proxy\nalsoIn: [service-mesh, wasm]\n---\nProxy.\n"));
        var content = site.Load().Content!;
        var graph = content.Graph;
        var en = graph["en"];
        var orchestration = en.Category("orchestration")!;
        Assert.Equal(["orchestration", "wasm"], en.RootCategories.Select(c => c.Slug));
        Assert.Equal(["proxy", "service-mesh"], graph.ChildrenOf(orchestration).Select(c => c.Slug));
        Assert.Equal(["orchestration"], graph.AncestorsOf(en.Category("service-mesh")!).Select(c => c.Slug));
        // Linkerd (service-mesh) and Envoy (proxy, also in service-mesh) are under orchestration once each.
        Assert.Equal(["Envoy", "Linkerd"], graph.ProjectsByMaturity(orchestration).Single(g => g.Maturity == Maturity.Graduated).Projects.Select(p => p.Title));
        Assert.Equal(["Envoy"], graph.ProjectsByMaturity(en.Category("wasm")!).SelectMany(g => g.Projects).Select(p => p.Title));
        Assert.Equal(["service-mesh", "wasm"], graph.AlsoListedIn(en.Project("envoy")!).Select(c => c.Slug));
    }
}
