using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Markdown;

/// <summary>
/// kramdown's span attribute lists after a link (`{:target="_blank"}`, 159 in Knative's blog) are left out of the page,
/// with one warning for the page, instead of being shown and breaking the emphasis around them.
/// </summary>
public sealed class KramdownSpanAttributesTests
{
    private static RenderedMarkdown Render(string md) => MarkdownRenderer.Shared.Render(md, 1);

    [Fact]
    public void An_attribute_list_after_a_link_is_left_out_and_the_emphasis_around_it_holds()
    {
        var r = Render("_This post is about [Llama Stack](https://llama.example/){:target=\"_blank\"}._\n");

        Assert.Equal("<p><em>This post is about <a href=\"https://llama.example/\">Llama Stack</a>.</em></p>\n", r.Html);
        Assert.Equal("This post is about Llama Stack.", r.PlainText);
        Assert.Equal("This post is about Llama Stack.", r.FirstParagraphText);
    }

    [Fact]
    public void One_warning_for_the_page_names_the_first_and_counts_the_rest()
    {
        var r = Render("Intro.\n\nSee [a](https://a.example/){:target=\"_blank\"} and **b**{: .big #x} and [c](/c/){:target='_blank' rel=noopener}.\n");

        var f = Assert.Single(r.Findings);
        Assert.Equal((Severity.Warning, 3, 28), (f.Severity, f.Line, f.Column));
        Assert.Equal("`{:target=\"_blank\"}` is kramdown's attribute list of the text before it, which this site does not read, so it is left out (and 2 more on this page): delete them (a link opens in the reader's own tab here, and classes and sizes come from the theme)", f.Message);
        Assert.DoesNotContain("{:", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Use `[x](y){:target=\"_blank\"}` in kramdown.\n")]
    [InlineData("```\n[x](y){:target=\"_blank\"}\n```\n")]
    [InlineData("A set {: not an attribute list} stays.\n")]
    [InlineData("Braces {a: 1} stay.\n")]
    public void Code_and_other_braces_stay_as_written(string md)
    {
        var r = Render(md);

        Assert.DoesNotContain(r.Findings, f => f.Message.Contains("kramdown", StringComparison.Ordinal));
        Assert.Contains("{", r.Html, StringComparison.Ordinal);
    }
}
