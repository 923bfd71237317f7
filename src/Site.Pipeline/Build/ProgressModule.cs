using System.Diagnostics;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Build;

/// <summary>Wraps a module to tell <see cref="BuildOptions.Progress"/> when it starts and ends; the engine itself stays unaware of displays.</summary>
internal sealed class ProgressModule(IModule inner, IProgress<BuildProgress> progress) : INamedModule
{
    private readonly string _name = inner is INamedModule named ? named.Name : inner.GetType().Name;

    /// <summary>The wrapped module's name, so timings show "RenderPages", not the wrapper.</summary>
    public string Name => _name;

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        progress.Report(new BuildProgress(context.Pipeline.Name, context.Phase, _name, false, 0, TimeSpan.Zero));
        var stopwatch = Stopwatch.StartNew();
        var outputs = inner.Execute(inputs, context);
        progress.Report(new BuildProgress(context.Pipeline.Name, context.Phase, _name, true, outputs.Count, stopwatch.Elapsed));
        return outputs;
    }
}
