using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Content.Tests.Glossary;

/// <summary>Glossary terms: their front matter, translations, related terms both ways, and the `glossary:` references of other pages.</summary>
public sealed class GlossaryTermTests
{
    private const string Mesh = "---\ntitle: Service mesh\nsummary: Handles traffic between services.\ncategory: technology\ntags: [networking]\nrelated: [sidecar]\n---\nA mesh. See the [sidecar](/glossary/sidecar/).\n";
    private const string Sidecar = "---\ntitle: Sidecar\ncategory: concept\n---\nA helper container.\n";
    private const string MasterNode = "---\ntitle: Master node\ncategory: technology\nstatus: deprecated\nreplacedBy: control-plane\n---\nOld name.\n";
    private const string ControlPlane = "---\ntitle: Control plane\ncategory: technology\n---\nDecides.\n";

    private static TestSite Glossary(params (string Path, string Content)[] extra) => TestSite.With(
        [("en/glossary/service-mesh.md", Mesh), ("en/glossary/sidecar.md", Sidecar), ("en/glossary/master-node.md", MasterNode), ("en/glossary/control-plane.md", ControlPlane), .. extra]);

    [Fact]
    public void TermLoadsWithItsFactsAndIsServedAtGlossaryUrlsInBothLanguages()
    {
        using var site = Glossary();
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var mesh = Assert.IsType<TermPage>(result.Content!.Get("en", "glossary/service-mesh.md"));
        Assert.Equal(("/glossary/service-mesh/", TermCategory.Technology, TermStatus.Current), (mesh.Url, mesh.Category, mesh.Status));
        Assert.Equal(["networking"], mesh.Tags);
        var fallback = Assert.IsType<TermPage>(result.Content.Get("zh", "glossary/service-mesh.md"));
        Assert.True(fallback.IsFallback);
        Assert.Equal("/zh/glossary/service-mesh/", fallback.Url);
        Assert.Contains("/glossary/", result.Content.OutputUrls);
        Assert.Contains("/zh/glossary/", result.Content.OutputUrls);
    }

    [Fact]
    public void RelatedTermsAreLinkedBothWays()
    {
        using var site = Glossary();
        var content = site.Load().Content!;
        var graph = content.Graph;
        var mesh = (TermPage)content.Get("en", "glossary/service-mesh.md")!;
        var sidecar = (TermPage)content.Get("en", "glossary/sidecar.md")!;
        Assert.Equal([sidecar], graph.RelatedTo(mesh));
        Assert.Equal([mesh], graph.RelatedTo(sidecar));
        var zhSidecar = (TermPage)content.Get("zh", "glossary/sidecar.md")!;
        Assert.Equal("glossary/service-mesh.md", Assert.Single(graph.RelatedTo(zhSidecar)).Id);
    }

    [Fact]
    public void DeprecatedTermNamesItsReplacement()
    {
        using var site = Glossary();
        var content = site.Load().Content!;
        var master = (TermPage)content.Get("en", "glossary/master-node.md")!;
        Assert.Equal(TermStatus.Deprecated, master.Status);
        Assert.Equal("glossary/control-plane.md", content.Graph.ReplacementOf(master)!.Id);
    }

