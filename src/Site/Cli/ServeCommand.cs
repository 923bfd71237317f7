using System.CommandLine;
using Site.Cli.Serve;

namespace Site.Cli.Cli;

/// <summary>
/// <c>serve</c>: build, serve the output on 127.0.0.1 with live reload, and rebuild on
/// changes. A failed rebuild prints its errors, shows them as an overlay in the browser, and
/// the last good site stays served.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliHost host)
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Build, serve on http://127.0.0.1:<port>/ with live reload, and rebuild on change");
        options.AddTo(command);
        command.Add(port);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reporter = options.Reporter(parse, host, progress: false);
            var buildOptions = options.ToBuildOptions(parse);
            var rebuilder = host.Rebuilder(buildOptions);
            var server = await PreviewServer.StartAsync(buildOptions, parse.GetValue(port), rebuilder, reporter, PreviewServer.DefaultDebounce, cancellationToken)
                .ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                reporter.Info($"Serving {Path.GetFullPath(buildOptions.OutputPath)} at {server.Address} with live reload (Ctrl+C to stop)");
                host.ServerStarted?.Invoke(server.Address);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }

            return 0;
        });
        return command;
    }
}
