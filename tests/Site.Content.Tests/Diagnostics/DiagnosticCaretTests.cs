using Site.Content.Diagnostics;

namespace Site.Content.Tests.Diagnostics;

/// <summary>
/// The caret under an error's source line sits under the offending character on a terminal:
/// East Asian wide and full-width characters take two columns there, combining marks none, and a
/// tab is copied so that the terminal expands both lines alike. The reported column stays a count
/// of characters (UTF-16 code units), as editors and CI annotations expect.
/// </summary>
public sealed class DiagnosticCaretTests
{
    [Fact]
    public void A_link_after_chinese_text_gets_its_caret_under_the_link_not_at_the_character_count()
    {
        // 80 Han characters (two columns each) and 8 ASCII ones before the link: character 89, screen column 169.
        var line = new string('接', 80) + "abcdefgh" + "[链接](/zh/nowhere/)";
        var diagnostic = Diagnostic.Error("zh/glossary/api.md", 19, 89, "link to unknown page /zh/nowhere/", line);

        var printed = diagnostic.ToString().Split('\n');

        Assert.StartsWith("zh/glossary/api.md:19:89: error: ", printed[0], StringComparison.Ordinal);
        Assert.Equal("    " + line, printed[1]);
        Assert.Equal("    " + new string(' ', 168) + "^", printed[2]);
    }

    [Theory]
    [InlineData("ＡＢ[x]", 3, 4)] // full-width Latin letters
    [InlineData("e\u0301[x]", 3, 1)] // a combining accent adds no column
    [InlineData("\U0001F600[x]", 3, 2)] // an emoji: two UTF-16 units, two columns
    [InlineData("한국어 [x]", 5, 7)] // Hangul syllables are wide too
    [InlineData("plain [x]", 7, 6)]
    public void Caret_padding_is_the_display_width_of_the_text_before_the_column(string line, int column, int width)
    {
        var printed = Diagnostic.Error("a.md", 1, column, "bad", line).ToString().Split('\n');

        Assert.Equal("    " + new string(' ', width) + "^", printed[2]);
    }

    [Fact]
    public void Tabs_before_the_column_are_copied_so_the_terminal_expands_them_alike()
    {
        var printed = Diagnostic.Error("a.md", 1, 3, "bad", "\t\tx: 1").ToString().Split('\n');

        Assert.Equal("    \t\t^", printed[2]);
    }

    [Fact]
    public void A_column_past_the_end_of_the_line_still_gets_a_caret()
    {
        var printed = Diagnostic.Error("a.md", 1, 5, "bad", "中").ToString().Split('\n');

        Assert.Equal("    " + new string(' ', 2 + 3) + "^", printed[2]);
    }
}
