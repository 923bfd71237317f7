using System.Text.Json;
using Site.Pipeline.Model;
using Site.TestSupport;

namespace Site.Pipeline.Tests.Model;

/// <summary>What the model gives readers beyond the body: dates, edit links, breadcrumbs, neighbours, related posts, JSON-LD, preview images.</summary>
public sealed class ReadingModelTests
{
    private static readonly DateTimeOffset Written = new(2024, 3, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Edited = new(2025, 7, 9, 8, 0, 0, TimeSpan.FromHours(2));

    private const string Repository = "repository: https://github.com/example/kb\nbranch: main\neditPath: input\n";

    [Fact]
    public void Pages_show_the_last_change_of_their_own_file_and_an_outdated_translation_also_its_sources()
    {
        using var site = new MiniSite(beforeLoad: temp =>
        {
            var git = new TempGitRepository(temp.Path);
            git.Commit("first", Written);
            // The English page changes after the translation pinned it: the translation is outdated.
            temp.WriteFile("input/en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: mesh\n---\nNew words.\n\n## Design\n\nMore.\n");
            temp.WriteFile("input/zh/projects/linkerd.md", "---\ntitle: Linkerd 中文\nsourceHash: 0000000000000000\n---\n中文正文。\n");
            git.Commit("second", Edited);
        });

        var en = site.Job(site.En, "/projects/linkerd/").Page;
        var zh = site.Job(site.Zh, "/zh/projects/linkerd/").Page;
        var fallback = site.Job(site.Zh, "/zh/categories/mesh/").Page;

        Assert.Equal("2025-07-09T08:00:00+02:00", Updated(en)["iso"]);
        Assert.Equal("2025-07-09", Updated(en)["display"]);
        Assert.Equal("2025-07-09T08:00:00+02:00", Updated(zh)["iso"]);
        Assert.True((bool)zh["is_outdated"]!);
        Assert.Equal("2025-07-09T08:00:00+02:00", ((ModelMap)zh["source_updated"]!)["iso"]);
        Assert.Equal("2024-03-05T12:00:00+00:00", Updated(fallback)["iso"]); // the English file it shows
        Assert.Null(fallback["source_updated"]);
        Assert.Null(site.Job(site.En, "/tags/").Page["updated"]);
    }

    [Fact]
    public void A_post_shows_a_last_update_only_once_edited_after_it_was_added()
    {
        using var site = new MiniSite(beforeLoad: temp =>
        {
            var git = new TempGitRepository(temp.Path);
            git.Commit("import", Written);
            temp.WriteFile("input/en/blog/p001.md", "---\ntitle: Post 1\ndate: 2020-01-02\n---\nBody 1, corrected.\n");
            git.Commit("correction", Edited);
        });

        Assert.Equal("2025-07-09T08:00:00+02:00", Updated(site.Job(site.En, "/blog/p001/").Page)["iso"]);
        Assert.Null(site.Job(site.En, "/blog/p002/").Page["updated"]); // added by the import, never edited since
    }

    [Fact]
    public void Outside_git_there_are_no_dates()
    {
        using var site = new MiniSite();

        Assert.Null(site.Job(site.En, "/projects/linkerd/").Page["updated"]);
    }

    [Fact]
    public void Edit_links_go_to_the_page_file_or_for_a_fallback_to_a_new_translation_file()
    {
        using var site = new MiniSite(siteYmlExtra: Repository);

        Assert.Equal("https://github.com/example/kb/edit/main/input/en/projects/linkerd.md", site.Job(site.En, "/projects/linkerd/").Page["edit_url"]);
        Assert.Equal("https://github.com/example/kb/edit/main/input/zh/projects/linkerd.md", site.Job(site.Zh, "/zh/projects/linkerd/").Page["edit_url"]);
        var create = (string)site.Job(site.Zh, "/zh/categories/mesh/").Page["edit_url"]!;
        Assert.StartsWith("https://github.com/example/kb/new/main/input/zh/categories?filename=mesh.md&value=", create);
        var stub = Uri.UnescapeDataString(create[(create.IndexOf("value=", StringComparison.Ordinal) + 6)..]);
        Assert.StartsWith("---\ntitle: \"Mesh\"\nsourceHash: ", stub);
        Assert.Null(site.Job(site.En, "/search/").Page["edit_url"]);
    }

    [Fact]
    public void Without_a_repository_there_is_no_edit_link()
    {
        using var site = new MiniSite();

        Assert.Null(site.Job(site.En, "/projects/linkerd/").Page["edit_url"]);
    }

    [Fact]
    public void Breadcrumbs_lead_from_home_through_the_section_to_the_page()
    {
        using var site = new MiniSite();

        Assert.Equal(["/", "/projects/", "/categories/mesh/", "/projects/linkerd/"], Crumbs(site.Job(site.En, "/projects/linkerd/").Page));
        Assert.Equal(["/zh/", "/zh/blog/", "/zh/blog/p001/"], Crumbs(site.Job(site.Zh, "/zh/blog/p001/").Page));
        Assert.Equal(["/", "/tags/", "/tags/mesh-things/"], Crumbs(site.Job(site.En, "/tags/mesh-things/").Page));
        Assert.Equal(["/", "/blog/"], Crumbs(site.Job(site.En, "/blog/").Page));
        Assert.Empty(Crumbs(site.Job(site.En, "/").Page));
    }

    [Fact]
    public void A_glossary_term_is_reached_through_the_glossary_index()
    {
        using var site = new MiniSite(beforeLoad: temp => temp.WriteFile("input/en/glossary/service-mesh.md", "---\ntitle: Service mesh\nsummary: A layer for service traffic.\ncategory: concept\n---\nBody.\n"));

        Assert.Equal(["/", "/glossary/", "/glossary/service-mesh/"], Crumbs(site.Job(site.En, "/glossary/service-mesh/").Page));
        Assert.Equal(["/", "/glossary/"], Crumbs(site.Job(site.En, "/glossary/").Page));
    }

    [Fact]
    public void Reading_time_is_rounded_up()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 398));
        using var site = new MiniSite(posts: 0, beforeLoad: temp => temp.WriteFile("input/en/blog/long.md", $"---\ntitle: Long\ndate: 2020-01-01\n---\n{words}\n"));

        Assert.Equal(2, site.Job(site.En, "/blog/long/").Page["reading_minutes"]);
    }

    [Fact]
    public void Related_posts_share_projects_first_then_tags_and_never_the_post_itself()
    {
        using var site = new MiniSite(posts: 0, beforeLoad: temp =>
        {
            temp.WriteFile("input/en/projects/istio.md", "---\ntitle: Istio\nmaturity: graduated\ncategory: mesh\n---\nIstio.\n");
            temp.WriteFile("input/en/blog/a.md", "---\ntitle: A\ndate: 2020-01-01\ntags: [mesh, perf]\nprojects: [linkerd, istio]\n---\nA.\n");
            temp.WriteFile("input/en/blog/both.md", "---\ntitle: Both\ndate: 2019-01-01\nprojects: [linkerd, istio]\n---\nB.\n");
            temp.WriteFile("input/en/blog/one.md", "---\ntitle: One\ndate: 2018-01-01\nprojects: [istio]\n---\nO.\n");
            temp.WriteFile("input/en/blog/tags.md", "---\ntitle: Tags\ndate: 2021-01-01\ntags: [mesh, perf]\n---\nT.\n");
            temp.WriteFile("input/en/blog/unrelated.md", "---\ntitle: Unrelated\ndate: 2022-01-01\ntags: [other]\n---\nU.\n");
        });

        var related = RelatedTitles(site, "/blog/a/");

        Assert.Equal(["Both", "One", "Tags"], related);
    }

    [Fact]
    public void Among_equally_related_posts_the_newest_come_first_then_by_address()
    {
        using var site = new MiniSite(posts: 0, beforeLoad: temp =>
        {
            temp.WriteFile("input/en/blog/a.md", "---\ntitle: A\ndate: 2020-01-01\ntags: [mesh]\n---\nA.\n");
            temp.WriteFile("input/en/blog/old.md", "---\ntitle: Old\ndate: 2018-01-01\ntags: [mesh]\n---\nO.\n");
            temp.WriteFile("input/en/blog/new.md", "---\ntitle: New\ndate: 2023-01-01\ntags: [mesh]\n---\nN.\n");
            temp.WriteFile("input/en/blog/zeta.md", "---\ntitle: Zeta\ndate: 2021-06-01\ntags: [mesh]\n---\nZ.\n");
            temp.WriteFile("input/en/blog/beta.md", "---\ntitle: Beta\ndate: 2021-06-01\ntags: [mesh]\n---\nB.\n");
            temp.WriteFile("input/en/blog/older.md", "---\ntitle: Older\ndate: 2017-01-01\ntags: [mesh]\n---\nO.\n");
        });

        var related = RelatedTitles(site, "/blog/a/");

        // Five candidates with one shared tag each: the three newest, the two of the same day by URL.
        Assert.Equal(["New", "Beta", "Zeta"], related);
    }

    [Fact]
    public void Projects_categories_and_sigs_link_their_neighbours_in_section_order()
    {
        using var site = new MiniSite(beforeLoad: temp =>
        {
            temp.WriteFile("input/en/categories/runtime.md", "---\ntitle: Runtime\norder: 2\n---\nR.\n");
            temp.WriteFile("input/en/projects/containerd.md", "---\ntitle: containerd\nmaturity: graduated\ncategory: runtime\n---\nC.\n");
        });

        var linkerd = site.Job(site.En, "/projects/linkerd/").Page;
        var containerd = site.Job(site.En, "/projects/containerd/").Page;

        Assert.Equal("/projects/containerd/", ((ModelMap?)linkerd["next"] ?? (ModelMap?)linkerd["prev"])!["url"]);
        Assert.Equal("/projects/linkerd/", ((ModelMap?)containerd["prev"] ?? (ModelMap?)containerd["next"])!["url"]);
    }

    [Fact]
    public void Json_ld_describes_the_site_the_breadcrumbs_and_posts_with_dates_and_authors_and_cannot_close_its_script()
    {
        using var site = new MiniSite(posts: 1, beforeLoad: temp =>
            temp.WriteFile("input/en/blog/p001.md", "---\ntitle: \"Post </script><b>\"\ndate: 2020-01-02\nauthors: [Ada Lovelace]\n---\nBody.\n"));

        var home = (string)site.Job(site.En, "/").Page["json_ld"]!;
        var post = (string)site.Job(site.En, "/blog/p001/").Page["json_ld"]!;

        Assert.DoesNotContain("<", post);
        using var homeJson = JsonDocument.Parse(home);
        var website = homeJson.RootElement.GetProperty("@graph")[0];
        Assert.Equal("WebSite", website.GetProperty("@type").GetString());
        Assert.Equal("https://kb.example.org/search/?q={search_term_string}", website.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString());

        using var postJson = JsonDocument.Parse(post);
        var graph = postJson.RootElement.GetProperty("@graph");
        Assert.Equal("BreadcrumbList", graph[0].GetProperty("@type").GetString());
        Assert.Equal(3, graph[0].GetProperty("itemListElement").GetArrayLength());
        var article = graph[1];
        Assert.Equal("BlogPosting", article.GetProperty("@type").GetString());
        Assert.Equal("Post </script><b>", article.GetProperty("headline").GetString());
        Assert.StartsWith("2020-01-02", article.GetProperty("datePublished").GetString());
        Assert.Equal("Ada Lovelace", article.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.StartsWith("https://kb.example.org/assets/og/", article.GetProperty("image").GetString());
    }

    [Fact]
    public void Project_pages_get_their_own_preview_card_and_other_pages_the_site_card_of_their_language()
    {
        using var site = new MiniSite();

        var project = (string)site.Job(site.En, "/projects/linkerd/").Page["og_image"]!;
        var zhProject = (string)site.Job(site.Zh, "/zh/projects/linkerd/").Page["og_image"]!;
        var home = (string)site.Job(site.En, "/").Page["og_image"]!;
        var post = (string)site.Job(site.En, "/blog/p001/").Page["og_image"]!;

        Assert.Equal(project, zhProject);
        Assert.NotEqual(project, home);
        Assert.Equal(home, post);
        Assert.Matches("^https://kb.example.org/assets/og/[0-9a-f]{16}\\.png$", home);
    }

    [Fact]
    public void A_fallback_declares_the_locale_of_its_content()
    {
        using var site = new MiniSite();

        Assert.Equal("en-US", site.Job(site.Zh, "/zh/categories/mesh/").Page["content_locale"]);
        Assert.Equal("zh-CN", site.Job(site.Zh, "/zh/projects/linkerd/").Page["content_locale"]);
    }

    private static ModelMap Updated(ModelMap page) => (ModelMap)page["updated"]!;

    private static List<string> Crumbs(ModelMap page) => ((List<object?>)page["breadcrumbs"]!).Cast<ModelMap>().Select(c => (string)c["url"]!).ToList();

    private static List<object?> RelatedTitles(MiniSite site, string url) =>
        ((List<object?>)site.Job(site.En, url).Page["related"]!).Cast<ModelMap>().Select(p => p["title"]).ToList();
}
