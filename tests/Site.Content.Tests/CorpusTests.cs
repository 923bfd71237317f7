using System.Diagnostics;
using Site.Content.Loading;
using Site.Content.Markdown;
using Xunit.Abstractions;

namespace Site.Content.Tests;

/// <summary>The benchmark corpus (shared/bench) is valid content: it must load with zero errors.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private const string Generator = "/work/shared/bench/gen_corpus.py";

    [Fact]
    public void GeneratedSmallCorpusLoadsWithoutDiagnostics()
    {
        var input = EnsureCorpus();
        if (input is null)
        {
            return; // python3 or the generator is not available on this machine
        }

        var result = ContentLoader.Load(input);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var content = result.Content!;
        Assert.Equal(442, content.PagesIn("en").Count);
        Assert.Equal(442, content.PagesIn("zh").Count);
        Assert.Equal(2, content.DraftIds.Count);
        Assert.Equal(266, content.PagesIn("zh").Count(p => p.IsTranslation));

        var rendered = ContentRenderer.RenderAll(content);
        Assert.Empty(rendered.Diagnostics.Select(d => d.ToString()));
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
        Assert.Empty(rendered.Diagnostics.Select(d => d.ToString()));
    }

    private static string? EnsureCorpus()
    {
        var input = "/tmp/bench/small/input";
        if (Directory.Exists(input))
        {
            return input;
        }

        if (!File.Exists(Generator))
        {
            return null;
        }

        try
        {
            using var p = Process.Start(new ProcessStartInfo("python3", $"{Generator} --posts 200 --out /tmp/bench/small") { RedirectStandardOutput = true, RedirectStandardError = true });
            p!.WaitForExit(60_000);
            return p.ExitCode == 0 && Directory.Exists(input) ? input : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
