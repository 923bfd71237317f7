using Site.Cli.Serve;

namespace Site.Tests.Serve;

public class ChangeWatcherTests
{
    [Fact]
    public async Task A_burst_of_changes_raises_one_debounced_event()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input", "en"));
        var raised = 0;
        var first = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new ChangeWatcher([temp.Combine("input"), temp.Combine("missing")], TimeSpan.FromMilliseconds(200));
        watcher.Changed += paths =>
        {
            Interlocked.Increment(ref raised);
            first.TrySetResult(paths);
        };

        for (var i = 0; i < 5; i++)
        {
            temp.WriteFile($"input/en/page{i}.md", "x");
        }

        var paths = await first.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(500);

        Assert.Equal(1, Volatile.Read(ref raised));
        Assert.Contains(paths, p => p.EndsWith("page4.md", StringComparison.Ordinal));
    }
}
