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

    [Fact]
    public void A_diagram_in_a_one_file_post_is_told_to_make_the_post_a_bundle_first()
    {
        using var site = TestSite.With(("en/blog/2024/images.md", "---\ntitle: Images\ndate: 2024-01-02\n---\nFlow:\n\n```mermaid\nflowchart LR;\n  A-->B\n```\n"));
        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.Equal((7, 1), (d.Line, d.Column));
        Assert.Equal(
            "a `mermaid` diagram is not drawn on this site: readers see its source as code; draw it as an image (SVG) and show it with `{{< figure src=\"diagram.svg\" alt=\"…\" >}}`, the file beside the page in its bundle;"
            + " this page is one file, so make it a bundle first: move `input/en/blog/2024/images.md` to `input/en/blog/2024/images/index.md` and put the file beside it",
            d.Message);
    }

    [Fact]
    public void A_diagram_in_a_bundle_is_told_only_to_put_the_file_beside_the_page()
    {
        using var site = TestSite.With(("en/blog/2024/images/index.md", "---\ntitle: Images\ndate: 2024-01-02\n---\nFlow:\n\n```mermaid\nflowchart LR;\n  A-->B\n```\n"));
        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.EndsWith(">}}`, the file beside the page in its bundle", d.Message, StringComparison.Ordinal);
    }
}
