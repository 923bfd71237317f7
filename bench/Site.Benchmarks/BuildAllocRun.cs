using Site.Pipeline.Build;

namespace Site.Benchmarks;

/// <summary>
/// <c>build-alloc input output [count]</c>: a whole cold build, in process, and the types its allocations were made
/// of (<see cref="AllocationSampler"/>, sampled every ~100 KB; L = large object heap), with the total allocated.
/// Which code allocated them takes a trace (see bench/README.md, "Profiling").
/// </summary>
internal static class BuildAllocRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: build-alloc <input folder> <output folder> [types to list, default 30]");
            return 2;
        }

        var count = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 30;
        using var sampler = new AllocationSampler { Enabled = true };
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var report = await SiteBuilder.BuildAsync(new BuildOptions { InputPath = args[1], OutputPath = args[2] });
        sampler.Enabled = false;
        Console.WriteLine($"{(report.Succeeded ? "built" : "FAILED")}: {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0:F0} MiB allocated; by type:");
        foreach (var (type, large, bytes) in sampler.Top(count))
        {
            Console.WriteLine($"  {bytes / 1048576.0,8:F1} MiB {(large ? "L" : " ")} {type}");
        }

        return report.Succeeded ? 0 : 1;
    }
}
