using Site.Content.Diagnostics;
using Site.Pipeline.Model;
using Site.Templating.Runtime;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Renders page jobs with a theme: the page's layout first, then <c>_base</c> around it with
/// <c>content</c> set. One instance per worker thread, because a template context is not
/// thread-safe; the parsed templates themselves are shared.
/// </summary>
public sealed class PageRenderer
{
    /// <summary>High enough for a tag or SIG page listing every post of a 20,000-page site.</summary>
    public const int LoopLimit = 10_000_000;

    private readonly Theme _theme;
    private readonly RecordingTemplateLoader _loader;
    private readonly TemplateContext _context;

    public PageRenderer(Theme theme)
    {
        _theme = theme;
        _loader = new RecordingTemplateLoader(theme.Loader, theme.Root);
        _context = new TemplateContext
        {
            TemplateLoader = _loader,
            LoopLimit = LoopLimit,
        };
    }

    /// <summary>Theme-relative paths of the templates the last <see cref="Render"/> used (layout, base, every include).</summary>
    public IReadOnlyCollection<string> TemplatesUsed => _loader.Used;

    /// <summary>The HTML of the page, or null with <paramref name="error"/> set when a template failed at run time.</summary>
    public string? Render(PageJob job, out Diagnostic? error)
    {
        error = null;
        _loader.Reset();
        _loader.Note(Theme.LayoutPath(job.Layout));
        _loader.Note(Theme.LayoutPath(Theme.BaseLayout));
        var layout = _theme.Layout(job.Layout);
        var shell = _theme.Layout(Theme.BaseLayout);
        if (layout is null || shell is null)
        {
            // Already reported by the theme's load: a missing base layout, or a layout's syntax errors at their lines.
            error = shell is null || _theme.IsBroken(job.Layout)
                ? null
                : Diagnostic.Error($"{_theme.DisplayRoot}/layouts", 0, 0, $"layout '{job.Layout}' is missing");
            return null;
        }

        var globals = new ScriptObject(5)
        {
            ["site"] = job.Language.Globals,
            ["lang"] = job.Language.Lang,
            ["t"] = job.Language.Strings.Root,
            ["page"] = job.Page,
        };
        _context.PushGlobal(globals);
        try
        {
            globals["content"] = layout.Render(_context);
            return shell.Render(_context);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            var path = span.Path is null ? $"{_theme.DisplayRoot}/layouts/{job.Layout}.scriban" : $"{_theme.DisplayRoot}/{span.Path}";
            error = Diagnostic.Error(path, span.Line, span.Column, ex.OriginalMessage);
            return null;
        }
        finally
        {
            _context.PopGlobal();
        }
    }
}
