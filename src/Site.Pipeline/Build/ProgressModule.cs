using System.Diagnostics;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Build;

/// <summary>Wraps a module to tell <see cref="BuildOptions.Progress"/> when it starts and ends; the engine itself stays unaware of displays.</summary>
/// <remarks>Named after the wrapped module, so timings and failures still name the real step.</remarks>
internal sealed class ProgressModule(IModule inner, IProgress<BuildProgress> progress, bool lastOfPipelinePhase, int pipelinesInPhase) : INamedModule
{
    private readonly string _name = inner is INamedModule named ? named.Name : inner.GetType().Name;

    public string Name => _name;

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        progress.Report(new BuildProgress(context.Pipeline.Name, context.Phase, _name, false, 0, TimeSpan.Zero, lastOfPipelinePhase, pipelinesInPhase));
        var stopwatch = Stopwatch.StartNew();
        var outputs = inner.Execute(inputs, context);
        progress.Report(new BuildProgress(context.Pipeline.Name, context.Phase, _name, true, outputs.Count, stopwatch.Elapsed, lastOfPipelinePhase, pipelinesInPhase));
        return outputs;
    }
}
