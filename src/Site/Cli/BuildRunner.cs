using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Output;

namespace Site.Cli.Cli;

/// <summary>Runs one build and turns every way it can end into terminal output; never throws except on cancellation.</summary>
internal static class BuildRunner
{
    public static async Task<BuildReport?> RunAsync(
        Func<BuildOptions, CancellationToken, Task<BuildReport>> build,
        BuildOptions options,
        ConsoleReporter reporter,
        CancellationToken cancellationToken)
    {
        try
        {
            var report = await build(options, cancellationToken).ConfigureAwait(false);
            reporter.Report(report);
            return report;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OutputFolderException ex)
        {
            reporter.Error(ex.Message);
        }
        catch (DiagnosticException ex)
        {
            reporter.Diagnostics(ex.Diagnostics);
        }
        catch (Exception ex)
        {
            reporter.Unexpected(ex);
        }

        return null;
    }
}
