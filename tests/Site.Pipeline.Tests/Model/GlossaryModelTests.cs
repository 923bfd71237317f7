using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Model;

/// <summary>The glossary's A–Z index (English and pinyin order) and term pages with their links both ways.</summary>
public sealed class GlossaryModelTests
{
    private static readonly Dictionary<string, string> Terms = new()
    {
        ["en/glossary/service-mesh.md"] = "---\ntitle: Service mesh\ncategory: technology\nrelated: [sidecar]\ntags: [networking]\n---\nA mesh.\n",
        ["en/glossary/sidecar.md"] = "---\ntitle: Sidecar\ncategory: concept\n---\nA helper next to [the mesh](/glossary/service-mesh/).\n",
        ["en/glossary/observability.md"] = "---\ntitle: Observability\ncategory: property\n---\nSignals.\n",
        ["en/glossary/kubernetes.md"] = "---\ntitle: Kubernetes\ncategory: technology\n---\nThe orchestrator.\n",
        ["en/glossary/ebpf.md"] = "---\ntitle: eBPF\ncategory: technology\n---\nKernel programs.\n",
        ["en/glossary/2fa.md"] = "---\ntitle: 2FA\ncategory: concept\nstatus: deprecated\n---\nTwo factors.\n",
        ["zh/glossary/service-mesh.md"] = "---\ntitle: 服务网格\n---\n网格。\n",
        ["zh/glossary/sidecar.md"] = "---\ntitle: 边车\n---\n辅助容器，参见[服务网格](/zh/glossary/service-mesh/)。\n",
        ["zh/glossary/observability.md"] = "---\ntitle: 可观测性\n---\n信号。\n",
        ["zh/glossary/ebpf.md"] = "---\ntitle: eBPF\n---\n内核程序。\n",
        ["en/pages/about.md"] = "---\ntitle: About\n---\nWe explain the [service mesh](/glossary/service-mesh/).\n",
        ["en/blog/mesh.md"] = "---\ntitle: Mesh post\ndate: 2021-01-01\nglossary: [service-mesh]\n---\nA post.\n",
    };

    private static MiniSite Site()
    {
        var files = new Dictionary<string, string>(Terms)
        {
            ["en/projects/linkerd-mesh.md"] = "---\ntitle: Linkerd mesh\nmaturity: sandbox\ncategory: mesh\nglossary: [service-mesh]\n---\nA mesh.\n",
        };
        return new MiniSite(posts: 1, extraFiles: files);
    }

    private static List<(string Label, List<string> Titles)> Letters(PageJob index) =>
        ((List<object?>)index.Page["letters"]!).Cast<ModelMap>()
            .Select(g => ((string)g["label"]!, ((List<object?>)g["terms"]!).Cast<ModelMap>().Select(t => (string)t["title"]!).ToList()))
            .ToList();

    [Fact]
    public void English_index_groups_terms_A_to_Z_with_digits_first()
    {
        using var site = Site();
        var letters = Letters(site.Job(site.En, "/glossary/"));
        Assert.Equal(
            [("#", ["2FA"]), ("E", ["eBPF"]), ("K", ["Kubernetes"]), ("O", ["Observability"]), ("S", ["Service mesh", "Sidecar"])],
            letters.Select(l => (l.Label, l.Titles)).ToList(),
            new TupleComparer());
    }

    [Fact]
    public void Chinese_index_groups_by_pinyin_with_latin_terms_under_their_letter()
    {
        using var site = Site();
        var letters = Letters(site.Job(site.Zh, "/zh/glossary/"));

        // 边车 biānchē → B; 服务网格 fúwù → F; 可观测性 kě → K next to the untranslated Kubernetes; eBPF stays under E.
        Assert.Equal(
            [("#", ["2FA"]), ("B", ["边车"]), ("E", ["eBPF"]), ("F", ["服务网格"]), ("K", ["可观测性", "Kubernetes"])],
            letters.Select(l => (l.Label, l.Titles)).ToList(),
            new TupleComparer());
        var jump = ((List<object?>)site.Job(site.Zh, "/zh/glossary/").Page["jump"]!).Cast<ModelMap>().ToList();
        Assert.Equal("#", jump[0]["label"]);
        Assert.Equal(27, jump.Count); // # and A–Z
        Assert.Equal(false, jump.Single(j => (string)j["label"]! == "A")["has_terms"]);
        Assert.Equal("letter-b", jump.Single(j => (string)j["label"]! == "B")["id"]);
    }

