using System.Diagnostics;
using System.Globalization;
using Site.Pipeline.Build;

namespace Site.Benchmarks.Incremental;

/// <summary>
/// Macro measurement of <c>serve</c>'s edit loop: a <see cref="SiteBuildSession"/> builds a corpus
/// once, then goes through a session of mixed edits, as a writer and a theme author would make them
/// (a sentence in a post, a title, a date that moves a post in every list, a new post, that post
/// deleted again, the footer partial of the theme, a UI string), each rebuild timed from the call to the
/// updated files on disk, with the process's CPU time and its memory after the edit (working set,
/// managed heap). Ends with the times per kind of edit (median, p95, max) and the memory curve.
/// Every file edited is restored at the end; the theme and UI strings are edited in a temporary
/// copy, never in the repository.
/// <code>dotnet run -c Release --project bench/Site.Benchmarks -- incremental /tmp/bench/large/input [edits, default 50] [--kinds text,date]</code>
/// <c>--kinds</c> repeats the given kinds of edit instead of the mixed cycle (to profile one of them);
/// <c>--marks FILE</c> writes the monotonic clock (ns, what <c>perf record -k CLOCK_MONOTONIC</c> stamps
/// samples with) at the start and end of every rebuild, to keep only the samples of the edit loop.
/// </summary>
internal static class IncrementalEditRun
{
    /// <summary>One cycle of ten edits, repeated: four text edits for every one of the other kinds.</summary>
    private static readonly string[] Cycle = ["text", "title", "text", "date", "new page", "text", "deleted page", "template", "text", "ui string"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !File.Exists(Path.Combine(args[1], "site.yml")))
        {
            Console.Error.WriteLine("usage: incremental <corpus input folder> [edits]   (generate one with ../shared/bench/gen_corpus.py)");
            return 2;
        }

        var kindsAt = Array.IndexOf(args, "--kinds");
        var cycle = kindsAt > 0 && kindsAt + 1 < args.Length ? args[kindsAt + 1].Split(',') : Cycle;
        if (cycle.Except(Cycle).FirstOrDefault() is { } unknown)
        {
            Console.Error.WriteLine($"unknown kind of edit `{unknown}`; kinds: {string.Join(", ", Cycle.Distinct())}");
            return 2;
        }

