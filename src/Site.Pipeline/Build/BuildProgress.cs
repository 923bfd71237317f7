using Site.Pipeline.Engine;

namespace Site.Pipeline.Build;

/// <summary>One pipeline step starting (<see cref="Finished"/> false) or ending, for progress displays.</summary>
/// <param name="Documents">Documents the step produced; 0 while it runs.</param>
public sealed record BuildProgress(string Pipeline, Phase Phase, string Module, bool Finished, int Documents, TimeSpan Elapsed);
