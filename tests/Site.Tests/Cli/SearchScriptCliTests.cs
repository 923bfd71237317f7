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

/// <summary>Where the generator looks for the files it ships with or installs, run from any folder.</summary>
public sealed class ToolPathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tool-paths-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_tool_missing_everywhere_is_named_in_the_programs_repository_where_its_setup_installs_it()
    {
        File.WriteAllText(Path.Combine(_root, "Site.sln"), string.Empty);
        var program = Directory.CreateDirectory(Path.Combine(_root, "src", "Site", "bin")).FullName;

        var found = Site.Cli.Cli.ToolPaths.Find("tools/node_modules/not-installed-here", program);

        Assert.Equal(Path.Combine(_root, "tools/node_modules/not-installed-here"), found);
    }

    [Fact]
    public void A_tool_installed_in_the_programs_repository_is_found_from_another_folder()
    {
        File.WriteAllText(Path.Combine(_root, "Site.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(_root, "tools", "node_modules", "some-package"));
        var program = Directory.CreateDirectory(Path.Combine(_root, "src", "Site", "bin")).FullName;

        Assert.Equal(Path.Combine(_root, "tools/node_modules/some-package"), Site.Cli.Cli.ToolPaths.Find("tools/node_modules/some-package", program));
    }

    [Fact]
    public void Outside_any_repository_the_path_stays_as_given()
    {
        Assert.Equal("tools/node_modules/not-installed-here", Site.Cli.Cli.ToolPaths.Find("tools/node_modules/not-installed-here", _root));
    }
}
