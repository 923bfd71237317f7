using Site.Content.Markdown;

namespace Site.Content.Tests.Markdown;

/// <summary>MDX comments, <c>{/* … */}</c>, which Docusaurus pages use instead of HTML comments, are dropped like HTML comments.</summary>
public sealed class MdxCommentTests
{
    private static RenderedMarkdown Render(string md) => MarkdownRenderer.Shared.Render(md, 1);

    [Theory]
    [InlineData("Before.\n\n{/* a note for editors */}\n\nAfter.\n")]
    [InlineData("Before.\n{/* a note for editors */}\nAfter.\n")]
    [InlineData("Before.\n\n{/*\na note for editors,\n\nover several lines\n*/}\n\nAfter.\n")]
    [InlineData("Before.\n\n{/* {{<figure library=\"1\" src=\"volcano_logo.png\" width=\"50%\">}} */}\n\nAfter.\n")]
    public void A_comment_on_its_own_lines_is_not_published_searched_or_reported(string md)
    {
        var r = Render(md);

        Assert.Empty(r.Findings);
        Assert.DoesNotContain("note for editors", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{/*", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("figure", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("editors", r.PlainText, StringComparison.Ordinal);
        Assert.Contains("<p>Before.</p>", r.Html, StringComparison.Ordinal);
        Assert.Contains("<p>After.</p>", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("```text\n{/* kept in code */}\n```\n", "{/* kept in code */}")]
    [InlineData("Use `{/* x */}` in MDX.\n", "<code>{/* x */}</code>")]
    [InlineData("    {/* indented code */}\n", "{/* indented code */}")]
    public void In_code_the_comment_syntax_is_shown_as_written(string md, string html)
    {
        Assert.Contains(html, Render(md).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_no_line_closes_is_shown_as_written_rather_than_hiding_the_rest_of_the_page()
    {
        var r = Render("Shown.\n\n{/* not closed\n\nStill shown.\n\nA sentence with */} inside.\n");

        Assert.Contains("<p>{/* not closed</p>", r.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Still shown.</p>", r.Html, StringComparison.Ordinal);
    }
}