    [Theory]
    [InlineData("category: concpt", "`category: concpt` is not valid", "did you mean `concept`?")]
    [InlineData("category: concept\nstatus: deprecatd", "`status: deprecatd` is not valid", "did you mean `deprecated`?")]
    [InlineData("category: concept\nrelated: [sidecr]", "unknown glossary term `sidecr`", "did you mean `sidecar`?")]
    [InlineData("category: concept\nrelated: [kube]", "unknown glossary term `kube`", "there is no glossary/kube.md")]
    [InlineData("category: concept\nstatus: deprecated\nreplacedBy: control-plan", "unknown glossary term `control-plan`", "did you mean `control-plane`?")]
    [InlineData("category: concept\nrelated: [chaos]", "a term is not related to itself", "remove `chaos`")]
    [InlineData("tags: [x]", "missing required key `category`", "glossary terms need")]
    [InlineData("category: concept\nstatus: Completed", "`status: Completed` is not valid", "the CNCF glossary's `Completed` is `current` here, the default: remove the key")]
    [InlineData("category: concept\nstatus: completed ", "`status: completed` is not valid", "the CNCF glossary's `Completed` is `current` here, the default: remove the key")]
    [InlineData("category: concept\nstatus: Feedback Appreciated", "`status: Feedback Appreciated` is not valid", "the CNCF glossary's `Feedback Appreciated` is `feedback-wanted` here: write `status: feedback-wanted`")]
    [InlineData("category: concept\ntags: [\"networking\", \"\"]", "`tags` has an empty item", "remove it")]
    [InlineData("category: concept\ntags: [[a, b]]", "each item of `tags` must be a single text value", "not a list")]
    public void BadTermFrontMatterIsAnErrorWithASuggestion(string frontMatter, string message, string hint)
    {
        using var site = Glossary(("en/glossary/chaos.md", $"---\ntitle: Chaos\n{frontMatter}\n---\nBody.\n"));
        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal("input/en/glossary/chaos.md", d.Path);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
        Assert.Contains(hint, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectsPostsAndSigsReferToTermsByIdAndTheTermKnowsThem()
    {
        using var site = Glossary(
            ("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nglossary: [service-mesh, sidecar]\n---\nA mesh.\n"),
            ("en/sigs/tag-network.md", "---\ntitle: TAG Network\nkind: tag\nglossary: [service-mesh]\n---\nNetworking.\n"),
            ("en/blog/2019/linkerd-benchmarks.md", "---\ntitle: Benchmarks\ndate: 2019-05-30\nglossary: [service-mesh]\n---\nWe measured.\n"));
        var content = site.Load().Content!;
        var mesh = (TermPage)content.Get("zh", "glossary/service-mesh.md")!;
        Assert.Equal(["projects/linkerd.md", "sigs/tag-network.md", "blog/2019/linkerd-benchmarks.md"], content.Graph.ReferencesTo(mesh).Select(p => p.Id));
        Assert.All(content.Graph.ReferencesTo(mesh), p => Assert.Equal("zh", p.Language));
        Assert.Equal(["Service mesh", "Sidecar"], content.Graph.TermsOf(content.Get("en", "projects/linkerd.md")!).Select(t => t.Title));
    }

    [Theory]
    [InlineData("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nglossary: [service-mesh, sidcar]\n---\nA mesh.\n", 5, 26)]
    [InlineData("en/sigs/tag-network.md", "---\ntitle: TAG Network\nkind: tag\nglossary: [sidcar]\n---\nNetworking.\n", 4, 12)]
    [InlineData("en/blog/2019/linkerd-benchmarks.md", "---\ntitle: Benchmarks\ndate: 2019-05-30\nglossary:\n  - sidcar\n---\nWe measured.\n", 5, 5)]
    public void UnknownGlossaryReferenceIsAnErrorAtTheItem(string path, string text, int line, int column)
    {
        using var site = Glossary((path, text));
        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal(("input/" + path, line, column), (d.Path, d.Line, d.Column));
        Assert.Contains("unknown glossary term `sidcar`: there is no glossary/sidcar.md; did you mean `sidecar`?", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nglossary: [ebpf]\n---\nA mesh.\n")]
    [InlineData("en/glossary/xdp.md", "---\ntitle: XDP\ncategory: technology\nrelated: [ebpf]\n---\nFast packets.\n")]
    [InlineData("en/glossary/bpf.md", "---\ntitle: BPF\ncategory: technology\nstatus: deprecated\nreplacedBy: ebpf\n---\nOld name.\n")]
    public void A_reference_to_a_term_whose_file_has_errors_names_that_file_instead_of_saying_there_is_none(string path, string text)
    {
        // The CNCF glossary, copied as it is: its eBPF term says `category: Technology`, so it is not built.
        using var site = Glossary(("en/glossary/ebpf.md", "---\ntitle: eBPF\ncategory: Technology\n---\nKernel programs.\n"), (path, text));

        var errors = site.Load().Diagnostics.Where(d => d.IsError).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains("`category: Technology` is not valid", Assert.Single(errors, d => d.Path == "input/en/glossary/ebpf.md").Message, StringComparison.Ordinal);
        var reference = Assert.Single(errors, d => d.Path == "input/" + path);
        Assert.Equal("glossary term `ebpf` is not built because input/en/glossary/ebpf.md has errors of its own (reported at that file): fix them first", reference.Message);
    }

    [Fact]
    public void TranslationGivesWordsAndInheritsFacts()
    {
        using var site = Glossary(("zh/glossary/service-mesh.md", "---\ntitle: 服务网格\nsummary: 处理服务之间的流量。\ntags: [网络]\nsortAs: fuwu wangge\n---\n网格。参见[边车](/zh/glossary/sidecar/)。\n"));
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var zh = Assert.IsType<TermPage>(result.Content!.Get("zh", "glossary/service-mesh.md"));
        Assert.Equal(("服务网格", TermCategory.Technology, "fuwu wangge", false), (zh.Title, zh.Category, zh.SortAs, zh.IsFallback));
        Assert.Equal(["sidecar"], zh.Related);
        Assert.Equal(["网络"], zh.Tags);
        Assert.Null(((TermPage)result.Content.Get("en", "glossary/service-mesh.md")!).SortAs);
    }

    [Fact]
    public void TranslationContradictingAFactIsAnError()
    {
        using var site = Glossary(("zh/glossary/service-mesh.md", "---\ntitle: 服务网格\ncategory: concept\n---\n网格。\n"));
        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal("input/zh/glossary/service-mesh.md", d.Path);
        Assert.Contains("`category` contradicts the source page", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_the_source_leaves_out_is_removed_from_the_translation_not_added_to_the_source()
    {
        // The CNCF glossary's Chinese terms repeat `status: Completed`, which the English term here leaves to its default.
        using var site = Glossary(("zh/glossary/service-mesh.md", "---\ntitle: 服务网格\nstatus: Completed\n---\n网格。\n"));

        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);

        Assert.Equal(("input/zh/glossary/service-mesh.md", 3, 1), (d.Path, d.Line, d.Column));
        Assert.Equal("`status` is a fact, which translations inherit, and input/en/glossary/service-mesh.md leaves it out: remove this line (to set it for every language, add it to the source page)", d.Message);
    }

    [Fact]
    public void TermTagsShareTheSiteTagPagesWithPosts()
    {
        using var site = Glossary();
        var content = site.Load().Content!;
        var tag = content.Graph["en"].Tag("networking")!;
        Assert.Equal(["Service mesh"], tag.Terms.Select(t => t.Title));
        Assert.Contains("/tags/networking/", content.OutputUrls);
    }

    [Fact]
    public void BodyLinkToATermIsValidatedWithASuggestion()
    {
        using var site = Glossary(("en/pages/about.md", "---\ntitle: About\n---\nSee [mesh](/glossary/service-mesh/) and [car](/glossary/sidecr/).\n"));
        var result = site.Load();
        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);
        Assert.Contains("link to unknown page /glossary/sidecr/; did you mean /glossary/sidecar/?", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[/../../etc/passwd]", "must not contain `.` or `..` segments")]
    [InlineData("[glossary/old/]", "must be a path of this site starting with `/`")]
    [InlineData("[//evil.example/]", "must be a path of this site starting with `/`")]
    [InlineData("[\"/old/?x=1\"]", "must be a plain path")]
    public void AliasThatIsNotAPlainSitePathIsAnError(string aliases, string message)
    {
        using var site = Glossary(("en/glossary/chaos.md", $"---\ntitle: Chaos\ncategory: practice\naliases: {aliases}\n---\nBody.\n"));
        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);
        Assert.Equal(("input/en/glossary/chaos.md", 4), (d.Path, d.Line));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasesAreAcceptedOnEveryPageType()
    {
        using var site = Glossary(
            ("en/glossary/chaos.md", "---\ntitle: Chaos\ncategory: practice\naliases: [/glossary/chaos-testing/]\n---\nBody.\n"),
            ("en/pages/about.md", "---\ntitle: About\naliases:\n  - /about/\n---\nBody.\n"));
        Assert.DoesNotContain(site.Load().Diagnostics, d => d.IsError);
    }
}
