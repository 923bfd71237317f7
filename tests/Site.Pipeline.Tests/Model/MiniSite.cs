using Site.Content.Loading;
using Site.Content.Markdown;
using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Model;

/// <summary>A tiny two-language site loaded with the real content loader, for model and feed tests.</summary>
public sealed class MiniSite : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <param name="siteYmlExtra">Lines appended to site.yml (e.g. <c>repository: …</c>).</param>
    /// <param name="extraFiles">More input files, by path below input/.</param>
    /// <param name="beforeLoad">Runs after the files are written and before they are loaded (more files, a git history).</param>
    public MiniSite(string baseUrl = "https://kb.example.org/", int posts = 3, string? tagLabelsYaml = null, string siteYmlExtra = "", Action<TempFolder>? beforeLoad = null, IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        foreach (var (path, text) in extraFiles ?? new Dictionary<string, string>())
        {
            _temp.WriteFile("input/" + path, text);
        }

        if (tagLabelsYaml is not null)
        {
            _temp.WriteFile("translations/tags.yml", tagLabelsYaml);
        }

        _temp.WriteFile("input/site.yml", $"title: {{ en: KB, zh: 知识库 }}\nbaseUrl: {baseUrl}\nlanguages:\n  - {{ code: en, name: English, locale: en-US }}\n  - {{ code: zh, name: 中文, locale: zh-CN }}\n{siteYmlExtra}");
        _temp.WriteFile("input/en/categories/mesh.md", "---\ntitle: Mesh\n---\nMeshes.\n");
        _temp.WriteFile("input/en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: mesh\naccepted: 2017-01-23\ngraduated: 2021-07-28\n---\nFirst paragraph of Linkerd.\n\n## Design\n\nMore.\n");
        _temp.WriteFile("input/zh/projects/linkerd.md", "---\ntitle: Linkerd 中文\n---\n中文正文。\n");
        for (var i = 1; i <= posts; i++)
        {
            _temp.WriteFile($"input/en/blog/p{i:D3}.md", $"---\ntitle: \"Post {i} <script>x</script>\"\ndate: 2020-01-{(i % 28) + 1:D2}\ntags: [Mesh Things]\nprojects: [linkerd]\n---\nBody {i}.\n");
        }

        beforeLoad?.Invoke(_temp);
        var loaded = ContentLoader.Load(_temp.Combine("input"));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Content = loaded.Content!;
        var rendered = ContentRenderer.RenderAll(Content);
        var strings = new Dictionary<string, UiStrings>();
        foreach (var code in new[] { "en", "zh" })
        {
            _temp.WriteFile($"translations/{code}.yml", "date:\n  long: \"yyyy-MM-dd\"\n  short: \"yyyy-MM-dd\"\nnav:\n  blog: Blog\ntag_page:\n  title: \"Tagged {tag}\"\n");
            strings[code] = UiStrings.Load(_temp.Combine("translations"), code, "translations", new List<Site.Content.Diagnostics.Diagnostic>());
        }

        Model = new SiteModel(Content, rendered.Get, strings, 2026) { FileDates = Site.Content.History.FileDates.Read(_temp.Combine("input")) };
    }

    public Site.Content.ContentSet Content { get; }

    public SiteModel Model { get; }

    public LanguageContext En => Model.Languages[0];

    public LanguageContext Zh => Model.Languages[1];

    public IReadOnlyList<PageJob> Jobs(LanguageContext language) => new PageModelFactory(language).All().ToList();

    public PageJob Job(LanguageContext language, string url) => Jobs(language).Single(j => j.Url == url);

    public void Dispose() => _temp.Dispose();
}
