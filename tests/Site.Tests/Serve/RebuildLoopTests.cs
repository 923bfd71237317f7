using Site.Cli.Reporting;
using Site.Cli.Serve;
using Site.Cli.Serve.LiveReload;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;

namespace Site.Tests.Serve;

public class RebuildLoopTests
{
    /// <summary>A bound for a hung test, never a pace: a busy machine (several suites at once) delays these by seconds.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(1);

    /// <summary>A build that records the changed paths it was given; the first rebuild waits until released.</summary>
    private sealed class GatedRebuilder : ISiteRebuilder
    {
        public List<IReadOnlyCollection<string>> Calls { get; } = [];

        public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseFirst { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Func<BuildReport> Result { get; set; } = () => Report(true);

        public Task<BuildReport> BuildAsync(CancellationToken cancellationToken) => Task.FromResult(Result());

        public async Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken)
        {
            bool first;
            lock (Calls)
            {
                Calls.Add(changedPaths);
                first = Calls.Count == 1;
            }

            if (first)
            {
                FirstStarted.TrySetResult();
                await ReleaseFirst.Task.WaitAsync(cancellationToken);
            }

            return Result();
        }
    }

    private static BuildReport Report(bool ok, params Diagnostic[] diagnostics) =>
        new(ok, diagnostics, [], [new LanguageSummary("en", "English", IsDefault: true, Pages: 3, Sources: 3, Translated: 0, Outdated: 0, Fallbacks: 0)], 3, TimeSpan.FromMilliseconds(5), "/out", []);

    private static (RebuildLoop Loop, LiveReloadHub Hub, StringWriter Log) Create(ISiteRebuilder rebuilder)
    {
        var log = new StringWriter();
        var hub = new LiveReloadHub();
        return (new RebuildLoop(rebuilder, new ConsoleReporter(log, log, verbose: false), hub, TimeSpan.FromMilliseconds(50)), hub, log);
    }

    [Fact]
    public async Task Changes_during_a_build_are_gathered_into_one_more_build()
    {
        var rebuilder = new GatedRebuilder();
        var (loop, hub, _) = Create(rebuilder);

        loop.Request(["/in/a.md"], CancellationToken.None);
        await rebuilder.FirstStarted.Task.WaitAsync(Bound);
        loop.Request(["/in/c.md"], CancellationToken.None);
        loop.Request(["/in/b.md"], CancellationToken.None);
        rebuilder.ReleaseFirst.SetResult();
        await loop.Idle.WaitAsync(Bound);

        Assert.Equal(2, rebuilder.Calls.Count);
        Assert.Equal(["/in/a.md"], rebuilder.Calls[0]);
        Assert.Equal(["/in/b.md", "/in/c.md"], rebuilder.Calls[1]);
        Assert.Equal(2, hub.Current.Version);
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_version_and_publishes_the_errors()
    {
        var rebuilder = new GatedRebuilder();
        rebuilder.ReleaseFirst.SetResult();
        var (loop, hub, log) = Create(rebuilder);
        await loop.BuildOnceAsync(CancellationToken.None);

        rebuilder.Result = () => Report(false, Diagnostic.Error("input/en/a.md", 2, 1, "unknown key `titel`", "titel: x"));
        loop.Request(["/in/a.md"], CancellationToken.None);
        await loop.Idle.WaitAsync(Bound);

        Assert.Equal(1, hub.Current.Version);
        Assert.False(hub.Current.Succeeded);
        Assert.Equal("unknown key `titel`", Assert.Single(hub.Current.Problems).Message);
        Assert.Contains("input/en/a.md:2:1: error: unknown key `titel`", log.ToString());
        Assert.Contains("still serving the last good site", log.ToString());
    }

    [Fact]
    public async Task A_crashing_build_is_shown_as_a_failure_not_an_unhandled_exception()
    {
        var (loop, hub, _) = Create(new CrashingRebuilder());

        await loop.BuildOnceAsync(CancellationToken.None);

        Assert.False(hub.Current.Succeeded);
        Assert.Contains("InvalidOperationException: boom", Assert.Single(hub.Current.Failures));
    }

    private sealed class CrashingRebuilder : ISiteRebuilder
    {
        public Task<BuildReport> BuildAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("boom");

        public Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken) => BuildAsync(cancellationToken);
    }
}
