using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Links;

/// <summary>Internal links and fragments must resolve to something the build writes.</summary>
public sealed class InternalLinkTests
{
    private static IReadOnlyList<Diagnostic> LinkDiagnostics(params (string Path, string Content)[] files)
    {
        using var site = TestSite.With(files);
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return ContentRenderer.RenderAll(result.Content!).Diagnostics;
    }

    private static string Page(string body) => "---\ntitle: About\n---\n" + body;

    [Fact]
    public void LinksToPagesGeneratedPagesAndAssetsResolve()
    {
        var body = """
            [a](/projects/linkerd/) [b](/zh/projects/linkerd/) [c](/blog/) [d](/tags/service-mesh/)
            [e](/categories/) [f](/sigs/tag-network/) [g](/search/) [h](/feed.xml) [i](/assets/logo.png)
            [j](/) [k](/zh/) [l](https://example.org/missing/) [m](mailto:x@y.z) [n](/projects/linkerd/index.html)
            """;
        Assert.Empty(LinkDiagnostics(("en/pages/about.md", Page(body)), ("assets/logo.png", "png")));
    }

    [Fact]
    public void UnknownInternalLinkIsAnErrorAtItsFilePosition()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("Intro.\n\nSee [Linkerd](/projects/linkerd2/) now.\n"))));
        Assert.True(d.IsError);
        Assert.Equal("input/en/pages/about.md", d.Path);
        Assert.Equal((6, 5), (d.Line, d.Column));
        Assert.Contains("link to unknown page /projects/linkerd2/", d.Message);
        Assert.Contains("did you mean /projects/linkerd/?", d.Message);
        Assert.Equal("See [Linkerd](/projects/linkerd2/) now.", d.SourceLine);
    }

    [Theory]
    [InlineData("[above]((#prioritization))", "(#prioritization)", "#prioritization")]
    [InlineData("[up]((../contact/))", "(../contact/)", "../contact/")]
    [InlineData("[site]((https://example.org/a))", "(https://example.org/a)", "https://example.org/a")]
    [InlineData("[x](<(/projects/linkerd/)>)", "(/projects/linkerd/)", "/projects/linkerd/")]
    public void A_link_target_in_doubled_parentheses_is_reported_as_written_with_the_fix(string link, string written, string meant)
    {
        var page = Page("## Prioritization\n\nSee " + link + ".\n");

        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", page), ("en/pages/contact.md", Page("C.\n"))));

        Assert.True(d.IsError);
        Assert.Equal((6, 5), (d.Line, d.Column));
        Assert.Equal($"link target `{written}` is wrapped in a second pair of parentheses: write `]({meant})`, not `](({meant}))`", d.Message);
    }

    [Theory]
    [InlineData("[Falco Talon](htts://docs.falco-talon.org)", "htts://docs.falco-talon.org", "https://docs.falco-talon.org", true)]
    [InlineData("[a](htp://example.org/x)", "htp://example.org/x", "http://example.org/x", true)]
    [InlineData("[a](htttps://example.org)", "htttps://example.org", "https://example.org", true)]
    [InlineData("[a](hhtps://example.org)", "hhtps://example.org", "https://example.org", true)]
    [InlineData("![a](htps://example.org/a.png)", "htps://example.org/a.png", "https://example.org/a.png", true)]
    [InlineData("[a](https//github.com/falcosecurity)", "https//github.com/falcosecurity", "https://github.com/falcosecurity", false)]
    [InlineData("[a](http//example.org)", "http//example.org", "http://example.org", false)]
    [InlineData("[Slack](hthttps://slack.cncf.io/)", "hthttps://slack.cncf.io/", "https://slack.cncf.io/", true)]
    [InlineData("[a](httphttps://example.org)", "httphttps://example.org", "https://example.org", true)]
    [InlineData("[a](hhttp://example.org)", "hhttp://example.org", "http://example.org", true)]
    [InlineData("[a](https://https://example.org/x)", "https://https://example.org/x", "https://example.org/x", true)]
    [InlineData("[a](http://https//example.org)", "http://https//example.org", "https://example.org", true)]
    public void A_misspelt_scheme_is_reported_with_the_address_corrected(string link, string written, string address, bool isWarning)
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("See " + link + ".\n"))));

        Assert.Equal(!isWarning, d.IsError);
        Assert.Equal((4, 5), (d.Line, d.Column));
        Assert.Equal($"{(link.StartsWith('!') ? "image" : "link")} `{written}` has a misspelt scheme, so browsers cannot open it: write `{address}`", d.Message);
    }

    [Theory]
    [InlineData("[a](ftp://ftp.example.org/file)")]
    [InlineData("[a](hxxp://example.org)")]
    [InlineData("[a](mailto:someone@example.org)")]
    [InlineData("[a](HTTPS://example.org)")]
    [InlineData("[a](ssh://git@example.org)")]
    [InlineData("[a](git+https://github.com/cncf/toc)")]
    [InlineData("[a](https://example.org/?next=https://cncf.io)")]
    [InlineData("[a](https://web.archive.org/web/2020/https://cncf.io/)")]
    public void A_scheme_that_is_no_misspelt_http_is_left_alone(string link)
    {
        Assert.Empty(LinkDiagnostics(("en/pages/about.md", Page("See " + link + ".\n"))));
    }

    [Theory]
    [InlineData("[team](ii.nz)", "ii.nz", "/pages/about/ii.nz", "https://ii.nz")]
    [InlineData("[repo](github.com/cncf/toc)", "github.com/cncf/toc", "/pages/about/github.com/cncf/toc", "https://github.com/cncf/toc")]
    [InlineData("[site](www.cncf.io)", "www.cncf.io", "/pages/about/www.cncf.io", "https://www.cncf.io")]
    [InlineData("[snoop](apisnoop.cncf.io.)", "apisnoop.cncf.io.", "/pages/about/apisnoop.cncf.io.", "https://apisnoop.cncf.io")]
    [InlineData("[docs](kubernetes.io/docs/#setup)", "kubernetes.io/docs/#setup", "/pages/about/kubernetes.io/docs/", "https://kubernetes.io/docs/#setup")]
    [InlineData("[code](github.com/cncf/toc/blob/main/README.md)", "github.com/cncf/toc/blob/main/README.md", "/pages/about/github.com/cncf/toc/blob/main/README.md", "https://github.com/cncf/toc/blob/main/README.md")]
    public void A_web_address_without_its_scheme_is_reported_with_the_scheme_added(string link, string written, string path, string address)
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("See " + link + ".\n"))));

        Assert.True(d.IsError);
        Assert.Equal((4, 5), (d.Line, d.Column));
        Assert.Equal($"link to `{written}` is read as {path}, a path on this site that does not exist: a web address needs its scheme; if it is another site, write `{address}`", d.Message);
    }

    [Theory]
    [InlineData("![diagram](diagram.svg)", "image /pages/about/diagram.svg does not exist")]
    [InlineData("[notes](README.md)", "link to unknown page `README.md` (read as /pages/about/README.md)")]
    [InlineData("[script](install.sh)", "file /pages/about/install.sh does not exist")]
    [InlineData("[v](v1.2/)", "link to unknown page `v1.2/` (read as /pages/about/v1.2/)")]
    public void A_missing_file_name_is_not_taken_for_a_web_address(string link, string message)
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("See " + link + ".\n"))));

        Assert.Contains(message, d.Message);
        Assert.DoesNotContain("https://", d.Message);
    }

    [Theory]
    [InlineData("[guide](../../../projects/linkerd2/)", "link to unknown page `../../../projects/linkerd2/` (read as /projects/linkerd2/); did you mean /projects/linkerd/?")]
    [InlineData("[a](../../../projects/linkerd/#nowhere)", "link to `../../../projects/linkerd/#nowhere` (read as /projects/linkerd/#nowhere): input/en/projects/linkerd.md has no heading with id `nowhere`")]
    [InlineData("<img src=\"../../../img/chart.png\" alt=\"chart\">", "image `../../../img/chart.png` (read as /img/chart.png) does not exist")]
    [InlineData("[root](/projects/linkerd2/)", "link to unknown page /projects/linkerd2/; did you mean /projects/linkerd/?")]
    public void A_relative_link_is_reported_as_written_beside_the_path_it_resolves_to(string link, string message)
    {
        // Knative's Medium exports wrote `../../../../docs/install/`: a message naming only `/docs/install/` could not be found in the file.
        var d = Assert.Single(LinkDiagnostics(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\nSee " + link + " here.\n")), x => x.IsError);

        Assert.StartsWith(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_only_ends_in_a_parenthesis_is_checked_as_a_link()
    {
        var page = Page("[wiki](https://en.wikipedia.org/wiki/Borg_(cluster_manager)) [p](/projects/linkerd/#x_(y))\n");

        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", page)));

        Assert.Contains("link to /projects/linkerd/#x_(y)", d.Message);
    }

    [Fact]
    public void MissingTrailingSlashIsReported()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("[x](/projects/linkerd)\n"))));
        Assert.Contains("lacks the trailing slash", d.Message);
    }

    [Fact]
    public void RelativeLinksResolveAgainstThePageUrl()
    {
        Assert.Empty(LinkDiagnostics(("en/pages/about.md", Page("[x](../../projects/linkerd/) [y](../contact/)\n")), ("en/pages/contact.md", Page("C.\n"))));
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("[x](../nowhere/)\n"))));
        Assert.Contains("/pages/nowhere/", d.Message);
    }

    [Fact]
    public void FragmentMustNameAHeadingOfTheTarget()
    {
        var target = "---\ntitle: Contact\n---\n## Mailing list\n\n## Chat {#slack}\n";
        Assert.Empty(LinkDiagnostics(("en/pages/contact.md", target), ("en/pages/about.md", Page("[a](/pages/contact/#mailing-list) [b](/pages/contact/#slack)\n"))));
        var d = Assert.Single(LinkDiagnostics(("en/pages/contact.md", target), ("en/pages/about.md", Page("[a](/pages/contact/#mailing-lists)\n"))));
        Assert.Contains("has no heading with id `mailing-lists`", d.Message);
        Assert.Contains("did you mean `#mailing-list`?", d.Message);
    }

    [Fact]
    public void SamePageFragmentIsChecked()
    {
        Assert.Empty(LinkDiagnostics(("en/pages/about.md", Page("## Setup\n\n[up](#setup) [note][^1]\n\n[^1]: n\n"))));
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("## Setup\n\n[up](#set-up)\n"))));
        Assert.Contains("`#set-up`, which is not a heading id of this page", d.Message);
    }

    [Fact]
    public void A_fragment_whose_words_one_heading_id_holds_in_any_order_is_offered_that_id()
    {
        // KubeVirt's `#environment-setup` meant "### Setup demo environment": too far apart to spell alike.
        var body = "## Introduction\n\n### Setup demo environment\n\nThe [following section](#environment-setup) shows it.\n";
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page(body))));

        Assert.Equal("link to `#environment-setup`, which is not a heading id of this page; did you mean `#setup-demo-environment`?", d.Message);
    }

    [Fact]
    public void A_fragment_to_another_page_whose_words_one_heading_id_holds_is_offered_that_id()
    {
        var target = "---\ntitle: Contact\n---\n## Setup demo environment\n\n## Cleanup\n";
        var d = Assert.Single(LinkDiagnostics(("en/pages/contact.md", target), ("en/pages/about.md", Page("[a](/pages/contact/#environment-setup)\n"))));

        Assert.Equal("link to /pages/contact/#environment-setup: input/en/pages/contact.md has no heading with id `environment-setup`; did you mean `#setup-demo-environment`?", d.Message);
    }

    [Fact]
    public void A_fragment_whose_words_several_heading_ids_hold_is_offered_none()
    {
        var body = "## Setup demo environment\n\n## Environment setup for production\n\n[a](#environment-setup)\n";
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page(body))));

        Assert.Equal("link to `#environment-setup`, which is not a heading id of this page", d.Message);
    }

    [Fact]
    public void A_fragment_of_Chinese_words_one_character_off_a_heading_id_is_offered_that_id()
    {
        // KubeEdge's v1.20 notes linked `#升级k8s依赖到130` for "升级K8s依赖到v1.30" and were told nothing: the heading's
        // id is its English source's, and only its GitHub anchor is near.
        var source = "## Overview\n\n### Support IPv6\n\n### Upgrade Kubernetes Dependency to v1.30\n\n## Upgrade notes\n";
        var body = "## 新特性概览\n\n- [升级k8s依赖到1.30](#升级k8s依赖到130)\n\n### 边云通道支持IPv6\n\n### 升级K8s依赖到v1.30\n\n## 版本升级注意事项\n";
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page(source)), ("zh/pages/about.md", "---\ntitle: 关于\n---\n" + body)));

        Assert.Equal("link to `#升级k8s依赖到130`, which is not a heading id of this page; did you mean `#升级k8s依赖到v130`?", d.Message);
    }

    [Fact]
    public void Fragments_in_GitHubs_form_resolve_on_the_same_page_and_across_pages()
    {
        var target = "---\ntitle: Contact\n---\n## Edit types.go\n\n## TL;DR\n";
        var about = Page("[a](/pages/contact/#edit-typesgo) [b](/pages/contact/#tldr) [c](/pages/contact/#tl-dr)\n\n## Why - and how\n\n[d](#why---and-how)\n");

        Assert.Empty(LinkDiagnostics(("en/pages/contact.md", target), ("en/pages/about.md", about)));
        var d = Assert.Single(LinkDiagnostics(("en/pages/contact.md", target), ("en/pages/about.md", Page("[a](/pages/contact/#edit-types.go)\n"))));
        Assert.Contains("has no heading with id `edit-types.go`", d.Message);
    }

    [Fact]
    public void TranslatedHeadingsKeepSourceIdsSoFragmentsWorkInBothLanguages()
    {
        var d = LinkDiagnostics(
            ("en/pages/contact.md", "---\ntitle: Contact\n---\n## Mailing list\n\n## Chat\n"),
            ("zh/pages/contact.md", "---\ntitle: 联系\n---\n## 邮件列表\n\n## 聊天\n"),
            ("en/pages/about.md", Page("A.\n")),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n[邮件](/zh/pages/contact/#mailing-list)\n"));
        Assert.Empty(d);
    }

    [Fact]
    public void TagAndPaginationLinksMustExist()
    {
        var d = LinkDiagnostics(("en/pages/about.md", Page("[t](/tags/nope/) [p](/blog/page/2/)\n")));
        Assert.Equal(2, d.Count);
    }

    [Fact]
    public void TranslationLinkingToAnUntranslatedPageInEnglishFormIsAccepted()
    {
        // /zh/projects/linkerd/ is only a fallback: the English page is the right target, no warning.
        Assert.Empty(LinkDiagnostics(
            ("en/pages/about.md", Page("A.\n")),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n见 [Linkerd](/projects/linkerd/)。\n")));
    }

    [Theory]
    [InlineData("/service/", "/pages/service/")]
    [InlineData("/linkerd/", "/projects/linkerd/")]
    [InlineData("/blog/linkerd-benchmarks/", "/blog/2019/linkerd-benchmarks/")]
    [InlineData("/pages/linkerd/", "/projects/linkerd/")]
    [InlineData("/projects/servce/", "/pages/service/")]
    [InlineData("/projets/linkerd/", "/projects/linkerd/")]
    public void SuggestionsLookAtEveryPageType(string link, string suggestion)
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/service.md", Page("S.\n")), ("en/pages/about.md", Page($"[x]({link})\n"))));
        Assert.Contains($"link to unknown page {link}; did you mean {suggestion}?", d.Message);
    }

    [Theory]
    [InlineData("en", "/docs/", "/docs/reference/config/networking/gateway/")]
    [InlineData("zh", "/zh/news/", "/zh/news/releases/1.20.x/")]
    public void ALinkIntoASectionThisSiteLacksSaysSoInsteadOfGuessingByName(string language, string section, string link)
    {
        // `gateway` and `sops` are names of pages here: a guess by spelling would send the reader somewhere unrelated.
        var d = Assert.Single(LinkDiagnostics(
            ("en/pages/service.md", Page("S.\n")),
            ("en/categories/gateway.md", "---\ntitle: Gateway\norder: 5\n---\nGateways.\n"),
            ("en/pages/about.md", Page(language == "en" ? $"[x]({link})\n" : "A.\n")),
            ("zh/pages/about.md", language == "zh" ? $"---\ntitle: 关于\n---\n[x]({link})\n" : "---\ntitle: 关于\n---\n关于。\n")),
            x => x.IsError);

        Assert.Equal($"link to unknown page {link}: this site has no {section} section; if the page is on the site the text comes from, link to it there with its full address (`https://<that site>{link}`), or drop the link", d.Message);
    }

    [Theory]
    [InlineData("/docs/")]
    [InlineData("/pt")]
    [InlineData("/ja/")]
    public void AShortNameIsNotMatchedBySpellingToAnUnrelatedPage(string link)
    {
        var d = Assert.Single(LinkDiagnostics(
            ("en/projects/sops.md", "---\ntitle: SOPS\nmaturity: sandbox\ncategory: service-mesh\n---\nSecrets.\n"),
            ("en/projects/kpt.md", "---\ntitle: kpt\nmaturity: sandbox\ncategory: service-mesh\n---\nPackages.\n"),
            ("en/pages/about.md", Page($"[x]({link})\n"))));

        Assert.DoesNotContain("did you mean", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/docs/setup/install#kubeadm", "link to unknown page /docs/setup/install: this site has no /docs/ section; if the page is on the site the text comes from, link to it there with its full address (`https://<that site>/docs/setup/install#kubeadm`), or drop the link")]
    [InlineData("/docs/reference/config-api/kubelet-config.v1", "link to unknown page /docs/reference/config-api/kubelet-config.v1: this site has no /docs/ section; if the page is on the site the text comes from, link to it there with its full address (`https://<that site>/docs/reference/config-api/kubelet-config.v1`), or drop the link")]
    [InlineData("/docs/", "link to unknown page /docs/: no page or section of this site has that name; if the page is on the site the text comes from, link to it there with its full address (`https://<that site>/docs/`), or drop the link")]
    [InlineData("/zh-cn/docs/concepts/#pods", "link to unknown page /zh-cn/docs/concepts/: this site has no /zh/docs/ section; if the page is on the site the text comes from, link to it there with its full address (`https://<that site>/zh-cn/docs/concepts/#pods`), or drop the link")]
    [InlineData("/blog/2021/08/09/run-nodes-with-swap-alpha/", "link to unknown page /blog/2021/08/09/run-nodes-with-swap-alpha/: a dated post URL of another site (Docusaurus, Jekyll, Hugo), and no post of this site has that name and date; if the post is on the site the text comes from, link to it there with its full address (`https://<that site>/blog/2021/08/09/run-nodes-with-swap-alpha/`), or drop the link")]
    public void A_link_into_the_site_the_text_comes_from_gets_its_full_address_with_the_fragment(string link, string message)
    {
        var d = Assert.Single(LinkDiagnostics(
            ("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\nX.\n"),
            ("en/pages/about.md", Page($"[x]({link})\n"))), x => x.IsError);

        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("docs/functions", "/blog/2024/x/docs/functions", "/docs/functions")]
    [InlineData("../docs/eventing#brokers", "/blog/2024/docs/eventing", "/docs/eventing#brokers")]
    [InlineData("./docs/serving/", "/blog/2024/x/docs/serving/", "/docs/serving/")]
    public void A_relative_link_into_a_section_this_site_lacks_gets_the_full_address_advice_and_is_told_how_it_was_resolved(string link, string resolved, string address)
    {
        // Knative's posts wrote `docs/functions` relative to their own site's root: resolved against the post's URL it names nothing.
        var d = Assert.Single(LinkDiagnostics(("en/blog/2024/x.md", $"---\ntitle: X\ndate: 2024-01-01\n---\nSee [the docs]({link}).\n")), x => x.IsError);

        Assert.Equal(
            $"link to unknown page {resolved}: the relative link `{link}` is resolved against this page's URL (/blog/2024/x/), and this site has no /docs/ section;"
            + $" if the page is on the site the text comes from, link to it there with its full address (`https://<that site>{address}`), or drop the link",
            d.Message);
    }

    [Fact]
    public void A_relative_link_to_a_file_or_into_a_section_this_site_has_is_not_sent_to_another_site()
    {
        var messages = LinkDiagnostics(
            ("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\n[a](images/chart.png) [b](blog/2024/y/)\n")).Select(d => d.Message);

        Assert.DoesNotContain(messages, m => m.Contains("full address", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dated_link_to_a_post_with_front_matter_errors_or_a_draft_names_that_post()
    {
        using var site = TestSite.With(
            ("en/blog/2015/advanced-service-discovery.md", "---\ntitle: Advanced\ncreated_at: 2015-06-01\n---\nText.\n"),
            ("en/blog/2015/draft-post.md", "---\ntitle: Draft\ndate: 2015-06-02\ndraft: true\n---\nText.\n"),
            ("en/pages/about.md", Page("See [it](/blog/2015/06/01/advanced-service-discovery/) and [that](/blog/2015/06/02/draft-post/).\n")));
        var result = site.Load();

        var found = ContentRenderer.RenderAll(result.Content!).Diagnostics.Where(d => d.Path == "input/en/pages/about.md").Select(d => d.Message).ToList();

        Assert.Equal(2, found.Count);
        Assert.EndsWith("did you mean /blog/2015/advanced-service-discovery/?", found[0], StringComparison.Ordinal);
        Assert.Contains("it means /blog/2015/draft-post/, a draft that is not published", found[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dated_link_to_a_post_whose_date_is_missing_names_that_post_not_another_site()
    {
        // KubeVela: every post lacked `date` in the first check, and the gitops post's link to the Jenkins post was sent to kubevela.io.
        using var site = TestSite.With(
            ("en/blog/2021/kubevela-jenkins-cicd.md", "---\ntitle: Jenkins\n---\nText.\n"),
            ("en/blog/2021/kubevela-gitops.md", "---\ntitle: GitOps\n---\nSee [it](/blog/2021/09/02/kubevela-jenkins-cicd).\n"));
        var result = site.Load();

        var found = ContentRenderer.RenderAll(result.Content!).Diagnostics.Where(d => d.Message.StartsWith("link to", StringComparison.Ordinal)).Select(d => d.Message).ToList();

        Assert.Equal(
            "link to unknown page /blog/2021/09/02/kubevela-jenkins-cicd: a dated post URL of another site (Docusaurus, Jekyll, Hugo): here a post's URL is its file's path; "
            + "did you mean /blog/2021/kubevela-jenkins-cicd/? It is the post of that name; its date is not known yet (input/en/blog/2021/kubevela-jenkins-cicd.md has no readable `date`, reported at that file)",
            Assert.Single(found));
    }

    [Fact]
    public void A_dated_link_to_the_one_post_of_that_name_but_another_day_names_that_post_and_its_date()
    {
        var d = Assert.Single(LinkDiagnostics(
            ("en/blog/2021/kubevela-jenkins-cicd.md", "---\ntitle: Jenkins\ndate: 2021-09-03\n---\nText.\n"),
            ("en/pages/about.md", Page("See [it](/blog/2021/09/02/kubevela-jenkins-cicd#setup).\n"))), x => x.IsError);

        // Not offered as "did you mean": a post of the same name and another day may be another post (a monthly roundup).
        Assert.Equal(
            "link to unknown page /blog/2021/09/02/kubevela-jenkins-cicd: a dated post URL of another site (Docusaurus, Jekyll, Hugo), and no post of this site has that name and date; "
            + "the post of that name here, /blog/2021/kubevela-jenkins-cicd/, is dated 2021-09-03, not 2021-09-02: if it is the post meant, link to /blog/2021/kubevela-jenkins-cicd/#setup (here a post's URL is its file's path); "
            + "otherwise, if the post is on the site the text comes from, link to it there with its full address (`https://<that site>/blog/2021/09/02/kubevela-jenkins-cicd#setup`), or drop the link",
            d.Message);
    }

    [Theory]
    [InlineData("/blog/2023/11/28/gateway-api-ga/")]
    [InlineData("/blog/2024/kubernetes-v1-29-release/")]
    [InlineData("/blog/2024/gateway-api-v1-1/")]
    public void A_post_of_another_version_or_stage_is_not_offered_for_a_missing_one(string link)
    {
        var d = Assert.Single(LinkDiagnostics(
            ("en/blog/2024/gateway-api-v1-2.md", "---\ntitle: Gateway API v1.2\ndate: 2024-11-21\n---\nG.\n"),
            ("en/blog/2024/kubernetes-v1-32-release.md", "---\ntitle: v1.32\ndate: 2024-12-11\n---\nK.\n"),
            ("en/pages/about.md", Page($"[x]({link})\n"))), x => x.IsError);

        Assert.DoesNotContain("did you mean", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_in_a_versioned_name_is_still_found_and_a_page_is_never_offered_itself()
    {
        var typo = Assert.Single(LinkDiagnostics(
            ("en/blog/2024/kubernetes-v1-32-release.md", "---\ntitle: v1.32\ndate: 2024-12-11\n---\nK.\n"),
            ("en/pages/about.md", Page("[x](/blog/2024/kubernetes-v1-32-relase/)\n"))), x => x.IsError);
        var self = Assert.Single(LinkDiagnostics(
            ("en/blog/2024/volume-populators.md", "---\ntitle: GA\ndate: 2024-12-11\n---\nSee [the first post](/blog/2024/volume-populator/).\n")), x => x.IsError);

        Assert.Contains("did you mean /blog/2024/kubernetes-v1-32-release/?", typo.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", self.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_links_broken_target_is_reported_once_at_its_definition()
    {
        var found = LinkDiagnostics(("en/pages/about.md", Page("See [the docs][d], again [the docs][d] and [here][d].\n\n[d]: /projects/linkerd2/\n")));

        var d = Assert.Single(found);
        Assert.Equal((6, 1), (d.Line, d.Column));
        Assert.Equal("[d]: /projects/linkerd2/", d.SourceLine);
    }

    [Fact]
    public void AShortcodeInALinkTargetIsReportedOnceWithTheFix()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("Read [the report][r].\n\n[r]: <{{% param canonical_url %}}>\n"))));

        Assert.Equal("link target `{{% param canonical_url %}}` holds the tag `{{% param canonical_url %}}`, which is not read inside a link: write the address itself", d.Message);
    }

    [Fact]
    public void AnImageLinkToAProjectLogoSaysLogosAreNotPublishedThere()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("![Linkerd](/assets/logos/linkerd.svg)\n")), ("assets/logos/linkerd.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")));

        Assert.Equal("image /assets/logos/linkerd.svg is a project logo, which is published cleaned under a content-hashed name, not at this address: link the project's page instead (/projects/linkerd/), where the theme shows the logo", d.Message);
    }

    [Fact]
    public void SuggestionsStayInTheLinksLanguage()
    {
        var d = Assert.Single(LinkDiagnostics(
            ("en/pages/service.md", Page("S.\n")),
            ("zh/pages/service.md", "---\ntitle: 服务\n---\n服务。\n"),
            ("en/pages/about.md", Page("A.\n")),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n[x](/zh/service/)\n")));
        Assert.Contains("did you mean /zh/pages/service/?", d.Message);
    }

    [Fact]
    public void LinkToTheOldNameOfARenamedPageSuggestsTheRenameTheOrphanCheckFound()
    {
        // projects/linkerd-two.md was renamed to projects/linkerd2.md; its Chinese translation was left behind.
        using var site = TestSite.With(
            ("en/projects/linkerd2.md", "---\ntitle: Linkerd 2\nmaturity: graduated\ncategory: service-mesh\n---\nMesh.\n"),
            ("en/projects/linkerd-dashboard.md", "---\ntitle: Linkerd dashboard\nmaturity: sandbox\ncategory: service-mesh\n---\nUI.\n"),
            ("zh/projects/linkerd-two.md", "---\ntitle: Linkerd 2\n---\n网格。\n"),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n见 [Linkerd 2](/zh/projects/linkerd-two/)。\n"),
            ("en/pages/about.md", Page("See [Linkerd 2](/projects/linkerd-two/).\n")));
        var result = site.Load();
        var orphan = Assert.Single(result.Content!.Orphans);
        Assert.Equal("projects/linkerd2.md", orphan.LikelySourceId);

        var links = ContentRenderer.RenderAll(result.Content).Diagnostics;

        var zh = Assert.Single(links, d => d.Path == "input/zh/pages/about.md");
        Assert.Contains("link to unknown page /zh/projects/linkerd-two/; did you mean /zh/projects/linkerd2/?", zh.Message);
        Assert.Contains("renamed", zh.Message);
        var en = Assert.Single(links, d => d.Path == "input/en/pages/about.md");
        Assert.Contains("did you mean /projects/linkerd2/?", en.Message);
    }

    [Fact]
    public void LinkToADraftSaysItIsADraft()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/roadmap.md", "---\ntitle: Roadmap\ndraft: true\n---\nR.\n"), ("en/pages/about.md", Page("See [the roadmap](/pages/roadmap/).\n"))));
        Assert.True(d.IsError);
        Assert.Contains("link to /pages/roadmap/, a draft", d.Message);
        Assert.Contains("en/pages/roadmap.md has `draft: true`", d.Message);
    }

    [Fact]
    public void MissingImageSaysWhereImagesGo()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("![diagram](/assets/img/mesh.svg)\n"))));
        Assert.DoesNotContain("unknown page", d.Message);
        Assert.Contains("image /assets/img/mesh.svg does not exist", d.Message);
        Assert.Contains("input/assets/img/mesh.svg", d.Message);
    }

    [Fact]
    public void MissingImageOutsideAssetsSuggestsTheAssetOfTheSameName()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("![logo](/images/logo.png)\n")), ("assets/img/logo.png", "png")));
        Assert.Contains("image /images/logo.png does not exist", d.Message);
        Assert.Contains("images go in input/assets/", d.Message);
        Assert.Contains("did you mean /assets/img/logo.png?", d.Message);
    }

    [Fact]
    public void Of_several_assets_with_the_name_of_a_missing_image_the_one_in_the_same_folders_is_offered()
    {
        // Two posts each have an inject_sidecar.png: the other post's diagram would be the wrong picture.
        var d = Assert.Single(LinkDiagnostics(
            ("en/pages/about.md", Page("![inject](/static/img/blog/2021-06-10-hot-update/inject_sidecar.png)\n")),
            ("assets/img/blog/2021-03-15-sidecarset/inject_sidecar.png", "png"),
            ("assets/img/blog/2021-06-10-hot-update/inject_sidecar.png", "png")));

        Assert.EndsWith("did you mean /assets/img/blog/2021-06-10-hot-update/inject_sidecar.png?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_path_with_a_doubled_slash_is_told_so_and_checked_with_one_slash_naming_the_existing_asset()
    {
        // Volcano's `//img/blog/architecture.png` was called an image of another host, with an example path beside the real file.
        var d = Assert.Single(LinkDiagnostics(
            ("en/pages/about.md", Page("![Colocation Architecture](//img/blog/architecture.png)\n")),
            ("assets/img/blog/architecture.png", "png")));

        Assert.True(d.IsError);
        Assert.Equal(
            "image //img/blog/architecture.png starts with a doubled slash, which makes `img` a host name (of another site), not a folder of this one:"
            + " written with one slash, image /img/blog/architecture.png does not exist: images go in input/assets/ and are linked as /assets/…"
            + " (a site's static/ folder, which Hugo serves at the root, is input/assets/ here);"
            + " did you mean /assets/img/blog/architecture.png?",
            d.Message);
    }

    [Fact]
    public void A_doubled_slash_before_a_path_that_exists_is_told_the_path_with_one_slash()
    {
        var messages = LinkDiagnostics(
            ("en/pages/about.md", Page("![Logo](//assets/img/logo.png) and [Linkerd](//projects/linkerd/)\n")),
            ("assets/img/logo.png", "png")).Select(d => d.Message);

        Assert.Equal(
            [
                "image //assets/img/logo.png starts with a doubled slash, which makes `assets` a host name (of another site), not a folder of this one: write `/assets/img/logo.png`",
                "link //projects/linkerd/ starts with a doubled slash, which makes `projects` a host name (of another site), not a folder of this one: write `/projects/linkerd/`",
            ],
            messages);
    }

    [Theory]
    [InlineData("![chart](//cdn.example.org/chart.png)")]
    [InlineData("![chart](//localhost/chart.png)")]
    [InlineData("![chart](//intranet:8080/chart.png)")]
    public void An_image_from_a_host_written_with_a_doubled_slash_is_still_one_of_another_host(string md)
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page(md + "\n"))));

        Assert.Contains("is loaded from another host", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_a_tag_list_nor_an_old_address_of_another_page_is_offered_for_a_missing_page()
    {
        // Flux: `/ecosystem/` is a page of the origin site, not the posts tagged "ecosystem"; `/blog/2022/12/…` were the
        // aliases of other monthly posts, and following the suggestion linked the wrong month through a redirect.
        var d = LinkDiagnostics(
            ("en/blog/2022/november-update.md", "---\ntitle: November\ndate: 2022-12-01\ntags: [ecosystem]\naliases: [/blog/2022/12/november-2022-update/]\n---\nText.\n"),
            ("en/pages/about.md", Page("[x](/ecosystem/) and [y](/blog/2022/12/october-2022-update/)\n")));

        Assert.Equal(2, d.Count);
        Assert.All(d, x => Assert.DoesNotContain("did you mean", x.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[key](/repo/falcosecurity-14CB7A8D.asc)", "file /repo/falcosecurity-14CB7A8D.asc")]
    [InlineData("![key](/repo/falcosecurity-14CB7A8D.asc)", "image /repo/falcosecurity-14CB7A8D.asc")]
    public void A_link_to_a_file_of_input_assets_written_at_the_sites_root_is_offered_its_assets_address(string md, string subject)
    {
        // Falco's posts link Hugo's static/repo/falcosecurity-14CB7A8D.asc as /repo/…: copied to input/assets/repo/, it was
        // called an unknown page of a section this site lacks, to link on the old site or drop.
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page(md + "\n")), ("assets/repo/falcosecurity-14CB7A8D.asc", "key")));

        Assert.Equal(
            $"{subject} does not exist: {subject[..subject.IndexOf(' ')]}s go in input/assets/ and are linked as /assets/… (a site's static/ folder, which Hugo serves at the root, is input/assets/ here);"
            + " did you mean /assets/repo/falcosecurity-14CB7A8D.asc?",
            d.Message);
    }

    [Fact]
    public void A_link_to_a_file_of_the_same_name_as_one_in_input_assets_is_offered_that_file_not_the_full_address()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("[key](/repo/keys/falcosecurity-14CB7A8D.asc)\n")), ("assets/repo/falcosecurity-14CB7A8D.asc", "key")));

        Assert.Equal("file /repo/keys/falcosecurity-14CB7A8D.asc does not exist: files go in input/assets/ and are linked as /assets/…; did you mean /assets/repo/falcosecurity-14CB7A8D.asc?", d.Message);
    }

    [Fact]
    public void MissingDownloadSaysWhereFilesGo()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("[slides](/assets/slides/talk.pdf)\n")), ("assets/slides/talk-2024.pdf", "pdf")));
        Assert.Contains("file /assets/slides/talk.pdf does not exist", d.Message);
        Assert.Contains("input/assets/slides/talk.pdf", d.Message);
        Assert.Contains("did you mean /assets/slides/talk-2024.pdf?", d.Message);
    }

    [Theory]
    [InlineData("addon.png", "addon-configuration.png", null)] // KubeVela: another post's screenshot, shown as if it were this one
    [InlineData("architecture.png", "architecture-overview.png", null)]
    [InlineData("diagram.png", "diagram-v2.png", "diagram-v2.png")]
    [InlineData("logo.png", "logo-dark.png", "logo-dark.png")]
    [InlineData("release-1.2-demo.png", "release-1.2-demo@2x.png", "release-1.2-demo@2x.png")]
    public void A_missing_image_is_offered_a_longer_name_only_when_the_added_words_tell_copies_apart(string written, string present, string? offered)
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page($"![x](/assets/img/{written})\n")), ($"assets/img/{present}", "png")));

        if (offered is null)
        {
            Assert.DoesNotContain("did you mean", d.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.EndsWith($"did you mean /assets/img/{offered}?", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LinksInFallbacksAreNotReportedTwice()
    {
        var d = Assert.Single(LinkDiagnostics(("en/pages/about.md", Page("[x](/nope/)\n"))));
        Assert.Equal("input/en/pages/about.md", d.Path);
    }

    [Fact]
    public void LinkErrorsInTranslationsNameTheTranslationFile()
    {
        var d = Assert.Single(LinkDiagnostics(
            ("en/pages/about.md", Page("A.\n")),
            ("zh/pages/about.md", "---\ntitle: 关于\nsummary: 简介\n---\n\n[x](/zh/nope/)\n")));
        Assert.Equal("input/zh/pages/about.md", d.Path);
        Assert.Equal(6, d.Line);
    }
}

public sealed class HeadingIdValidatorTests
{
    [Fact]
    public void DuplicateExplicitHeadingIdsAreAnErrorAtTheSecondHeading()
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\n---\n## One {#x}\n\n## Two {#x}\n"));
        var rendered = ContentRenderer.RenderAll(site.Load().Content!);
        var d = Assert.Single(rendered.Diagnostics);
        Assert.Equal(("input/en/pages/about.md", 6), (d.Path, d.Line));
        Assert.Contains("already used by the heading on line 4", d.Message);
    }
}
