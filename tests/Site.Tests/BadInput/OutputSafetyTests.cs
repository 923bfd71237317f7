namespace Site.Tests.BadInput;

/// <summary>
/// The output folder is replaced wholesale, so the command line must refuse any folder that
/// holds sources or someone else's files, and must touch nothing when it refuses.
/// </summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("input")]
    [InlineData("input/en")]
    [InlineData(".")]
    [InlineData("input/../input/")]
    public async Task Output_that_is_inside_or_equal_to_or_containing_the_input_is_refused(string output)
    {
        using var site = new MinimalSite();
        var before = MinimalSite.Snapshot(site.Root);
        var args = site.BuildArgs();
        args[Array.IndexOf(args, "--output") + 1] = site.Combine(output);

        var run = await CliRun.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^error: refusing to use .* as output folder: it (is|contains|is inside) the source folder", run.Stderr);
        Assert.DoesNotMatch(@"(?m)^\s+at ", run.All);
        Assert.Equal(before, MinimalSite.Snapshot(site.Root));
    }

    [Fact]
    public async Task A_failed_first_build_says_nothing_was_written_and_a_failed_rebuild_that_the_output_was_kept()
    {
        using var site = new MinimalSite();
        site.Write("input/en/pages/broken.md", "---\ntitle: Broken\nqqq: 1\n---\nText.\n");

        var first = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("Build failed with 1 error; nothing was written.", first.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));

        site.Delete("input/en/pages/broken.md");
        Assert.Equal(0, (await CliRun.RunAsync(site.BuildArgs())).ExitCode);
        site.Write("input/en/pages/broken.md", "---\ntitle: Broken\nqqq: 1\n---\nText.\n");

        var again = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Build failed with 1 error; the previous output was left as it was.", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_equal_to_the_theme_is_refused()
    {
        using var site = new MinimalSite();
        site.Write("theme/layouts/extra.scriban", "x");
        var before = MinimalSite.Snapshot(site.Theme);
        var args = site.BuildArgs();
        args[Array.IndexOf(args, "--output") + 1] = site.Theme;

        var run = await CliRun.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("source folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, MinimalSite.Snapshot(site.Theme));
    }

    [Fact]
    public async Task Non_empty_folder_without_the_ownership_marker_is_never_cleaned()
    {
        using var site = new MinimalSite();
        site.Write("output/thesis.docx", "years of work");
        var before = MinimalSite.Snapshot(site.Output);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("was not created by this generator", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, MinimalSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task Output_that_is_a_symbolic_link_is_refused()
    {
        using var site = new MinimalSite();
        var elsewhere = site.Write("elsewhere/keep.txt", "keep");
        Directory.CreateSymbolicLink(site.Output, Path.GetDirectoryName(elsewhere)!);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: refusing", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(elsewhere));
    }

    [Fact]
    public async Task Empty_folder_is_adopted_and_marked_and_a_second_build_replaces_it()
    {
        using var site = new MinimalSite();
        Directory.CreateDirectory(site.Output);

        var first = await CliRun.RunAsync(site.BuildArgs());
        var second = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, Site.Pipeline.Output.OwnershipMarker.FileName)));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }
}
