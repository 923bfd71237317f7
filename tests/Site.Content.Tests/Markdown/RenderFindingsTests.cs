using Site.Content.Markdown;

namespace Site.Content.Tests.Markdown;

/// <summary>Problems found while rendering a body (components, raw HTML) quote their line, as link and front matter errors do.</summary>
public sealed class RenderFindingsTests
{
    [Fact]
    public void An_unknown_component_quotes_its_line_beneath_the_message()
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\n---\nIntro.\n\n{{% sign-language-section cGONmC1smaM %}}\n"));
        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.Equal((6, 1), (d.Line, d.Column));
        Assert.Equal("{{% sign-language-section cGONmC1smaM %}}", d.SourceLine);
        Assert.EndsWith("\n    {{% sign-language-section cGONmC1smaM %}}\n    ^", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Removed_html_quotes_its_line_beneath_the_warning()
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\n---\nIntro.\n\nA <span onclick=\"x()\">word</span>.\n"));
        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.False(d.IsError);
        Assert.Equal(6, d.Line);
        Assert.Equal("A <span onclick=\"x()\">word</span>.", d.SourceLine);
    }
}
