using System.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Moving;

namespace Site.Content.Tests.Moving;

/// <summary>`site move`: a rename carries the translations, the links and the translations' currency with it.</summary>
public sealed class PageMoverTests
{
    private const string Microservices = "---\ntitle: Microservices\ncategory: concept\nrelated: [service-mesh]\n---\nSmall services. A [mesh](../service-mesh/) helps.\n\n## Trade-offs\n\nMore parts.\n";
    private const string Mesh = "---\ntitle: Service mesh\ncategory: technology\nrelated:\n  - microservices\n---\nMade for [microservices](/glossary/microservices/#trade-offs) and [again][ms].\n\n[ms]: /glossary/microservices/\n";
    private const string Post = "---\ntitle: Benchmarks\ndate: 2019-05-30\nglossary: [microservices, service-mesh]\n---\nRead [the term](/glossary/microservices/) and [relative](../../../glossary/microservices/?x=1) and `[code](/glossary/microservices/)`.\n";

    private static TestSite Site()
    {
        var site = TestSite.With(
            ("en/glossary/microservices.md", Microservices),
            ("en/glossary/service-mesh.md", Mesh),
            ("en/blog/2019/benchmarks.md", Post),
            ("zh/glossary/microservices.md", "---\ntitle: 微服务\n---\n小服务。参见[服务网格](/zh/glossary/service-mesh/)。\n\n## 权衡\n\n部件更多。\n"),
            ("zh/blog/2019/benchmarks.md", "---\ntitle: 基准测试\n---\n阅读[术语](/zh/glossary/microservices/#trade-offs)。\n"));

        // Translations current before the move.
        var content = site.Load().Content!;
        foreach (var id in new[] { "glossary/microservices.md", "blog/2019/benchmarks.md" })
        {
            var path = Path.Combine(site.Input, "zh", id);
            File.WriteAllText(path, global::Site.Content.Translation.TranslationStub.Refresh(File.ReadAllText(path), content.Get("en", id)!.SourceHash));
        }

        return site;
    }

    private static MovePlan Plan(TestSite site, string from = "glossary/microservices.md", string to = "glossary/microservices-architecture.md")
    {
        var plan = PageMover.Plan(site.Input, from, to, out var errors);
        Assert.Empty(errors);
        return plan!;
    }

    private static string Read(TestSite site, string path) => File.ReadAllText(Path.Combine(site.Input, path));

