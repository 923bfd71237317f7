using System.CommandLine;

namespace Site.Cli.Cli;

/// <summary>
/// <c>check</c>: everything <c>build</c> validates plus the links of the final pages in every
/// language and summaries that would show empty; writes nothing (the output folder is never
/// touched). Exit code 1 when an error was found, 0 when there were only warnings.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliHost host)
    {
        var options = new CommonOptions(withOutput: false);
        var command = new Command("check", "Validate the content, links, images and translations without writing anything");
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reporter = options.Reporter(parse, host);
            var checkOptions = options.ToBuildOptions(parse) with { CheckOnly = true };
            var report = await BuildRunner.RunAsync(host.Build, checkOptions, reporter, cancellationToken, progress: true).ConfigureAwait(false);
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
