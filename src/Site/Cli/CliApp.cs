using System.CommandLine;
using Site.Cli.Cli.New;
using Site.Cli.Serve;
using Site.Pipeline.Build;

namespace Site.Cli.Cli;

/// <summary>The command tree: <c>build</c>, <c>check</c>, <c>serve</c>, <c>new</c>, <c>status</c>, <c>translate</c> and <c>move</c>.</summary>
public static class CliApp
{
    /// <summary>Runs with injected writers and, optionally, a stand-in for the build (tests).</summary>
    public static Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        Func<BuildOptions, CancellationToken, Task<BuildReport>>? build = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(
            args,
            build is null
                ? new CliHost(stdout, stderr)
                : new CliHost(stdout, stderr) { Build = build, Rebuilder = options => new FullRebuilder(build, options) },
            cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Static site generator of the cloud native knowledge base")
        {
            BuildCommand.Create(host),
            CheckCommand.Create(host),
            ServeCommand.Create(host),
            NewCommand.Create(host),
            StatusCommand.Create(host),
            TranslateCommand.Create(host),
            MoveCommand.Create(host),
            ImportCommand.Create(host),
        };

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = host.Out, Error = host.Error };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
