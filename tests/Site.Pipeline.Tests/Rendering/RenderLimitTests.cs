using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>
/// A theme cannot hang or exhaust a build, and a page is never cut short: every limit fails the
/// render with a diagnostic at the template line that hit it.
/// </summary>
public class RenderLimitTests
{
    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "line one\n{{ while true }}x{{ end }}\n");

        var (html, error) = theme.RenderPage("page", limits: new RenderLimits { LoopIterations = 1000 });

        Assert.Null(html);
        Assert.Equal((2, 4), (error!.Line, error.Column));
        Assert.Contains("iteration limit `1000`", error.Message);
    }

    [Fact]
    public void The_loop_limit_counts_nested_loops_together()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "{{ for i in 1..40 }}{{ for j in 1..40 }}.{{ end }}{{ end }}");

        var (html, error) = theme.RenderPage("page", limits: new RenderLimits { LoopIterations = 1000 });

        Assert.Null(html);
        Assert.Contains("limit", error!.Message);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "{{ func f; f; end }}\n{{ f }}\n");

        var (html, error) = theme.RenderPage("page");

        Assert.Null(html);
        Assert.Equal((1, 12), (error!.Line, error.Column));
        Assert.Contains("recursive depth limit `100`", error.Message);
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_recursion_limit()
    {
        using var theme = new TestTheme();
        theme.Write("theme/partials/loop.scriban", "x{{ include 'partials/loop.scriban' }}");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/loop.scriban' }}");

        var (html, error) = theme.RenderPage("page", limits: new RenderLimits { RecursionDepth = 20 });

        Assert.Null(html);
        Assert.EndsWith("theme/partials/loop.scriban", error!.Path);
        Assert.Contains("limit `20`", error.Message);
    }

    [Fact]
    public void A_page_larger_than_Scribans_default_string_limit_is_rendered_whole()
    {
        // Scriban's defaults cut output and strings at 1 Mi characters and append "...".
        var body = string.Concat(Enumerable.Repeat("<p>0123456789 abcdefghij</p>\n", 60_000)); // 1.7 Mi characters
        using var theme = new TestTheme("<html>{{ content }}</html>");
        theme.Write("theme/partials/body.scriban", "{{ page.body }}");
        theme.Write("theme/layouts/page.scriban", "<main>{{ include 'partials/body.scriban' }}</main>");

        var (html, error) = theme.RenderPage("page", new ModelMap { ["body"] = body });

        Assert.Null(error);
        Assert.True(body.Length > 1024 * 1024);
        Assert.Equal("<html><main>" + body + "</main></html>", html);
    }

    [Fact]
    public void A_page_over_the_output_limit_fails_with_a_message_naming_the_limit()
    {
        using var theme = new TestTheme("<html>{{ content }}</html>");
        theme.Write("theme/layouts/page.scriban", "<main>\n{{ for i in 1..100 }}{{ page.chunk }}{{ end }}</main>");

        var (html, error) = theme.RenderPage("page", new ModelMap { ["chunk"] = new string('x', 1000) }, new RenderLimits { OutputLength = 50_000 });

        Assert.Null(html);
        Assert.EndsWith("theme/layouts/page.scriban", error!.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("50000", error.Message);
    }

    [Fact]
    public void The_output_limit_counts_the_page_once_however_deep_its_includes_nest()
    {
        // 30,000 characters written three includes deep: Scriban's own include would count them four times.
        using var theme = new TestTheme();
        theme.Write("theme/partials/a.scriban", "{{ include 'partials/b.scriban' }}");
        theme.Write("theme/partials/b.scriban", "{{ include 'partials/c.scriban' }}");
        theme.Write("theme/partials/c.scriban", "{{ page.text }}");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/a.scriban' }}");

        var (html, error) = theme.RenderPage("page", new ModelMap { ["text"] = new string('y', 30_000) }, new RenderLimits { OutputLength = 40_000 });

        Assert.Null(error);
        Assert.Equal(30_000, html!.Length);
    }

    [Fact]
    public void A_string_built_past_the_limit_fails_instead_of_being_truncated()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "a\n {{ 'x' * 100000 }}");

        var (html, error) = theme.RenderPage("page", limits: new RenderLimits { OutputLength = 50_000 });

        Assert.Null(html);
        Assert.Equal(2, error!.Line);
        Assert.Contains("LimitToString", error.Message);
    }

    [Fact]
    public void A_slow_regular_expression_stops_at_the_timeout()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "{{ page.text | regex.match '^(a+)+$' }}");

        var (html, error) = theme.RenderPage("page", new ModelMap { ["text"] = new string('a', 40) + "!" }, new RenderLimits { RegexTimeout = TimeSpan.FromMilliseconds(50) });

        Assert.Null(html);
        Assert.Contains("timed out", error!.Message, StringComparison.OrdinalIgnoreCase);
    }
}
