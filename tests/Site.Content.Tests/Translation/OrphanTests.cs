using Site.Content.Translation;

namespace Site.Content.Tests.Translation;

/// <summary>A translation whose source is gone is an error that names the likely renamed source.</summary>
public sealed class OrphanTests
{
    [Fact]
    public void OrphanAfterARenameNamesTheRenamedSourceByTitle()
    {
        using var site = TestSite.With(
            ("en/projects/linkerd2-proxy.md", "---\ntitle: Linkerd2 proxy\nmaturity: graduated\ncategory: service-mesh\n---\nThe proxy.\n"),
            ("zh/projects/linkerd-proxy.md", "---\ntitle: Linkerd2 代理\n---\n代理。\n"));
        var result = site.Load();
        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("input/zh/projects/linkerd-proxy.md", d.Path);
        Assert.Contains("orphaned translation", d.Message, StringComparison.Ordinal);
        Assert.Contains("renamed to en/projects/linkerd2-proxy.md", d.Message, StringComparison.Ordinal);
        var orphan = Assert.Single(result.Content!.Orphans);
        Assert.Equal(("zh", "projects/linkerd-proxy.md", "projects/linkerd2-proxy.md"), (orphan.Language, orphan.Id, orphan.LikelySourceId));
    }

    [Fact]
    public void OrphanGuessesARenamedSourceThatHasErrorsOfItsOwnRatherThanAnUnrelatedPage()
    {
        // The CNCF glossary as converted: the renamed term lost its category, and the guess named another term.
        using var site = TestSite.With(
            ("en/glossary/microservices-architecture.md", "---\ntitle: Microservices Architecture\n---\nSmall services.\n"),
            ("en/glossary/service-mesh.md", "---\ntitle: Service Mesh\ncategory: technology\n---\nA mesh.\n"),
            ("zh/glossary/microservices.md", "---\ntitle: 微服务\n---\n小服务。\n"));
        var errors = site.Load().Diagnostics.Where(d => d.IsError).ToList();

        Assert.Contains(errors, d => d.Path.EndsWith("en/glossary/microservices-architecture.md", StringComparison.Ordinal) && d.Message.Contains("`category`", StringComparison.Ordinal));
        var orphan = Assert.Single(errors, d => d.Message.Contains("orphaned translation", StringComparison.Ordinal));
        Assert.Contains("renamed to en/glossary/microservices-architecture.md", orphan.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("service-mesh", orphan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_written_first_is_told_to_get_its_source_page_not_to_be_deleted()
    {
        // KubeVela's Chinese-only post: the old advice offered only deletion, and the post was lost.
        using var site = TestSite.With(
            ("zh/blog/2020/extend-kubevela-by-cuelang-in-20-mins.md", "---\ntitle: 如何在 20 分钟内给你的 K8s PaaS 上线一个新功能\n---\n上个月。\n"));
        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal(
            "orphaned translation: its source page en/blog/2020/extend-kubevela-by-cuelang-in-20-mins.md does not exist. "
            + "A page is published under its English (en) source page, so a page written in zh first needs its en page at input/en/blog/2020/extend-kubevela-by-cuelang-in-20-mins.md "
            + "(`site new post \"<English title>\" --slug extend-kubevela-by-cuelang-in-20-mins --date 2020-MM-DD` writes it, with the post's date, as a draft: write its text, remove `draft: true`, and both pages are published); "
            + "this file stays as its translation. Delete this file only if its en page was removed",
            d.Message);
    }

    [Fact]
    public void A_page_other_than_a_post_written_first_is_told_the_path_of_its_source_page()
    {
        using var site = TestSite.With(("zh/pages/community.md", "---\ntitle: 社区\n---\n社区。\n"));
        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.EndsWith("so a page written in zh first needs its en page at input/en/pages/community.md; this file stays as its translation. Delete this file only if its en page was removed", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "git mv")]
    [InlineData(false, "mv")]
    public void OrphanAfterAHandRenameSuggestsTheMoveCommandAndTheWayBack(bool gitWorkTree, string move)
    {
        using var site = TestSite.With(
            ("en/glossary/microservices-architecture.md", "---\ntitle: Microservices\ncategory: concept\n---\nSmall services.\n"),
            ("zh/glossary/microservices.md", "---\ntitle: 微服务\n---\n小服务。\n"));
        if (gitWorkTree)
        {
            Directory.CreateDirectory(Path.Combine(site.Root, ".git")); // what `git mv` needs: the folder is in a repository
        }

        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Contains("`site move glossary/microservices.md glossary/microservices-architecture.md`", d.Message, StringComparison.Ordinal);
        Assert.Contains($"(`{move} input/en/glossary/microservices-architecture.md input/en/glossary/microservices.md`)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToAHandRenamedPageNamesTheNewUrlAndTheMoveCommand()
    {
        using var site = TestSite.With(
            ("en/glossary/microservices-architecture.md", "---\ntitle: Microservices\ncategory: concept\n---\nSmall services.\n"),
            ("zh/glossary/microservices.md", "---\ntitle: 微服务\n---\n小服务。\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [it](/glossary/microservices/).\n"));
        var rendered = Site.Content.Markdown.ContentRenderer.RenderAll(site.Load().Content!);
        var d = Assert.Single(rendered.Diagnostics, d => d.Path == "input/en/pages/about.md");
        Assert.Contains("seems renamed to /glossary/microservices-architecture/", d.Message, StringComparison.Ordinal);
        Assert.Contains("site move", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrphanIsListedInTheStatusReportOfItsSection()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmark.md", "---\ntitle: Linkerd 基准测试\n---\n测量。\n"));
        var zh = Assert.Single(TranslationStatus.Build(site.Load().Content!).Languages);
        var orphan = Assert.Single(Assert.Single(zh.Sections, s => s.Section == "blog").Orphaned);
        Assert.Equal("blog/2019/linkerd-benchmarks.md", orphan.LikelySource);
    }

    [Fact]
    public void UnrelatedOrphanGetsNoGuess()
    {
        using var site = TestSite.With(("zh/projects/zzz.md", "---\ntitle: 完全无关\n---\n无。\n"));
        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.DoesNotContain("renamed", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("projects/kube-proxy.md", "Kube proxy", "projects/kubeproxy.md")]
    [InlineData("projects/old-name.md", "Prometheus 监控", "projects/prometheus.md")]
    public void RenameGuessPrefersTheSameFolderAndSimilarTitlesOrSlugs(string orphan, string title, string expected)
    {
        var candidates = new[]
        {
            ("projects/kubeproxy.md", "Kube-proxy", false),
            ("projects/prometheus.md", "Prometheus", false),
            ("blog/prometheus.md", "Prometheus", false),
            ("projects/kubernetes.md", "Kubernetes", true),
        };
        Assert.Equal(expected, RenameGuess.Find(orphan, title, candidates));
    }

    [Theory]
    [InlineData("blog/2020-12-14-extend-kubevela-with-cue.md", "用 CUE 扩展 KubeVela 的二十分钟", null)]
    [InlineData("blog/2022-06-21-release-1.4.md", "KubeVela 1.4 发布：多集群更安全", "blog/2022-06-21-kubevela-release-1-4.md")]
    [InlineData("blog/2021-09-02-jenkins.md", "在 KubeVela 中使用 Jenkins 做 CI/CD", "blog/2021-09-02-kubevela-jenkins-cicd.md")]
    public void RenameGuessIgnoresWhatEveryPostOfTheFolderShares(string orphan, string title, string? expected)
    {
        // Every post names the project and starts with a date: a Chinese-only post must not be sent to one of them.
        var candidates = new[]
        {
            ("blog/2021-08-30-kubevela-performance-test.md", "KubeVela performance test: thousands of applications", true),
            ("blog/2021-09-02-kubevela-jenkins-cicd.md", "KubeVela and Jenkins for CI/CD", false),
            ("blog/2021-10-10-kubevela-gitops.md", "GitOps with KubeVela", true),
            ("blog/2022-05-30-abstraction-kubevela.md", "Abstractions in KubeVela", true),
            ("blog/2022-06-21-kubevela-release-1-4.md", "KubeVela 1.4: safer multi-cluster delivery", false),
            ("blog/2022-07-07-helm-multi-cluster.md", "Helm charts across clusters with KubeVela", true),
        };

        Assert.Equal(expected, RenameGuess.Find(orphan, title, candidates));
    }

    [Fact]
    public void RenameGuessPrefersSourcesThatLostTheirTranslation()
    {
        var candidates = new[] { ("projects/envoy-a.md", "Envoy", true), ("projects/envoy-b.md", "Envoy", false) };
        Assert.Equal("projects/envoy-b.md", RenameGuess.Find("projects/envoy.md", "Envoy", candidates));
    }

    [Fact]
    public void RenameGuessNeverNamesASourceThatTheLanguageTranslatesAlready()
    {
        // Moving the orphan there would replace that page's own translation (kubernetes.io: api-streaming → streaming-list-responses).
        var candidates = new[] { ("blog/2024/streaming-list-responses.md", "Streaming list responses", true) };
        Assert.Null(RenameGuess.Find("blog/2024/api-streaming.md", "Streaming list responses", candidates));
    }
}
