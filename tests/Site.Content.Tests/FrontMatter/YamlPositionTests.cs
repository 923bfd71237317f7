using Site.Content.Diagnostics;
using Site.Content.FrontMatter;

namespace Site.Content.Tests.FrontMatter;

public class YamlPositionTests
{
    // YAML also breaks lines at U+0085, U+2028 and U+2029; editors and our diagnostics count only "\n".
    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    [InlineData("\u2029")]
    public void A_yaml_error_after_a_unicode_line_separator_points_at_the_editor_line(string separator)
    {
        var source = new SourceText("input/en/x.md", $"---\ntitle: \"a{separator} b{separator} c\"\ntitle: again\n---\nBody.\n");
        var diagnostics = new DiagnosticBag();

        FrontMatterParser.Parse(source, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Equal("title: again", error.SourceLine);
    }

    [Fact]
    public void A_value_after_a_unicode_line_separator_keeps_its_editor_line_and_column()
    {
        var source = new SourceText("input/en/x.md", "---\ntitle: \"a\u2028 b\"\nmaturity: graduated\n---\n");
        var diagnostics = new DiagnosticBag();

        var document = FrontMatterParser.Parse(source, diagnostics);

        var entry = Assert.Single(document.FrontMatter.Entries, e => e.Key == "maturity");
        Assert.Equal(new Position(3, 1), entry.KeyPosition);
        Assert.Equal(new Position(3, 11), entry.ValuePosition);
    }

    [Fact]
    public void Positions_map_offsets_with_only_newlines_as_line_breaks()
    {
        var source = new SourceText("x", "ab\nc\u2028d\n");

        Assert.Equal((1, 1), source.PositionAt(0));
        Assert.Equal((2, 1), source.PositionAt(3));
        Assert.Equal((2, 3), source.PositionAt(5));
        Assert.Equal((3, 1), source.PositionAt(7));
    }
}
