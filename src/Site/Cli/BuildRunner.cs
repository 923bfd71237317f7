using Site.Cli.Reporting;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Output;

namespace Site.Cli.Cli;

/// <summary>How a build ended: its report, or the one-line reason there is none (unsafe output folder, crash).</summary>
internal sealed record BuildOutcome(BuildReport? Report, IReadOnlyList<Diagnostic> Diagnostics, string? Error)
{
    public bool Succeeded => Report is { Succeeded: true };
}

/// <summary>Runs one build (or check) and turns every way it can end into terminal output; never throws except on cancellation.</summary>
internal static class BuildRunner
{
    /// <param name="progress">Show phases as they finish (and a spinner on a terminal).</param>
    /// <param name="compact">One summary line instead of the table (rebuilds in <c>serve</c>).</param>
    public static async Task<BuildOutcome> RunAsync(
        Func<BuildOptions, CancellationToken, Task<BuildReport>> build,
        BuildOptions options,
        ConsoleReporter reporter,
        CancellationToken cancellationToken,
        bool progress = false,
        bool compact = false)
    {
        try
        {
            var report = progress
                ? await reporter.WithProgressAsync(
                    options.CheckOnly ? "Checking" : "Building",
                    p => build(options with { Progress = p }, cancellationToken)).ConfigureAwait(false)
                : await build(options, cancellationToken).ConfigureAwait(false);
            if (options.CheckOnly)
            {
                reporter.ReportCheck(report);
            }
            else if (compact)
            {
                reporter.ReportRebuild(report);
            }
            else
            {
                // A failed build never touches the output folder: what is there now was there before.
                reporter.Report(report, Directory.Exists(options.OutputPath) && Directory.EnumerateFileSystemEntries(options.OutputPath).Any());
            }

            return new BuildOutcome(report, report.Diagnostics, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OutputFolderException ex)
        {
            reporter.Error(ex.Message);
            return new BuildOutcome(null, [], ex.Message);
        }
        catch (DiagnosticException ex)
        {
            reporter.Diagnostics(ex.Diagnostics);
            return new BuildOutcome(null, ex.Diagnostics, null);
        }
        catch (Exception ex)
        {
            reporter.Unexpected(ex);
            return new BuildOutcome(null, [], $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