        var marksAt = Array.IndexOf(args, "--marks");
        using var marks = marksAt > 0 && marksAt + 1 < args.Length ? new StreamWriter(args[marksAt + 1]) { AutoFlush = true } : null;
        var edits = args.Length > 2 && kindsAt != 2 && marksAt != 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var repo = RepositoryRoot();
        var scratch = Path.Combine(Path.GetTempPath(), $"site-bench-incremental-{Environment.ProcessId}");
        var theme = Path.Combine(scratch, "theme");
        var translations = Path.Combine(scratch, "translations");
        CopyFolder(Path.Combine(repo, "themes", "default"), theme);
        CopyFolder(Path.Combine(repo, "translations"), translations);
        var options = new BuildOptions
        {
            InputPath = args[1],
            OutputPath = Path.Combine(scratch, "output"),
            ThemePath = theme,
            TranslationsPath = translations,
            LunrPackagePath = Path.Combine(repo, "tools", "node_modules", "lunr"),
            LunrCjkScriptPath = Path.Combine(repo, "tools", "lunr", "lunr-cjk.js"),
        };
        var posts = Directory.EnumerateFiles(Path.Combine(args[1], "en", "blog"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var edited = new Edits(posts, theme, translations);

        var samples = new List<Sample>();
        try
        {
            // As serve makes it (CliHost): warmed up after the cold build, whose BackgroundWork the loop below waits for.
            using var session = new SiteBuildSession(options) { WarmUp = true };
            var stopwatch = Stopwatch.StartNew();
            var cold = await session.BuildAsync();
            await session.BackgroundWork;
            var (workingSet, heap) = Memory();
            Console.WriteLine($"cold build: {stopwatch.ElapsedMilliseconds} ms, {cold.TotalPages} pages, succeeded={cold.Succeeded}, working set {workingSet} MiB, managed heap {heap} MiB, peak working set {PeakMiB()} MiB");
            if (!cold.Succeeded)
            {
                return 1;
            }

            Console.WriteLine($"{"#",3} {"edit",-13} {"wall ms",8} {"cpu ms",7} {"gc ms",6} {"gen2",4} {"alloc",6} {"parsed",6} {"models",6} {"pages",6} {"written",7} {"bg ms",6} {"ws MiB",7} {"heap MiB",8} {"peak rb",7} {"peak bg",7}  slowest steps");
            for (var number = 1; number <= edits; number++)
            {
                var kind = cycle[(number - 1) % cycle.Length];
                var changed = await edited.MakeAsync(kind, number);
                samples.Add(await TimeAsync(session, number, kind, changed, marks));
            }
        }
        finally
        {
            await edited.RestoreAsync();
            Directory.Delete(scratch, recursive: true);
        }

        Summarize(samples);
        return 0;
    }

    /// <param name="PeakMiB">The highest working set of the edit: the rebuild's or its background refresh's.</param>
    private sealed record Sample(int Number, string Kind, long WallMs, double CpuMs, long WorkingSetMiB, long HeapMiB, long PeakMiB);

    private static async Task<Sample> TimeAsync(SiteBuildSession session, int number, string kind, string changed, StreamWriter? marks)
    {
        await session.BackgroundWork; // measure the edit loop, not the previous index refresh competing for the cores
        ResetPeak();
        var start = Stopwatch.GetTimestamp();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var stopwatch = Stopwatch.StartNew();
        var report = await session.RebuildAsync([changed]);
        var elapsed = stopwatch.ElapsedMilliseconds;
        marks?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{number} {kind.Replace(' ', '-')} {Nanoseconds(start)} {Nanoseconds(Stopwatch.GetTimestamp())}"));
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (1024 * 1024);
        var rebuildPeak = PeakMiB();
        ResetPeak();
        await session.BackgroundWork;
        var background = stopwatch.ElapsedMilliseconds - elapsed;
        var (workingSet, heap) = Memory();
        var backgroundPeak = PeakMiB();
        var summary = report.Incremental;
        var slowest = string.Join(", ", report.ModuleTimings.Take(3).Select(t => $"{t.Module} {t.Elapsed.TotalMilliseconds:F0}"));
        Console.WriteLine(
            $"{number,3} {kind,-13} {elapsed,8} {cpu,7:F0} {gcPause,6:F0} {gen2,4} {allocated,6} {summary?.FilesParsed,6} {summary?.PageModelsBuilt,6} {summary?.PagesRendered.Count,6} {summary?.FilesWritten.Count,7} {background,6} {workingSet,7} {heap,8} {rebuildPeak,7} {backgroundPeak,7}  " +
            (report.Succeeded ? slowest : "FAILED: " + string.Join("; ", report.Diagnostics.Take(2).Select(d => d.ToString()))));
        if (!report.Succeeded)
        {
            throw new InvalidOperationException($"edit {number} ({kind}) failed");
        }

        return new Sample(number, kind, elapsed, cpu, workingSet, heap, Math.Max(rebuildPeak, backgroundPeak));
    }

    private static long Nanoseconds(long timestamp) => (long)(timestamp * (1e9 / Stopwatch.Frequency));

    /// <summary>
    /// Starts a new measurement of the peak working set (Linux: writing 5 to <c>/proc/self/clear_refs</c>
    /// resets the kernel's high-water mark, which <see cref="Process.PeakWorkingSet64"/> reads), so that
    /// each edit's peak, rebuild and background refresh included, is its own and not the cold build's.
    /// </summary>
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux, or not allowed: the peak then runs from the start of the process.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static long PeakMiB()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }

    /// <summary>The working set of the process and the managed heap, in MiB, without forcing a collection (what serve would hold).</summary>
    private static (long WorkingSet, long Heap) Memory()
    {
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64 / (1024 * 1024), GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024));
    }

    private static void Summarize(List<Sample> samples)
    {
        Console.WriteLine();
        Console.WriteLine($"{"edit kind",-13} {"n",3} {"p50 ms",7} {"p95 ms",7} {"max ms",7} {"p50 cpu",8}");
        foreach (var group in samples.GroupBy(s => s.Kind))
        {
            var walls = group.Select(s => s.WallMs).Order().ToList();
            var cpus = group.Select(s => s.CpuMs).Order().ToList();
            Console.WriteLine($"{group.Key,-13} {walls.Count,3} {Percentile(walls, 50),7} {Percentile(walls, 95),7} {walls[^1],7} {Percentile(cpus, 50),8:F0}");
        }

        Console.WriteLine();
        var marks = new[] { 1, 10, 25, 50 }.Where(n => n <= samples.Count).Append(samples.Count).Distinct();
        Console.WriteLine("memory after edit: " + string.Join(", ", marks.Select(n => $"#{n} {samples[n - 1].WorkingSetMiB} MiB ws / {samples[n - 1].HeapMiB} MiB heap")));
        if (samples.Count >= 10)
        {
            var later = samples.Skip(9).ToList();
            Console.WriteLine($"edits 10..{samples.Count}: working set min {later.Min(s => s.WorkingSetMiB)}, max {later.Max(s => s.WorkingSetMiB)} MiB; " +
                $"managed heap min {later.Min(s => s.HeapMiB)}, max {later.Max(s => s.HeapMiB)} MiB; peak during an edit max {later.Max(s => s.PeakMiB)} MiB");
        }

        var highest = samples.MaxBy(s => s.PeakMiB)!;
        Console.WriteLine($"peak working set over the edits {highest.PeakMiB} MiB (edit {highest.Number}, {highest.Kind}), managed heap after a full collection {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MiB");
    }

    private static T Percentile<T>(List<T> sorted, int percent) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    /// <summary>The edits of the session and what they touched, to put everything back at the end.</summary>
    private sealed class Edits(List<string> posts, string theme, string translations)
    {
        private readonly Dictionary<string, string?> _originals = new(StringComparer.Ordinal);
        private string? _newPage;

        private string Partial => Path.Combine(theme, "partials", "footer.scriban");

        private string Strings => Path.Combine(translations, "en.yml");

        /// <summary>Makes edit <paramref name="number"/> of <paramref name="kind"/>; returns the path changed.</summary>
        public async Task<string> MakeAsync(string kind, int number)
        {
            // A different post for every edit, spread over the corpus.
            var post = posts[number * 7919 % posts.Count];
            switch (kind)
            {
                case "text":
                    await WriteAsync(post, Replace(await OriginalAsync(post), lastParagraph: number % 2 == 0, $" Edited sentence {number}."));
                    return post;
                case "title":
                    await WriteAsync(post, (await OriginalAsync(post)).Replace("\ntitle: \"", $"\ntitle: \"Edit {number} ", StringComparison.Ordinal));
                    return post;
                case "date":
                    await WriteAsync(post, MoveDate(await OriginalAsync(post), number));
                    return post;
                case "new page":
                    _newPage = Path.Combine(Path.GetDirectoryName(post)!, $"bench-new-post-{number}.md");
                    _originals.TryAdd(_newPage, null);
                    await WriteAsync(_newPage, (await OriginalAsync(post)).Replace("\ntitle: \"", $"\ntitle: \"New post {number}: ", StringComparison.Ordinal));
                    return _newPage;
                case "deleted page":
                    var deleted = _newPage ?? throw new InvalidOperationException("a page is deleted after one is added");
                    File.Delete(deleted);
                    _newPage = null;
                    return deleted;
                case "template":
                    await WriteAsync(Partial, (await OriginalAsync(Partial)).Replace("<footer class=\"site-footer\">", $"<footer class=\"site-footer\" data-edit=\"{number}\">", StringComparison.Ordinal));
                    return Partial;
                case "ui string":
                    await WriteAsync(Strings, (await OriginalAsync(Strings)).Replace("skip_link: Skip to main content", $"skip_link: Skip to main content ({number})", StringComparison.Ordinal));
                    return Strings;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }
        }

        public async Task RestoreAsync()
        {
            foreach (var (path, original) in _originals)
            {
                if (original is null)
                {
                    File.Delete(path);
                }
                else
                {
                    await File.WriteAllTextAsync(path, original);
                }
            }
        }

        private async Task<string> OriginalAsync(string path)
        {
            if (!_originals.TryGetValue(path, out var original))
            {
                original = await File.ReadAllTextAsync(path);
                _originals[path] = original;
            }

            return original ?? throw new InvalidOperationException($"{path} was created by the benchmark");
        }

        private static async Task WriteAsync(string path, string text)
        {
            var before = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
            if (before == text)
            {
                throw new InvalidOperationException($"the edit of {path} changes nothing");
            }

            await File.WriteAllTextAsync(path, text);
        }
    }

    /// <summary>The post dated a few days earlier: it moves in every list (and maybe to another blog page).</summary>
    private static string MoveDate(string text, int number)
    {
        var start = text.IndexOf("\ndate: ", StringComparison.Ordinal) + 7;
        var end = text.IndexOf('\n', start);
        var date = DateTimeOffset.Parse(text[start..end].Trim().Trim('"'), CultureInfo.InvariantCulture).AddDays(-3 - number % 5);
        return text[..start] + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + text[end..];
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

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

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
