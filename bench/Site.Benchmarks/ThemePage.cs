using Site.Templating;
using Site.Templating.Runtime;

namespace Site.Benchmarks;

/// <summary>
/// One page rendered the way Site.Pipeline's PageRenderer does, for the template benchmarks: partials in a temporary
/// theme folder served by the <see cref="FileSystemTemplateLoader"/>, one context reused for every render, the page's
/// layout rendered first and the base layout around it, with <c>site</c>, <c>lang</c>, <c>t</c> (UI strings),
/// <c>page</c> and <c>content</c> as globals. The site has a 6-item menu.
/// </summary>
internal sealed class ThemePage : IDisposable
{
    private readonly string _themeRoot;
    private readonly Template _layout;
    private readonly Template _base;
    private readonly TemplateContext _context;
    private readonly ScriptObject _site;
    private readonly ScriptObject _strings;
    private readonly ScriptObject _page;

    /// <param name="partials">Partial name (<c>header</c>) → template text, written to <c>partials/&lt;name&gt;.scriban</c>.</param>
    public ThemePage(IReadOnlyDictionary<string, string> partials, string layout, string baseLayout, ScriptObject strings, ScriptObject page)
    {
        _themeRoot = Path.Combine(Path.GetTempPath(), "site-bench-theme-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(_themeRoot, "partials");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in partials)
        {
            File.WriteAllText(Path.Combine(folder, name + ".scriban"), text);
        }
        _layout = Template.Parse(layout, "layouts/post.scriban");
        _base = Template.Parse(baseLayout, "layouts/_base.scriban");
        _context = new TemplateContext { TemplateLoader = new FileSystemTemplateLoader(_themeRoot, ".scriban"), LoopLimit = 10_000_000 };
        _site = Site();
        _strings = strings;
        _page = page;
    }

    public string Render()
    {
        var globals = PushGlobals();
        try
        {
            globals["content"] = _layout.Render(_context);
            return _base.Render(_context);
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    /// <summary>The same page streamed to <paramref name="writer"/>: no string for the whole page.</summary>
    public void Render(TextWriter writer)
    {
        var globals = PushGlobals();
        try
        {
            globals["content"] = _layout.Render(_context);
            _base.Render(_context, writer);
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    public void Dispose() => Directory.Delete(_themeRoot, recursive: true);

    // A fresh globals object per page, as the renderer does, so that `content` never leaks into the next page.
    private ScriptObject PushGlobals()
    {
        var globals = new ScriptObject(5)
        {
            ["site"] = _site,
            ["lang"] = "en",
            ["t"] = _strings,
            ["page"] = _page,
        };
        _context.PushGlobal(globals);
        return globals;
    }

    private static ScriptObject Site()
    {
        var menu = new ScriptArray();
        foreach (var (name, url) in new[] { ("Home", "/en/"), ("Projects", "/en/projects/"), ("Landscape", "/en/landscape/"), ("Blog", "/en/blog/"), ("SIGs", "/en/sigs/"), ("About", "/en/about/") })
        {
            menu.Add(new ScriptObject { ["name"] = name, ["url"] = url });
        }
        return new ScriptObject { ["title"] = "CNCF Knowledge Base", ["year"] = 2025, ["menu"] = menu, ["base_url"] = "https://kb.example.org", ["repo"] = "https://github.com/example/kb" };
    }
}
