using Site.Cli.Cli;
using Site.Cli.Serve.LiveReload;
using Site.Tests.EndToEnd;

namespace Site.Tests.Cli;

public class ServeCommandTests
{
    [Fact]
    public async Task Serve_builds_serves_with_live_reload_and_stops_on_cancellation()
    {
        using var site = new SampleSite();
        var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Stopped by the test, never by a timer: a busy machine must not cancel serve in the middle of the test.
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var host = new CliHost(TextWriter.Synchronized(output), TextWriter.Synchronized(output)) { ServerStarted = started.SetResult };

        var run = CliApp.RunAsync(["serve", .. CliRun.SiteArgs(site), "--output", site.Output, "--port", "0"], host, stop.Token);
        Uri address;
        string home;
        try
        {
            address = await started.Task.WaitAsync(TimeSpan.FromMinutes(3));
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            home = await client.GetStringAsync("/");
        }
        finally
        {
            await stop.CancelAsync(); // also when the test fails: serve must not outlive it
        }

        var code = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("127.0.0.1", address.Host);
        Assert.Contains("<title>Test KB</title>", home);
        Assert.Contains(LiveReloadScript.Path, home);
        Assert.DoesNotContain(LiveReloadScript.Path, File.ReadAllText(site.OutputFile("index.html")));
        Assert.Equal(0, code);
        Assert.Contains("with live reload", output.ToString());
    }
}
