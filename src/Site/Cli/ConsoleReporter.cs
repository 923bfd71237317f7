using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Spectre.Console;

namespace Site.Cli.Cli;

/// <summary>
/// Terminal output. Diagnostics go to stderr as plain <c>path:line:col: severity: message</c>
/// lines (editors and CI parse them); the summary goes to stdout through Spectre.Console.
/// </summary>
internal sealed class ConsoleReporter
{
    private readonly TextWriter _stderr;
    private readonly IAnsiConsole _console;
    private readonly bool _verbose;

    public ConsoleReporter(TextWriter stdout, TextWriter stderr, bool verbose)
    {
        _stderr = stderr;
        _verbose = verbose;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = ReferenceEquals(stdout, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(stdout, Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
    }

    public void Report(BuildReport report)
    {
        Diagnostics(report.Diagnostics);
        foreach (var failure in report.Failures)
        {
            Unexpected(failure.Exception, $"{failure.Pipeline}/{failure.Module}: ");
        }

        if (!report.Succeeded)
        {
            var errors = report.ErrorCount;
            _stderr.WriteLine(errors > 0
                ? $"Build failed with {errors} error{(errors == 1 ? "" : "s")}; the previous output was left as it was."
                : "Build failed; the previous output was left as it was.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Language")
            .AddColumn(new TableColumn("Pages").RightAligned())
            .AddColumn(new TableColumn("Translated").RightAligned())
            .AddColumn(new TableColumn("Fallbacks").RightAligned());
        foreach (var language in report.Languages)
        {
            table.AddRow(
                Markup.Escape($"{language.Code} ({language.Name})"),
                language.Pages.ToString(),
                language.Translated.ToString(),
                language.Fallbacks.ToString());
        }

        _console.Write(table);
        _console.WriteLine(
            $"Built {report.TotalPages} pages ({report.FilesWritten} files) into {report.OutputPath} in {report.Elapsed.TotalMilliseconds:F0} ms");

        if (_verbose)
        {
            foreach (var timing in report.ModuleTimings.Take(10))
            {
                _console.WriteLine($"  {timing.Elapsed.TotalMilliseconds,8:F0} ms  {timing.Pipeline}/{timing.Phase}/{timing.Module}");
            }
        }
    }

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _stderr.WriteLine(diagnostic.ToString());
        }
    }

    public void Error(string message) => _stderr.WriteLine($"error: {message}");

    /// <summary>A bug rather than bad input: one line, or the whole exception with <c>--verbose</c>.</summary>
    public void Unexpected(Exception exception, string prefix = "")
    {
        _stderr.WriteLine(_verbose
            ? $"error: {prefix}{exception}"
            : $"error: {prefix}{exception.GetType().Name}: {exception.Message} (run with --verbose for details)");
    }

    public void Info(string message) => _console.WriteLine(message);
}
