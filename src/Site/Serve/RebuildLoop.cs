using System.Diagnostics;
using Site.Cli.Cli;
using Site.Cli.Reporting;
using Site.Cli.Serve.LiveReload;
using Site.Pipeline.Build;

namespace Site.Cli.Serve;

/// <summary>
/// Serialises rebuilds: at most one build runs, and changes arriving during a build are
/// gathered into exactly one more build afterwards. Every result goes to the terminal and to
/// the browsers: success bumps the site version (pages reload), failure shows the errors over
/// the last good site.
/// </summary>
internal sealed class RebuildLoop(ISiteRebuilder rebuilder, ConsoleReporter reporter, LiveReloadHub hub, TimeSpan debounce)
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private long _firstChangeTimestamp;
    private Task _last = Task.CompletedTask;
    private bool _scheduled;

    /// <summary>Completes when the latest requested rebuild finished (tests and shutdown wait on it).</summary>
    public Task Idle
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    public async Task<bool> BuildOnceAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcome = await Run(() => rebuilder.BuildAsync(cancellationToken), compact: false, cancellationToken).ConfigureAwait(false);
            return outcome.Succeeded;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Request(IReadOnlyList<string> changedPaths, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                _firstChangeTimestamp = Stopwatch.GetTimestamp();
            }

            _pending.UnionWith(changedPaths);
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
            _last = Task.Run(() => RebuildAsync(cancellationToken), CancellationToken.None);
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            string[] changed;
            long since;
            lock (_gate)
            {
                changed = [.. _pending.Order(StringComparer.Ordinal)];
                since = _firstChangeTimestamp;
                _pending.Clear();
                _scheduled = false;
            }

            reporter.Info($"Changed: {Describe(changed)}; rebuilding");
            var versionBefore = hub.Current.Version;
            var outcome = await Run(() => rebuilder.RebuildAsync(changed, cancellationToken), compact: true, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded && hub.Current.Version > versionBefore)
            {
                // Debounce included: the time a contributor waits between saving and the reload being sent.
                var latency = Stopwatch.GetElapsedTime(since) + debounce;
                reporter.Info($"Reload sent {latency.TotalMilliseconds:F0} ms after the save");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<BuildOutcome> Run(Func<Task<BuildReport>> build, bool compact, CancellationToken cancellationToken)
    {
        var outcome = await BuildRunner.RunAsync((_, _) => build(), new BuildOptions(), reporter, cancellationToken, compact: compact).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            // An incremental rebuild that changed no file (a save without edits) needs no reload.
            var changedFiles = outcome.Report?.Incremental is not { } incremental || incremental.FilesWritten.Count + incremental.FilesDeleted.Count > 0;
            hub.Succeeded(outcome.Diagnostics, changedFiles);
        }
        else
        {
            var failures = outcome.Report?.Failures.Select(f => f.ToString()).ToList() ?? [];
            if (outcome.Error is { } error)
            {
                failures.Add(error);
            }

            if (outcome.Diagnostics.Count == 0 && failures.Count == 0)
            {
                failures.Add("the build failed; see the terminal");
            }

            hub.Failed(outcome.Diagnostics, failures);
        }

        return outcome;
    }

    private static string Describe(string[] changed) =>
        changed.Length == 1 ? changed[0] : $"{changed[0]} and {changed.Length - 1} other path{(changed.Length == 2 ? "" : "s")}";
}
