using Site.Content;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Modules;

/// <summary>
/// Renders every body in parallel and validates internal links and fragments (errors name file
/// and line). Components (`{{&lt; note &gt;}}`) are rendered with the theme's shortcode templates
/// when a theme folder is given. With a session's <see cref="MarkdownCache"/>, unchanged bodies are
/// not rendered again.
/// </summary>
public sealed class RenderMarkdown(MarkdownCache? cache = null, string? themeFolder = null, string? translationsFolder = null) : IModule
{
    private readonly SessionCaches? _session;

    internal RenderMarkdown(SessionCaches session, string themeFolder, string translationsFolder)
        : this(session.Markdown, themeFolder, translationsFolder)
    {
        _session = session;
    }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var output = new List<Document>(inputs.Count);
        foreach (var document in inputs)
        {
            if (document.TryGet<ContentSet>(Keys.Content, out var content))
            {
                var diagnostics = new List<Diagnostic>();
                var components = themeFolder is null ? null : LoadComponents(themeFolder, diagnostics);
                var rendered = (cache ?? new MarkdownCache()).RenderAll(content, context.ParallelOptions, diagnostics, components);
                context.Report(diagnostics);
                output.Add(document.WithMetadata(Keys.Rendered, rendered));
            }
            else
            {
                output.Add(document);
            }
        }

        return output;
    }

    /// <summary>The theme's components; a session reuses last run's when neither the theme nor the UI strings changed.</summary>
    private ThemeComponents LoadComponents(string folder, List<Diagnostic> diagnostics)
    {
        if (_session is { ReuseTheme: true, ReuseTranslations: true, LastComponents: { } last })
        {
            diagnostics.AddRange(last.Diagnostics);
            return last.Components;
        }

        var found = new List<Diagnostic>();
        var components = ThemeComponents.Load(folder, translationsFolder ?? "translations", found);
        if (_session is not null)
        {
            _session.LastComponents = (components, found);
        }

        diagnostics.AddRange(found);
        return components;
    }
}
