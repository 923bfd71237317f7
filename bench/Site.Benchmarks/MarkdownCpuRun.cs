using System.Diagnostics;
using Site.Content.Diagnostics;
using Site.Content.Loading;
using Site.Content.Markdown;
using Site.Pipeline.Incremental;

namespace Site.Benchmarks;

/// <summary>
/// <c>markdown-cpu [input folder] [threads]</c>: loads a corpus and renders every body as a cold build's
/// <c>content/Process/RenderMarkdown</c> step does (<see cref="MarkdownCache.RenderAll"/>: parse, highlight,
/// localise links, check them), once, in a fresh process, and prints the CPU and wall time of that step,
/// the bytes it allocated and the managed heap before and after it (what the rendered bodies hold). Only the first render of a process is the
/// build's: highlighting keeps what it learnt for the rest of the process, so run the command again to repeat.
/// <c>--allocations</c> adds the types the step's allocations were made of (<see cref="AllocationSampler"/>).
/// </summary>
internal static class MarkdownCpuRun
{
    private const string CodeBlockStart = "<div class=\"code-block\">";

    public static int Run(string[] args)
    {
        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        args = [.. args.Where(a => a != "--allocations")];
        var input = args.Length > 1 ? args[1] : "/tmp/bench/medium/input";
        var threads = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var loaded = ContentLoader.Load(input);
        var content = loaded.Content ?? throw new InvalidOperationException("corpus failed to load: " + string.Join("\n", loaded.Diagnostics.Take(5)));
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = process.TotalProcessorTime;
        sampler?.Enabled = true;
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var rendered = new MarkdownCache().RenderAll(content, new ParallelOptions { MaxDegreeOfParallelism = threads }, diagnostics);
        clock.Stop();
        sampler?.Enabled = false;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        GC.Collect();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"{content.Pages.Count} pages, {rendered.RenderedCount} bodies rendered on {threads} thread(s): " +
            $"CPU {cpu:F0} ms, wall {clock.ElapsedMilliseconds} ms, allocated {bytes / 1048576.0:F0} MiB, " +
            $"managed heap {heapBefore / 1048576.0:F0} MiB before, {heap / 1048576.0:F0} MiB after, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, {diagnostics.Count} diagnostics");

        // What the results hold, for memory work: distinct bodies (a fallback shares its source's; a localised copy does not).
        var seen = new HashSet<RenderedMarkdown>(ReferenceEqualityComparer.Instance);
        long html = 0, code = 0, plain = 0;
        foreach (var page in content.Pages)
        {
            if (rendered.Get(page) is not { } body || !seen.Add(body))
            {
                continue;
            }

            html += body.Html.Length;
            plain += body.PlainText.Length;
            for (var at = body.Html.IndexOf(CodeBlockStart, StringComparison.Ordinal); at >= 0; at = body.Html.IndexOf(CodeBlockStart, at + 1, StringComparison.Ordinal))
            {
                code += body.Html.IndexOf("</div>", at, StringComparison.Ordinal) - at;
            }
        }

        Console.WriteLine($"{seen.Count} distinct results hold {html / 1e6:F1}M characters of HTML ({code / 1e6:F1}M of it code blocks) and {plain / 1e6:F1}M of plain text");
        if (sampler is not null)
        {
            Console.WriteLine("allocated by type (sampled):");
            foreach (var (type, large, sampled) in sampler.Top(25))
            {
                Console.WriteLine($"  {sampled / 1048576.0,8:F1} MiB  {(large ? "L " : "  ")}{type}");
            }
        }

        GC.KeepAlive(rendered);
        LibraryFloor(content.Pages.Where(p => !p.IsFallback).Select(p => p.Body).ToList(), threads);
        return 0;
    }

    /// <summary>
    /// The same bodies through Markdig alone: CommonMark and those of our extensions that Markdig provides (tables,
    /// footnotes, …), without our own (highlighting, safe HTML and URLs, components, heading ids) and without the
    /// walks, plain text and checks. What the step could not go below while it uses Markdig; measured after the
    /// step, so with Markdig's code already compiled. (CJK-friendly emphasis is a parser setting, not an
    /// extension, so the floor parses emphasis as plain CommonMark does.)
    /// </summary>
    private static void LibraryFloor(List<string> bodies, int threads)
    {
        var builder = new Markdig.MarkdownPipelineBuilder();
        foreach (var extension in MarkdownPipelineFactory.Create().Extensions)
        {
            if (extension.GetType().Assembly == typeof(Markdig.Markdown).Assembly)
            {
                builder.Extensions.Add(extension);
            }
        }

        var pipeline = builder.Build();
        var process = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(bodies, new ParallelOptions { MaxDegreeOfParallelism = threads }, body => Markdig.Markdown.ToHtml(body, pipeline));
        clock.Stop();
        process.Refresh();
        Console.WriteLine($"Markdig alone ({string.Join(", ", pipeline.Extensions.Select(e => e.GetType().Name))}), same {bodies.Count} bodies: CPU {(process.TotalProcessorTime - cpuBefore).TotalMilliseconds:F0} ms, " +
            $"wall {clock.ElapsedMilliseconds} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F0} MiB");
    }
}
