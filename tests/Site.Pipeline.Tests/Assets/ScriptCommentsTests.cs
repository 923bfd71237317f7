using System.Text;
using Site.Pipeline.Assets;

namespace Site.Pipeline.Tests.Assets;

public class ScriptCommentsTests
{
    [Fact]
    public void Whole_line_comments_are_dropped_and_code_is_kept_as_written()
    {
        const string Source = "/*!\n * Header\n */\n(function () {\n  // why\n  var a = \"//not a comment\"; // trailing stays\n  /* one line */\n  var b = a + '/*';\n})()\n";

        var stripped = Encoding.UTF8.GetString(ScriptComments.Strip("assets/js/search.js", Encoding.UTF8.GetBytes(Source)));

        Assert.Equal("(function () {\n  var a = \"//not a comment\"; // trailing stays\n  var b = a + '/*';\n})()\n", stripped);
    }

    [Theory]
    [InlineData("assets/js/lunr.min.js", "// kept\nvar a;")]
    [InlineData("assets/css/site.css", "/* kept */\nbody {}")]
    [InlineData("assets/js/page.js", "var t = `\n// text, not a comment\n`;")]
    [InlineData("assets/js/odd.js", "/* open\nstill */ var code;")]
    public void Minified_scripts_other_files_and_code_that_could_be_misread_are_left_alone(string destination, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(source);

        Assert.Same(bytes, ScriptComments.Strip(destination, bytes));
    }
}
