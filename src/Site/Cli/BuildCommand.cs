using System.CommandLine;
using Site.Pipeline.Build;

namespace Site.Cli.Cli;

/// <summary><c>build</c>: one build, exit code 0 on success, 1 on any error.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<BuildOptions, CancellationToken, Task<BuildReport>> build)
    {
        var options = new CommonOptions();
        var command = new Command("build", "Build the site into the output folder");
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reporter = new ConsoleReporter(stdout, stderr, parse.GetValue(options.Verbose));
            var report = await BuildRunner.RunAsync(build, options.ToBuildOptions(parse), reporter, cancellationToken).ConfigureAwait(false);
            return report is { Succeeded: true } ? 0 : 1;
        });
        return command;
    }
}
