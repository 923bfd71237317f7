using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Model;

public class PageModelFactoryTests
{
    [Fact]
    public void Every_page_and_generated_page_gets_a_job_in_each_language()
    {
        using var site = new MiniSite(posts: 25);

        var en = site.Jobs(site.En).Select(j => j.OutputFile).ToHashSet();
        var zh = site.Jobs(site.Zh).Select(j => j.OutputFile).ToHashSet();

        foreach (var file in new[] { "index.html", "blog/index.html", "blog/page/2/index.html", "projects/index.html", "projects/linkerd/index.html", "categories/index.html", "categories/mesh/index.html", "sigs/index.html", "tags/index.html", "tags/mesh-things/index.html", "search/index.html", "404.html", "blog/p001/index.html" })
        {
            Assert.Contains(file, en);
            Assert.Contains("zh/" + file, zh);
        }
    }

    [Fact]
    public void The_plan_names_each_job_by_the_file_its_model_will_have()
    {
        using var site = new MiniSite(posts: 25);

        foreach (var language in new[] { site.En, site.Zh })
        {
            var plan = new PageModelFactory(language).Plan().ToList();
            Assert.Equal(plan.Select(p => p.OutputFile), plan.Select(p => p.Build().OutputFile));
            Assert.Equal(plan.Count, plan.Select(p => p.OutputFile).Distinct().Count());
            Assert.Single(plan, p => p.ReadsEveryTitleAndState);
        }
    }

    [Fact]
    public void Fallback_page_points_to_its_source_and_has_no_alternates()
    {
        using var site = new MiniSite();
        var page = site.Job(site.Zh, "/zh/categories/mesh/").Page;

        Assert.Equal(true, page["is_fallback"]);
        Assert.Equal("en", page["content_lang"]);
        Assert.Equal("/categories/mesh/", page["source_url"]);
        Assert.Equal("https://kb.example.org/categories/mesh/", page["canonical_url"]);
        Assert.Empty((List<object?>)page["alternates"]!);
        var translation = Assert.IsType<ModelMap>(Assert.Single((List<object?>)page["translations"]!));
        Assert.Equal("/categories/mesh/", translation["url"]);
        Assert.Equal(true, translation["is_source"]);
    }

    [Fact]
    public void Translated_page_has_hreflang_alternates_with_x_default()
    {
        using var site = new MiniSite();
        var page = site.Job(site.Zh, "/zh/projects/linkerd/").Page;

        var alternates = ((List<object?>)page["alternates"]!).Cast<ModelMap>().ToDictionary(a => (string)a["hreflang"]!, a => (string)a["url"]!);
        Assert.Equal("https://kb.example.org/projects/linkerd/", alternates["en-US"]);
        Assert.Equal("https://kb.example.org/zh/projects/linkerd/", alternates["zh-CN"]);
        Assert.Equal("https://kb.example.org/projects/linkerd/", alternates["x-default"]);
        Assert.Equal(false, page["is_fallback"]);
    }

    [Fact]
    public void Project_page_has_timeline_category_and_posts()
    {
        using var site = new MiniSite(posts: 3);
        var page = site.Job(site.En, "/projects/linkerd/").Page;

        var timeline = ((List<object?>)page["timeline"]!).Cast<ModelMap>().Select(t => $"{t["level"]}:{t["date_iso"]}").ToList();
        Assert.Equal(["accepted:2017-01-23", "graduated:2021-07-28"], timeline);
        Assert.Equal("/categories/mesh/", ((ModelMap)page["category"]!)["url"]);
        Assert.Null(page["sig"]);
        Assert.Equal(3, ((List<object?>)page["posts"]!).Count);
        Assert.Equal("First paragraph of Linkerd.", page["summary"]);
        Assert.Contains(((List<object?>)page["toc"]!).Cast<ModelMap>(), h => (string?)h["text"] == "Design");
    }

    [Fact]
    public void Post_links_its_neighbours_tags_and_projects()
    {
        using var site = new MiniSite(posts: 3);
        var page = site.Job(site.En, "/blog/p002/").Page;

        Assert.Equal("/blog/p001/", ((ModelMap)page["prev"]!)["url"]);
        Assert.Equal("/blog/p003/", ((ModelMap)page["next"]!)["url"]);
        Assert.Equal("/tags/mesh-things/", ((ModelMap)((List<object?>)page["tags"]!)[0]!)["url"]);
        Assert.Equal("linkerd", ((ModelMap)((List<object?>)page["projects"]!)[0]!)["slug"]);
        Assert.Equal("2020-01-03", page["date_iso"]);
        Assert.Equal(1, page["reading_minutes"]);
    }

    [Fact]
    public void Urls_include_the_base_path_but_output_files_do_not()
    {
        using var site = new MiniSite(baseUrl: "https://example.org/kb/");
        var job = site.Job(site.Zh, "/zh/projects/linkerd/");

        Assert.Equal("/kb/zh/projects/linkerd/", job.Page["url"]);
        Assert.Equal("https://example.org/kb/zh/projects/linkerd/", job.Page["abs_url"]);
        Assert.Equal("zh/projects/linkerd/index.html", job.OutputFile);
        Assert.Equal("/kb/zh/", site.Zh.Lang["url_prefix"]);
    }
}
