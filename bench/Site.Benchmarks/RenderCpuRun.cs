using System.Diagnostics;
using Site.Content.Diagnostics;
using Site.Pipeline.Model;
using Site.Pipeline.Rendering;

namespace Site.Benchmarks;

/// <summary>
/// <c>render-cpu [rounds] [theme folder]</c>: renders every page of the corpus (both languages) on one
/// thread, once cold (the first render of each template, JIT included, as in a build) and then
/// <c>rounds</c> times, and prints the CPU time of the cold round and the CPU time and bytes
/// allocated per further round (median, min, max). CPU time rather than wall time, so that figures taken on a busy
/// machine can still be compared.
/// </summary>
internal static class RenderCpuRun
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var site = CorpusSite.Instance;
        var diagnostics = new List<Diagnostic>();
        var theme = Theme.Load(args.Length > 2 ? args[2] : site.ThemePath, diagnostics);
        if (diagnostics.Count > 0)
        {
            Console.Error.WriteLine(string.Join("\n", diagnostics));
            return 1;
        }

        var jobs = site.Model.Languages.SelectMany(l => new PageModelFactory(l).All()).ToList();
        long characters = 0;
        var byLayout = new Dictionary<string, (long Ticks, int Pages, long Characters)>();
        void Round()
        {
            // As in a build: include_cached results live for one run.
            var renderer = new PageRenderer(theme, includeCache: new IncludeCache());
            byLayout.Clear();
            foreach (var job in jobs)
            {
                var start = Stopwatch.GetTimestamp();
                var length = (renderer.Render(job, out var error) ?? throw new InvalidOperationException(error?.ToString())).Length;
                characters += length;
                var (ticks, pages, layoutCharacters) = byLayout.GetValueOrDefault(job.Layout);
                byLayout[job.Layout] = (ticks + Stopwatch.GetTimestamp() - start, pages + 1, layoutCharacters + length);
            }
        }

        var coldStart = Process.GetCurrentProcess().TotalProcessorTime;
        Round();
        var cold = (Process.GetCurrentProcess().TotalProcessorTime - coldStart).TotalMilliseconds;
        var cpu = new List<double>();
        var bytes = new List<long>();
        for (var i = 0; i < rounds; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Process.GetCurrentProcess().TotalProcessorTime;
            Round();
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds);
            bytes.Add(GC.GetAllocatedBytesForCurrentThread() - allocated);
        }

        cpu.Sort();
        bytes.Sort();
        Console.WriteLine($"{jobs.Count} pages: first (cold) round {cold:F0} ms CPU; {rounds} more rounds: CPU per round median {cpu[rounds / 2]:F0} ms (min {cpu[0]:F0}, max {cpu[^1]:F0}), " +
            $"allocated per round {bytes[rounds / 2] / 1048576.0:F1} MiB, {characters / (rounds + 1) / jobs.Count} characters per page");
        Console.WriteLine("Last round by layout (wall time on this thread):");
        foreach (var (layout, (ticks, pages, layoutCharacters)) in byLayout.OrderByDescending(l => l.Value.Ticks))
        {
            var ms = Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds;
            Console.WriteLine($"  {layout,-20} {ms,8:F0} ms {pages,7} pages {ms * 1000 / pages,8:F0} µs/page {layoutCharacters / pages,8} characters/page");
        }

        return 0;
    }
}
