using Scriban.Runtime;
using Site.Content.Diagnostics;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>A theme folder in a temp folder: a minimal <c>_base</c> that prints <c>content</c>, plus the files a test writes.</summary>
internal sealed class TestTheme : IDisposable
{
    private readonly TempFolder _temp = new();

    public TestTheme(string baseLayout = "{{ content }}")
    {
        Write("theme/layouts/_base.scriban", baseLayout);
    }

    public string Root => _temp.Combine("theme");

    public string Outside => _temp.Path;

    public TestTheme Write(string relative, string text)
    {
        _temp.WriteFile(relative, text);
        return this;
    }

    public Theme Load(List<Diagnostic>? diagnostics = null)
    {
        diagnostics ??= [];
        var theme = Theme.Load(Root, diagnostics);
        return theme;
    }

    /// <summary>Loads the theme, which must have no errors, and renders the page layout with <paramref name="page"/> as <c>page</c>.</summary>
    public (string? Html, Diagnostic? Error) RenderPage(string layout, ModelMap? page = null, RenderLimits? limits = null)
    {
        var diagnostics = new List<Diagnostic>();
        var theme = Load(diagnostics);
        Assert.Empty(diagnostics);
        var renderer = new PageRenderer(theme, limits);
        var html = renderer.RenderPage(layout, Globals(page), out var error);
        return (html, error);
    }

    public static ScriptObject Globals(ModelMap? page = null) => new() { ["page"] = page ?? [] };

    public void Dispose() => _temp.Dispose();
}
