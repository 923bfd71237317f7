using Site.Pipeline.Engine;
using Site.Pipeline.Modules;

namespace Site.Pipeline.Build;

/// <summary>
/// Optional behaviour layered over the composed pipelines without changing them: the
/// <c>noindex</c> marking of deploy previews and progress reporting.
/// </summary>
public static class BuildDecorations
{
    public static IReadOnlyList<PipelineDefinition> Apply(IReadOnlyList<PipelineDefinition> pipelines, BuildOptions options)
    {
        IEnumerable<PipelineDefinition> result = pipelines;
        if (options.Noindex)
        {
            result = result.Select(p => p.Name == SitePipelines.Pages ? Copy(p, postProcess: [.. p.PostProcess, new AddNoindex()]) : p);
        }

        if (options.Progress is { } progress)
        {
            var list = result.ToList();
            var counts = Enum.GetValues<Phase>().ToDictionary(phase => phase, phase => list.Count(p => p.ModulesOf(phase).Count > 0));
            result = list.Select(p => Copy(
                p,
                read: Wrap(p.Read, progress, counts[Phase.Read]),
                process: Wrap(p.Process, progress, counts[Phase.Process]),
                postProcess: Wrap(p.PostProcess, progress, counts[Phase.PostProcess]),
                write: Wrap(p.Write, progress, counts[Phase.Write])));
        }

        return result.ToList();
    }

    /// <summary>The same pipeline without its Write phase (for <c>check</c>).</summary>
    public static PipelineDefinition WithoutWrite(PipelineDefinition p) => Copy(p, write: []);

    private static IReadOnlyList<IModule> Wrap(IReadOnlyList<IModule> modules, IProgress<BuildProgress> progress, int pipelinesInPhase) =>
        modules.Select((m, i) => (IModule)new ProgressModule(m, progress, i == modules.Count - 1, pipelinesInPhase)).ToList();

    private static PipelineDefinition Copy(
        PipelineDefinition p,
        IReadOnlyList<IModule>? read = null,
        IReadOnlyList<IModule>? process = null,
        IReadOnlyList<IModule>? postProcess = null,
        IReadOnlyList<IModule>? write = null) => new(p.Name)
        {
            DependsOn = p.DependsOn,
            Read = read ?? p.Read,
            Process = process ?? p.Process,
            PostProcess = postProcess ?? p.PostProcess,
            Write = write ?? p.Write,
        };
}