    [Fact]
    public void MoveLeavesASiteWithNoBrokenLinkAndCurrentTranslations()
    {
        using var site = Site();
        PageMover.Apply(Plan(site), site.Input);

        Assert.False(File.Exists(Path.Combine(site.Input, "en/glossary/microservices.md")));
        Assert.False(File.Exists(Path.Combine(site.Input, "zh/glossary/microservices.md")));
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Severity == global::Site.Content.Diagnostics.Severity.Warning);
        Assert.Empty(ContentRenderer.RenderAll(result.Content!).Diagnostics);
        var zh = result.Content!.Get("zh", "glossary/microservices-architecture.md")!;
        Assert.Equal(TranslationState.UpToDate, zh.TranslationState);
        Assert.Equal(TranslationState.UpToDate, result.Content.Get("zh", "blog/2019/benchmarks.md")!.TranslationState);
    }

    [Fact]
    public void MovedPageGetsItsOldUrlAsAlias()
    {
        using var site = Site();
        PageMover.Apply(Plan(site), site.Input);
        var text = Read(site, "en/glossary/microservices-architecture.md");
        Assert.StartsWith("---\ntitle: Microservices\ncategory: concept\nrelated: [service-mesh]\naliases: [/glossary/microservices/]\n---\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aliases", Read(site, "zh/glossary/microservices-architecture.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void LinksInEveryLanguageAndFormAreRewrittenKeepingFragmentsAndQueries()
    {
        using var site = Site();
        PageMover.Apply(Plan(site), site.Input);
        Assert.Contains("[microservices](/glossary/microservices-architecture/#trade-offs)", Read(site, "en/glossary/service-mesh.md"), StringComparison.Ordinal);
        Assert.Contains("[ms]: /glossary/microservices-architecture/\n", Read(site, "en/glossary/service-mesh.md"), StringComparison.Ordinal);
        var post = Read(site, "en/blog/2019/benchmarks.md");
        Assert.Contains("[the term](/glossary/microservices-architecture/)", post, StringComparison.Ordinal);
        Assert.Contains("[relative](../../../glossary/microservices-architecture/?x=1)", post, StringComparison.Ordinal);
        Assert.Contains("`[code](/glossary/microservices/)`", post, StringComparison.Ordinal); // code is not a link
        Assert.Contains("[术语](/zh/glossary/microservices-architecture/#trade-offs)", Read(site, "zh/blog/2019/benchmarks.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void SlugReferencesInFrontMatterFollowInFlowAndBlockLists()
    {
        using var site = Site();
        PageMover.Apply(Plan(site), site.Input);
        Assert.Contains("glossary: [microservices-architecture, service-mesh]\n", Read(site, "en/blog/2019/benchmarks.md"), StringComparison.Ordinal);
        Assert.Contains("related:\n  - microservices-architecture\n", Read(site, "en/glossary/service-mesh.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationSourceHashFollowsWhenOnlyLinksOfTheSourceChanged()
    {
        using var site = Site();
        var plan = Plan(site);
        var edit = Assert.Single(plan.Edits, e => e.Path.EndsWith(Path.Combine("zh", "blog", "2019", "benchmarks.md"), StringComparison.Ordinal));
        Assert.Contains(edit.Changes, c => c.StartsWith("sourceHash ", StringComparison.Ordinal));
    }

    [Fact]
    public void OutdatedTranslationStaysOutdated()
    {
        using var site = Site();
        var path = Path.Combine(site.Input, "zh/blog/2019/benchmarks.md");
        File.WriteAllText(path, global::Site.Content.Translation.TranslationStub.Refresh(File.ReadAllText(path), "000000000000"));
        PageMover.Apply(Plan(site), site.Input);
        Assert.Contains("sourceHash: 000000000000", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(TranslationState.Outdated, site.Load().Content!.Get("zh", "blog/2019/benchmarks.md")!.TranslationState);
    }

    [Fact]
    public void RelativeLinksOfAPageMovedToAnotherFolderStillReachTheirTargets()
    {
        using var site = TestSite.With(("en/blog/2019/a.md", "---\ntitle: A\ndate: 2019-01-01\n---\nSee [b](../b/) and [linkerd](../../../projects/linkerd/).\n"), ("en/blog/2019/b.md", "---\ntitle: B\ndate: 2019-01-02\n---\nB.\n"));
        PageMover.Apply(Plan(site, "blog/2019/a.md", "blog/2020/a.md"), site.Input);
        Assert.Contains("See [b](../../2019/b/) and [linkerd](../../../projects/linkerd/).", Read(site, "en/blog/2020/a.md"), StringComparison.Ordinal);
        var result = site.Load();
        Assert.Empty(ContentRenderer.RenderAll(result.Content!).Diagnostics);
    }

    [Fact]
    public void ExistingAliasesAreKeptAndMovingBackDropsTheAliasOfTheNewPlace()
    {
        using var site = Site();
        PageMover.Apply(Plan(site), site.Input);
        PageMover.Apply(Plan(site, "glossary/microservices-architecture.md", "glossary/microservice-architecture.md"), site.Input);
        Assert.Contains("aliases: [/glossary/microservices/, /glossary/microservices-architecture/]\n", Read(site, "en/glossary/microservice-architecture.md"), StringComparison.Ordinal);
        PageMover.Apply(Plan(site, "glossary/microservice-architecture.md", "glossary/microservices.md"), site.Input);
        Assert.Contains("aliases: [/glossary/microservices-architecture/, /glossary/microservice-architecture/]\n", Read(site, "en/glossary/microservices.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("glossary/microservices.md", "glossary/service-mesh.md", "en/glossary/service-mesh.md exists already")]
    [InlineData("glossary/microservices.md", "projects/microservices.md", "a move keeps the page type")]
    [InlineData("glossary/nothing.md", "glossary/other.md", "there is no page en/glossary/nothing.md")]
    [InlineData("glossary/microservices.md", "glossary/micro services.md", "must be a URL slug")]
    [InlineData("glossary/microservices.md", "glossary/microservices.md", "already at")]
    public void ImpossibleMovesAreRefusedBeforeAnythingIsWritten(string from, string to, string error)
    {
        using var site = Site();
        Assert.Null(PageMover.Plan(site.Input, from, to, out var errors));
        Assert.Contains(errors, e => e.Contains(error, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Input, "en/glossary/microservices.md")));
    }

    [Fact]
    public void HandRenamedPageIsReportedWithTheWayBack()
    {
        using var site = Site();
        File.Move(Path.Combine(site.Input, "en/glossary/microservices.md"), Path.Combine(site.Input, "en/glossary/microservices-architecture.md"));
        Assert.Null(PageMover.Plan(site.Input, "glossary/microservices.md", "glossary/microservices-architecture.md", out var errors));
        Assert.Contains(errors, e => e.Contains("if you renamed it by hand, move it back first", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("glossary/microservices.md")]
    [InlineData("glossary/microservices")]
    [InlineData("en/glossary/microservices.md")]
    [InlineData("input/en/glossary/microservices.md")]
    [InlineData("/glossary/microservices/")]
    public void PageIsNamedByIdPathOrUrl(string argument)
    {
        using var site = Site();
        Assert.Equal("glossary/microservices.md", PageMover.Plan(site.Input, argument, "glossary/ms.md", out _)!.FromId);
    }

    [Fact]
    public void TrackedFilesAreMovedWithGitSoHistoryFollows()
    {
        using var site = Site();
        CommitAll(site);
        var log = PageMover.Apply(Plan(site), site.Input);
        Assert.Contains(log, l => l.StartsWith("git mv input/en/glossary/microservices.md", StringComparison.Ordinal));
        var status = Git(site.Root, "status", "--porcelain");
        Assert.Contains("R  input/zh/glossary/microservices.md -> input/zh/glossary/microservices-architecture.md", status, StringComparison.Ordinal);
    }

    [Fact]
    public void ABundleMovesAsAFolderWithItsFilesInEveryLanguageAndStaysABundle()
    {
        using var site = Site();
        site.Write("en/blog/2023/kwok/index.md", "---\ntitle: KWOK\ndate: 2023-03-01\n---\nFakes [microservices](/glossary/microservices/).\n\n![Diagram](diagram.png)\n");
        site.Write("en/blog/2023/kwok/diagram.png", "png");
        site.Write("zh/blog/2023/kwok/index.md", "---\ntitle: KWOK 简介\n---\n模拟节点。\n\n![图](diagram.png)\n");
        site.Write("zh/blog/2023/kwok/diagram.png", "png (zh)");
        site.Write("en/pages/about.md", "---\ntitle: About\n---\nRead [KWOK](/blog/2023/kwok/).\n");

        var plan = PageMover.Plan(site.Input, "input/en/blog/2023/kwok/index.md", "blog/2023/kwok-intro.md", out var errors);
        Assert.Empty(errors);
        Assert.Equal("blog/2023/kwok.md", plan!.FromId);
        PageMover.Apply(plan, site.Input);

        Assert.False(Directory.Exists(Path.Combine(site.Input, "en/blog/2023/kwok")));
        Assert.False(Directory.Exists(Path.Combine(site.Input, "zh/blog/2023/kwok")));
        Assert.Equal("png (zh)", Read(site, "zh/blog/2023/kwok-intro/diagram.png"));
        Assert.Contains("aliases: [/blog/2023/kwok/]", Read(site, "en/blog/2023/kwok-intro/index.md"), StringComparison.Ordinal);
        Assert.Contains("[KWOK](/blog/2023/kwok-intro/)", Read(site, "en/pages/about.md"), StringComparison.Ordinal);
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Empty(ContentRenderer.RenderAll(result.Content!).Diagnostics);
        Assert.True(result.Content!.Get("zh", "blog/2023/kwok-intro.md")!.IsTranslation);
    }

    [Fact]
    public void ATrackedBundleIsMovedWithGitSoTheHistoryOfEveryFileFollows()
    {
        using var site = Site();
        site.Write("en/blog/2023/kwok/index.md", "---\ntitle: KWOK\ndate: 2023-03-01\n---\n![Diagram](diagram.png)\n");
        site.Write("en/blog/2023/kwok/diagram.png", "png");
        CommitAll(site);

        var log = PageMover.Apply(Plan(site, "blog/2023/kwok.md", "blog/2023/kwok-intro.md"), site.Input);

        Assert.Contains("git mv input/en/blog/2023/kwok → input/en/blog/2023/kwok-intro", log);
        var status = Git(site.Root, "status", "--porcelain");
        Assert.Contains("R  input/en/blog/2023/kwok/diagram.png -> input/en/blog/2023/kwok-intro/diagram.png", status, StringComparison.Ordinal);
    }

    [Fact]
    public void AMoveOntoAnExistingBundleIsRefused()
    {
        using var site = Site();
        site.Write("en/glossary/microservices-architecture/index.md", "---\ntitle: Taken\ncategory: concept\n---\nTaken.\n");

        Assert.Null(PageMover.Plan(site.Input, "glossary/microservices.md", "glossary/microservices-architecture.md", out var errors));
        Assert.Contains(errors, e => e.Contains("glossary/microservices-architecture.md: en/glossary/microservices-architecture/index.md exists already", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/glossary/a/", "/glossary/b/", "../b/")]
    [InlineData("/blog/2020/a/", "/blog/2019/b/", "../../2019/b/")]
    [InlineData("/zh/glossary/a/", "/projects/x/", "../../../projects/x/")]
    [InlineData("/glossary/a/", "/glossary/a/", "./")]
    public void RelativeUrlBetweenFolders(string from, string to, string expected) =>
        Assert.Equal(expected, PageMover.RelativeUrl(from, to));

    /// <summary>Makes the site a git work tree with every file committed.</summary>
    private static void CommitAll(TestSite site)
    {
        Git(site.Root, "init", "-q");
        Git(site.Root, "add", "-A");
        Git(site.Root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "init");
    }

    private static string Git(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
