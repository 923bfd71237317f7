using System.Diagnostics;
using System.Text.Json;
using Site.Cli.Cli;
using Site.Content.Text;

namespace Site.Tests.Translate;

/// <summary>
/// <c>status</c> on a git repository with a large backlog, the shape of a glossary import: every
/// outdated translation gets its diff unless <c>--limit</c> asks for fewer, and orphans show
/// the <c>sourceHash</c> their file holds.
/// </summary>
public sealed class StatusCommandTests : IDisposable
{
    private const int Backlog = 56;

    private readonly TempFolder _temp = new();

    public StatusCommandTests()
    {
        _temp.WriteFile("input/site.yml", "title: { en: KB, zh: 知识库 }\nbaseUrl: https://kb.example.org/\nlanguages:\n  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\ntheme: default\n");
        _temp.WriteFile("translations/en.yml", "nav:\n  home: Home\n");
        _temp.WriteFile("translations/zh.yml", "nav:\n  home: 首页\n");
        for (var i = 0; i < Backlog; i++)
        {
            var english = $"---\ntitle: Term {i}\n---\nThe term number {i}.\n";
            _temp.WriteFile($"input/en/pages/term-{i:D2}.md", english);
            var hash = SourceHash.ComputeForFile("x", english);
            _temp.WriteFile($"input/zh/pages/term-{i:D2}.md", $"---\ntitle: 术语 {i}\nsourceHash: {hash}\n---\n第 {i} 个术语。\n");
        }

        _temp.WriteFile("input/zh/pages/gone.md", "---\ntitle: 已删除\nsourceHash: 0123456789ab\n---\n旧页面。\n");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_outdated_translation_gets_its_diff_with_no_cap_and_limit_caps_on_request()
    {
        if (!CommitAndEditEveryEnglishPage())
        {
            return; // no git on this machine: no history to diff against
        }

        var (_, json, _) = await Run("status", "--json", "--input", _temp.Combine("input"), "--translations", _temp.Combine("translations"));
        var outdated = Outdated(json);
        Assert.Equal(Backlog, outdated.Count);
        Assert.All(outdated, item => Assert.Contains("{+changed+}", item.GetProperty("diff").GetString(), StringComparison.Ordinal));

        var (_, limited, _) = await Run("status", "--json", "--limit", "10", "--input", _temp.Combine("input"), "--translations", _temp.Combine("translations"));
        Assert.Equal(10, Outdated(limited).Count(i => i.TryGetProperty("diff", out _)));

        var (_, text, _) = await Run("status", "--limit", "10", "--input", _temp.Combine("input"), "--translations", _temp.Combine("translations"));
        Assert.Contains("beyond --limit 10", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Orphans_show_the_source_hash_their_file_holds()
    {
        var (_, json, _) = await Run("status", "--json", "--no-diff", "--input", _temp.Combine("input"), "--translations", _temp.Combine("translations"));

        var orphan = Language(json).GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("orphaned").EnumerateArray()).Single();
        Assert.Equal("pages/gone.md", orphan.GetProperty("id").GetString());
        Assert.Equal("0123456789ab", orphan.GetProperty("source_hash").GetString());
    }

    private List<JsonElement> Outdated(string json) =>
        [.. Language(json).GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("outdated").EnumerateArray())];

    private static JsonElement Language(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("languages").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "zh");

    private bool CommitAndEditEveryEnglishPage()
    {
        if (!Git("init", "-q"))
        {
            return false;
        }

        Assert.True(Git("add", "-A"));
        Assert.True(Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "import"));
        for (var i = 0; i < Backlog; i++)
        {
            var file = _temp.Combine("input", "en", "pages", $"term-{i:D2}.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("The term", "The changed term", StringComparison.Ordinal));
        }

        return true;
    }

    private bool Git(params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = _temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var process = Process.Start(info)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
