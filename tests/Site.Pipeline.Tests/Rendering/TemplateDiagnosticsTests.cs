using Site.Content.Diagnostics;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>Scriban counts lines and columns from 0; every template diagnostic is 1-based, at the template file.</summary>
public class TemplateDiagnosticsTests
{
    [Fact]
    public void A_syntax_error_in_a_layout_is_reported_at_its_line_and_column_when_the_theme_loads()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/post.scriban", "<main>\n{{ if }}\n</main>\n");
        var diagnostics = new List<Diagnostic>();

        var loaded = theme.Load(diagnostics);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.EndsWith("theme/layouts/post.scriban", d.Path));
        Assert.Equal((2, 7), (diagnostics[0].Line, diagnostics[0].Column));
        Assert.True(loaded.IsBroken("post"));
    }

    [Fact]
    public void A_syntax_error_in_a_partial_is_reported_at_load_and_again_at_each_include_of_it()
    {
        using var theme = new TestTheme();
        theme.Write("theme/partials/broken.scriban", "ok\n{{ if }}\n");
        theme.Write("theme/layouts/page.scriban", "x\n  {{ include 'partials/broken.scriban' }}");
        var diagnostics = new List<Diagnostic>();
        var loaded = theme.Load(diagnostics);

        var html = new PageRenderer(loaded).RenderPage("page", TestTheme.Globals(), out var error);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.EndsWith("theme/partials/broken.scriban", d.Path));
        Assert.Equal((2, 7), (diagnostics[0].Line, diagnostics[0].Column));
        Assert.Null(html);
        Assert.EndsWith("theme/layouts/page.scriban", error!.Path);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Contains("partials/broken.scriban:2:7", error.Message);
    }

    [Fact]
    public void A_runtime_error_in_a_partial_is_reported_in_the_partial()
    {
        using var theme = new TestTheme();
        theme.Write("theme/partials/toc.scriban", "a\n  {{ page.no_such_object.deeper }}\n");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/toc.scriban' }}");

        var (_, error) = theme.RenderPage("page");

        Assert.EndsWith("theme/partials/toc.scriban", error!.Path);
        Assert.Equal((2, 26), (error.Line, error.Column));
        Assert.Contains("null", error.Message);
    }

    [Fact]
    public void A_runtime_error_in_a_layout_points_at_the_failing_member()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "one\ntwo\n{{ x = null; x.y.z }}\n");

        var (_, error) = theme.RenderPage("page");

        Assert.EndsWith("theme/layouts/page.scriban", error!.Path);
        Assert.Equal((3, 16), (error.Line, error.Column));
    }

    [Fact]
    public void A_missing_base_layout_is_one_error_at_load()
    {
        using var temp = new TempFolder();
        temp.WriteFile("theme/layouts/page.scriban", "x");
        var diagnostics = new List<Diagnostic>();

        var theme = Theme.Load(temp.Combine("theme"), diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Contains("_base.scriban", error.Message);
        Assert.Null(new PageRenderer(theme).RenderPage("page", TestTheme.Globals(), out var renderError));
        Assert.Null(renderError);
    }
}