    [Fact]
    public void Term_page_lists_related_terms_both_ways_and_every_page_that_refers_to_it()
    {
        using var site = Site();
        var mesh = site.Job(site.En, "/glossary/service-mesh/").Page;
        Assert.Equal(["Sidecar"], ((List<object?>)mesh["related"]!).Cast<ModelMap>().Select(t => t["title"]));
        Assert.Equal(["Linkerd mesh"], ((List<object?>)mesh["projects"]!).Cast<ModelMap>().Select(t => t["title"]));
        Assert.Equal(["Mesh post"], ((List<object?>)mesh["posts"]!).Cast<ModelMap>().Select(t => t["title"]));

        // Found by its body link; the sidecar's link is already shown as a related term.
        Assert.Equal(["About"], ((List<object?>)mesh["mentions"]!).Cast<ModelMap>().Select(t => t["title"]));
        var sidecar = site.Job(site.En, "/glossary/sidecar/").Page;
        Assert.Equal(["Service mesh"], ((List<object?>)sidecar["related"]!).Cast<ModelMap>().Select(t => t["title"]));
        Assert.Equal("technology", mesh["category"]);
        Assert.Equal("current", mesh["status"]);
    }

    [Fact]
    public void Chinese_term_page_shows_chinese_related_terms_and_localised_mentions()
    {
        using var site = Site();
        var mesh = site.Job(site.Zh, "/zh/glossary/service-mesh/").Page;
        Assert.Equal(["边车"], ((List<object?>)mesh["related"]!).Cast<ModelMap>().Select(t => t["title"]));
        Assert.Equal(["/zh/blog/mesh/"], ((List<object?>)mesh["posts"]!).Cast<ModelMap>().Select(t => t["url"]));
        Assert.Equal(["/zh/pages/about/"], ((List<object?>)mesh["mentions"]!).Cast<ModelMap>().Select(t => t["url"]));
    }

    [Fact]
    public void Pages_that_name_terms_carry_them_and_tag_pages_list_tagged_terms()
    {
        using var site = Site();
        var project = site.Job(site.En, "/projects/linkerd-mesh/").Page;
        Assert.Equal(["/glossary/service-mesh/"], ((List<object?>)project["terms"]!).Cast<ModelMap>().Select(t => t["url"]));
        var tag = site.Job(site.En, "/tags/networking/").Page;
        Assert.Equal(["Service mesh"], ((List<object?>)tag["terms"]!).Cast<ModelMap>().Select(t => t["title"]));
    }

    [Fact]
    public void Ascii_grouping_matches_icu_for_plain_words()
    {
        string[] words = ["zeta", "Alpha", "beta", "Beta", "9lives", "api gateway", "API", "a-b"];
        var ascii = AlphabeticGroups.Ascii.Group(words, w => w);
        var icu = AlphabeticGroups.For("en-US").Group(words, w => w);
        Assert.Equal(icu.Select(g => g.Label), ascii.Select(g => g.Label));
        Assert.Equal(icu.Select(g => g.Items.Count), ascii.Select(g => g.Items.Count));
    }

    [Fact]
    public void Sort_as_places_a_word_with_an_ambiguous_first_reading()
    {
        // 长 reads zhǎng or cháng; ICU's collation takes zhǎng, so 长连接 ("long connection") needs `sortAs`.
        var zh = AlphabeticGroups.For("zh-CN");
        Assert.Equal("Z", Assert.Single(zh.Group(["长连接"], w => w)).Label);
        Assert.Equal("C", Assert.Single(zh.Group(["chang lian jie"], w => w)).Label);
    }

    private sealed class TupleComparer : IEqualityComparer<(string, List<string>)>
    {
        public bool Equals((string, List<string>) x, (string, List<string>) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((string, List<string>) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
