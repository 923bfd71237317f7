using System.Diagnostics;
using Site.Pipeline.Engine;
using Site.Pipeline.Output;

namespace Site.Pipeline.Build;

/// <summary>
/// Builds the site: checks the output folder, runs the site's pipelines into a staging
/// folder, and swaps it in only when no error was found. A failed build leaves the previous
/// output exactly as it was. (For <c>serve</c>, <see cref="SiteBuildSession"/> keeps the build
/// alive and rebuilds only what an edit affects.)
/// </summary>
public static class SiteBuilder
{
    /// <exception cref="OutputFolderException">The output folder is unsafe; nothing was touched.</exception>
    public static async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        if (options.CheckOnly)
        {
            return await SiteChecker.CheckAsync(options, cancellationToken).ConfigureAwait(false);
        }

        var stopwatch = Stopwatch.StartNew();
        using var output = AtomicOutputFolder.Begin(options.OutputPath, ProtectedFolders(options));
        var site = SitePipelines.Create(options, output);
        var engine = new PipelineEngine(BuildDecorations.Apply(site.Pipelines, options), options.MaxDegreeOfParallelism);
        var result = await engine.RunAsync(cancellationToken).ConfigureAwait(false);

        var written = result.Succeeded ? site.OutputFiles(result).Count : 0;
        if (result.Succeeded)
        {
            output.Commit();
        }

        return new BuildReport(
            result.Succeeded,
            result.Diagnostics,
            result.Failures,
            result.Succeeded ? site.Summarize(result) : [],
            written,
            stopwatch.Elapsed,
            output.OutputPath,
            result.ModuleTimings)
        {
            Drafts = result.Succeeded ? site.Drafts(result) : DraftSummary.None,
        };
    }

    /// <summary>Folders the output must stay clear of: everything the build reads.</summary>
    public static IReadOnlyList<string> ProtectedFolders(BuildOptions options) =>
        new[] { options.InputPath, options.ThemePath, options.TranslationsPath }
            .Where(Directory.Exists)
            .Select(Path.GetFullPath)
            .ToList();
}
