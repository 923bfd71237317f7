using Site.Tests.EndToEnd;

namespace Site.Tests.Cli;

/// <summary><c>import landscape</c> and what <c>check</c> says about aliases, on a temp copy of a small site.</summary>
public sealed class ImportCommandTests
{
    private static string Landscape => SharedData.LandscapeFile;

    private static string Logos => SharedData.LogosFolder;

    [SharedDataFact]
    public async Task Import_prints_what_it_did_and_the_file_s_problems_and_a_second_run_changes_nothing()
    {
        using var site = new SampleSite();
        var (code, output, errors) = await CliRun.RunAsync(["import", "landscape", Landscape, "--logos", Logos, "--input", site.Input]);

        Assert.True(code == 0, errors);
        Assert.Matches(@"(?m)^added +.*/en/projects/akri\.md  Akri \(sandbox, Provisioning / Automation & Configuration\)$", output);
        Assert.Matches(@"(?m)^changed +.*/en/projects/linkerd\.md  .*\(matched to `Linkerd` by repository\)$", output);
        Assert.Matches(@"(?m)^logo +.*/assets/logos/akri\.svg  from akri\.svg", output);
        Assert.Contains("landscape: 255 projects (38 graduated, 38 incubating, 151 sandbox, 28 archived)", output, StringComparison.Ordinal);
        Assert.Contains("79 projects have no description", output, StringComparison.Ordinal);
        Assert.Matches(@"landscape\.yml:\d+:\d+: warning: `second_path` of `Kyverno` names", errors);
        Assert.Contains("0 errors, ", errors, StringComparison.Ordinal);

        var (again, secondOutput, _) = await CliRun.RunAsync(["import", "landscape", Landscape, "--logos", Logos, "--input", site.Input]);
        Assert.Equal(0, again);
        Assert.EndsWith("Nothing to change: every page and logo is up to date.\n", secondOutput.Replace("\r\n", "\n"), StringComparison.Ordinal);

        // The imported site is a valid site.
        var (checkCode, checkOutput, checkErrors) = await CliRun.RunAsync(["check", .. CliRun.SiteArgs(site)]);
        Assert.True(checkCode == 0, checkErrors);
        Assert.Contains("0 errors", checkOutput, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task A_dry_run_writes_nothing()
    {
        using var site = new SampleSite();
        var before = Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories).Length;
        var (code, output, _) = await CliRun.RunAsync(["import", "landscape", Landscape, "--input", site.Input, "--dry-run"]);
        Assert.Equal(0, code);
        Assert.Contains("(dry run: nothing written)", output, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_missing_or_broken_file_is_an_error_and_exit_2()
    {
        using var site = new SampleSite();
        var (missing, _, missingErrors) = await CliRun.RunAsync(["import", "landscape", site.Root + "/nope.yml", "--input", site.Input]);
        Assert.Equal(2, missing);
        Assert.Contains("error: file not found", missingErrors, StringComparison.Ordinal);

        site.Write("broken.yml", "landscape: [unclosed");
        var (broken, _, brokenErrors) = await CliRun.RunAsync(["import", "landscape", Path.Combine(site.Root, "broken.yml"), "--input", site.Input]);
        Assert.Equal(2, broken);
        Assert.Matches(@"broken\.yml:\d+:\d+: error: not valid YAML", brokenErrors);
    }

    [Fact]
    public async Task Check_reports_a_link_through_an_alias_with_the_url_to_use_and_does_not_fail()
    {
        using var site = new SampleSite();
        site.Write("input/en/categories/observability.md", "---\ntitle: Observability\norder: 2\naliases: [/categories/monitoring/]\n---\nMetrics and traces.");
        site.Write("input/en/pages/about.md", "---\ntitle: About\n---\nAbout this site.\n\nSee [monitoring](/categories/monitoring/).");

        var (code, _, errors) = await CliRun.RunAsync(["check", .. CliRun.SiteArgs(site)]);

        Assert.True(code == 0, errors);
        Assert.Matches(
            @"pages/about\.md:6:5: warning: link to /categories/monitoring/ goes through an alias of \S*input/en/categories/observability\.md: link to /categories/observability/ instead",
            errors.Replace('\\', '/'));
    }
}
