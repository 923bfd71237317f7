using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Site.Content.Diagnostics;

namespace Site.Pipeline.Engine;

/// <summary>
/// Runs pipelines phase by phase. Within a phase, pipelines run concurrently as soon as their
/// dependencies finished that phase, and modules parallelise over documents. Every diagnostic
/// of every module is collected; when any error was reported the Write phase is skipped, so a
/// broken site is never written, but all earlier phases still run to report every problem at once.
/// </summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<PipelineDefinition> _ordered;
    private readonly Dictionary<string, PipelineDefinition> _byName;
    private readonly Dictionary<string, IReadOnlySet<string>> _dependencies;
    private readonly int _maxDegreeOfParallelism;

    /// <param name="maxDegreeOfParallelism">Upper bound for parallel work inside modules; defaults to the core count.</param>
    public PipelineEngine(IEnumerable<PipelineDefinition> pipelines, int? maxDegreeOfParallelism = null)
    {
        _ordered = PipelineGraph.Order(pipelines.ToList());
        _byName = _ordered.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _dependencies = _ordered.ToDictionary(p => p.Name, p => PipelineGraph.TransitiveDependencies(p.Name, _byName), StringComparer.Ordinal);
        _maxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism ?? Environment.ProcessorCount);
    }

    /// <summary>Pipelines in execution order (dependencies first).</summary>
    public IReadOnlyList<PipelineDefinition> Pipelines => _ordered;

    public async Task<EngineResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var run = new RunState(new ParallelOptions
        {
            MaxDegreeOfParallelism = _maxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        });
        var phaseTimings = new List<(Phase, TimeSpan)>();
        var lastPhase = Phase.Read;
        var completed = true;

        foreach (var phase in Enum.GetValues<Phase>())
        {
            // Every phase but Write runs even after errors, so one run reports the problems of
            // all stages (content, templates, links); only writing is skipped.
            if (phase == Phase.Write && (run.Diagnostics.ErrorCount > 0 || !run.Failures.IsEmpty))
            {
                completed = false;
                break;
            }

            lastPhase = phase;
            var stopwatch = Stopwatch.StartNew();
            await RunPhaseAsync(run, phase).ConfigureAwait(false);
            phaseTimings.Add((phase, stopwatch.Elapsed));
        }

        var outputs = _ordered.ToImmutableDictionary(p => p.Name, p => run.OutputOf(p.Name, lastPhase), StringComparer.Ordinal);
        return new EngineResult(
            run.Diagnostics.ToSortedList(),
            run.Failures.OrderBy(f => f.Pipeline, StringComparer.Ordinal).ToList(),
            outputs,
            completed,
            phaseTimings,
            run.ModuleTimings.OrderByDescending(t => t.Elapsed).ToList());
    }

    private Task RunPhaseAsync(RunState run, Phase phase)
    {
        var tasks = new Dictionary<string, Task<bool>>(StringComparer.Ordinal);
        foreach (var pipeline in _ordered)
        {
            // Only Read and Process wait for dependencies; later phases see finished Process/PostProcess outputs.
            var waitFor = phase is Phase.Read or Phase.Process
                ? pipeline.DependsOn.Select(d => tasks[d]).ToArray()
                : [];
            tasks[pipeline.Name] = RunPipelinePhaseAsync(run, pipeline, phase, waitFor);
        }

        return Task.WhenAll(tasks.Values);
    }

    private async Task<bool> RunPipelinePhaseAsync(RunState run, PipelineDefinition pipeline, Phase phase, Task<bool>[] dependencies)
    {
        var dependenciesSucceeded = await Task.WhenAll(dependencies).ConfigureAwait(false);
        if (dependenciesSucceeded.Any(ok => !ok))
        {
            // A dependency crashed: running on its partial output would only add confusing follow-up errors.
            run.SetOutput(pipeline.Name, phase, []);
            return false;
        }

        return await Task.Run(() => RunModules(run, pipeline, phase), run.CancellationToken).ConfigureAwait(false);
    }

    private bool RunModules(RunState run, PipelineDefinition pipeline, Phase phase)
    {
        IReadOnlyList<Document> documents = phase == Phase.Read ? [] : run.OutputOf(pipeline.Name, phase - 1);
        var readable = phase is Phase.PostProcess or Phase.Write
            ? _byName.Keys.ToHashSet(StringComparer.Ordinal)
            : _dependencies[pipeline.Name];
        var context = new PipelineContext(run, pipeline, phase, readable);

        foreach (var module in pipeline.ModulesOf(phase))
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var stopwatch = Stopwatch.StartNew();
            try
            {
                documents = module.Execute(documents, context);
            }
            catch (DiagnosticException ex)
            {
                context.Report(ex.Diagnostics);
                run.SetOutput(pipeline.Name, phase, []);
                return true;
            }
            catch (OperationCanceledException) when (run.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                run.Failures.Enqueue(new PipelineFailure(pipeline.Name, phase, ModuleName(module), ex));
                run.SetOutput(pipeline.Name, phase, []);
                return false;
            }
            finally
            {
                run.ModuleTimings.Enqueue(new ModuleTiming(pipeline.Name, phase, ModuleName(module), stopwatch.Elapsed));
            }
        }

        var result = documents.ToImmutableArray();
        if (phase == Phase.Read)
        {
            // File enumeration order differs between machines; everything downstream starts from a sorted list.
            result = result.Sort(static (a, b) =>
            {
                var bySource = string.CompareOrdinal(a.Source, b.Source);
                return bySource != 0 ? bySource : string.CompareOrdinal(a.Destination, b.Destination);
            });
        }

        run.SetOutput(pipeline.Name, phase, result);
        return true;
    }

    private static string ModuleName(IModule module) => module is INamedModule named ? named.Name : module.GetType().Name;

    /// <summary>Mutable state of one run, shared by the contexts of all modules.</summary>
    internal sealed class RunState(ParallelOptions parallelOptions)
    {
        private readonly ConcurrentDictionary<(string, Phase), ImmutableArray<Document>> _outputs = new();

        public ParallelOptions ParallelOptions { get; } = parallelOptions;

        public CancellationToken CancellationToken => ParallelOptions.CancellationToken;

        public DiagnosticCollector Diagnostics { get; } = new();

        public ConcurrentQueue<PipelineFailure> Failures { get; } = new();

        public ConcurrentQueue<ModuleTiming> ModuleTimings { get; } = new();

        public void SetOutput(string pipeline, Phase phase, ImmutableArray<Document> documents) => _outputs[(pipeline, phase)] = documents;

        public ImmutableArray<Document> OutputOf(string pipeline, Phase phase) =>
            _outputs.TryGetValue((pipeline, phase), out var documents) ? documents : [];
    }
}
