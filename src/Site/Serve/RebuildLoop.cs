using Site.Cli.Cli;
using Site.Pipeline.Build;

namespace Site.Cli.Serve;

/// <summary>
/// Serialises rebuilds: at most one build runs, and changes arriving during a build cause
/// exactly one more build afterwards (not one per event).
/// </summary>
internal sealed class RebuildLoop(
    Func<BuildOptions, CancellationToken, Task<BuildReport>> build,
    BuildOptions options,
    ConsoleReporter reporter)
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private int _queued;

    public async Task<bool> BuildOnceAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var report = await BuildRunner.RunAsync(build, options, reporter, cancellationToken).ConfigureAwait(false);
            return report is { Succeeded: true };
        }
        finally
        {
            _running.Release();
        }
    }

    public void Request(IReadOnlyList<string> changedPaths, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _queued, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
            _running.Release();
            Interlocked.Exchange(ref _queued, 0);
            reporter.Info($"Change detected ({changedPaths.Count} path{(changedPaths.Count == 1 ? "" : "s")}, e.g. {changedPaths[0]}); rebuilding");
            var ok = await BuildOnceAsync(cancellationToken).ConfigureAwait(false);
            if (!ok)
            {
                reporter.Info("Still serving the last good site.");
            }
        }, cancellationToken);
    }
}
