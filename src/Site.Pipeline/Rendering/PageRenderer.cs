using Site.Content.Diagnostics;
using Site.Pipeline.Model;
using Site.Templating.Runtime;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Renders page jobs with a theme: the page's layout first, then <c>_base</c> around it with
/// <c>content</c> set. One instance per worker thread, because a template context is not
/// thread-safe; the parsed templates themselves are shared.
/// </summary>
public sealed class PageRenderer(Theme theme)
{
    /// <summary>High enough for a tag or SIG page listing every post of a 20,000-page site.</summary>
    public const int LoopLimit = 10_000_000;

    private readonly TemplateContext _context = new()
    {
        TemplateLoader = theme.Loader,
        LoopLimit = LoopLimit,
    };

    /// <summary>The HTML of the page, or null with <paramref name="error"/> set when a template failed at run time.</summary>
    public string? Render(PageJob job, out Diagnostic? error)
    {
        error = null;
        var layout = theme.Layout(job.Layout);
        var shell = theme.Layout(Theme.BaseLayout);
        if (layout is null || shell is null)
        {
            error = Diagnostic.Error($"{theme.DisplayRoot}/layouts", 0, 0, $"layout '{job.Layout}' is missing or has errors");
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
            var path = span.Path is null ? $"{theme.DisplayRoot}/layouts/{job.Layout}.scriban" : $"{theme.DisplayRoot}/{span.Path}";
            error = Diagnostic.Error(path, span.Line, span.Column, ex.OriginalMessage);
            return null;
        }
        finally
        {
            _context.PopGlobal();
        }
    }
}
