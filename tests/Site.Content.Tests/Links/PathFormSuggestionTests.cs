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

    [Theory]
    [InlineData("/blog/2021/09/02/jenkins-cicd", "/blog/2021-09-02-jenkins-cicd/")]
    [InlineData("/blog/2021/9/2/jenkins-cicd/#setup", "/blog/2021-09-02-jenkins-cicd/#setup")]
    [InlineData("/blog/2024/03/19/go-workspaces/", "/blog/2024/go-workspaces/")]
    [InlineData("/2020/01/05/launch/", "/blog/launch/")]
    [InlineData("/zh/blog/2024/03/19/go-workspaces/", "/zh/blog/2024/go-workspaces/")]
    public void A_dated_post_url_of_another_site_gets_the_post_it_names(string link, string suggestion)
    {
        using var site = TestSite.With(
            ("en/blog/2021-09-02-jenkins-cicd.md", "---\ntitle: CI\ndate: 2021-09-02\n---\n## Setup\n\nText.\n"),
            ("en/blog/2024/go-workspaces.md", "---\ntitle: Go\ndate: 2024-03-19\n---\nText.\n"),
            ("en/blog/launch.md", "---\ntitle: Launch\ndate: 2020-01-05\n---\nText.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](" + link + ").\n"));
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);

        Assert.EndsWith($"a dated post URL of another site (Docusaurus, Jekyll, Hugo): here a post's URL is its file's path; did you mean {suggestion}?", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/2021/09/30/announcing-linkerd-2.11/", "/blog/2021/0930-announcing-linkerd-2-11/")]
    [InlineData("/2024/08/05/linkerd-edge-release-roundup/", "/blog/2024/0805-edge-release-roundup/")]
    [InlineData("/2024/03/07/linkerd-edge-release-roundup/#changes", "/blog/2024/0307-edge-release-roundup/#changes")]
    [InlineData("/2021/10/26/how-linkerd-retries-http-requests-with-bodies/", "/blog/2021/1026-retries/")]
    [InlineData("/2021/09/30/announcing-septembers-linkerd-hero/", "/blog/2021/0930-linkerd-hero/")]
    public void A_hugo_permalink_finds_the_post_of_that_date_by_its_folder_its_slug_key_or_its_title(string link, string suggestion)
    {
        // Linkerd's bundles: `blog/<year>/<mmdd>-<name>/index.md`, several with the same `slug:` (an error here, still read for this).
        using var site = TestSite.With(
            ("en/blog/2021/0930-announcing-linkerd-2-11/index.md", "---\ntitle: Linkerd 2.11\ndate: 2021-09-30T00:00:00Z\nslug: announcing-linkerd-2.11\n---\nText.\n"),
            ("en/blog/2024/0307-edge-release-roundup/index.md", "---\ntitle: March roundup\ndate: 2024-03-07T10:00:00-05:00\nslug: linkerd-edge-release-roundup\n---\n## Changes\n\nText.\n"),
            ("en/blog/2024/0805-edge-release-roundup/index.md", "---\ntitle: August roundup\ndate: 2024-08-05T00:00:00Z\nslug: linkerd-edge-release-roundup\n---\nText.\n"),
            // No `slug:`: Hugo's `:slug` is then the title, made a URL.
            ("en/blog/2021/0930-linkerd-hero/index.md", "---\ntitle: Announcing September's Linkerd Hero\ndate: 2021-09-30T00:00:00Z\n---\nText.\n"),
            ("en/blog/2021/1026-retries/index.md", "---\ntitle: How Linkerd retries HTTP requests with bodies\ndate: 2021-10-26T00:00:00Z\n---\nText.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](" + link + ").\n"));
        var result = site.Load();

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics, d => d.Path == "input/en/pages/about.md");

        Assert.EndsWith($"did you mean {suggestion}?", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/blog/2020/12/december-update/", "/blog/2020-12-01-december-update/")]
    [InlineData("/blog/2021/03/flux-is-a-cncf-incubation-project/#news", "/blog/2021-03-08-flux-is-a-cncf-incubation-project/#news")]
    public void A_permalink_of_year_and_month_finds_the_post_of_that_month_by_its_name_or_title(string link, string suggestion)
    {
        // Flux's Hugo setting: `/blog/:year/:month/:slug/`, the slug being the title when no `slug:` is given.
        using var site = TestSite.With(
            ("en/blog/2020-12-01-december-update/index.md", "---\ntitle: December Update\ndate: 2020-12-01\n---\nText.\n"),
            ("en/blog/2021-03-08-flux-is-a-cncf-incubation-project/index.md", "---\ntitle: Flux joins incubation\ndate: 2021-03-08\n---\n## News\n\nText.\n"),
            ("en/blog/2021-11-30-december-update/index.md", "---\ntitle: December Update\ndate: 2021-11-30\n---\nText.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](" + link + ").\n"));
        var result = site.Load();

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics, d => d.Path == "input/en/pages/about.md");

        Assert.EndsWith($"did you mean {suggestion}?", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/blog/2024/11/05/go-workspaces/")]
    [InlineData("/2024/04/25/linkerd-edge-release-roundup/")]
    public void A_dated_url_is_never_answered_with_a_post_of_the_same_name_and_another_date(string link)
    {
        using var site = TestSite.With(
            ("en/blog/2024/go-workspaces.md", "---\ntitle: Go\ndate: 2024-03-19\n---\nText.\n"),
            ("en/blog/2024/linkerd-edge-release-roundup.md", "---\ntitle: March roundup\ndate: 2024-03-07\n---\nText.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](" + link + ").\n"));
        var result = site.Load();

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);

        Assert.DoesNotContain("did you mean", d.Message, StringComparison.Ordinal);
        Assert.Contains("a dated post URL of another site (Docusaurus, Jekyll, Hugo), and no post of this site has that name and date", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_the_address_a_post_had_by_its_url_key_names_the_post()
    {
        // Flux's posts set `url: /blog/2020/12/december-update/` (an error here, still read for this).
        using var site = TestSite.With(
            ("en/blog/2020-12-01-december-update/index.md", "---\ntitle: December\ndate: 2020-12-01\nurl: /blog/2020/12/december-update/\n---\n## Calendar\n\nText.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](/blog/2020/12/december-update/#calendar).\n"));
        var result = site.Load();

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics, d => d.Path == "input/en/pages/about.md");

        Assert.Equal("link to unknown page /blog/2020/12/december-update/: the address the page's `url:`, `path:` or `permalink:` gave it on the site it comes from; here a page's URL is its file's path; did you mean /blog/2020-12-01-december-update/#calendar?", d.Message);
    }

    [Fact]
    public void A_link_to_the_address_a_gatsby_post_had_by_its_path_key_names_the_post()
    {
        // Cilium's Gatsby posts set `path: '/blog/2024/10/04/cilium-kubecon-na-2024'`.
        using var site = TestSite.With(
            ("en/blog/2024/cilium-kubecon/index.md", "---\ntitle: KubeCon\ndate: 2024-10-04\npath: '/blog/2024/10/04/cilium-kubecon-na-2024'\n---\nText.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](/blog/2024/10/04/cilium-kubecon-na-2024).\n"));
        var result = site.Load();

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics, d => d.Path == "input/en/pages/about.md");

        Assert.Equal("link to unknown page /blog/2024/10/04/cilium-kubecon-na-2024: the address the page's `url:`, `path:` or `permalink:` gave it on the site it comes from; here a page's URL is its file's path; did you mean /blog/2024/cilium-kubecon/?", d.Message);
    }

    [Fact]
    public void A_dated_url_with_a_foreign_language_prefix_gives_both_reasons()
    {
        using var site = TestSite.With(
            ("en/blog/2024/go-workspaces.md", "---\ntitle: Go\ndate: 2024-03-19\n---\nText.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](/zh-cn/blog/2024/03/19/go-workspaces/).\n"));
        var result = site.Load();

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);

        Assert.Equal("link to unknown page /zh-cn/blog/2024/03/19/go-workspaces/: `/zh-cn/` is not a language prefix of this site: 中文 pages are under `/zh/`; a dated post URL of another site (Docusaurus, Jekyll, Hugo): here a post's URL is its file's path; did you mean /zh/blog/2024/go-workspaces/?", d.Message);
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
