using System.CommandLine;
using Site.Content.Moving;

namespace Site.Cli.Cli;

/// <summary>
/// <c>move &lt;old-page&gt; &lt;new-page&gt;</c>: renames a page with its translations, writes the old URL
/// into <c>aliases</c>, rewrites links and slug references to it in every language and keeps current
/// translations current (<see cref="PageMover"/>). <c>--dry-run</c> prints the plan without writing.
/// </summary>
internal static class MoveCommand
{
    public static Command Create(CliHost host)
    {
        var from = new Argument<string>("old-page") { Description = "The page to move: glossary/microservices.md, input/en/glossary/microservices.md or /glossary/microservices/" };
        var to = new Argument<string>("new-page") { Description = "Its new place, in the same folder type: glossary/microservices-architecture.md" };
        var input = new Option<string>("--input", "-i") { Description = "Content folder", DefaultValueFactory = _ => "input" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change, write nothing" };
        var command = new Command("move", "Rename a page: moves its translations, adds the old URL to aliases, rewrites links to it")
        {
            from, to, input, dryRun,
        };
        command.SetAction(parse =>
        {
            var inputFolder = parse.GetValue(input)!;
            var plan = PageMover.Plan(inputFolder, parse.GetValue(from)!, parse.GetValue(to)!, out var errors);
            if (plan is null)
            {
                foreach (var error in errors)
                {
                    host.Error.WriteLine($"error: {error}");
                }

                return 1;
            }

            foreach (var warning in plan.Warnings)
            {
                host.Error.WriteLine($"warning: {warning}");
            }

            if (parse.GetValue(dryRun))
            {
                foreach (var move in plan.Moves)
                {
                    host.Out.WriteLine($"would move {Display(move.From)} → {Display(move.To)}");
                }

                foreach (var edit in plan.Edits)
                {
                    host.Out.WriteLine($"would update {Display(edit.Path)}: {string.Join("; ", edit.Changes)}");
                }

                return 0;
            }

            foreach (var line in PageMover.Apply(plan, inputFolder))
            {
                host.Out.WriteLine(line);
            }

            host.Out.WriteLine($"{plan.OldUrl} is now {plan.NewUrl}; the old URL redirects there in every language (`aliases`). Run `site check` to confirm every link.");
            return 0;
        });
        return command;
    }

    private static string Display(string path)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (rel.StartsWith("..", StringComparison.Ordinal) ? path : rel).Replace('\\', '/');
    }
}
