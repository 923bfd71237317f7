namespace Site.Tests.EndToEnd;

/// <summary>
/// A small bilingual site in a temp folder, built with the repository's real theme and UI
/// strings: two languages, every page kind, a translated and an untranslated page of each,
/// and a post whose title carries a script tag.
/// </summary>
public sealed class SampleSite : IDisposable
{
    public const string ScriptTitle = "Hello <script>alert('x')</script> & friends";

    private readonly TempFolder _temp = new();

    public SampleSite()
    {
        RepositoryRoot = Site.TestSupport.RepositoryRoot.Path;
        Write("input/site.yml", """
            title: { en: Test KB, zh: 测试知识库 }
            baseUrl: https://kb.example.org/
            languages:
              - { code: en, name: English, locale: en-US }
              - { code: zh, name: 中文, locale: zh-CN }
            theme: default
            """);
        Write("input/en/_index.md", """
            ---
            title: Test KB
            ---
            Welcome. Start with [Linkerd](/projects/linkerd/) or the [blog](/blog/).
            """);
        Write("input/zh/_index.md", """
            ---
            title: 测试知识库
            ---
            欢迎。从 [Linkerd](/zh/projects/linkerd/) 开始。
            """);
        Write("input/en/categories/service-mesh.md", """
            ---
            title: Service Mesh
            summary: Proxies between services.
            order: 1
            ---
            Meshes such as [Linkerd](/projects/linkerd/).
            """);
        Write("input/en/categories/observability.md", """
            ---
            title: Observability
            order: 2
            ---
            Metrics and traces.
            """);
        Write("input/zh/categories/service-mesh.md", """
            ---
            title: 服务网格
            ---
            服务之间的代理。
            """);
        Write("input/en/sigs/tag-network.md", """
            ---
            title: TAG Network
            kind: tag
            chairs: [Ada, Grace]
            tocLiaisons: [Linus]
            meetings: Every other Thursday
            channels: ["#tag-network"]
            ---
            The network TAG.
            """);
        Write("input/en/projects/linkerd.md", """
            ---
            title: Linkerd
            maturity: graduated
            category: service-mesh
            sig: tag-network
            accepted: 2017-01-23
            incubating: 2018-04-06
            graduated: 2021-07-28
            homepage: https://linkerd.io/
            repo: https://github.com/linkerd/linkerd2
            summary: An ultralight service mesh.
            ---
            Linkerd is a service mesh.

            ## Architecture

            A control plane and [micro proxies](#proxies).

            ## Proxies

            Written in Rust.
            """);
        Write("input/zh/projects/linkerd.md", """
            ---
            title: Linkerd
            summary: 超轻量服务网格。
            ---
            Linkerd 是一个服务网格。

            ## 架构

            控制平面。
            """);
        Write("input/en/projects/prometheus.md", """
            ---
            title: Prometheus
            maturity: graduated
            category: observability
            accepted: 2016-05-09
            graduated: 2018-08-09
            ---
            Prometheus collects metrics.
            """);
        Write("input/en/blog/2019/linkerd-benchmarks.md", """
            ---
            title: Linkerd benchmarks
            date: 2019-05-30
            authors: [William]
            tags: [Service Mesh, Performance]
            projects: [linkerd]
            ---
            We measured [Linkerd](/projects/linkerd/#architecture) latency.

            ## Results

            It was fast.
            """);
        Write("input/zh/blog/2019/linkerd-benchmarks.md", """
            ---
            title: Linkerd 基准测试
            tags: [服务网格]
            ---
            我们测量了 [Linkerd](/zh/projects/linkerd/) 的延迟。
            """);
        Write("input/en/blog/2020/script-title.md", $"""
            ---
            title: "{ScriptTitle}"
            date: 2020-02-01T10:00:00+08:00
            tags: [Security]
            projects: [prometheus, linkerd]
            summary: "A summary with <b>markup</b>."
            ---
            Body of the post.
            """);
        for (var i = 1; i <= 22; i++)
        {
            Write($"input/en/blog/2021/post-{i:D2}.md", $"""
                ---
                title: Post number {i}
                date: 2021-03-{i:D2}
                tags: [Performance]
                ---
                Text of post {i}, see [the about page](/pages/about/).
                """);
        }

        Write("input/en/pages/about.md", """
            ---
            title: About
            ---
            About this site. Read the [feed](/feed.xml).
            """);
        Write("input/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    public string Root => _temp.Path;

    public string RepositoryRoot { get; }

    public string Input => _temp.Combine("input");

    public string Output => _temp.Combine("output");

    public Site.Pipeline.Build.BuildOptions Options => new()
    {
        InputPath = Input,
        OutputPath = Output,
        ThemePath = Path.Combine(RepositoryRoot, "themes", "default"),
        TranslationsPath = Path.Combine(RepositoryRoot, "translations"),
        LunrPackagePath = Path.Combine(RepositoryRoot, "tools", "node_modules", "lunr"),
        LunrCjkScriptPath = Path.Combine(RepositoryRoot, "tools", "lunr", "lunr-cjk.js"),
        Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        MaxDegreeOfParallelism = 2,
    };

    public void Write(string relative, string text) => _temp.WriteFile(relative, text.Replace("\r\n", "\n") + "\n");

    public string OutputFile(string relative) => Path.Combine([Output, .. relative.Split('/')]);

    public string ReadOutput(string relative) => File.ReadAllText(OutputFile(relative));

    public void Dispose() => _temp.Dispose();
}
