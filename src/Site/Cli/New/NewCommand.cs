using System.CommandLine;
using System.Globalization;
using System.Text;
using Site.Cli.Reporting;
using Site.Cli.Scaffolding;
using Site.Content.Loading;

namespace Site.Cli.Cli.New;

/// <summary>
/// <c>new post|project|sig</c>: creates a page with valid front matter at the path the content
/// model expects. Never overwrites a file; exit code 1 with a reason when nothing was created.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("new", "Create a page with valid front matter: new post|project|sig");
        command.Add(Post(host));
        command.Add(Project(host));
        command.Add(Sig(host));
        return command;
    }

    private static Command Post(CliHost host)
    {
        var title = new Argument<string>("title") { Description = "Title of the post (in the post's language)" };
        var input = InputOption();
        var language = LanguageOption();
        var date = new Option<string?>("--date") { Description = "Publication date, yyyy-mm-dd (default: today); also names the year folder" };
        var slug = new Option<string?>("--slug") { Description = "File name without .md (default: from the title); for a translation, the source post's slug" };
        var command = new Command("post", "A blog post in input/<lang>/blog/<year>/<slug>.md, or the translation of one (--lang zh)") { title, input, language, date, slug };
        command.SetAction(parse =>
        {
            DateOnly day;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    host.Error.WriteLine($"error: --date `{text}` is not a date like 2024-05-30");
                    return 1;
                }
            }
            else
            {
                day = DateOnly.FromDateTime(host.Time.GetLocalNow().DateTime);
            }

            return Run(host, parse.GetValue(input)!, s => s.Post(parse.GetValue(title)!, parse.GetValue(language), day, parse.GetValue(slug)));
        });
        return command;
    }

    private static Command Project(CliHost host)
    {
        var slug = new Argument<string>("slug") { Description = "Project slug, e.g. linkerd (the file name and URL)" };
        var input = InputOption();
        var language = LanguageOption();
        var title = new Option<string?>("--title") { Description = "Project name (default: from the slug)" };
        var category = new Option<string?>("--category") { Description = "Slug of a page in categories/" };
        var maturity = new Option<string?>("--maturity") { Description = "sandbox, incubating, graduated or archived" };
        var sig = new Option<string?>("--sig") { Description = "Slug of the owning SIG/TAG in sigs/ (optional)" };
        var command = new Command("project", "A project page in input/<lang>/projects/<slug>.md") { slug, input, language, title, category, maturity, sig };
        command.SetAction(parse => Run(host, parse.GetValue(input)!, s => s.Project(
            parse.GetValue(slug)!, parse.GetValue(language), parse.GetValue(title), parse.GetValue(category), parse.GetValue(maturity), parse.GetValue(sig))));
        return command;
    }

    private static Command Sig(CliHost host)
    {
        var slug = new Argument<string>("slug") { Description = "SIG/TAG slug, e.g. tag-network" };
        var input = InputOption();
        var language = LanguageOption();
        var title = new Option<string?>("--title") { Description = "Name (default: from the slug)" };
        var kind = new Option<string?>("--kind") { Description = "sig, tag or wg" };
        var command = new Command("sig", "A SIG, TAG or working group charter in input/<lang>/sigs/<slug>.md") { slug, input, language, title, kind };
        command.SetAction(parse => Run(host, parse.GetValue(input)!, s => s.Sig(
            parse.GetValue(slug)!, parse.GetValue(language), parse.GetValue(title), parse.GetValue(kind))));
        return command;
    }

    private static int Run(CliHost host, string inputFolder, Func<PageScaffolder, ScaffoldResult> scaffold)
    {
        // The whole site is loaded so that categories, SIGs and translation sources are checked against what exists.
        var loaded = ContentLoader.Load(inputFolder);
        if (loaded.Content is null)
        {
            new ConsoleReporter(host.Out, host.Error, verbose: false).Diagnostics(loaded.Diagnostics);
            host.Error.WriteLine($"error: cannot read the site in {inputFolder}; nothing was created");
            return 1;
        }

        var result = scaffold(new PageScaffolder(loaded.Content));
        if (result.Page is not { } page)
        {
            host.Error.WriteLine($"error: {result.Error}");
            return 1;
        }

        var full = Path.Combine([inputFolder, .. page.RelativePath.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.Write(page.Text);
        }

        host.Out.WriteLine($"Created {full.Replace('\\', '/')}");
        host.Out.WriteLine("It is a draft until you remove `draft: true`. Preview it with `dotnet run --project src/Site -- serve --drafts`, validate it with `dotnet run --project src/Site -- check`.");
        return 0;
    }

    private static Option<string> InputOption() => new("--input", "-i")
    {
        Description = "Content folder",
        DefaultValueFactory = _ => "input",
    };

    private static Option<string?> LanguageOption() => new("--lang")
    {
        Description = "Language code from site.yml (default: the default language); another language creates a translation of an existing page",
    };
}
