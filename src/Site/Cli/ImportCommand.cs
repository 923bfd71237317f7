using System.CommandLine;
using Site.Content.Diagnostics;
using Site.Content.Landscape;

namespace Site.Cli.Cli;

/// <summary>
/// <c>import landscape &lt;landscape.yml&gt; [--logos &lt;folder&gt;]</c>: brings the project and
/// category pages in line with CNCF's landscape file (see <see cref="LandscapeImport"/> for what
/// it owns and what it leaves to people). Prints what it added, changed, archived, removed and
/// retired, then the problems of the file as <c>landscape.yml:line:col: warning|error: …</c>.
/// Exit code 1 when the file had errors (the sound parts are still imported), 2 when nothing
/// could be imported.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("import", "Import data from another source into the content folder: import landscape <landscape.yml>");
        command.Add(Landscape(host));
        return command;
    }

    private static Command Landscape(CliHost host)
    {
        var file = new Argument<string>("landscape.yml") { Description = "CNCF's landscape.yml (cncf/landscape)" };
        var logos = new Option<string?>("--logos") { Description = "Folder of the landscape's logos (hosted_logos/): each project's SVG is cleaned and written to input/assets/logos/<slug>.svg" };
        var input = new Option<string>("--input", "-i") { Description = "Content folder", DefaultValueFactory = _ => "input" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change, write nothing" };
        var refreshWords = new Option<bool>("--refresh-words") { Description = "Also overwrite the title and summary of existing pages with the landscape's name and description (translations then become outdated)" };
        var command = new Command("landscape", "Write and update a page per CNCF project and per landscape category, with logos")
        {
            file, logos, input, dryRun, refreshWords,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var diagnostics = new DiagnosticBag();
            if (!File.Exists(path))
            {
                host.Error.WriteLine($"{Display(path)}: error: file not found");
                return 2;
            }

            var source = new SourceText(Display(path), File.ReadAllText(path));
            var doc = LandscapeReader.Read(source, diagnostics);
            if (doc is null)
            {
                Print(host, diagnostics.ToSortedList());
                return 2;
            }

            var result = LandscapeImport.Plan(doc, new LandscapeImportOptions
            {
                InputRoot = parse.GetValue(input)!,
                LogosFolder = parse.GetValue(logos),
                RefreshWords = parse.GetValue(refreshWords),
                Display = Display,
            }, diagnostics);

            var write = !parse.GetValue(dryRun);
            if (write)
            {
                LandscapeImport.Apply(result);
            }

            Report(host, result, parse.GetValue(input)!, write);
            Print(host, result.Diagnostics);
            return result.HasErrors ? 1 : 0;
        });
        return command;
    }

    private static void Report(CliHost host, LandscapeImportResult result, string input, bool written)
    {
        var prefix = Display(input).TrimEnd('/') + "/";
        foreach (var e in result.Events)
        {
            host.Out.WriteLine($"{Label(e.Kind),-9} {prefix}{e.Path}  {e.Detail}");
        }

        var t = result.Totals;
        host.Out.WriteLine(
            $"landscape: {t.Projects} projects ({t.Graduated} graduated, {t.Incubating} incubating, {t.Sandbox} sandbox, {t.Archived} archived), {t.CategoryPages} category pages, {t.Logos} logos");
        if (t.WithoutDescription > 0)
        {
            host.Out.WriteLine($"{t.WithoutDescription} projects have no description in the file: their pages have no summary until someone writes one (`summary:` or a first paragraph).");
        }
        var counts = new[]
        {
            (ImportEventKind.Added, "added"), (ImportEventKind.Changed, "changed"), (ImportEventKind.Archived, "archived"),
            (ImportEventKind.Removed, "removed"), (ImportEventKind.Returned, "returned"), (ImportEventKind.Retired, "retired"), (ImportEventKind.Logo, "logos written"),
        };
        var summary = string.Join(", ", counts.Select(c => $"{result.Count(c.Item1)} {c.Item2}"));
        var files = result.Edits.Count;
        host.Out.WriteLine(files == 0
            ? "Nothing to change: every page and logo is up to date."
            : $"{(written ? "Wrote" : "Would write")} {files} file{(files == 1 ? "" : "s")}: {summary}." + (written ? string.Empty : " (dry run: nothing written)"));
    }

    private static string Label(ImportEventKind kind) => kind switch
    {
        ImportEventKind.Added => "added",
        ImportEventKind.Changed => "changed",
        ImportEventKind.Archived => "archived",
        ImportEventKind.Removed => "removed",
        ImportEventKind.Returned => "returned",
        ImportEventKind.Retired => "retired",
        _ => "logo",
    };

    private static void Print(CliHost host, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            host.Error.WriteLine(d.Headline);
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            host.Error.WriteLine($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
        }
    }

    private static string Display(string path)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return (rel.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : rel).Replace('\\', '/');
    }
}
