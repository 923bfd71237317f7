using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Spectre.Console;

namespace Site.Cli.Reporting;

/// <summary>
/// Terminal output. Diagnostics go to stderr as plain <c>path:line:col: severity: message</c>
/// lines with the source line beneath (editors and CI parse them) and, on GitHub Actions, also
/// to stdout as workflow annotations; summaries and progress go to stdout through Spectre.Console.
/// </summary>
internal sealed class ConsoleReporter
{
    private readonly TextWriter _stderr;
    private readonly TextWriter _stdout;
    private readonly IAnsiConsole _console;
    private readonly bool _verbose;
    private readonly bool _annotations;
    private readonly bool _terminal;

    public ConsoleReporter(TextWriter stdout, TextWriter stderr, bool verbose, bool annotations = false, bool terminal = false)
    {
        _stdout = stdout;
        _stderr = stderr;
        _verbose = verbose;
        _annotations = annotations;
        _terminal = terminal;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Logs and pipes have no width: never wrap a line a script or a reader may search for.
            _console.Profile.Width = 4096;
        }
    }

    public bool Verbose => _verbose;

    /// <summary>
    /// Runs a build with progress: a spinner naming the running steps on a terminal, plain
    /// lines otherwise; either way one line per finished phase.
    /// </summary>
    public async Task<T> WithProgressAsync<T>(string title, Func<IProgress<BuildProgress>, Task<T>> run)
    {
        var progress = new PhaseProgress(line => _console.WriteLine(line));
        try
        {
            if (!_terminal)
            {
                return await run(progress).ConfigureAwait(false);
            }

            return await _console.Status().Spinner(Spinner.Known.Dots).StartAsync(title, async status =>
            {
                var task = run(progress);
                while (!task.IsCompleted)
                {
                    status.Status(Markup.Escape($"{title} · {progress.Describe()}"));
                    await Task.WhenAny(task, Task.Delay(100)).ConfigureAwait(false);
                }

                return await task.ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        finally
        {
            progress.Complete();
        }
    }

    /// <param name="hadOutput">Whether the output folder holds an earlier build, which a failed build leaves as it was.</param>
    public void Report(BuildReport report, bool hadOutput = true)
    {
        Problems(report);
        if (!report.Succeeded)
        {
            var errors = report.ErrorCount;
            var output = hadOutput ? "the previous output was left as it was" : "nothing was written";
            _stderr.WriteLine(errors > 0
                ? $"Build failed with {Plural(errors, "error")}; {output}."
                : $"Build failed; {output}.");
            return;
        }

        // The default language's pages are the sources; only the other languages have translations.
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Language")
            .AddColumn(new TableColumn("Pages").RightAligned())
            .AddColumn(new TableColumn("Source").RightAligned())
            .AddColumn(new TableColumn("Translated").RightAligned())
            .AddColumn(new TableColumn("Outdated").RightAligned())
            .AddColumn(new TableColumn("Fallbacks").RightAligned());
        foreach (var language in report.Languages)
        {
            const string none = "–";
            var d = language.IsDefault;
            table.AddRow(
                Markup.Escape($"{language.Code} ({language.Name})"),
                language.Pages.ToString(),
                d ? language.Sources.ToString() : none,
                d ? none : language.Translated.ToString(),
                d ? none : language.Outdated.ToString(),
                d ? none : language.Fallbacks.ToString());
        }

        _console.Write(table);
        _console.WriteLine(
            $"Built {report.TotalPages} pages ({report.FilesWritten} files) into {report.OutputPath} in {report.Elapsed.TotalMilliseconds:F0} ms");
        Drafts(report.Drafts);
        Timings(report);
    }

    /// <summary>One line per rebuild of <c>serve</c>; diagnostics as for a build.</summary>
    public void ReportRebuild(BuildReport report)
    {
        Problems(report);
        if (report.Succeeded)
        {
            _console.WriteLine(report.Incremental is { } changes
                ? $"Rebuilt in {report.Elapsed.TotalMilliseconds:F0} ms: {Plural(changes.MarkdownRendered, "body", "bodies")} and {Plural(changes.PagesRendered.Count, "page")} rendered, "
                    + $"{Plural(changes.FilesWritten.Count, "file")} written, {changes.FilesDeleted.Count} deleted"
                : $"Rebuilt {report.TotalPages} pages in {report.Elapsed.TotalMilliseconds:F0} ms");
            Timings(report);
        }
        else
        {
            _stderr.WriteLine($"Rebuild failed with {Plural(report.ErrorCount, "error")}; still serving the last good site.");
        }
    }

    /// <summary>The closing lines of <c>check</c>: counts only; the diagnostics came before.</summary>
    public void ReportCheck(BuildReport report)
    {
        Problems(report);
        var errors = report.ErrorCount;
        var warnings = report.Diagnostics.Count - errors;
        var crashed = report.Failures.Count > 0 ? $", {Plural(report.Failures.Count, "internal failure")}" : string.Empty;
        // The files a contributor wrote, whether or not their errors stopped them from being rendered.
        var line = $"Checked {report.PagesRead ?? report.TotalPages} pages in {report.Elapsed.TotalMilliseconds:F0} ms: {Plural(errors, "error")}, {Plural(warnings, "warning")}{crashed}.";
        if (report.Succeeded)
        {
            _console.WriteLine(line);
        }
        else
        {
            _stderr.WriteLine(line);
        }

        Drafts(report.Drafts);
        Timings(report);
    }

    /// <summary>
    /// Which drafts were left out (a contributor who wonders where their page went finds it named here), or that this
    /// build holds drafts and is a preview.
    /// </summary>
    private void Drafts(DraftSummary drafts)
    {
        if (drafts.PagesBuilt > 0)
        {
            _console.WriteLine($"With drafts: {Plural(drafts.PagesBuilt, "page")} built from files marked `draft: true`, each saying so; a preview, not for deploying.");
        }

        if (drafts.HeldBack.Count > 0)
        {
            const int Shown = 5;
            var names = string.Join(", ", drafts.HeldBack.Take(Shown)) + (drafts.HeldBack.Count > Shown ? $" and {drafts.HeldBack.Count - Shown} more" : string.Empty);
            _console.WriteLine($"Not built: {Plural(drafts.HeldBack.Count, "draft")} ({names}); `--drafts` builds them for a preview.");
        }
    }

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _stderr.WriteLine(diagnostic.ToString());
            if (_annotations)
            {
                _stdout.WriteLine(GitHubAnnotations.Format(diagnostic));
            }
        }
    }

    public void Error(string message) => _stderr.WriteLine($"error: {message}");

    /// <summary>
    /// A bug or a failing machine (a full disk) rather than bad input: one line, or the whole exception with
    /// <c>--verbose</c>. A step that failed on several threads at once (an <see cref="AggregateException"/>)
    /// names its first cause and counts the others, rather than repeating one message per thread.
    /// </summary>
    public void Unexpected(Exception exception, string prefix = "")
    {
        if (_verbose)
        {
            _stderr.WriteLine($"error: {prefix}{exception}");
            return;
        }

        var causes = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        var first = causes.Count > 0 ? causes[0] : exception;
        var more = causes.Count > 1 ? $" (and {causes.Count - 1} more)" : string.Empty;
        _stderr.WriteLine($"error: {prefix}{first.GetType().Name}: {first.Message}{more} (run with --verbose for details)");
    }

    public void Info(string message) => _console.WriteLine(message);

    private void Problems(BuildReport report)
    {
        Diagnostics(report.Diagnostics);
        foreach (var failure in report.Failures)
        {
            Unexpected(failure.Exception, $"{failure.Pipeline}/{failure.Module}: ");
        }
    }

    /// <summary><c>--verbose</c>: time per pipeline (summed over its steps), then the slowest steps.</summary>
    private void Timings(BuildReport report)
    {
        if (!_verbose || report.ModuleTimings.Count == 0)
        {
            return;
        }

        _console.WriteLine("Time per pipeline (sum of its steps; pipelines overlap):");
        foreach (var pipeline in report.ModuleTimings
            .GroupBy(t => t.Pipeline, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Total: g.Sum(t => t.Elapsed.TotalMilliseconds)))
            .OrderByDescending(p => p.Total))
        {
            _console.WriteLine($"  {pipeline.Total,8:F0} ms  {pipeline.Name}");
        }

        _console.WriteLine("Slowest steps:");
        foreach (var timing in report.ModuleTimings.Take(10))
        {
            _console.WriteLine($"  {timing.Elapsed.TotalMilliseconds,8:F0} ms  {timing.Pipeline}/{timing.Phase}/{timing.Module}");
        }

        // What the process allocated and collected so far: where a build's time goes when no single step stands out.
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        _console.WriteLine(
            $"Memory: {GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024):F1} GiB allocated, " +
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen0/1/2), " +
            $"{GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
        // The JIT's share: in a ReadyToRun build, what was not precompiled (generic code across libraries) and the hot methods recompiled at tier 1.
        _console.WriteLine(
            $"JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in " +
            $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms (all threads)");
    }

    private static string Plural(int count, string noun, string? plural = null) => $"{count} {(count == 1 ? noun : plural ?? noun + "s")}";
}
