using System.Diagnostics;
using Site.Content.Loading;

namespace Site.Benchmarks;

/// <summary>
/// <c>load-cpu [input folder] [threads] [--allocations]</c>: loads a corpus once, as a cold build's <c>content/Read/LoadContent</c>
/// step does (scan, read, parse front matter, build pages, link the graph), in a fresh process, and prints its
/// wall and CPU time, the garbage collector's pause and collections, the bytes allocated and the managed heap
/// the loaded content holds. The collector's share matters here: every parse lives until the pages are built,
/// so what a parse keeps is copied by each collection until then. <c>--allocations</c> adds the types the
/// allocations were made of (<see cref="AllocationSampler"/>).
/// </summary>
internal static class LoadCpuRun
{
    public static int Run(string[] args)
    {
        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        args = [.. args.Where(a => a != "--allocations")];
        var input = args.Length > 1 ? args[1] : "/tmp/bench/medium/input";
        var threads = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        sampler?.Enabled = true;
        var clock = Stopwatch.StartNew();
        var loaded = ContentLoader.Load(input, new ContentLoaderOptions { MaxParallelism = threads });
        clock.Stop();
        sampler?.Enabled = false;
        process.Refresh();
        var content = loaded.Content ?? throw new InvalidOperationException("corpus failed to load: " + string.Join("\n", loaded.Diagnostics.Take(5)));
        Console.WriteLine(
            $"{content.Pages.Count} pages on {threads} thread(s): wall {clock.ElapsedMilliseconds} ms, CPU {(process.TotalProcessorTime - cpuBefore).TotalMilliseconds:F0} ms, " +
            $"GC pause {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms, " +
            $"collections {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3} (gen0/1/2), " +
            $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F0} MiB, " +
            $"content holds {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MiB");
        if (sampler is not null)
        {
            Console.WriteLine("allocated by type (sampled):");
            foreach (var (type, large, bytes) in sampler.Top(25))
            {
                Console.WriteLine($"  {bytes / 1048576.0,8:F1} MiB  {(large ? "L " : "  ")}{type}");
            }
        }

        GC.KeepAlive(content);
        return 0;
    }
}
