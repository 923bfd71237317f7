using System.Collections.Immutable;
using Site.Content.Diagnostics;

namespace Site.Pipeline.Engine;

/// <summary>
/// What a module sees of the run: which pipeline and phase it is in, the outputs of the
/// pipelines it may read, the diagnostics sink, and the parallelism bounds.
/// </summary>
public sealed class PipelineContext
{
    private readonly PipelineEngine.RunState _run;
    private readonly IReadOnlySet<string> _readable;

    internal PipelineContext(PipelineEngine.RunState run, PipelineDefinition pipeline, Phase phase, IReadOnlySet<string> readable)
    {
        _run = run;
        _readable = readable;
        Pipeline = pipeline;
        Phase = phase;
    }

    public PipelineDefinition Pipeline { get; }

    public Phase Phase { get; }

    public CancellationToken CancellationToken => _run.CancellationToken;

    /// <summary>Bounds for <c>Parallel.For</c> inside modules (degree of parallelism and cancellation).</summary>
    public ParallelOptions ParallelOptions => _run.ParallelOptions;

    public void Report(Diagnostic diagnostic) => _run.Diagnostics.Add(diagnostic);

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _run.Diagnostics.Add(diagnostic);
        }
    }

    /// <summary>True when an error was reported for this file; later steps skip it to avoid follow-up errors.</summary>
    public bool HasErrorsIn(string path) => _run.Diagnostics.HasErrorsIn(path);

    /// <summary>True when an error was reported at this position (a later step would only say it again).</summary>
    public bool HasErrorAt(string path, int line, int column) => _run.Diagnostics.HasErrorAt(path, line, column);

    /// <summary>True once any module of the run reported an error.</summary>
    public bool HasErrors => _run.Diagnostics.ErrorCount > 0;

    /// <summary>
    /// The documents another pipeline produced. In Read and Process only (transitive)
    /// dependencies may be read: their output of the same phase, finished before this pipeline
    /// started. In PostProcess every pipeline's Process output is visible, and in Write every
    /// pipeline's PostProcess output.
    /// </summary>
    public ImmutableArray<Document> Outputs(string pipelineName)
    {
        if (!_readable.Contains(pipelineName))
        {
            throw new InvalidOperationException(
                $"pipeline '{Pipeline.Name}' reads '{pipelineName}' in phase {Phase} without declaring it in DependsOn");
        }

        var phase = Phase switch
        {
            Phase.PostProcess => Phase.Process,
            Phase.Write => Phase.PostProcess,
            _ => Phase,
        };
        return _run.OutputOf(pipelineName, phase);
    }
}
