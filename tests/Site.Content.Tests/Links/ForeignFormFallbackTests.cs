using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Links;

/// <summary>
/// A link in another site's path form (`/zh-cn/<slug>/`, as the CNCF glossary writes them) whose
/// page is not found under that slug still gets the other suggestions, in the link's language:
/// a rename the orphan check found, a draft, the nearest page. Found by building the CNCF glossary.
/// </summary>
public sealed class ForeignFormFallbackTests
{
    private static Diagnostic LinkError(string link, params (string Path, string Content)[] extra)
    {
        using var site = TestSite.With(
        [
            ("en/glossary/microservices-architecture.md", "---\ntitle: Microservices architecture\ncategory: concept\n---\nServices.\n"),
            ("zh/glossary/microservices.md", "---\ntitle: 微服务\n---\n服务。\n"),
            ("en/glossary/monolithic-apps.md", "---\ntitle: Monolithic apps\ncategory: concept\n---\nOne piece.\n"),
            ("en/glossary/software-as-a-service.md", "---\ntitle: SaaS\ncategory: concept\ndraft: true\n---\nRented.\n"),
            ("en/glossary/multitenancy.md", "---\ntitle: Multitenancy\ncategory: concept\n---\nShared.\n"),
            ("zh/glossary/multitenancy.md", "---\ntitle: 多租户\n---\n参见 [它](" + link + ")。\n"),
            .. extra,
        ]);
        var result = site.Load();
        var rendered = ContentRenderer.RenderAll(result.Content!).Diagnostics;
        return Assert.Single(rendered, d => d.Path.EndsWith("zh/glossary/multitenancy.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_prefix_to_a_renamed_term_suggests_its_new_url_in_the_links_language()
    {
        var d = LinkError("/zh-cn/microservices/");

        Assert.Contains("`/zh-cn/` is not a language prefix of this site", d.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean /zh/glossary/microservices-architecture/?", d.Message, StringComparison.Ordinal);
        Assert.Contains("site move", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_prefix_to_a_draft_says_it_is_a_draft()
    {
        var d = LinkError("/zh-cn/software-as-a-service/");

        Assert.Contains("`/zh-cn/` is not a language prefix of this site", d.Message, StringComparison.Ordinal);
        Assert.Contains("draft", d.Message, StringComparison.Ordinal);
        Assert.Contains("en/glossary/software-as-a-service.md", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_prefix_with_a_misspelt_slug_suggests_the_nearest_page_of_the_links_language()
    {
        var d = LinkError("/zh-cn/monolithic_apps/");

        Assert.Contains("`/zh-cn/` is not a language prefix of this site", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean /zh/glossary/monolithic-apps/?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_prefix_without_trailing_slash_to_a_renamed_term_gets_the_rename_too()
    {
        var d = LinkError("/zh-cn/microservices");

        Assert.Contains("did you mean /zh/glossary/microservices-architecture/?", d.Message, StringComparison.Ordinal);
    }
}

/// <summary>
/// A relative link to a markdown file (`[pod](pod.md)`, `../projects/linkerd.md`) is how GitHub and
/// Hugo repositories link files: it is relative to the file's folder, not to the page's URL.
/// </summary>
public sealed class RelativeMarkdownFileLinkTests
{
    private static Diagnostic LinkError(string link)
    {
        using var site = TestSite.With(
            ("en/glossary/pod.md", "---\ntitle: Pod\ncategory: concept\n---\nA pod.\n"),
            ("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\n---\nA mesh.\n"),
            ("en/glossary/node.md", "---\ntitle: Node\ncategory: concept\n---\nSee [it](" + link + ").\n"));
        return Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);
    }

    [Theory]
    [InlineData("pod.md", "/glossary/pod/")]
    [InlineData("./pod.md#top", "/glossary/pod/#top")]
    [InlineData("../projects/linkerd.md", "/projects/linkerd/")]
    public void A_relative_markdown_file_link_suggests_the_page_of_that_file(string link, string suggestion)
    {
        var d = LinkError(link);

        Assert.True(d.IsError);
        Assert.Contains("not its markdown file", d.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean {suggestion}?", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("input/assets", d.Message, StringComparison.Ordinal);
    }
}

/// <summary>A link to a page whose own file has errors names that page and says why it is missing, rather than "unknown page" with no suggestion.</summary>
public sealed class LinkToAFailedPageTests
{
    [Theory]
    [InlineData("/microservices-architecture/", "/glossary/microservices-architecture/")]
    [InlineData("/glossary/microservices-architecture/", "/glossary/microservices-architecture/")]
    [InlineData("/zh-cn/microservices-architecture/", "/zh/glossary/microservices-architecture/")]
    public void A_link_to_a_page_with_errors_names_the_page_and_its_file(string link, string url)
    {
        // The CNCF glossary's microservices term has an empty category; eleven terms link to it.
        using var site = TestSite.With(
            ("en/glossary/microservices-architecture.md", "---\ntitle: Microservices Architecture\n---\nSmall services.\n"),
            ("en/glossary/service-mesh.md", "---\ntitle: Service Mesh\ncategory: technology\n---\nSee [it](" + link + ").\n"));
        var result = site.Load();
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("`category`", StringComparison.Ordinal));

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);
        Assert.Contains($"did you mean {url}?", d.Message, StringComparison.Ordinal);
        Assert.Contains("en/glossary/microservices-architecture.md has errors of its own", d.Message, StringComparison.Ordinal);
    }
}

/// <summary>The CNCF glossary's case in full: a renamed term whose new file has errors, and Chinese links by the old name.</summary>
public sealed class LinkToARenamedPageWithErrorsTests
{
    [Fact]
    public void A_link_by_the_old_name_names_the_renamed_page_and_its_file()
    {
        using var site = TestSite.With(
            ("en/glossary/microservices-architecture.md", "---\ntitle: Microservices Architecture\n---\nSmall services.\n"),
            ("zh/glossary/microservices.md", "---\ntitle: 微服务\n---\n小服务。\n"),
            ("en/glossary/service-mesh.md", "---\ntitle: Service Mesh\ncategory: technology\n---\nA mesh.\n"),
            ("zh/glossary/service-mesh.md", "---\ntitle: 服务网格\n---\n在 [微服务](/zh-cn/microservices/) 的理念里。\n"));
        var result = site.Load();

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);
        Assert.Contains("did you mean /zh/glossary/microservices-architecture/?", d.Message, StringComparison.Ordinal);
        Assert.Contains("en/glossary/microservices-architecture.md has errors of its own", d.Message, StringComparison.Ordinal);
    }
}
