using Site.Content.Diagnostics;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Build;

/// <summary>Pages written for one language.</summary>
/// <param name="Pages">Every page written (generated lists included).</param>
/// <param name="Sources">Pages from the default language's own markdown (0 for other languages).</param>
/// <param name="Translated">Translations that are current, or whose freshness is unknown (no `sourceHash`).</param>
/// <param name="Outdated">Translations whose source changed since their `sourceHash`.</param>
/// <param name="Fallbacks">Pages shown with the default language's words.</param>
public sealed record LanguageSummary(string Code, string Name, bool IsDefault, int Pages, int Sources, int Translated, int Outdated, int Fallbacks);

/// <summary>The drafts of a build: the files held back (as diagnostics show them), and the pages built from drafts when they were included.</summary>
public sealed record DraftSummary(IReadOnlyList<string> HeldBack, int PagesBuilt)
{
    public static readonly DraftSummary None = new([], 0);
}

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

    /// <summary>The page files read and checked (sources and translations, those with errors included); null when the content was not loaded.</summary>
    public int? PagesRead { get; init; }

    /// <summary>Drafts held back, or built with <see cref="BuildOptions.IncludeDrafts"/>; none when the build failed.</summary>
    public DraftSummary Drafts { get; init; } = DraftSummary.None;

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int TotalPages => Languages.Sum(l => l.Pages);
}
