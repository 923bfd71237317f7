using System.Collections.Immutable;
using Site.Content.Diagnostics;

namespace Site.Pipeline.Engine;

/// <summary>A module that threw something other than a <see cref="DiagnosticException"/>: a bug, not bad input.</summary>
public sealed record PipelineFailure(string Pipeline, Phase Phase, string Module, Exception Exception)
{
    public override string ToString() => $"{Pipeline}/{Phase}/{Module}: {Exception.GetType().Name}: {Exception.Message}";
}

public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed);

/// <summary>Everything a run produced: diagnostics (sorted), crashes, and each pipeline's last output.</summary>
public sealed record EngineResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PipelineFailure> Failures,
    ImmutableDictionary<string, ImmutableArray<Document>> Outputs,
    bool CompletedAllPhases,
    IReadOnlyList<(Phase Phase, TimeSpan Elapsed)> PhaseTimings,
    IReadOnlyList<ModuleTiming> ModuleTimings)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public bool Succeeded => CompletedAllPhases && Failures.Count == 0 && !Diagnostics.Any(d => d.IsError);
}
