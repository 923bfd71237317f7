using System.CommandLine;
using Site.Cli.Serve;
using Site.Pipeline.Build;

namespace Site.Cli.Cli;

/// <summary>
/// <c>serve</c>: build, serve the output on 127.0.0.1 and rebuild on changes. A failed
/// rebuild prints its errors and the last good site stays online.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<BuildOptions, CancellationToken, Task<BuildReport>> build)
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Build, serve on http://127.0.0.1:<port>/ and rebuild on change");
        options.AddTo(command);
        command.Add(port);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reporter = new ConsoleReporter(stdout, stderr, parse.GetValue(options.Verbose));
            var buildOptions = options.ToBuildOptions(parse);
            var session = new RebuildLoop(build, buildOptions, reporter);
            await session.BuildOnceAsync(cancellationToken).ConfigureAwait(false);

            var (app, address) = await DevServer.StartAsync(buildOptions.OutputPath, parse.GetValue(port), cancellationToken).ConfigureAwait(false);
            await using (app.ConfigureAwait(false))
            {
                using var watcher = new ChangeWatcher(
                    [buildOptions.InputPath, buildOptions.ThemePath, buildOptions.TranslationsPath],
                    TimeSpan.FromMilliseconds(300));
                watcher.Changed += paths => session.Request(paths, cancellationToken);
                reporter.Info($"Serving {Path.GetFullPath(buildOptions.OutputPath)} at {address} (Ctrl+C to stop)");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }

                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
