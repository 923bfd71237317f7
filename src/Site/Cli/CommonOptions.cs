using System.CommandLine;
using Site.Pipeline.Build;

namespace Site.Cli.Cli;

/// <summary>Options shared by <c>build</c> and <c>serve</c>.</summary>
internal sealed class CommonOptions
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

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print stack traces of unexpected errors and the slowest build steps",
    };

    public void AddTo(Command command)
    {
        command.Add(Input);
        command.Add(Output);
        command.Add(Theme);
        command.Add(Translations);
        command.Add(Verbose);
    }

    public BuildOptions ToBuildOptions(ParseResult parse) => new()
    {
        InputPath = parse.GetValue(Input)!,
        OutputPath = parse.GetValue(Output)!,
        ThemePath = parse.GetValue(Theme)!,
        TranslationsPath = parse.GetValue(Translations)!,
    };
}
