using Microsoft.AspNetCore.Builder;
using Site.Cli.Reporting;
using Site.Cli.Serve.LiveReload;
using Site.Pipeline.Build;

namespace Site.Cli.Serve;

/// <summary>
/// The running <c>serve</c>: first build, Kestrel on 127.0.0.1 serving the output with live
/// reload, and a watcher on the input, theme and UI strings (site.yml is in the input folder)
/// that triggers rebuilds. Used by the command and, in-process, by the browser tests.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ChangeWatcher _watcher;
    private readonly RebuildLoop _loop;
    private readonly CancellationTokenSource _stopping;
    private readonly ISiteRebuilder _rebuilder;

    private PreviewServer(WebApplication app, Uri address, ChangeWatcher watcher, RebuildLoop loop, LiveReloadHub hub, CancellationTokenSource stopping, ISiteRebuilder rebuilder)
    {
        _rebuilder = rebuilder;
        _app = app;
        Address = address;
        _watcher = watcher;
        _loop = loop;
        Hub = hub;
        _stopping = stopping;
    }

    /// <summary>Debounce of file events: editors write a save as several events within a few milliseconds.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(50);

    public Uri Address { get; }

    public LiveReloadHub Hub { get; }

    /// <summary>Completes when the latest rebuild finished.</summary>
    public Task Idle => _loop.Idle;

    internal static async Task<PreviewServer> StartAsync(
        BuildOptions options, int port, ISiteRebuilder rebuilder, ConsoleReporter reporter, TimeSpan debounce, CancellationToken cancellationToken)
    {
        var hub = new LiveReloadHub();
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loop = new RebuildLoop(rebuilder, reporter, hub, debounce);
        await loop.BuildOnceAsync(stopping.Token).ConfigureAwait(false);

        var (app, address) = await DevServer.StartAsync(options.OutputPath, port, stopping.Token, hub).ConfigureAwait(false);
        var watcher = new ChangeWatcher([options.InputPath, options.ThemePath, options.TranslationsPath], debounce);
        watcher.Changed += paths => loop.Request(paths, stopping.Token);
        foreach (var problem in watcher.Problems)
        {
            reporter.Error($"{problem}; edits there need a restart of serve");
        }

        return new PreviewServer(app, address, watcher, loop, hub, stopping, rebuilder);
    }

    /// <summary>For tests: a server on a free port over an incremental build session (or full rebuilds), logging to <paramref name="log"/>.</summary>
    public static Task<PreviewServer> StartAsync(BuildOptions options, TextWriter log, bool incremental = true, CancellationToken cancellationToken = default) =>
        StartAsync(
            options,
            0,
            incremental ? new SessionRebuilder(new SiteBuildSession(options)) : new FullRebuilder(SiteBuilder.BuildAsync, options),
            new ConsoleReporter(log, log, verbose: false),
            DefaultDebounce,
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.Idle.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A build that ignores cancellation must not keep the process alive.
        }

        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        (_rebuilder as IDisposable)?.Dispose();
        _stopping.Dispose();
    }
}
