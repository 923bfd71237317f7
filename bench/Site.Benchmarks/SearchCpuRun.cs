using System.Diagnostics;
using Site.Pipeline.SearchFiles;

namespace Site.Benchmarks;

/// <summary>
/// <c>search-cpu [rounds] [--allocations]</c>: builds the search files of every language of the corpus (<c>BENCH_CORPUS</c>) as the
/// build does, on one thread at a time per step, and prints per round the CPU time and allocation of building the
/// indexes (<see cref="SearchIndexComposer.Compose"/>) and of serializing every file (into a counting stream, so
/// the file system is left out), the bytes written, and the managed memory the built indexes hold while they wait
/// to be written, and the garbage collections both steps caused (count per generation, total pause). The first
/// round includes the JIT, as in a build; the others show the steady state. <c>--allocations</c> adds the types the
/// allocations were made of (<see cref="AllocationSampler"/>).
/// </summary>
internal static class SearchCpuRun
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        var site = CorpusSite.Instance;
        for (var round = 0; round <= rounds; round++)
        {
            double composeMs = 0, writeMs = 0, pauseMs = 0;
            var collections = new int[3];
            long composeBytes = 0, writeBytes = 0, output = 0, held = 0;
            var files = 0;
            foreach (var language in site.Model.Languages)
            {
                GC.Collect();
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var pause = GC.GetTotalPauseDuration();
                var counts = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
                sampler?.Enabled = true;
                var (search, ms, bytes) = Measure(() => SearchIndexComposer.Compose(language));
                composeMs += ms;
                composeBytes += bytes;
                AddCollections(ref pauseMs, collections, pause, counts);

                // The memory the built indexes hold, measured with a full collection kept out of the GC figures.
                held += GC.GetTotalMemory(forceFullCollection: true) - before;
                pause = GC.GetTotalPauseDuration();
                counts = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();

                var counter = new CountingStream();
                (_, ms, bytes) = Measure(() =>
                {
                    foreach (var file in search.Files)
                    {
                        file.Write(counter);
                        files++;
                    }

                    return 0;
                });
                writeMs += ms;
                writeBytes += bytes;
                sampler?.Enabled = false;
                AddCollections(ref pauseMs, collections, pause, counts);

                output += counter.Length;
                GC.KeepAlive(search);
            }

            Console.WriteLine($"{(round == 0 ? "cold " : "round")} {round}: indexes {composeMs,6:F0} ms CPU, {composeBytes / 1048576.0,7:F1} MiB allocated, " +
                $"{held / 1048576.0,6:F1} MiB held; files {writeMs,6:F0} ms CPU, {writeBytes / 1048576.0,7:F1} MiB allocated; {files} files, {output / 1048576.0:F1} MiB; " +
                $"GC pauses {pauseMs:F0} ms, collections gen0/1/2 {collections[0]}/{collections[1]}/{collections[2]}");
        }

        if (sampler is not null)
        {
            Console.WriteLine("Allocations of all rounds by type (sampled every ~100 KB; L = large object heap):");
            foreach (var (type, large, bytes) in sampler.Top(25))
            {
                Console.WriteLine($"  {bytes / 1048576.0,8:F1} MiB {(large ? "L" : " ")} {type}");
            }
        }

        return 0;
    }

    private static void AddCollections(ref double pauseMs, int[] collections, TimeSpan pauseBefore, int[] countsBefore)
    {
        pauseMs += (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        for (var g = 0; g < collections.Length; g++)
        {
            collections[g] += GC.CollectionCount(g) - countsBefore[g];
        }
    }

    private static (T Result, double CpuMs, long Allocated) Measure<T>(Func<T> action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var result = action();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
        return (result, cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    /// <summary>A write-only stream that counts bytes and keeps none.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void WriteByte(byte value) => _length++;
    }
}
