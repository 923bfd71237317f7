using Site.Content.Diagnostics;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Build;

/// <summary>Pages written for one language: real pages of that language, fallbacks, and generated pages.</summary>
public sealed record LanguageSummary(string Code, string Name, int Pages, int Translated, int Fallbacks);

/// <summary>What a build did. <see cref="Succeeded"/> is false when any error was found; the output was then left as it was.</summary>
public sealed record BuildReport(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PipelineFailure> Failures,
    IReadOnlyList<LanguageSummary> Languages,
    int FilesWritten,
    TimeSpan Elapsed,
    string OutputPath,
    IReadOnlyList<ModuleTiming> ModuleTimings)
{
    /// <summary>Set for the incremental rebuilds of a <see cref="SiteBuildSession"/>; null for full builds.</summary>
    public IncrementalSummary? Incremental { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int TotalPages => Languages.Sum(l => l.Pages);
}
