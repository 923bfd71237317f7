using System.Text.Json;
using Site.Cli.Cli;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Pipeline.Build;

namespace Site.Tests.Translate;

/// <summary>
/// <c>translate</c> and <c>status</c> on a copy of the repository's sample content in a temp
/// folder: the workflow of the issue (edit an English sentence → status and the Chinese page
/// report the translation as outdated → <c>translate --refresh</c> clears it).
/// </summary>
public sealed class TranslationCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public TranslationCommandsTests()
    {
        var repository = Site.TestSupport.RepositoryRoot.Path;
        Copy(Path.Combine(repository, "input"), _temp.Combine("input"));
        Copy(Path.Combine(repository, "translations"), _temp.Combine("translations"));
    }

    private string Input => _temp.Combine("input");

    private string Translations => _temp.Combine("translations");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sample_site_starts_with_every_existing_translation_current()
    {
        var (code, json, _) = await Run("status", "--json", "--no-diff", "--input", Input, "--translations", Translations);

        Assert.Equal(0, code);
        var zh = Language(json, "zh");
        Assert.Equal(0, zh.GetProperty("outdated").GetInt32());
        Assert.Equal(0, zh.GetProperty("unknown").GetInt32());
        Assert.Equal(0, zh.GetProperty("orphaned").GetInt32());
        Assert.True(zh.GetProperty("translated").GetInt32() > 50);
        Assert.Empty(zh.GetProperty("ui_strings").GetProperty("identical").EnumerateArray());
    }

    [Fact]
    public async Task Editing_an_English_sentence_makes_status_and_the_page_outdated_and_refresh_clears_it()
    {
        var source = Path.Combine(Input, "en", "projects", "linkerd.md");
        File.WriteAllText(source, File.ReadAllText(source).Replace("a small proxy", "a tiny proxy", StringComparison.Ordinal));

        var (_, json, _) = await Run("status", "--json", "--no-diff", "--input", Input, "--translations", Translations);
        var zh = Language(json, "zh");
        Assert.Equal(1, zh.GetProperty("outdated").GetInt32());
        var item = zh.GetProperty("sections").EnumerateArray()
            .Single(s => s.GetProperty("section").GetString() == "projects")
            .GetProperty("outdated").EnumerateArray().Single();
        Assert.Equal("projects/linkerd.md", item.GetProperty("id").GetString());
        Assert.Equal(TranslationState.Outdated, LoadZh("projects/linkerd.md").TranslationState);
        var outdatedPage = await BuildAndRead("zh/projects/linkerd/index.html");
        Assert.Contains("notice-outdated", outdatedPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/projects/linkerd/\" hreflang=\"en\">阅读英文原文</a>", outdatedPage, StringComparison.Ordinal);

        var (text, output, _) = await Run("status", "--no-diff", "--input", Input, "--translations", Translations);
        Assert.Equal(0, text);
        Assert.Contains("linkerd.md  sourceHash", output, StringComparison.Ordinal);

        var translation = Path.Combine(Input, "zh", "projects", "linkerd.md");
        var before = File.ReadAllLines(translation);
        var (refresh, refreshed, errors) = await Run("translate", "--refresh", translation, "--input", Input);
        Assert.Equal((0, ""), (refresh, errors));
        Assert.Contains("sourceHash", refreshed, StringComparison.Ordinal);
        var after = File.ReadAllLines(translation);
        Assert.Equal(before.Length, after.Length);
        Assert.Single(before.Zip(after), p => p.First != p.Second); // only the hash line changed

        Assert.Equal(TranslationState.UpToDate, LoadZh("projects/linkerd.md").TranslationState);
        Assert.DoesNotContain("notice-outdated", await BuildAndRead("zh/projects/linkerd/index.html"), StringComparison.Ordinal);
        var (_, clean, _) = await Run("status", "--json", "--no-diff", "--input", Input, "--translations", Translations);
        Assert.Equal(0, Language(clean, "zh").GetProperty("outdated").GetInt32());
    }

    [Fact]
    public async Task Translate_writes_a_stub_at_the_mirrored_path_with_the_hash_and_commented_source()
    {
        var source = Path.Combine(Input, "en", "projects", "telepresence.md");
        var (code, output, errors) = await Run("translate", source, "--to", "zh", "--input", Input);

        Assert.Equal((0, ""), (code, errors));
        var stubPath = Path.Combine(Input, "zh", "projects", "telepresence.md");
        Assert.Contains("telepresence.md", output, StringComparison.Ordinal);
        var stub = File.ReadAllText(stubPath);
        var sourcePage = LoadEn("projects/telepresence.md");
        Assert.Contains($"sourceHash: {sourcePage.SourceHash}\n", stub, StringComparison.Ordinal);
        Assert.Contains("draft: true", stub, StringComparison.Ordinal);
        Assert.Contains("<!--\n" + sourcePage.Body.Trim().Split("\n\n")[0], stub, StringComparison.Ordinal);
        Assert.True(LoadZh("projects/telepresence.md").IsFallback); // a draft until translated

        var (again, _, refusal) = await Run("translate", source, "--to", "zh", "--input", Input);
        Assert.Equal(1, again);
        Assert.Contains("exists already", refusal, StringComparison.Ordinal);
        Assert.Equal(stub, File.ReadAllText(stubPath));
    }

    [Fact]
    public async Task A_bundles_translation_is_a_bundle_and_refresh_finds_the_source_in_either_shape()
    {
        // The sample's graduation post is a bundle (index.md with its diagram); its Chinese translation exists.
        var source = Path.Combine(Input, "en", "blog", "2023", "going-for-graduation", "index.md");
        var (code, _, errors) = await Run("translate", source, "--to", "zh", "--input", Input);
        Assert.Equal(1, code);
        Assert.Contains("exists already", errors, StringComparison.Ordinal);

        // A translation written as a plain file beside a bundled source: refresh finds the source's index.md.
        var bundled = Path.Combine(Input, "zh", "blog", "2023", "going-for-graduation");
        var plain = bundled + ".md";
        File.Move(Path.Combine(bundled, "index.md"), plain);
        File.WriteAllText(source, File.ReadAllText(source).Replace("These are our notes", "These are the notes", StringComparison.Ordinal));
        Assert.Equal(TranslationState.Outdated, LoadZh("blog/2023/going-for-graduation.md").TranslationState);

        var (refresh, _, refreshErrors) = await Run("translate", "--refresh", plain, "--input", Input);

        Assert.Equal((0, ""), (refresh, refreshErrors));
        Assert.Equal(TranslationState.UpToDate, LoadZh("blog/2023/going-for-graduation.md").TranslationState);

        // A stub for a bundled source with no translation yet is written as a bundle too.
        File.Delete(plain);
        var (stub, written, stubErrors) = await Run("translate", source, "--to", "zh", "--input", Input);
        Assert.Equal((0, ""), (stub, stubErrors));
        Assert.Contains("zh/blog/2023/going-for-graduation/index.md", written, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bundled, "index.md")));
    }

    [Fact]
    public async Task Translate_rejects_unknown_languages_and_files_outside_the_input_folder()
    {
        var source = Path.Combine(Input, "en", "projects", "telepresence.md");
        var (code, _, errors) = await Run("translate", source, "--to", "fr", "--input", Input);
        Assert.Equal(1, code);
        Assert.Contains("not a translation language", errors, StringComparison.Ordinal);

        var outside = _temp.WriteFile("elsewhere/page.md", "---\ntitle: x\n---\n");
        (code, _, errors) = await Run("translate", outside, "--to", "zh", "--input", Input);
        Assert.Equal(1, code);
        Assert.Contains("is not a page of", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refreshing_an_orphan_is_an_error_and_status_lists_it_with_the_likely_new_name()
    {
        File.Move(Path.Combine(Input, "en", "projects", "linkerd.md"), Path.Combine(Input, "en", "projects", "linkerd2.md"));
        var orphan = Path.Combine(Input, "zh", "projects", "linkerd.md");

        var (code, _, errors) = await Run("translate", "--refresh", orphan, "--input", Input);
        Assert.Equal(1, code);
        Assert.Contains("orphaned translation", errors, StringComparison.Ordinal);

        var (strict, json, _) = await Run("status", "--json", "--no-diff", "--strict", "--input", Input, "--translations", Translations);
        Assert.Equal(1, strict);
        var item = Language(json, "zh").GetProperty("sections").EnumerateArray()
            .Single(s => s.GetProperty("section").GetString() == "projects")
            .GetProperty("orphaned").EnumerateArray().Single();
        Assert.Equal("projects/linkerd2.md", item.GetProperty("likely_source").GetString());
    }

    /// <summary>Builds the copy with the real theme and returns one output file.</summary>
    private async Task<string> BuildAndRead(string relative)
    {
        var repository = Site.TestSupport.RepositoryRoot.Path;
        var output = _temp.Combine("output");
        var report = await SiteBuilder.BuildAsync(new BuildOptions
        {
            InputPath = Input,
            OutputPath = output,
            ThemePath = Path.Combine(repository, "themes", "default"),
            TranslationsPath = Translations,
            LunrPackagePath = Path.Combine(repository, "tools", "node_modules", "lunr"),
            LunrCjkScriptPath = Path.Combine(repository, "tools", "lunr", "lunr-cjk.js"),
            Now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            MaxDegreeOfParallelism = 2,
        });
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics.Where(d => d.IsError)));
        return File.ReadAllText(Path.Combine([output, .. relative.Split('/')]));
    }

    private Page LoadZh(string id) => ContentLoader.Load(Input).Content!.Get("zh", id)!;

    private Page LoadEn(string id) => ContentLoader.Load(Input).Content!.Get("en", id)!;

    private static JsonElement Language(string json, string code) =>
        JsonDocument.Parse(json).RootElement.GetProperty("languages").EnumerateArray().Single(l => l.GetProperty("code").GetString() == code);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
