using Site.Cli.Cli;

namespace Site.Tests.Cli;

/// <summary>Runs the real command tree with captured output and chosen environment variables.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string[] args, Func<string, string?>? environment = null, TimeProvider? time = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var host = new CliHost(stdout, stderr)
        {
            Environment = environment ?? (_ => null),
            Time = time ?? TimeProvider.System,
        };
        var code = await CliApp.RunAsync(args, host);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The site options of a sample site as command-line arguments.</summary>
    public static string[] SiteArgs(EndToEnd.SampleSite site) =>
        ["--input", site.Input, "--theme", site.Options.ThemePath, "--translations", site.Options.TranslationsPath];
}

/// <summary>A clock stopped at one instant, in UTC.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
