using Site.Content.Model;
using Site.Content.Text;

namespace Site.Content.Tests.Loading;

/// <summary>The properties every kind of source page gets from its file, and those of each kind.</summary>
public sealed class SourcePageBuilderTests
{
    private static readonly (string Path, string Content)[] EveryKind =
    [
        ("en/_index.md", "---\ntitle: Home\nsummary: Start here\n---\nWelcome.\n"),
        ("en/pages/about.md", "---\ntitle: About\n---\nAbout us.\n"),
        ("en/blog/2020/mesh-news.md", "---\ntitle: Mesh news\nsummary: What changed\ndate: 2020-03-04\nauthors: [Ada]\ntags: [Mesh]\nprojects: [linkerd]\noriginalUrl: https://example.org/news\n---\n\nNews.\n"),
        ("en/projects/envoy.md", "---\ntitle: Envoy\nmaturity: incubating\ncategory: service-mesh\nsig: tag-network\naccepted: 2017-09-13\nincubating: 2018-01-01\nhomepage: https://envoyproxy.io\nrepo: https://github.com/envoyproxy/envoy\n---\nA proxy.\n"),
        ("en/sigs/tag-security.md", "---\ntitle: TAG Security\nkind: tag\nchairs: [Ann, Bo]\ntocLiaisons: [Cy]\nmeetings: Weekly\nchannels: ['#tag-security']\n---\nSecurity.\n"),
        ("en/categories/proxies.md", "---\ntitle: Proxies\norder: 3\n---\nProxies.\n"),
    ];

    [Theory]
    [InlineData("_index.md", PageKind.Home, "", "/", "Home", "Start here", "Welcome.\n", 5)]
    [InlineData("pages/about.md", PageKind.Free, "about", "/pages/about/", "About", null, "About us.\n", 4)]
    [InlineData("blog/2020/mesh-news.md", PageKind.Post, "mesh-news", "/blog/2020/mesh-news/", "Mesh news", "What changed", "\nNews.\n", 10)]
    [InlineData("projects/envoy.md", PageKind.Project, "envoy", "/projects/envoy/", "Envoy", null, "A proxy.\n", 11)]
    [InlineData("sigs/tag-security.md", PageKind.Sig, "tag-security", "/sigs/tag-security/", "TAG Security", null, "Security.\n", 9)]
    [InlineData("categories/proxies.md", PageKind.Category, "proxies", "/categories/proxies/", "Proxies", null, "Proxies.\n", 5)]
    public void Every_kind_of_page_gets_the_common_properties_from_its_file(string id, PageKind kind, string slug, string url, string title, string? summary, string body, int bodyStartLine)
    {
        using var site = TestSite.With(EveryKind);
        var result = site.Load();
        Assert.Empty(result.Diagnostics);

        var page = result.Content!.Get("en", id)!;

        Assert.Equal(kind, page.Kind);
        Assert.Equal("en", page.Language);
        Assert.Equal(id, page.Id);
        Assert.Equal(slug, page.Slug);
        Assert.Equal(url, page.Url);
        Assert.Equal("input/en/" + id, page.SourcePath);
        Assert.Equal(Path.Combine(site.Input, "en", id), page.FullPath);
        Assert.Equal(page.SourcePath, page.FactsPath);
        Assert.Equal(title, page.Title);
        Assert.Equal(summary, page.Summary);
        Assert.Equal(body, page.Body);
        Assert.Equal(bodyStartLine, page.BodyStartLine);
        Assert.Equal("en", page.ContentLanguage);
        Assert.Equal(SourceHash.Compute(title, summary, body), page.SourceHash);
        Assert.Equal(TranslationState.Source, page.TranslationState);
        Assert.Null(page.DeclaredSourceHash);
        var titleAt = page.FactLocations["title"];
        Assert.Equal((page.SourcePath, 2, 8, "title: " + title), (titleAt.Path, titleAt.Position.Line, titleAt.Position.Column, titleAt.LineText));
    }

    [Fact]
    public void A_post_gets_its_date_people_tags_projects_and_original_url()
    {
        using var site = TestSite.With(EveryKind);

        var post = Assert.IsType<PostPage>(site.Load().Content!.Get("en", "blog/2020/mesh-news.md"));

        Assert.Equal(new DateOnly(2020, 3, 4), DateOnly.FromDateTime(post.Date.Date));
        Assert.Equal(["Ada"], post.Authors);
        Assert.Equal(["Mesh"], post.Tags);
        Assert.Equal(["linkerd"], post.Projects);
        Assert.Equal("https://example.org/news", post.OriginalUrl);
        Assert.Equal(7, post.FactLocations["projects[0]"].Position.Line);
    }

    [Theory]
    [InlineData("authors: [\"[Matt Broberg](https://twitter.com/mbbroberg)\"]", 5, 11, "[Matt Broberg](https://twitter.com/mbbroberg)", "Matt Broberg")]
    [InlineData("authors:\n  - Ada\n  - \"[Grace Hopper](https://example.org/grace) (Navy)\"", 7, 5, "[Grace Hopper](https://example.org/grace) (Navy)", "Grace Hopper (Navy)")]
    public void An_author_written_as_a_markdown_link_is_an_error_that_gives_the_name(string authors, int line, int column, string written, string name)
    {
        using var site = TestSite.With(("en/blog/2021/story.md", $"---\ntitle: Story\nsummary: A story.\ndate: 2021-05-14\n{authors}\n---\nText.\n"));

        var d = Assert.Single(site.Load().Diagnostics);

        Assert.True(d.IsError);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Equal($"`authors` holds names, shown as plain text: `{written}` would show its brackets and address; write `{name}`", d.Message);
    }

    [Fact]
    public void A_project_gets_its_level_category_sig_dates_and_links()
    {
        using var site = TestSite.With(EveryKind);

        var project = Assert.IsType<ProjectPage>(site.Load().Content!.Get("en", "projects/envoy.md"));

        Assert.Equal(Maturity.Incubating, project.Maturity);
        Assert.Equal("service-mesh", project.Category);
        Assert.Equal("tag-network", project.Sig);
        Assert.Equal(new DateOnly(2017, 9, 13), project.Accepted);
        Assert.Equal(new DateOnly(2018, 1, 1), project.Incubating);
        Assert.Null(project.Graduated);
        Assert.Null(project.Archived);
        Assert.Equal("https://envoyproxy.io", project.Homepage);
        Assert.Equal("https://github.com/envoyproxy/envoy", project.Repo);
    }

    [Fact]
    public void A_sig_and_a_category_get_their_own_keys()
    {
        using var site = TestSite.With(EveryKind);
        var content = site.Load().Content!;

        var sig = Assert.IsType<SigPage>(content.Get("en", "sigs/tag-security.md"));
        var category = Assert.IsType<CategoryPage>(content.Get("en", "categories/proxies.md"));

        Assert.Equal(GroupKind.Tag, sig.GroupKind);
        Assert.Equal(["Ann", "Bo"], sig.Chairs);
        Assert.Equal(["Cy"], sig.TocLiaisons);
        Assert.Equal("Weekly", sig.Meetings);
        Assert.Equal(["#tag-security"], sig.Channels);
        Assert.Equal(3, category.Order);
    }
}
