using Site.Cli.Cli;
using Site.Pipeline.Build;

namespace Site.Tests.EndToEnd;

public class FailedBuildTests
{
    [Fact]
    public async Task Broken_reference_fails_naming_file_and_line_and_previous_output_survives()
    {
        using var site = new SampleSite();
        var first = await SiteBuilder.BuildAsync(site.Options);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var before = Snapshot(site.Output);

        site.Write("input/en/blog/2022/broken.md", """
            ---
            title: Broken
            date: 2022-01-01
            projects: [linkerd, no-such-project]
            ---
            See [nowhere](/projects/nowhere/).
            """);
        var second = await SiteBuilder.BuildAsync(site.Options);

        Assert.False(second.Succeeded);
        var errors = second.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, d => d.Path.EndsWith("input/en/blog/2022/broken.md", StringComparison.Ordinal) && d.Line == 4 && d.Message.Contains("no-such-project", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Path.EndsWith("input/en/blog/2022/broken.md", StringComparison.Ordinal) && d.Line == 6);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Cli_prints_file_line_errors_and_exits_1_without_stack_trace()
    {
        using var site = new SampleSite();
        site.Write("input/en/projects/broken.md", """
            ---
            title: Broken
            maturity: graduated
            category: no-such-category
            ---
            Text.
            """);
        var options = site.Options;
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(
            ["build", "--input", options.InputPath, "--output", options.OutputPath, "--theme", options.ThemePath, "--translations", options.TranslationsPath],
            stdout,
            stderr);

        Assert.Equal(1, code);
        Assert.Matches(@"input/en/projects/broken\.md:4:\d+: error: .*no-such-category", stderr.ToString());
        Assert.DoesNotContain(" at Site.", stderr.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Output_folder_equal_to_input_is_refused_and_nothing_is_touched()
    {
        using var site = new SampleSite();
        var before = Snapshot(site.Input);

        await Assert.ThrowsAsync<Site.Pipeline.Output.OutputFolderException>(() => SiteBuilder.BuildAsync(site.Options with { OutputPath = site.Input }));
        await Assert.ThrowsAsync<Site.Pipeline.Output.OutputFolderException>(() => SiteBuilder.BuildAsync(site.Options with { OutputPath = site.Root }));
        await Assert.ThrowsAsync<Site.Pipeline.Output.OutputFolderException>(() => SiteBuilder.BuildAsync(site.Options with { OutputPath = Path.Combine(site.Input, "en", "public") }));

        Assert.Equal(before, Snapshot(site.Input));
    }

    [Fact]
    public async Task Template_errors_name_the_template_file_and_line_and_are_reported_once()
    {
        using var site = new SampleSite();
        var theme = Path.Combine(site.Root, "theme");
        CopyFolder(site.Options.ThemePath, theme);
        File.AppendAllText(Path.Combine(theme, "layouts", "post.scriban"), "\n{{ page.no_such_object.deeper }}\n");
        File.WriteAllText(Path.Combine(theme, "partials", "broken_syntax.scriban"), "{{ if }}");

        var report = await SiteBuilder.BuildAsync(site.Options with { ThemePath = theme });

        Assert.False(report.Succeeded);
        var errors = report.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, d => d.Path.EndsWith("theme/partials/broken_syntax.scriban", StringComparison.Ordinal) && d.Line == 1);
        var runtime = Assert.Single(errors, d => d.Path.EndsWith("theme/layouts/post.scriban", StringComparison.Ordinal));
        Assert.Contains("other pages", runtime.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Snapshot(string folder) => string.Join(
        "\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
}
