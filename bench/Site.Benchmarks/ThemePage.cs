using Scriban.Runtime;
using Site.Content.Diagnostics;
using Site.Pipeline.Rendering;

namespace Site.Benchmarks;

/// <summary>
/// One page rendered the way the site renders every page: a temporary theme folder (the post layout, the base
/// layout, partials) loaded as a <see cref="Theme"/> and rendered by a <see cref="PageRenderer"/> (the real
/// Scriban behind the site's safety layer: includes from the theme only, limits, one reused context), the
/// layout first and the base layout around it, with <c>site</c>, <c>lang</c>, <c>t</c> (UI strings),
/// <c>page</c> and <c>content</c> as globals. The site has a 6-item menu.
/// </summary>
internal sealed class ThemePage : IDisposable
{
    private readonly string _themeRoot;
    private readonly PageRenderer _renderer;
    private readonly ScriptObject _site;
    private readonly ScriptObject _strings;
    private readonly ScriptObject _page;

    /// <param name="partials">Partial name (<c>header</c>) → template text, written to <c>partials/&lt;name&gt;.scriban</c>.</param>
    public ThemePage(IReadOnlyDictionary<string, string> partials, string layout, string baseLayout, ScriptObject strings, ScriptObject page)
    {
        _themeRoot = Path.Combine(Path.GetTempPath(), "site-bench-theme-" + Guid.NewGuid().ToString("N"));
        Write("layouts/post.scriban", layout);
        Write("layouts/_base.scriban", baseLayout);
        foreach (var (name, text) in partials)
        {
            Write($"partials/{name}.scriban", text);
        }

        var diagnostics = new List<Diagnostic>();
        var theme = Theme.Load(_themeRoot, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }

        _renderer = new PageRenderer(theme);
        _site = Site();
        _strings = strings;
        _page = page;
    }

    public string Render()
    {
        // A fresh globals object per page, as the renderer's callers do: `content` is written into it.
        var globals = new ScriptObject(5)
        {
            ["site"] = _site,
            ["lang"] = "en",
            ["t"] = _strings,
            ["page"] = _page,
        };
        return _renderer.RenderPage("post", globals, out var error) ?? throw new InvalidOperationException(error?.ToString());
    }

    public void Dispose() => Directory.Delete(_themeRoot, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_themeRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
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
