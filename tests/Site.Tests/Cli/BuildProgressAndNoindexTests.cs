using Site.Pipeline.Modules;
using Site.Tests.EndToEnd;

namespace Site.Tests.Cli;

/// <summary><c>build</c> over the real pipeline: plain phase lines off a terminal, <c>--verbose</c> timings, <c>--noindex</c> previews.</summary>
public class BuildProgressAndNoindexTests
{
    [Fact]
    public async Task Off_a_terminal_each_phase_is_one_plain_line_with_the_page_count()
    {
        using var site = new SampleSite();

        var (code, output, errors) = await CliRun.RunAsync(["build", .. CliRun.SiteArgs(site), "--output", site.Output]);

        Assert.True(code == 0, errors);
        Assert.Matches(@"(?m)^  read +\d+ ms$", output);
        Assert.Matches(@"(?m)^  process +\d+ ms  \d+ pages rendered$", output);
        Assert.Matches(@"(?m)^  write +\d+ ms$", output);
        Assert.DoesNotContain("\u001b[", output); // no terminal escapes in logs
    }

    [Fact]
    public async Task Verbose_adds_time_per_pipeline()
    {
        using var site = new SampleSite();

        var (_, output, _) = await CliRun.RunAsync(["build", .. CliRun.SiteArgs(site), "--output", site.Output, "--verbose"]);

        Assert.Contains("Time per pipeline", output);
        Assert.Matches(@"Memory: [0-9.]+ GiB allocated, \d+/\d+/\d+ collections \(gen0/1/2\), \d+ ms paused, peak working set \d+ MiB", output);
        Assert.Matches(@"(?m)^JIT: \d+ methods compiled in \d+ ms \(all threads\)$", output);
        Assert.Matches(@"(?m)^ +\d+ ms  pages$", output);
        Assert.Matches(@"(?m)^ +\d+ ms  content$", output);
    }

    [Fact]
    public async Task Noindex_marks_every_page_and_writes_a_headers_file()
    {
        using var site = new SampleSite();

        var (code, _, errors) = await CliRun.RunAsync(["build", .. CliRun.SiteArgs(site), "--output", site.Output, "--noindex"]);

        Assert.True(code == 0, errors);
        foreach (var page in new[] { "index.html", "zh/index.html", "projects/linkerd/index.html", "404.html" })
        {
            var html = site.ReadOutput(page);
            Assert.Equal(1, CountOf(html, AddNoindex.MetaTag));
            Assert.True(html.IndexOf(AddNoindex.MetaTag, StringComparison.Ordinal) < html.IndexOf("<title>", StringComparison.Ordinal), page);
        }

        Assert.Equal("/*\n  X-Robots-Tag: noindex, nofollow\n", site.ReadOutput("_headers"));
        Assert.Contains("Allow: /", site.ReadOutput("robots.txt")); // crawlers must be able to see the noindex
    }

    [Fact]
    public async Task Without_noindex_pages_are_indexable()
    {
        using var site = new SampleSite();

        await CliRun.RunAsync(["build", .. CliRun.SiteArgs(site), "--output", site.Output]);

        Assert.DoesNotContain("noindex", site.ReadOutput("index.html"));
        Assert.False(File.Exists(site.OutputFile("_headers")));
    }

    [Theory]
    [InlineData("<html><head><title>x</title></head></html>", "<html><head>\n" + AddNoindex.MetaTag + "<title>x</title></head></html>")]
    [InlineData("<html><header>h</header><HEAD lang=\"en\">y</HEAD>", "<html><header>h</header><HEAD lang=\"en\">\n" + AddNoindex.MetaTag + "y</HEAD>")]
    [InlineData("<p>fragment</p>", AddNoindex.MetaTag + "\n<p>fragment</p>")]
    public void Meta_tag_goes_right_after_the_head_tag(string html, string expected) =>
        Assert.Equal(expected, AddNoindex.Insert(html));

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
