using System.CommandLine;

namespace Site.Cli.Cli;

/// <summary><c>build</c>: one build, exit code 0 on success, 1 on any error.</summary>
internal static class BuildCommand
{
    public static Command Create(CliHost host)
    {
        var options = new CommonOptions();
        var noindex = new Option<bool>("--noindex")
        {
            Description = "Mark every page noindex (robots meta tag and X-Robots-Tag in _headers), for deploy previews",
        };
        var command = new Command("build", "Build the site into the output folder");
        options.AddTo(command);
        command.Add(noindex);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reporter = options.Reporter(parse, host);
            var buildOptions = options.ToBuildOptions(parse) with { Noindex = parse.GetValue(noindex) };
            var report = await BuildRunner.RunAsync(host.Build, buildOptions, reporter, cancellationToken, progress: true).ConfigureAwait(false);
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
