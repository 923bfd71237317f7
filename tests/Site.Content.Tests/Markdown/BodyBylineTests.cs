using Site.Content.Markdown;
using Site.Content.Text;

namespace Site.Content.Tests.Markdown;

/// <summary>A long body is read only at its ends for a byline, with the byline's line counted over the whole body.</summary>
public sealed class BodyBylineTests
{
    private static readonly string Middle = string.Concat(Enumerable.Range(0, 400).Select(i => $"Paragraph {i} of the post, with words enough to fill a line.\n\n"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_rule_after_a_byline_at_the_end_of_a_long_post_is_found_with_it(bool compact)
    {
        var body = "# Title\n\nOpening.\n\n" + Middle + "**Author**: Ronak Raj\n\n---\n";

        var found = compact ? BodyByline.Find(CompactText.Of(body)) : BodyByline.Find(body);

        Assert.NotNull(found);
        Assert.True(found.AtEnd);
        Assert.Equal([found.Line + 2], found.Rules);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_byline_at_the_end_of_a_long_body_is_found_at_its_line(bool compact)
    {
        var body = "# Title\n\nOpening.\n\n" + Middle + "**Author: Jane Doe, Engineer @ Example**\n";

        var found = compact ? BodyByline.Find(CompactText.Of(body)) : BodyByline.Find(body);

        Assert.NotNull(found);
        Assert.Equal(body.Split('\n').ToList().FindIndex(l => l.StartsWith("**Author", StringComparison.Ordinal)), found.Line);
        Assert.Equal(["Jane Doe"], found.Names);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_byline_at_the_top_of_a_long_body_is_found_and_one_in_its_middle_is_not(bool compact)
    {
        var top = "By Jane Doe\n\n" + Middle;
        var middle = Middle + "By Jane Doe\n\n" + Middle;

        Assert.Equal(0, (compact ? BodyByline.Find(CompactText.Of(top)) : BodyByline.Find(top))?.Line);
        Assert.Null(compact ? BodyByline.Find(CompactText.Of(middle)) : BodyByline.Find(middle));
    }
}
