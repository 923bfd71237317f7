using Site.Content.Diagnostics;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Tests.Engine;

public class PipelineEngineTests
{
    private static IModule Produce(params string[] names) =>
        new DelegateModule("produce", (_, _) => names.Select(n => Document.FromText(n, n, n)).ToList());

    private static IModule Map(Func<Document, Document> map) =>
        new DelegateModule("map", (docs, _) => docs.Select(map).ToList());

    [Fact]
    public async Task Modules_of_a_phase_run_in_order_and_feed_the_next_phase()
    {
        var pipeline = new PipelineDefinition("p")
        {
            Read = [Produce("a")],
            Process = [Map(d => d.WithText(d.Content.GetText() + "1")), Map(d => d.WithText(d.Content.GetText() + "2"))],
            PostProcess = [Map(d => d.WithText(d.Content.GetText() + "3"))],
        };

        var result = await new PipelineEngine([pipeline]).RunAsync();

        Assert.True(result.Succeeded);
        Assert.Equal("a123", Assert.Single(result.Outputs["p"]).Content.GetText());
    }

    [Fact]
    public async Task Read_output_is_sorted_so_order_does_not_depend_on_enumeration()
    {
        var pipeline = new PipelineDefinition("p") { Read = [Produce("c", "a", "b")] };

        var result = await new PipelineEngine([pipeline]).RunAsync();

        Assert.Equal(["a", "b", "c"], result.Outputs["p"].Select(d => d.Source!));
    }

