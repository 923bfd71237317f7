using Site.Cli.Reporting;
using Site.Cli.Serve;
using Site.Cli.Serve.LiveReload;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;

namespace Site.Tests.Serve;

public class RebuildLoopTests
{
    /// <summary>A build that takes a while and records the changed paths it was given.</summary>
    private sealed class SlowRebuilder(TimeSpan duration) : ISiteRebuilder
    {
        public List<IReadOnlyCollection<string>> Calls { get; } = [];

        public Func<BuildReport> Result { get; set; } = () => Report(true);

        public Task<BuildReport> BuildAsync(CancellationToken cancellationToken) => Task.FromResult(Result());

        public async Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add(changedPaths);
            }

            await Task.Delay(duration, cancellationToken);
            return Result();
        }
    }

    private static BuildReport Report(bool ok, params Diagnostic[] diagnostics) =>
        new(ok, diagnostics, [], [new LanguageSummary("en", "English", 3, 3, 0)], 3, TimeSpan.FromMilliseconds(5), "/out", []);

    private static (RebuildLoop Loop, LiveReloadHub Hub, StringWriter Log) Create(ISiteRebuilder rebuilder)
    {
        var log = new StringWriter();
        var hub = new LiveReloadHub();
        return (new RebuildLoop(rebuilder, new ConsoleReporter(log, log, verbose: false), hub, TimeSpan.FromMilliseconds(50)), hub, log);
    }

    [Fact]
    public async Task Changes_during_a_build_are_gathered_into_one_more_build()
    {
        var rebuilder = new SlowRebuilder(TimeSpan.FromMilliseconds(300));
        var (loop, hub, _) = Create(rebuilder);

        loop.Request(["/in/a.md"], CancellationToken.None);
        await Task.Delay(100);
        loop.Request(["/in/b.md"], CancellationToken.None);
        loop.Request(["/in/c.md"], CancellationToken.None);
        await Task.Delay(50);
        await loop.Idle.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, rebuilder.Calls.Count);
        Assert.Equal(["/in/a.md"], rebuilder.Calls[0]);
        Assert.Equal(["/in/b.md", "/in/c.md"], rebuilder.Calls[1]);
        Assert.Equal(2, hub.Current.Version);
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_version_and_publishes_the_errors()
    {
        var rebuilder = new SlowRebuilder(TimeSpan.Zero);
        var (loop, hub, log) = Create(rebuilder);
        await loop.BuildOnceAsync(CancellationToken.None);

        rebuilder.Result = () => Report(false, Diagnostic.Error("input/en/a.md", 2, 1, "unknown key `titel`", "titel: x"));
        loop.Request(["/in/a.md"], CancellationToken.None);
        await loop.Idle.WaitAsync(TimeSpan.FromSeconds(10));

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
