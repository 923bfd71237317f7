using System.Text;
using System.Text.RegularExpressions;
using Site.Templating.Builtins;

namespace Site.Templating.Tests.Builtins;

public sealed class HtmlTagStripperTests
{
    // Scriban's html.strip pattern: the hand-written stripper must remove exactly what this removes.
    private static readonly Regex Reference = new(
        @"<script[\s\S]*?</script>|<style[\s\S]*?</style>|<!--[\s\S]*?-->|<(?:[^>=]|='[^']*'|=""[^""]*""|=[^'""][^\s>]*)*>",
        RegexOptions.IgnoreCase);

    [Theory]
    [InlineData("<p>Hello <b>world</b></p>", "Hello world")]
    [InlineData("a < b and c > d", "a  d")]
    [InlineData("x<script>alert('<b>')</script>y", "xy")]
    [InlineData("x<STYLE type=\"a\">p{}</Style>y", "xy")]
    [InlineData("x<!-- <b> -->y", "xy")]
    [InlineData("<a href=\"x>y\" title='q>r'>link</a>", "link")]
    [InlineData("<a b='unterminated>text", "<a b='unterminated>text")]
    [InlineData("no markup at all", "no markup at all")]
    [InlineData("<script>never closed <i>x</i>", "never closed x")]
    public void Strips_tags_comments_scripts_and_styles(string input, string expected)
    {
        Assert.Equal(expected, HtmlTagStripper.Strip(input));
        Assert.Equal(Reference.Replace(input, string.Empty), HtmlTagStripper.Strip(input));
    }

    [Fact]
    public void Matches_the_reference_pattern_on_random_markup()
    {
        var random = new Random(1234);
        string[] pieces = ["<", ">", "=", "'", "\"", " ", "\n", "a", "b", "script", "STYLE", "</script>", "</style>", "<!--", "-->", "/", "-", "!"];
        for (var n = 0; n < 5000; n++)
        {
            var sb = new StringBuilder();
            var count = random.Next(0, 14);
            for (var i = 0; i < count; i++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }
            var input = sb.ToString();
            Assert.True(Reference.Replace(input, string.Empty) == HtmlTagStripper.Strip(input), $"input: {input}");
        }
    }
}
