using Site.Content.Loading;

namespace Site.Content.Tests;

/// <summary>Writes a site from a dictionary of path → content into a temp folder and deletes it afterwards.</summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSiteYml = """
        title: { en: Cloud Native Knowledge Base, zh: 云原生知识库 }
        baseUrl: https://example.netlify.app/
        languages:
          - { code: en, name: English, locale: en-US }
          - { code: zh, name: 中文, locale: zh-CN }
        theme: default
        """;

    /// <summary>A minimal valid site: a category, a SIG, a project and a post.</summary>
    public static readonly IReadOnlyDictionary<string, string> Minimal = new Dictionary<string, string>
    {
        ["en/categories/service-mesh.md"] = "---\ntitle: Service Mesh\norder: 10\n---\nMeshes.\n",
        ["en/sigs/tag-network.md"] = "---\ntitle: TAG Network\nkind: tag\n---\nNetworking.\n",
        ["en/projects/linkerd.md"] = "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nsig: tag-network\ngraduated: 2021-07-28\n---\nLinkerd is a mesh.\n",
        ["en/blog/2019/linkerd-benchmarks.md"] = "---\ntitle: Linkerd benchmarks\ndate: 2019-05-30\ntags: [Service Mesh, performance]\nprojects: [linkerd]\n---\nWe measured.\n",
    };

    public TestSite(IReadOnlyDictionary<string, string> files, bool withSiteYml = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "site-content-tests", Guid.NewGuid().ToString("N"));
        Input = Path.Combine(Root, "input");
        Directory.CreateDirectory(Input);
        if (withSiteYml && !files.ContainsKey("site.yml"))
        {
            Write("site.yml", DefaultSiteYml);
        }

        foreach (var (path, content) in files)
        {
            Write(path, content);
        }
    }

    public string Root { get; }

    public string Input { get; }

    public static TestSite With(params (string Path, string Content)[] extra)
    {
        var files = new Dictionary<string, string>(Minimal);
        foreach (var (p, c) in extra)
        {
            files[p] = c;
        }

        return new TestSite(files);
    }

    public void Write(string relativePath, string content)
    {
        var full = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public LoadResult Load(bool includeDrafts = false) => ContentLoader.Load(Input, new ContentLoaderOptions { DisplayRoot = Root, IncludeDrafts = includeDrafts });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
