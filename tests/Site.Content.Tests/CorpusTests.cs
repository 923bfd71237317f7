using System.Diagnostics;
using Site.Content.Loading;
using Site.Content.Markdown;
using Xunit.Abstractions;

namespace Site.Content.Tests;

/// <summary>
/// The benchmark corpus is valid content: it must load with zero errors. Its generator is in the
/// team's shared folder (<c>../shared/bench</c> beside the clone); without it the test is skipped.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [CorpusGeneratorFact]
    public void GeneratedSmallCorpusLoadsWithoutDiagnostics()
    {
        // A folder of its own: /tmp/bench is also where bench/run.sh (and other clones' test runs) write corpora.
        using var temp = new TempFolder();
        var input = GenerateCorpus(temp.Path);

        var result = ContentLoader.Load(input);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var content = result.Content!;
        Assert.Equal(442, content.PagesIn("en").Count);
        Assert.Equal(442, content.PagesIn("zh").Count);
        Assert.Equal(2, content.DraftIds.Count);
        Assert.Equal(266, content.PagesIn("zh").Count(p => p.IsTranslation));

        var rendered = ContentRenderer.RenderAll(content);
        // The shared generator spaces a Latin word from what follows, also inside bold: `**灵活的 Helm Chart **：`, which
        // markdown shows with its asterisks, as the warning says (a mistake real Chinese posts make; the generator's to mend).
        Assert.Empty(rendered.Diagnostics.Where(d => !d.Message.Contains("is shown with its asterisks, not in bold: a closing `**` after a space", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    /// <summary>Timing of a bigger corpus, run only when SITE_CONTENT_BENCH names its input folder.</summary>
    [Fact]
    public void BenchmarkCorpusFromEnvironmentLoadsAndRenders()
    {
        var input = Environment.GetEnvironmentVariable("SITE_CONTENT_BENCH");
        if (string.IsNullOrEmpty(input) || !Directory.Exists(input))
        {
            return;
        }

        // CPU time is printed too: on a shared machine it is steadier than wall time.
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var result = ContentLoader.Load(input);
        var load = sw.Elapsed;
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        sw.Restart();
        var rendered = ContentRenderer.RenderAll(result.Content!);
        var render = sw.Elapsed;
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        output.WriteLine($"pages: {result.Content!.Pages.Count}, load {load.TotalMilliseconds:F0} ms (cpu {(cpu1 - cpu0).TotalMilliseconds:F0} ms), "
            + $"render+links {render.TotalMilliseconds:F0} ms (cpu {(cpu2 - cpu1).TotalMilliseconds:F0} ms)");
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        // The shared generator spaces a Latin word from what follows, also inside bold: `**灵活的 Helm Chart **：`, which
        // markdown shows with its asterisks, as the warning says (a mistake real Chinese posts make; the generator's to mend).
        Assert.Empty(rendered.Diagnostics.Where(d => !d.Message.Contains("is shown with its asterisks, not in bold: a closing `**` after a space", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    private static string GenerateCorpus(string folder)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { CorpusGeneratorFactAttribute.Generator, "--posts", "200", "--out", folder })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"gen_corpus.py exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");
        return Path.Combine(folder, "input");
    }
}

/// <summary>A fact that needs the benchmark corpus generator of the team's shared folder and python3; skipped, with the reason, when either is missing.</summary>
public sealed class CorpusGeneratorFactAttribute : FactAttribute
{
    public static readonly string Generator = Path.GetFullPath(Path.Combine(Site.TestSupport.RepositoryRoot.Path, "..", "shared", "bench", "gen_corpus.py"));

    public CorpusGeneratorFactAttribute()
    {
        if (!File.Exists(Generator))
        {
            Skip = $"needs the team's shared folder beside the clone: {Generator} not found";
        }
        else if (!OnPath("python3"))
        {
            Skip = "needs python3 to run ../shared/bench/gen_corpus.py";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
