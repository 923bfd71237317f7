using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>An include reads only the theme's own files: every way out is refused at the include's line and column.</summary>
public class IncludeSafetyTests
{
    [Theory]
    [InlineData("../secret.txt", "`..` is not allowed")]
    [InlineData("partials/../../secret.txt", "`..` is not allowed")]
    [InlineData("/etc/passwd", "only paths relative to the theme")]
    [InlineData("C:/Windows/win.ini", "only paths relative to the theme")]
    public void An_include_that_leaves_the_theme_by_its_name_is_refused_at_the_include(string name, string reason)
    {
        using var theme = new TestTheme();
        theme.Write("secret.txt", "TOP SECRET");
        theme.Write("theme/layouts/page.scriban", $"line one\n  {{{{ include '{name}' }}}}\n");

        var (html, error) = theme.RenderPage("page");

        Assert.Null(html);
        Assert.NotNull(error);
        Assert.EndsWith("theme/layouts/page.scriban", error.Path);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_theme_answers_an_include_name_the_same_way_every_time_it_is_asked()
    {
        // The theme keeps the answer for each include name: a refusal must stay a refusal, at each include's own place.
        using var theme = new TestTheme();
        theme.Write("theme/partials/ok.scriban", "fine");
        theme.Write("theme/layouts/first.scriban", "{{ include 'partials/ok' }}\n{{ include '../x' }}");
        theme.Write("theme/layouts/second.scriban", "a\nb {{ include '../x' }}|{{ include 'partials/ok' }}");
        var loaded = theme.Load();
        var renderer = new PageRenderer(loaded);

        var results = new[] { "first", "second", "first" }.Select(layout => (Html: renderer.RenderPage(layout, TestTheme.Globals(), out var error), Error: error)).ToList();

        Assert.All(results, r => Assert.Null(r.Html));
        Assert.Equal([(2, 4), (2, 6), (2, 4)], results.Select(r => (r.Error!.Line, r.Error.Column)));
        Assert.All(results, r => Assert.Contains("`..` is not allowed", r.Error!.Message));
        Assert.Equal("fine", renderer.RenderTemplate("partials/ok.scriban", new Dictionary<string, object?>(), out _));
        Assert.Equal("partials/ok.scriban", loaded.Resolve("partials/ok", out _));
        Assert.Null(loaded.Resolve("partials/missing", out var missing));
        Assert.Contains("was not found", missing);
        Assert.Null(loaded.Resolve("partials/missing", out var again));
        Assert.Equal(missing, again);
    }

    [Fact]
    public void A_partial_that_is_a_symbolic_link_to_a_file_outside_the_theme_is_refused_and_never_read()
    {
        using var theme = new TestTheme();
        theme.Write("secret.scriban", "TOP SECRET");
        theme.Write("theme/layouts/page.scriban", "start\n{{ include 'partials/evil.scriban' }}\n");
        Directory.CreateDirectory(Path.Combine(theme.Root, "partials"));
        File.CreateSymbolicLink(Path.Combine(theme.Root, "partials", "evil.scriban"), Path.Combine(theme.Outside, "secret.scriban"));

        var (html, error) = theme.RenderPage("page");

        Assert.Null(html);
        Assert.NotNull(error);
        Assert.EndsWith("theme/layouts/page.scriban", error.Path);
        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Contains("symbolic link to a file outside the theme", error.Message);
        Assert.DoesNotContain("TOP SECRET", error.Message);
    }

    [Fact]
    public void A_folder_of_the_theme_that_links_outside_it_is_refused_too()
    {
        using var theme = new TestTheme();
        theme.Write("elsewhere/secret.scriban", "TOP SECRET");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/secret.scriban' }}");
        File.CreateSymbolicLink(Path.Combine(theme.Root, "partials"), Path.Combine(theme.Outside, "elsewhere"));

        var (html, error) = theme.RenderPage("page");

        Assert.Null(html);
        Assert.Contains("outside the theme", error!.Message);
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_the_theme_is_followed()
    {
        using var theme = new TestTheme();
        theme.Write("theme/partials/real.scriban", "shared text");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/alias.scriban' }}");
        File.CreateSymbolicLink(Path.Combine(theme.Root, "partials", "alias.scriban"), Path.Combine(theme.Root, "partials", "real.scriban"));

        var (html, error) = theme.RenderPage("page");

        Assert.Null(error);
        Assert.Equal("shared text", html);
    }

    [Fact]
    public void A_layout_that_links_outside_the_theme_is_an_error_at_load()
    {
        using var theme = new TestTheme();
        theme.Write("secret.scriban", "TOP SECRET");
        Directory.CreateDirectory(Path.Combine(theme.Root, "layouts"));
        File.CreateSymbolicLink(Path.Combine(theme.Root, "layouts", "page.scriban"), Path.Combine(theme.Outside, "secret.scriban"));
        var diagnostics = new List<Site.Content.Diagnostics.Diagnostic>();

        var loaded = theme.Load(diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.EndsWith("theme/layouts/page.scriban", error.Path);
        Assert.Contains("outside the theme", error.Message);
        Assert.Null(loaded.Layout("page"));
    }

    [Fact]
    public void A_missing_partial_is_named_at_the_include()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "a\nb {{ include 'partials/nope' }}");

        var (_, error) = theme.RenderPage("page");

        Assert.NotNull(error);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Contains("`partials/nope` was not found", error.Message);
    }

    [Fact]
    public void The_extension_may_be_left_out_and_dot_segments_are_harmless()
    {
        using var theme = new TestTheme();
        theme.Write("theme/partials/card.scriban", "card");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/card' }} {{ include './partials/card.scriban' }}");

        var (html, error) = theme.RenderPage("page");

        Assert.Null(error);
        Assert.Equal("card card", html);
    }

    [Fact]
    public void Templates_are_read_once_when_the_theme_loads_and_never_during_a_render()
    {
        using var theme = new TestTheme();
        theme.Write("theme/partials/card.scriban", "card {{ $1 }}");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/card' 1 }}");
        var loaded = theme.Load();
        Directory.Delete(theme.Root, recursive: true);

        var html = new PageRenderer(loaded).RenderPage("page", TestTheme.Globals(), out var error);

        Assert.Null(error);
        Assert.Equal("card 1", html);
    }
}
