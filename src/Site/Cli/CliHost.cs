using Site.Cli.Serve;
using Site.Pipeline.Build;

namespace Site.Cli.Cli;

/// <summary>
/// Everything the commands take from the outside world, injected so that tests drive them
/// with string writers, a fake build, a fixed clock and chosen environment variables.
/// </summary>
public sealed record CliHost(TextWriter Out, TextWriter Error)
{
    public Func<BuildOptions, CancellationToken, Task<BuildReport>> Build { get; init; } = SiteBuilder.BuildAsync;

    /// <summary>How <c>serve</c> rebuilds: incrementally over a build session unless a test substitutes the build.</summary>
    public Func<BuildOptions, ISiteRebuilder> Rebuilder { get; init; } = options => new SessionRebuilder(new SiteBuildSession(options) { WarmUp = true });

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>True when stdout is an interactive terminal: animated progress instead of plain lines.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Called by <c>serve</c> once it listens (tests read the address from here).</summary>
    public Action<Uri>? ServerStarted { get; init; }

    /// <summary>The host of the real process.</summary>
    public static CliHost FromConsole() => new(Console.Out, Console.Error)
    {
        IsTerminal = !Console.IsOutputRedirected && System.Environment.GetEnvironmentVariable("TERM") is not (null or "dumb"),
    };
}
