using Site.Cli.Cli;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Output;

namespace Site.Tests.Cli;

public class BuildCommandTests
{
    private static BuildReport Report(bool ok, params Diagnostic[] diagnostics) => new(
        ok,
        diagnostics,
        [],
        ok ? [new LanguageSummary("en", "English", IsDefault: true, Pages: 12, Sources: 10, Translated: 0, Outdated: 0, Fallbacks: 0),
              new LanguageSummary("zh", "中文", IsDefault: false, Pages: 12, Sources: 0, Translated: 3, Outdated: 2, Fallbacks: 5)] : [],
        30,
        TimeSpan.FromMilliseconds(1234),
        "/tmp/out",
        []);

    private static async Task<(int Code, string Out, string Err)> Run(Func<BuildOptions, CancellationToken, Task<BuildReport>> build, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, build);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Successful_build_prints_pages_per_language_and_time_and_exits_0()
    {
        var (code, output, errors) = await Run((_, _) => Task.FromResult(Report(true)), "build");

        Assert.Equal(0, code);
        Assert.Contains("en (English)", output);
        Assert.Contains("zh (中文)", output);
        Assert.Contains("Built 24 pages", output);
        Assert.Contains("1234 ms", output);
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task The_table_calls_default_language_pages_sources_and_counts_outdated_translations_apart()
    {
        var (_, output, _) = await Run((_, _) => Task.FromResult(Report(true)), "build");

        Assert.Matches(@"Language\s+Pages\s+Source\s+Translated\s+Outdated\s+Fallbacks", output);
        Assert.Matches(@"en \(English\)\s+12\s+10\s+–\s+–\s+–", output);
        Assert.Matches(@"zh \(中文\)\s+12\s+–\s+3\s+2\s+5", output);
    }

    [Fact]
    public async Task A_real_build_counts_an_outdated_translation_as_outdated_not_translated()
    {
        using var site = new Site.Tests.BadInput.MinimalSite();
        site.Write("input/zh/projects/linkerd.md", "---\ntitle: Linkerd\nsourceHash: 000000000000\n---\nLinkerd 是服务网格。\n");

        var run = await Site.Tests.BadInput.CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(0, run.ExitCode);
        // English: six markdown pages are sources. Chinese: the home text is translated (no sourceHash), Linkerd is outdated.
        Assert.Matches(@"en \(English\)\s+\d+\s+6\s+–\s+–\s+–", run.Stdout);
        Assert.Matches(@"zh \(中文\)\s+\d+\s+–\s+1\s+1\s+4", run.Stdout);
    }

    [Fact]
    public async Task Options_reach_the_build_with_their_defaults()
    {
        BuildOptions? seen = null;
        await Run((o, _) => { seen = o; return Task.FromResult(Report(true)); }, "build", "--output", "public", "--theme", "themes/x");

        Assert.NotNull(seen);
        Assert.Equal("input", seen.InputPath);
        Assert.Equal("public", seen.OutputPath);
        Assert.Equal("themes/x", seen.ThemePath);
        Assert.Equal("translations", seen.TranslationsPath);
    }

    [Fact]
    public async Task Content_errors_print_as_diagnostic_lines_and_exit_1()
    {
        var broken = Diagnostic.Error("input/en/blog/a.md", 7, 3, "unknown project 'linkred'", "projects: [linkred]");

        var (code, _, errors) = await Run((_, _) => Task.FromResult(Report(false, broken)), "build");

        Assert.Equal(1, code);
        Assert.StartsWith("input/en/blog/a.md:7:3: error: unknown project 'linkred'", errors);
        Assert.Contains("1 error;", errors);
    }

    [Fact]
    public async Task Unsafe_output_folder_is_one_error_line_and_exit_1()
    {
        var (code, _, errors) = await Run((_, _) => throw new OutputFolderException("refusing to use 'input' as output folder"), "build");

        Assert.Equal(1, code);
        Assert.Equal("error: refusing to use 'input' as output folder", errors.Trim());
    }

    [Fact]
    public async Task Unexpected_exception_prints_one_line_without_stack_trace_unless_verbose()
    {
        static Task<BuildReport> Crash(BuildOptions o, CancellationToken c) => throw new InvalidOperationException("boom");

        var (code, _, quiet) = await Run(Crash, "build");
        var (_, _, verbose) = await Run(Crash, "build", "--verbose");

        Assert.Equal(1, code);
        Assert.Single(quiet.Trim().Split('\n'));
        Assert.Contains("InvalidOperationException: boom", quiet);
        Assert.DoesNotContain(" at ", quiet);
        Assert.Contains(" at ", verbose);
    }

    [Fact]
    public async Task Crashing_module_is_reported_as_one_line()
    {
        var failure = new PipelineFailure("pages", Phase.Process, "RenderPages", new NullReferenceException("oops"));
        var report = Report(false) with { Failures = [failure] };

        var (code, _, errors) = await Run((_, _) => Task.FromResult(report), "build");

        Assert.Equal(1, code);
        Assert.Contains("error: pages/RenderPages: NullReferenceException: oops", errors);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var (code, _, errors) = await Run((_, _) => Task.FromResult(Report(true)), "build", "--frobnicate");

        Assert.NotEqual(0, code);
        Assert.Contains("--frobnicate", errors);
    }
}
