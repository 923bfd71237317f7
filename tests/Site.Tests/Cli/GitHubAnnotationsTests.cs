using Site.Cli.Reporting;
using Site.Content.Diagnostics;

namespace Site.Tests.Cli;

public class GitHubAnnotationsTests
{
    [Fact]
    public void Error_with_position_names_file_line_and_column()
    {
        var line = GitHubAnnotations.Format(Diagnostic.Error("input/en/a.md", 7, 3, "unknown project 'x'", "projects: [x]"));

        Assert.Equal("::error file=input/en/a.md,line=7,col=3::unknown project 'x'", line);
    }

    [Fact]
    public void Whole_file_warning_has_no_line()
    {
        var line = GitHubAnnotations.Format(Diagnostic.Warning("translations/zh.yml", 0, 0, "UI string 'a' is missing"));

        Assert.Equal("::warning file=translations/zh.yml::UI string 'a' is missing", line);
    }

    [Fact]
    public void Message_escapes_percent_and_line_breaks_so_it_stays_one_command()
    {
        var line = GitHubAnnotations.Format(Diagnostic.Error("a.md", 1, 1, "100% broken\r\n::error::injected"));

        Assert.Equal("::error file=a.md,line=1,col=1::100%25 broken%0D%0A::error::injected", line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Properties_also_escape_colon_and_comma()
    {
        var line = GitHubAnnotations.Format(Diagnostic.Error("in,put/a:b%.md", 2, 4, "m"));

        Assert.StartsWith("::error file=in%2Cput/a%3Ab%25.md,line=2,col=4::", line);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(null, false)]
    [InlineData("false", false)]
    public void Enabled_only_on_GitHub_Actions(string? value, bool expected) =>
        Assert.Equal(expected, GitHubAnnotations.IsEnabled(name => name == "GITHUB_ACTIONS" ? value : null));
}
