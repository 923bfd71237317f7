using System.Security.Cryptography;

namespace Site.Tests.BadInput;

/// <summary>
/// The smallest valid bilingual site, in a temp folder, with the repository's real theme and UI
/// strings: home pages, a category, a SIG, a project (translated), a post and a free page.
/// Cases overlay their files on it; the theme and UI strings are copied only when a case edits them.
/// </summary>
public sealed class MinimalSite : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> ValidFiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["input/site.yml"] = """
            title: { en: Test KB, zh: 测试知识库 }
            baseUrl: https://kb.example.org/
            languages:
              - { code: en, name: English, locale: en-US }
              - { code: zh, name: 中文, locale: zh-CN }
            theme: default
            """,
        ["input/en/_index.md"] = "---\ntitle: Test KB\n---\nWelcome to [Linkerd](/projects/linkerd/).\n",
        ["input/zh/_index.md"] = "---\ntitle: 测试知识库\n---\n欢迎。\n",
        ["input/en/categories/service-mesh.md"] = "---\ntitle: Service Mesh\norder: 1\n---\nMeshes.\n",
        ["input/en/sigs/tag-network.md"] = "---\ntitle: TAG Network\nkind: tag\n---\nThe network TAG.\n",
        ["input/en/projects/linkerd.md"] = "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nsig: tag-network\ngraduated: 2021-07-28\nhomepage: https://linkerd.io/\n---\nLinkerd is a service mesh.\n",
        ["input/zh/projects/linkerd.md"] = "---\ntitle: Linkerd\nsummary: 服务网格。\n---\nLinkerd 是服务网格。\n",
        ["input/en/blog/2019/benchmarks.md"] = "---\ntitle: Benchmarks\ndate: 2019-05-30\ntags: [Performance]\nprojects: [linkerd]\n---\nWe measured.\n",
        ["input/en/pages/about.md"] = "---\ntitle: About\n---\nAbout this site.\n",
    };


    public MinimalSite()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-bad-input", Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in ValidFiles)
        {
            Write(path, text + (text.EndsWith('\n') ? "" : "\n"));
        }
    }

    public static string RepositoryRoot => Site.TestSupport.RepositoryRoot.Path;

    public string Root { get; }

    public string Input => Combine("input");

    public string Output => Combine("output");

    /// <summary>The theme the build uses: the repository's, or a private copy once a case edits it.</summary>
    public string Theme { get; private set; } = System.IO.Path.Combine(RepositoryRoot, "themes", "default");

    public string Translations { get; private set; } = System.IO.Path.Combine(RepositoryRoot, "translations");

    public string Combine(string relative) => System.IO.Path.Combine([Root, .. relative.Split('/')]);

    /// <summary>Writes a file; <c>theme/...</c> and <c>translations/...</c> paths switch the build to a private copy first.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        if (relative.StartsWith("theme/", StringComparison.Ordinal) && !Theme.StartsWith(Root, StringComparison.Ordinal))
        {
            Theme = CopyFolder(Theme, Combine("theme"));
        }

        if (relative.StartsWith("translations/", StringComparison.Ordinal) && !Translations.StartsWith(Root, StringComparison.Ordinal))
        {
            Translations = CopyFolder(Translations, Combine("translations"));
        }

        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Delete(string relative) => File.Delete(Combine(relative));

    /// <summary>Command-line arguments of a build of this site.</summary>
    public string[] BuildArgs(params string[] extra) =>
        ["build", "--input", Input, "--output", Output, "--theme", Theme, "--translations", Translations, .. extra];

    /// <summary>Every file below a folder with its SHA-256, sorted: equal snapshots mean byte-identical trees.</summary>
    public static string Snapshot(string folder) => !Directory.Exists(folder)
        ? "(missing)"
        : string.Join(
            "\n",
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => $"{System.IO.Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
                .Order(StringComparer.Ordinal));

    public static string CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return to;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
