using System.Diagnostics;
using Site.Pipeline.Build;

namespace Site.Benchmarks.Incremental;

/// <summary>
/// Macro measurement of <c>serve</c>'s edit loop: a <see cref="SiteBuildSession"/> builds a corpus
/// once, then a post is edited several times (one sentence changed in its last paragraph, then in
/// its first, then its title) and each rebuild is timed from the call to the updated files on disk.
/// The file is restored at the end.
/// <code>dotnet run -c Release --project bench/Site.Benchmarks -- incremental /tmp/bench/medium/input [edits]</code>
/// </summary>
internal static class IncrementalEditRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !File.Exists(Path.Combine(args[1], "site.yml")))
        {
            Console.Error.WriteLine("usage: incremental <corpus input folder> [rounds]   (generate one with ../shared/bench/gen_corpus.py)");
            return 2;
        }

        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var repo = RepositoryRoot();
        var output = Path.Combine(Path.GetTempPath(), "site-bench-incremental-out");
        var options = new BuildOptions
        {
            InputPath = args[1],
            OutputPath = output,
            ThemePath = Path.Combine(repo, "themes", "default"),
            TranslationsPath = Path.Combine(repo, "translations"),
            LunrPackagePath = Path.Combine(repo, "tools", "node_modules", "lunr"),
            LunrCjkScriptPath = Path.Combine(repo, "tools", "lunr", "lunr-cjk.js"),
        };
        var post = Directory.EnumerateFiles(Path.Combine(args[1], "en", "blog"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(post);

        using var session = new SiteBuildSession(options);
        var stopwatch = Stopwatch.StartNew();
        var cold = await session.BuildAsync();
        using (var afterCold = Process.GetCurrentProcess())
        {
            Console.WriteLine($"cold build: {stopwatch.ElapsedMilliseconds} ms, {cold.TotalPages} pages, succeeded={cold.Succeeded}, peak working set so far {afterCold.PeakWorkingSet64 / (1024 * 1024)} MiB");
        }
        if (!cold.Succeeded)
        {
            return 1;
        }

        Console.WriteLine($"edited post: {post}");
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                await EditAsync(session, post, $"last paragraph #{round}", Replace(original, lastParagraph: true, $" Edited sentence {round}."));
                await EditAsync(session, post, $"first paragraph #{round}", Replace(original, lastParagraph: false, $" Edited opening {round}."));
                await EditAsync(session, post, $"title #{round}", original.Replace("\ntitle: ", $"\ntitle: Edit {round} ", StringComparison.Ordinal));
                await EditAsync(session, post, $"date (reorders) #{round}", MoveDate(original, round), reshapes: true);
                await RestoreAsync(session, post, original); // untimed: moving it back reshapes the site again
            }

            await EditAsync(session, post, "no change", original);
        }
        finally
        {
            await File.WriteAllTextAsync(post, original);
        }

        await session.RebuildAsync([post]);
        await session.BackgroundWork;
        var sorted = EditTimes.Order().ToList();
        Console.WriteLine($"edit to updated output: median {sorted[sorted.Count / 2]} ms, min {sorted[0]} ms, max {sorted[^1]} ms over {sorted.Count} edits");
        var moved = ReshapeTimes.Order().ToList();
        Console.WriteLine($"edits that move the post in the lists (general path): median {moved[moved.Count / 2]} ms, min {moved[0]} ms, max {moved[^1]} ms over {moved.Count} edits");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MiB, managed heap now {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MiB");
        return 0;
    }

    private static readonly List<long> EditTimes = [];

    private static async Task RestoreAsync(SiteBuildSession session, string post, string original)
    {
        await File.WriteAllTextAsync(post, original);
        await session.RebuildAsync([post]);
        await session.BackgroundWork;
    }
    private static readonly List<long> ReshapeTimes = [];

    /// <summary>The post dated a few days earlier: it moves in every list (and maybe to another blog page).</summary>
    private static string MoveDate(string text, int round)
    {
        var start = text.IndexOf("\ndate: ", StringComparison.Ordinal) + 7;
        var end = text.IndexOf('\n', start);
        var date = DateTimeOffset.Parse(text[start..end].Trim().Trim('"'), System.Globalization.CultureInfo.InvariantCulture).AddDays(-3 * round);
        return text[..start] + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + text[end..];
    }

    /// <param name="reshapes">The edit changes the site's shape (a post moves in the lists): timed apart, it takes the general path.</param>
    private static async Task EditAsync(SiteBuildSession session, string post, string label, string text, bool reshapes = false)
    {
        await session.BackgroundWork; // measure the edit loop, not the previous index refresh competing for the cores
        await File.WriteAllTextAsync(post, text);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var stopwatch = Stopwatch.StartNew();
        var report = await session.RebuildAsync([post]);
        var elapsed = stopwatch.ElapsedMilliseconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        await session.BackgroundWork;
        var background = stopwatch.ElapsedMilliseconds - elapsed;
        var summary = report.Incremental!;
        var slowest = string.Join(", ", report.ModuleTimings.Take(4).Select(t => $"{t.Module} {t.Elapsed.TotalMilliseconds:F0}"));
        Console.WriteLine(
            $"{label,-22} {elapsed,6} ms wall {cpu,6:F0} ms cpu {gcPause,4:F0} ms gc pause ({gen2} gen2)  ok={report.Succeeded} parsed={summary.FilesParsed} bodies={summary.MarkdownRendered} " +
            $"models={summary.PageModelsBuilt} pages={summary.PagesRendered.Count} written={summary.FilesWritten.Count}  [{slowest}]  search+sitemap +{background} ms");
        (reshapes ? ReshapeTimes : EditTimes).Add(elapsed);
    }

    private static string Replace(string text, bool lastParagraph, string sentence)
    {
        var bodyStart = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        var paragraphs = text[bodyStart..].Split("\n\n");
        var index = lastParagraph ? Array.FindLastIndex(paragraphs, IsProse) : Array.FindIndex(paragraphs, IsProse);
        paragraphs[index] = paragraphs[index].TrimEnd() + sentence;
        return text[..bodyStart] + string.Join("\n\n", paragraphs);
    }

    private static bool IsProse(string paragraph) =>
        paragraph.Length > 40 && char.IsLetter(paragraph.TrimStart()[0]);

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Site.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("run from the repository (Site.sln not found)");
    }
}