    [Fact]
    public async Task A_pipeline_reads_the_output_of_its_dependency_in_the_same_phase()
    {
        var content = new PipelineDefinition("content") { Read = [Produce("x", "y")], Process = [Map(d => d.WithMetadata("seen", true))] };
        var index = new PipelineDefinition("index")
        {
            DependsOn = ["content"],
            Process =
            [
                new DelegateModule("count", (_, ctx) =>
                {
                    var upstream = ctx.Outputs("content");
                    Assert.All(upstream, d => Assert.True(d.Get("seen", false)));
                    return [Document.FromText(null, "count.txt", upstream.Length.ToString())];
                }),
            ],
        };

        // Declared in reverse order on purpose: the engine must order them.
        var result = await new PipelineEngine([index, content]).RunAsync();

        Assert.True(result.Succeeded);
        Assert.Equal("2", Assert.Single(result.Outputs["index"]).Content.GetText());
        Assert.Equal(["content", "index"], new PipelineEngine([index, content]).Pipelines.Select(p => p.Name));
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_before_post_process_is_a_failure()
    {
        var a = new PipelineDefinition("a") { Read = [Produce("x")] };
        var b = new PipelineDefinition("b") { Process = [new DelegateModule("peek", (_, ctx) => ctx.Outputs("a"))] };

        var result = await new PipelineEngine([a, b]).RunAsync();

        Assert.False(result.Succeeded);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("b", failure.Pipeline);
        Assert.IsType<InvalidOperationException>(failure.Exception);
    }

    [Fact]
    public async Task Post_process_sees_every_pipelines_processed_output()
    {
        var a = new PipelineDefinition("a") { Read = [Produce("x")] };
        var b = new PipelineDefinition("b") { Read = [Produce("y", "z")] };
        var sitemap = new PipelineDefinition("sitemap")
        {
            PostProcess = [new DelegateModule("all", (_, ctx) => [Document.FromText(null, "n", (ctx.Outputs("a").Length + ctx.Outputs("b").Length).ToString())])],
        };

        var result = await new PipelineEngine([a, b, sitemap]).RunAsync();

        Assert.Equal("3", Assert.Single(result.Outputs["sitemap"]).Content.GetText());
    }

    [Fact]
    public void Cycles_and_unknown_dependencies_are_rejected_up_front()
    {
        var a = new PipelineDefinition("a") { DependsOn = ["b"] };
        var b = new PipelineDefinition("b") { DependsOn = ["a"] };
        var c = new PipelineDefinition("c") { DependsOn = ["missing"] };

        var cycle = Assert.Throws<InvalidOperationException>(() => new PipelineEngine([a, b]));
        Assert.Contains("cycle", cycle.Message);
        Assert.Contains("missing", Assert.Throws<InvalidOperationException>(() => new PipelineEngine([c])).Message);
        Assert.Throws<InvalidOperationException>(() => new PipelineEngine([new PipelineDefinition("a"), new PipelineDefinition("a")]));
    }

    [Fact]
    public async Task Diagnostics_of_all_pipelines_are_collected_sorted_and_nothing_is_written()
    {
        var writes = 0;
        IModule Fail(string path, int line) => new DelegateModule("fail", (docs, ctx) =>
        {
            ctx.Report(Diagnostic.Error(path, line, 1, "broken"));
            return docs;
        });
        var a = new PipelineDefinition("a") { Process = [Fail("b.md", 7), Fail("a.md", 3)] };
        var b = new PipelineDefinition("b")
        {
            Process = [new DelegateModule("throw", (_, _) => throw new DiagnosticException([Diagnostic.Error("c.md", 1, 2, "bad")]))],
        };
        var writer = new PipelineDefinition("w") { Write = [new DelegateModule("write", (d, _) => { writes++; return d; })] };

        var result = await new PipelineEngine([a, b, writer]).RunAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(["a.md:3:1", "b.md:7:1", "c.md:1:2"], result.Diagnostics.Select(d => $"{d.Path}:{d.Line}:{d.Column}"));
        Assert.Equal(0, writes);
        Assert.Equal(Phase.PostProcess, result.PhaseTimings[^1].Phase);
    }

    [Fact]
    public async Task Errors_of_every_phase_are_reported_in_one_run()
    {
        IModule Fail(string path) => new DelegateModule("fail", (docs, ctx) =>
        {
            ctx.Report(Diagnostic.Error(path, 1, 1, "bad"));
            return docs;
        });
        var p = new PipelineDefinition("p") { Read = [Fail("read.md")], Process = [Fail("process.md")], PostProcess = [Fail("post.md")] };

        var result = await new PipelineEngine([p]).RunAsync();

        Assert.Equal(["post.md", "process.md", "read.md"], result.Diagnostics.Select(d => d.Path));
        Assert.False(result.CompletedAllPhases);
    }

    [Fact]
    public async Task Warnings_do_not_fail_the_run()
    {
        var p = new PipelineDefinition("p")
        {
            Process = [new DelegateModule("warn", (d, ctx) => { ctx.Report(Diagnostic.Warning("a.md", 1, 1, "hmm")); return d; })],
        };

        var result = await new PipelineEngine([p]).RunAsync();

        Assert.True(result.Succeeded);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public async Task A_crashing_module_is_reported_and_its_dependents_are_skipped()
    {
        var ran = false;
        var a = new PipelineDefinition("a") { Process = [new DelegateModule("boom", (_, _) => throw new FormatException("bug"))] };
        var b = new PipelineDefinition("b") { DependsOn = ["a"], Process = [new DelegateModule("after", (d, _) => { ran = true; return d; })] };

        var result = await new PipelineEngine([a, b]).RunAsync();

        Assert.False(result.Succeeded);
        Assert.False(ran);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("boom", failure.Module);
        Assert.Equal(Phase.Process, failure.Phase);
    }

    [Fact]
    public async Task Parallel_module_keeps_input_order_and_collects_errors_of_every_document()
    {
        var names = Enumerable.Range(0, 500).Select(i => $"d{i:D4}").ToArray();
        var p = new PipelineDefinition("p")
        {
            Read = [Produce(names)],
            Process = [new FailingOnOdd()],
        };

        var result = await new PipelineEngine([p], maxDegreeOfParallelism: 4).RunAsync();

        Assert.Equal(250, result.Diagnostics.Count);
        Assert.Equal(Phase.PostProcess, result.PhaseTimings[^1].Phase);
    }

    [Fact]
    public async Task Parallel_module_runs_documents_concurrently_and_preserves_order()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"d{i:D4}").ToArray();
        var module = new RecordingThreads();
        var p = new PipelineDefinition("p") { Read = [Produce(names)], Process = [module] };

        var result = await new PipelineEngine([p], maxDegreeOfParallelism: 2).RunAsync();

        Assert.Equal(names.Select(n => n.ToUpperInvariant()), result.Outputs["p"].Select(d => d.Content.GetText()));
        Assert.True(module.MaxConcurrent <= 2);
    }

    [Fact]
    public async Task Same_input_gives_identical_output_order_on_every_run()
    {
        var names = Enumerable.Range(0, 300).Select(i => $"n{(i * 7919) % 300}").ToArray();
        async Task<string> RunOnce()
        {
            var p = new PipelineDefinition("p") { Read = [Produce(names)], Process = [new RecordingThreads()] };
            var result = await new PipelineEngine([p]).RunAsync();
            return string.Join(",", result.Outputs["p"].Select(d => d.Source));
        }

        Assert.Equal(await RunOnce(), await RunOnce());
    }

    private sealed class FailingOnOdd : ParallelModule
    {
        protected override Document? Transform(Document input, PipelineContext context)
        {
            var number = int.Parse(input.Source![1..]);
            if (number % 2 == 1)
            {
                throw new DiagnosticException([Diagnostic.Error(input.Source, number, 1, "odd")]);
            }

            return input;
        }
    }

    private sealed class RecordingThreads : ParallelModule
    {
        private int _current;
        private int _max;

        public int MaxConcurrent => _max;

        protected override Document? Transform(Document input, PipelineContext context)
        {
            var now = Interlocked.Increment(ref _current);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }

            Thread.SpinWait(1000);
            Interlocked.Decrement(ref _current);
            return input.WithText(input.Content.GetText().ToUpperInvariant());
        }
    }
}
