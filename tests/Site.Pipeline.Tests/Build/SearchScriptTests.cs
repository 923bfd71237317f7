namespace Site.Pipeline.Tests.Build;

/// <summary>The search box needs lunr.js from npm; a build without it says so instead of publishing a search that cannot work.</summary>
public sealed class SearchScriptTests : IDisposable
{
    private readonly SessionSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_build_without_lunr_installed_warns_that_search_cannot_work_and_how_to_fix_it()
    {
        var missing = Path.Combine(_site.Output + "-no-node-modules", "lunr");

        var report = await Site.Pipeline.Build.SiteBuilder.BuildAsync(_site.Options with { LunrPackagePath = missing });

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var warning = Assert.Single(report.Diagnostics, d => d.Message.Contains("lunr.js is not installed", StringComparison.Ordinal));
        Assert.Contains("tools/setup.sh", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("lunr.min.js", warning.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_warning_names_the_setup_script_of_the_generators_repository_by_its_full_path()
    {
        var repository = _site.Output + "-generator";
        var report = await Site.Pipeline.Build.SiteBuilder.BuildAsync(_site.Options with { LunrPackagePath = Path.Combine(repository, "tools", "node_modules", "lunr") });

        var warning = Assert.Single(report.Diagnostics, d => d.Message.Contains("lunr.js is not installed", StringComparison.Ordinal));
        Assert.Contains($"run `bash {Path.GetFullPath(repository).Replace('\\', '/')}/tools/setup.sh`", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_with_lunr_installed_publishes_it_without_a_word()
    {
        var report = await Site.Pipeline.Build.SiteBuilder.BuildAsync(_site.Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("lunr", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_site.Output, "assets", "js", "lunr.min.js")));
    }
}
