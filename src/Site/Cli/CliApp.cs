using System.CommandLine;
using Site.Pipeline.Build;

namespace Site.Cli.Cli;

/// <summary>The command tree: <c>build</c> and <c>serve</c>. Writers are injected so tests can read the output.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        Func<BuildOptions, CancellationToken, Task<BuildReport>>? build = null,
        CancellationToken cancellationToken = default)
    {
        build ??= SiteBuilder.BuildAsync;
        var root = new RootCommand("Static site generator of the cloud native knowledge base")
        {
            BuildCommand.Create(stdout, stderr, build),
            ServeCommand.Create(stdout, stderr, build),
        };

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
