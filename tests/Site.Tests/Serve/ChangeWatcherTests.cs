using Microsoft.Extensions.Time.Testing;
using Site.Cli.Serve;

namespace Site.Tests.Serve;

/// <summary>
/// The watcher's debounce on a fake clock: the test decides when the quiet interval has passed, so a
/// busy machine that spreads the writes of a burst over more than the interval cannot split it.
/// </summary>
public class ChangeWatcherTests
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task A_burst_of_changes_raises_one_debounced_event_once_the_interval_is_quiet()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input", "en"));
        var clock = new FakeTimeProvider();
        var raised = new List<IReadOnlyList<string>>();
        using var watcher = new ChangeWatcher([temp.Combine("input"), temp.Combine("missing")], Debounce, clock);
        watcher.Changed += paths =>
        {
            lock (raised)
            {
                raised.Add(paths);
            }
        };

        for (var i = 0; i < 5; i++)
        {
            Drop(temp, $"input/en/page{i}.md");
        }

        await WaitUntilAsync(() => Enumerable.Range(0, 5).All(i => watcher.Pending.Any(p => p.EndsWith($"page{i}.md", StringComparison.Ordinal))));
        clock.Advance(Debounce - TimeSpan.FromMilliseconds(1));
        Assert.Empty(raised); // still inside the quiet interval

        clock.Advance(TimeSpan.FromMilliseconds(1));

        var paths = Assert.Single(raised);
        Assert.Equal(5, paths.Count(p => p.Contains("page", StringComparison.Ordinal)));
        Assert.Equal(paths.Distinct(StringComparer.Ordinal).Count(), paths.Count);
    }

    [Fact]
    public async Task A_change_inside_the_interval_starts_it_again()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input"));
        var clock = new FakeTimeProvider();
        var raised = 0;
        using var watcher = new ChangeWatcher([temp.Combine("input")], Debounce, clock);
        watcher.Changed += _ => Interlocked.Increment(ref raised);

        Drop(temp, "input/a.md");
        await WaitUntilAsync(() => watcher.Pending.Any(p => p.EndsWith("a.md", StringComparison.Ordinal)));
        clock.Advance(Debounce / 2);
        Drop(temp, "input/b.md");
        await WaitUntilAsync(() => watcher.Pending.Any(p => p.EndsWith("b.md", StringComparison.Ordinal)));
        clock.Advance(Debounce / 2);
        Assert.Equal(0, Volatile.Read(ref raised));

        clock.Advance(Debounce / 2);
        Assert.Equal(1, Volatile.Read(ref raised));
    }

    /// <summary>
    /// Puts a file into a watched folder with one event: written outside, then moved in (a write in place
    /// raises a second event a moment later, which could land after the test has moved the clock on).
    /// </summary>
    private static void Drop(TempFolder temp, string relative)
    {
        var staged = temp.WriteFile("staging/" + Guid.NewGuid().ToString("N"), "x");
        File.Move(staged, temp.Combine(relative.Split('/')));
    }

    /// <summary>Waits (bounded) for the file system's events to reach the watcher; they arrive on their own thread.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
