using Site.Tests.BadInput;

namespace Site.Tests.Cli;

/// <summary>`site build` publishes lunr.js wherever it is run from (the tests run it from their own binary folder, not the repository root).</summary>
public sealed class SearchScriptCliTests
{
    [Fact]
    public async Task Build_from_another_folder_finds_the_installed_lunr_and_publishes_a_working_search()
    {
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "tools", "node_modules", "lunr")), "this test needs a current folder that is not the repository root");
        using var site = new MinimalSite();

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.True(run.Code == 0, run.ToString());
        Assert.DoesNotContain("lunr.js is not installed", run.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "js", "lunr.min.js")));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "js", "lunr-cjk.js")));
    }
}
