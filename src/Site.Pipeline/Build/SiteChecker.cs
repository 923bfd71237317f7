using System.Diagnostics;
using Site.Pipeline.Checks;
using Site.Pipeline.Engine;
using Site.Pipeline.Output;

namespace Site.Pipeline.Build;

/// <summary>
/// <c>check</c>: runs every step of the build except writing, plus checks a build does not
/// need (links of the final pages in every language, summaries that would show empty). The
/// output folder is never touched: the pipelines are composed over a scratch folder in the
/// temp directory, and since their Write phase is removed nothing is written there either.
/// </summary>
public static class SiteChecker
{
    public const string Checks = "checks";

    private static readonly string[] Writing =
        [SitePipelines.Pages, SitePipelines.Feeds, SitePipelines.Redirects, SitePipelines.Sitemap, SitePipelines.Search, SitePipelines.Assets];

    public static async Task<BuildReport> CheckAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var scratchRoot = Path.Combine(Path.GetTempPath(), $"site-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using var scratch = AtomicOutputFolder.Begin(Path.Combine(scratchRoot, "output"), []);
            var site = SitePipelines.Create(options, scratch);
            IReadOnlyList<PipelineDefinition> pipelines =
            [
                .. site.Pipelines.Select(BuildDecorations.WithoutWrite),
                new(Checks)
                {
                    PostProcess =
                    [
                        new EmptySummaryCheck(SitePipelines.Content),
                        new RenderedLinkCheck(SitePipelines.Content, SitePipelines.Pages, Writing, DisplayPath(options.ThemePath)),
                    ],
                },
            ];
            var engine = new PipelineEngine(BuildDecorations.Apply(pipelines, options with { Noindex = false }), options.MaxDegreeOfParallelism);
            var result = await engine.RunAsync(cancellationToken).ConfigureAwait(false);
            return new BuildReport(
                result.Succeeded,
                result.Diagnostics,
                result.Failures,
                site.Summarize(result),
                0,
                stopwatch.Elapsed,
                Path.GetFullPath(options.OutputPath),
                result.ModuleTimings)
            {
                Drafts = site.Drafts(result),
                PagesRead = site.PagesRead(result),
            };
        }
        finally
        {
            TryDelete(scratchRoot);
        }
    }

    private static string DisplayPath(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(folder));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(folder) : relative).Replace('\\', '/').TrimEnd('/');
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover empty folder in the temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
