using System.Text.RegularExpressions;

namespace Site.Tests.BadInput;

/// <summary>
/// Runs every case of <see cref="BadInputCases"/> through the real command line, in process,
/// on a temp copy of the minimal site whose previous output already exists.
/// </summary>
public sealed class BadInputSuiteTests(ValidOutputFixture valid) : IClassFixture<ValidOutputFixture>
{
    public static TheoryData<string> Cases => new(BadInputCases.All.Select(c => c.Name));

    [Fact]
    public void The_catalogue_covers_at_least_forty_cases_with_unique_names()
    {
        Assert.True(BadInputCases.All.Count >= 40, $"{BadInputCases.All.Count} cases");
        Assert.Equal(BadInputCases.All.Count, BadInputCases.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Build_answers_with_exit_code_and_file_line_message_and_keeps_previous_output(string name)
    {
        var @case = BadInputCases.All.Single(c => c.Name == name);
        using var site = new MinimalSite();
        valid.CopyTo(site);
        var before = MinimalSite.Snapshot(site.Output);
        @case.Arrange(site);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.True(@case.ExitCode == run.ExitCode, $"expected exit {@case.ExitCode}\n{run}");
        Assert.DoesNotMatch(@"(?m)^\s+at ", run.All);
        if (@case.Path is not null)
        {
            var line = @case.Line is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : @"\d+";
            var severity = @case.Accepted ? "warning" : "error";
            var pattern = $@"(?m)^(.*/)?{Regex.Escape(@case.Path)}:{line}:\d+: {severity}: .*{Regex.Escape(@case.Fragment)}";
            Assert.True(Regex.IsMatch(run.Stderr, pattern), $"expected /{pattern}/\n{run}");
        }

        if (@case.Accepted)
        {
            // Builds are reproducible, so an accepted change that adds no page may leave the output byte-identical.
            Assert.Contains("Built ", run.Stdout, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
            @case.Verify?.Invoke(site, run);
            return;
        }

        Assert.Equal(before, MinimalSite.Snapshot(site.Output));
        // No staging folder of the failed build is left next to the output.
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
    }
}
