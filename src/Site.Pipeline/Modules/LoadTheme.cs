using Site.Content.Diagnostics;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Modules;

/// <summary>
/// Parses the theme's templates once and publishes the <see cref="Theme"/>. In a build session,
/// a run after edits that did not touch the theme publishes the previous (error-free) theme again.
/// </summary>
public sealed class LoadTheme(string themeFolder) : IModule
{
    public const string Key = "theme";

    private readonly SessionCaches? _session;

    internal LoadTheme(string themeFolder, SessionCaches? session)
        : this(themeFolder)
    {
        _session = session;
    }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (_session is { ReuseTheme: true, LastTheme: { } last })
        {
            return [.. inputs, new Document(null, null).WithMetadata(Key, last)];
        }

        var diagnostics = new List<Diagnostic>();
        var theme = Theme.Load(themeFolder, diagnostics);
        context.Report(diagnostics);
        if (_session is not null)
        {
            // Only a theme without errors is worth keeping: a broken one must be loaded (and reported) again.
            _session.LastTheme = diagnostics.Any(d => d.IsError) ? null : theme;
        }

        return [.. inputs, new Document(null, null).WithMetadata(Key, theme)];
    }
}
