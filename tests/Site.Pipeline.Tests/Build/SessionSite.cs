using Site.Pipeline.Build;

namespace Site.Pipeline.Tests.Build;

/// <summary>
/// A small bilingual site plus copies of the repository's theme and UI strings (so tests may edit them) in a
/// temp folder: 25 posts on two blog pages, a project, a TAG, some translations, one post
/// (<see cref="EditedPost"/>) with a tag of its own and no translation.
/// </summary>
public sealed class SessionSite : IDisposable
{
    public const string EditedPost = "input/en/blog/2021/post-05.md";

    private readonly TempFolder _temp = new();

    public SessionSite()
    {
        RepositoryRoot = Site.TestSupport.RepositoryRoot.Path;
        CopyFolder(Path.Combine(RepositoryRoot, "themes", "default"), _temp.Combine("theme"));
        CopyFolder(Path.Combine(RepositoryRoot, "translations"), _temp.Combine("translations"));
        Write("input/site.yml", """
            title: { en: Test KB, zh: 测试知识库 }
            baseUrl: https://kb.example.org/
            languages:
              - { code: en, name: English, locale: en-US }
              - { code: zh, name: 中文, locale: zh-CN }
            """);
        Write("input/en/_index.md", "---\ntitle: Test KB\n---\nWelcome. Start with [Linkerd](/projects/linkerd/).\n");
        Write("input/zh/_index.md", "---\ntitle: 测试知识库\n---\n欢迎。\n");
        Write("input/en/categories/service-mesh.md", "---\ntitle: Service Mesh\norder: 1\n---\nMeshes.\n");
        Write("input/en/sigs/tag-network.md", "---\ntitle: TAG Network\nkind: tag\nchairs: [Ada]\n---\nThe network TAG.\n");
        Write("input/en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nsig: tag-network\naccepted: 2017-01-23\ngraduated: 2021-07-28\n---\nLinkerd is a service mesh.\n\n## Architecture\n\nProxies.\n");
        Write("input/zh/projects/linkerd.md", "---\ntitle: Linkerd\n---\nLinkerd 是一个服务网格。\n");
        for (var i = 1; i <= 25; i++)
        {
            Write($"input/en/blog/2021/post-{i:D2}.md", Post(i, $"Post number {i}", $"Opening paragraph of post {i}.", $"Second paragraph of post {i}."));
        }

        Write("input/zh/blog/2021/post-10.md", "---\ntitle: 第十篇\n---\n第十篇的正文。\n");
        Write("input/en/pages/about.md", "---\ntitle: About\n---\nAbout this site.\n");
    }

    public string RepositoryRoot { get; }

    public string Output => _temp.Combine("output");

    public string Theme => _temp.Combine("theme");

    public string Translations => _temp.Combine("translations");

    public BuildOptions Options => new()
    {
        InputPath = _temp.Combine("input"),
        OutputPath = Output,
        ThemePath = Theme,
        TranslationsPath = _temp.Combine("translations"),
        LunrPackagePath = Path.Combine(RepositoryRoot, "tools", "node_modules", "lunr"),
        LunrCjkScriptPath = Path.Combine(RepositoryRoot, "tools", "lunr", "lunr-cjk.js"),
        Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        MaxDegreeOfParallelism = 2,
    };

    /// <summary>A post's file text; post 5 carries the tag "Edge" alone, the others "Performance", posts 1–3 also list Linkerd.</summary>
    public static string Post(int number, string title, string opening, string second) =>
        $"---\ntitle: {title}\ndate: 2021-03-{number:D2}\ntags: [{(number == 5 ? "Edge" : "Performance")}]\n{(number <= 3 ? "projects: [linkerd]\n" : "")}---\n{opening}\n\n{second}\n";

    public string SourceFile(string relative) => _temp.Combine(relative.Split('/'));

    public void Write(string relative, string text) => _temp.WriteFile(relative, text.Replace("\r\n", "\n"));

    public void Delete(string relative) => File.Delete(SourceFile(relative));

    /// <summary>A full, one-shot build of the current sources into a fresh folder, to compare a session's output with.</summary>
    public async Task<string> FullBuildAsync()
    {
        var folder = _temp.Combine("reference-" + Guid.NewGuid().ToString("N")[..8]);
        var report = await SiteBuilder.BuildAsync(Options with { OutputPath = folder });
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return folder;
    }

    public void Dispose() => _temp.Dispose();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
