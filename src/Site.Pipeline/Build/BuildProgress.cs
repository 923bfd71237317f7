using Site.Pipeline.Engine;

namespace Site.Pipeline.Build;

/// <summary>One pipeline step starting (<see cref="Finished"/> false) or ending, for progress displays.</summary>
/// <param name="Documents">Documents the step produced; 0 while it runs.</param>
/// <param name="LastOfPipelinePhase">The step is the pipeline's last one in this phase: when it finishes, the pipeline is done with the phase.</param>
/// <param name="PipelinesInPhase">How many pipelines have steps in this phase: the phase is over once that many finished it.</param>
public sealed record BuildProgress(
    string Pipeline,
    Phase Phase,
    string Module,
    bool Finished,
    int Documents,
    TimeSpan Elapsed,
    bool LastOfPipelinePhase = false,
    int PipelinesInPhase = 0);
