using System.CommandLine;
using Site.Cli.Reporting;
using Site.Pipeline.Build;

namespace Site.Cli.Cli;

/// <summary>Options shared by <c>build</c>, <c>check</c> and <c>serve</c>.</summary>
internal sealed class CommonOptions(bool withOutput = true)
{
    public Option<string> Input { get; } = new("--input", "-i")
    {
        Description = "Content folder (site.yml, one folder per language, assets/)",
        DefaultValueFactory = _ => "input",
    };

    public Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "Folder the site is written to; replaced only when the build succeeds",
        DefaultValueFactory = _ => "output",
    };

    public Option<string> Theme { get; } = new("--theme")
    {
        Description = "Theme folder (layouts/, partials/, assets/)",
        DefaultValueFactory = _ => "themes/default",
    };

    public Option<string> Translations { get; } = new("--translations")
    {
        Description = "Folder of UI strings, one <lang>.yml per language",
        DefaultValueFactory = _ => "translations",
    };

    public Option<bool> Drafts { get; } = new("--drafts", "-D")
    {
        Description = "Also build the pages marked `draft: true`, each with a notice saying so (a preview; never deploy it)",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print time per pipeline, the slowest steps, and stack traces of unexpected errors",
    };

    public void AddTo(Command command)
    {
        command.Add(Input);
        if (withOutput)
        {
            command.Add(Output);
        }

        command.Add(Theme);
        command.Add(Translations);
        command.Add(Drafts);
        command.Add(Verbose);
    }

    public BuildOptions ToBuildOptions(ParseResult parse) => new()
    {
        InputPath = parse.GetValue(Input)!,
        OutputPath = withOutput ? parse.GetValue(Output)! : "output",
        ThemePath = parse.GetValue(Theme)!,
        TranslationsPath = parse.GetValue(Translations)!,
        IncludeDrafts = parse.GetValue(Drafts),
        LunrPackagePath = ToolPaths.Find("tools/node_modules/lunr"),
        LunrCjkScriptPath = ToolPaths.Find("tools/lunr/lunr-cjk.js"),
    };

    public ConsoleReporter Reporter(ParseResult parse, CliHost host, bool progress = true) => new(
        host.Out,
        host.Error,
        parse.GetValue(Verbose),
        annotations: GitHubAnnotations.IsEnabled(host.Environment),
        terminal: progress && host.IsTerminal);
}
