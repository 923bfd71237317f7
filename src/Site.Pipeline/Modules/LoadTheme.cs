using Site.Content.Diagnostics;
using Site.Pipeline.Engine;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Modules;

/// <summary>Parses the theme's templates once and publishes the <see cref="Theme"/>.</summary>
public sealed class LoadTheme(string themeFolder) : IModule
{
    public const string Key = "theme";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var theme = Theme.Load(themeFolder, diagnostics);
        context.Report(diagnostics);
        return [.. inputs, new Document(null, null).WithMetadata(Key, theme)];
    }
}
