using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Content.Diagnostics;
using Site.Pipeline.Model;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Renders pages (and single theme templates) with Scriban. A page is its layout first, then
/// <c>_base</c> around it with <c>content</c> set. One instance per render thread: it owns a
/// <see cref="ThemeTemplateContext"/>, reused for every render on that thread; the parsed
/// templates are the theme's, shared by all threads. After a failed render the context is
/// reset, so nothing of the failed page reaches the next one.
/// </summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly RenderLimits _limits;
    private readonly IsolatedIncludes _includes;
    private readonly PageOutput _page = new();
    private ThemeTemplateContext _context;

    /// <param name="includeCache">Results of <c>include_cached</c> shared with the other renderers of a build; null: rendered every time.</param>
    public PageRenderer(Theme theme, RenderLimits? limits = null, IncludeCache? includeCache = null)
    {
        _theme = theme;
        _limits = limits ?? RenderLimits.Default;
        _includes = new IsolatedIncludes(theme, _limits, includeCache);
        _context = new ThemeTemplateContext(theme, _limits, _includes);
    }

    /// <summary>Theme-relative paths of the templates the last render used (layout, base, every include).</summary>
    public IReadOnlyCollection<string> TemplatesUsed => _context.Loader.Used;

    /// <summary>The HTML of the page, or null with <paramref name="error"/> set when a template failed at run time.</summary>
    public string? Render(PageJob job, out Diagnostic? error) => RenderPage(job.Layout, GlobalsOf(job), out error);

    /// <summary>
    /// The HTML of the page as UTF-8, or null with <paramref name="error"/> set. What
    /// <see cref="Render(PageJob, out Diagnostic?)"/> gives, encoded, without ever making a string of the whole page
    /// or an array of its own: the base layout writes into a builder this renderer keeps from page to page, encoded
    /// into a buffer it keeps too. The bytes are valid until this renderer's next render.
    /// </summary>
    public ReadOnlyMemory<byte>? RenderUtf8(PageJob job, out Diagnostic? error) => RenderPageUtf8(job.Layout, GlobalsOf(job), out error);

    /// <summary><see cref="RenderPage(string, ScriptObject, out Diagnostic?)"/> as UTF-8 (see <see cref="RenderUtf8"/>).</summary>
    public ReadOnlyMemory<byte>? RenderPageUtf8(string layoutName, ScriptObject globals, out Diagnostic? error) =>
        RenderPage(layoutName, globals, out error, shell =>
        {
            _page.Clear();
            _context.PushOutput(_page);
            try
            {
                // Renders into _page; Render's own result is the empty text of PageOutput.ToString.
                shell.Render(_context);
            }
            finally
            {
                _context.PopOutput();
            }

            var bytes = _page.EncodeUtf8();
            _page.Release();
            return new Utf8Page(bytes);
        })?.Bytes;

    private static ScriptObject GlobalsOf(PageJob job) => new(5)
    {
        ["site"] = job.Language.Globals,
        ["lang"] = job.Language.Lang,
        ["t"] = job.Language.Strings.Root,
        ["page"] = job.Page,
    };

    /// <summary>
    /// A whole page: <c>layouts/&lt;layout&gt;.scriban</c>, then <c>layouts/_base.scriban</c> with
    /// <c>content</c> added to <paramref name="globals"/> (a fresh object per page: it is written to).
    /// </summary>
    public string? RenderPage(string layoutName, ScriptObject globals, out Diagnostic? error) =>
        RenderPage(layoutName, globals, out error, shell => shell.Render(_context));

    private T? RenderPage<T>(string layoutName, ScriptObject globals, out Diagnostic? error, Func<Template, T> renderShell)
        where T : class
    {
        error = null;
        var loader = _context.Loader;
        loader.Reset();
        loader.Note(Theme.LayoutPath(layoutName));
        loader.Note(Theme.LayoutPath(Theme.BaseLayout));
        var layout = _theme.Layout(layoutName);
        var shell = _theme.Layout(Theme.BaseLayout);
        if (layout is null || shell is null)
        {
            // Already reported by the theme's load: a missing base layout, or a layout's syntax errors at their lines.
            error = shell is null || _theme.IsBroken(layoutName)
                ? null
                : Diagnostic.Error($"{_theme.DisplayRoot}/layouts", 0, 0, $"layout '{layoutName}' is missing");
            return null;
        }

        return Run(globals, Theme.LayoutPath(layoutName), out error, () =>
        {
            globals["content"] = layout.Render(_context);
            return renderShell(shell);
        });
    }

    /// <summary>
    /// Renders one theme template (<c>partials/x.scriban</c>, <c>shortcodes/y.scriban</c>) with
    /// <paramref name="globals"/> as its only globals, under the same rules as a page. For
    /// pieces of a page made by a template, such as shortcodes in markdown.
    /// </summary>
    public string? RenderTemplate(string themeRelativePath, IReadOnlyDictionary<string, object?> globals, out Diagnostic? error)
    {
        error = null;
        _context.Loader.Reset();
        var path = _theme.Resolve(themeRelativePath, out var refused);
        if (path is null || _theme.Template(path) is not { } template)
        {
            error = path is null
                ? Diagnostic.Error(_theme.DisplayRoot, 0, 0, refused!)
                : _theme.ErrorsOf(path).FirstOrDefault() ?? Diagnostic.Error($"{_theme.DisplayRoot}/{path}", 0, 0, "template did not parse");
            return null;
        }

        _context.Loader.Note(path);
        var scriptGlobals = new ScriptObject(globals.Count);
        foreach (var (name, value) in globals)
        {
            scriptGlobals[name] = value;
        }

        return Run(scriptGlobals, path, out error, () => template.Render(_context));
    }

    private T? Run<T>(ScriptObject globals, string fallbackPath, out Diagnostic? error, Func<T> render)
        where T : class
    {
        error = null;
        _context.PushGlobal(globals);
        _includes.Begin(globals);
        var failed = true;
        try
        {
            var html = render();
            failed = false;
            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            error = ToDiagnostic(ex, fallbackPath);
            return null;
        }
        finally
        {
            _includes.End();
            if (failed)
            {
                ResetAfterFailure();
            }
            else
            {
                _context.PopGlobal();
            }
        }
    }

    /// <summary>
    /// A render that threw may leave output, globals or scopes pushed: Scriban's
    /// <see cref="TemplateContext.Reset"/> drops them and the partial output. Includes parsed
    /// nothing (the theme's templates are served), so nothing is lost but the failed page.
    /// </summary>
    private void ResetAfterFailure()
    {
        var used = _context.Loader.Used.ToList();
        _context.Reset();
        if (_context.GlobalCount != 1 || _context.OutputCount != 1 || _context.Output.ToString()!.Length != 0)
        {
            // Should Scriban ever keep state that Reset does not clear, start afresh rather than risk a leak.
            _context = new ThemeTemplateContext(_theme, _limits, _includes);
        }

        foreach (var path in used)
        {
            _context.Loader.Note(path);
        }
    }

    /// <summary>A rendered page's bytes, boxed once per page so the shared render path can say "failed" with null.</summary>
    private sealed record Utf8Page(ReadOnlyMemory<byte> Bytes);

    private Diagnostic ToDiagnostic(ScriptRuntimeException ex, string fallbackPath)
    {
        var span = ex.Span;
        var path = string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName;
        return Diagnostic.Error($"{_theme.DisplayRoot}/{path}", span.Start.Line + 1, span.Start.Column + 1, ex.OriginalMessage);
    }
}
