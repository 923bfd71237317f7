using Site.Tests.EndToEnd;

namespace Site.Tests.Cli;

/// <summary><c>check</c> over the real pipeline on a temp copy of the sample site.</summary>
public class CheckCommandTests
{
    private static Task<(int Code, string Out, string Err)> Check(SampleSite site, Func<string, string?>? environment = null) =>
        CliRun.RunAsync(["check", .. CliRun.SiteArgs(site)], environment);

    [Fact]
    public async Task A_valid_site_passes_and_nothing_is_written()
    {
        using var site = new SampleSite();

        var (code, output, errors) = await Check(site);

        Assert.True(code == 0, errors);
        Assert.Contains("0 errors", output);
        var files = Directory.EnumerateFiles(site.Input, "*.md", SearchOption.AllDirectories).Count();
        Assert.Contains($"Checked {files} pages in", output);
        Assert.False(Directory.Exists(site.Output));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(site.Root), e => Path.GetFileName(e).StartsWith(".output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_link_is_an_error_with_position_and_source_line_and_exit_1()
    {
        using var site = new SampleSite();
        site.Write("input/en/pages/about.md", """
            ---
            title: About
            ---
            About this site.

            See [Linkerd](/projects/linkred/).
            """);

        var (code, _, errors) = await Check(site);

        Assert.Equal(1, code);
        Assert.Contains("pages/about.md:6:5: error: link to unknown page /projects/linkred/", errors);
        Assert.Contains("    See [Linkerd](/projects/linkred/).\n        ^", errors.Replace("\r\n", "\n"));
        Assert.Contains("1 error", errors);
    }

    [Fact]
    public async Task An_unknown_front_matter_key_gets_a_suggestion()
    {
        using var site = new SampleSite();
        site.Write("input/en/pages/about.md", """
            ---
            title: About
            sumary: About us.
            ---
            About this site.
            """);

        var (code, _, errors) = await Check(site);

        Assert.Equal(1, code);
        Assert.Contains("about.md:3:1: error: unknown key `sumary` for free pages; did you mean `summary`?", errors);
    }

    [Fact]
    public async Task A_summary_that_would_show_empty_is_a_warning_and_does_not_fail()
    {
        using var site = new SampleSite();
        site.Write("input/en/blog/2021/code-first.md", """
            ---
            title: Code first
            date: 2021-04-01
            ---
            ```yaml
            kind: Deployment
            ```
            """);
        site.Write("input/en/blog/2021/heading-first.md", """
            ---
            title: Heading first
            date: 2021-04-02
            ---
            ## Why

            Because.
            """);
        site.Write("input/en/blog/2021/summary-heading.md", """
            ---
            title: Summary heading
            date: 2021-04-05
            ---
            ### Summary

            When you upgrade the operator, read this first.
            """);
        site.Write("input/en/blog/2021/heading-then-more.md", """
            ---
            title: Heading, then the summary's end
            date: 2021-04-03
            ---
            ## Why

            Because.

            <!--more-->

            The rest.
            """);
        site.Write("input/en/blog/2021/banner-first.md", """
            ---
            title: Banner first
            date: 2021-04-05
            ---
            <!-- the banner is the post's featured image -->
            ![The release banner](/assets/img/banner.png)

            The release is out, and this sentence is its summary.
            """);
        site.Write("input/assets/img/banner.png", "png");
        site.Write("input/en/blog/2021/title-repeated.md", """
            ---
            title: Title repeated
            date: 2021-04-04
            ---
            # Title repeated

            The post opens here, under the line that repeats its title and is left out.
            """);

        var (code, output, errors) = await Check(site);

        Assert.True(code == 0, errors);
        Assert.Contains("code-first.md:5:1: warning: empty summary: the body has no paragraph (it opens with a code block)", errors);
        Assert.Contains("heading-first.md:5:1: warning: no summary: the body opens with a heading, so lists show the first paragraph after it, \"Because.\"; if those words do not introduce the post, add `summary:`", errors);
        Assert.DoesNotContain("summary-heading.md", errors); // `### Summary` titles the paragraph meant (Strimzi)
        Assert.Contains("0 errors, 2 warnings", output);
    }

    [Fact]
    public async Task A_relative_image_that_breaks_only_on_the_untranslated_copy_is_found()
    {
        using var site = new SampleSite();
        site.Write("input/en/blog/2021/with-logo.md", """
            ---
            title: With logo
            date: 2021-05-01
            ---
            Our logo: ![logo](../../../assets/img/logo.svg)

            Again: ![logo](../../../assets/img/logo.svg)
            """);

        var (code, _, errors) = await Check(site);

        Assert.Equal(1, code);
        Assert.Contains(
            "with-logo.md:5:11: error: image ../../../assets/img/logo.svg leads to /zh/assets/img/logo.svg: the build produces nothing there",
            errors);
        Assert.Contains("with-logo.md:7:8: error: image ../../../assets/img/logo.svg leads to /zh/assets/img/logo.svg", errors);
        Assert.Contains("(on /zh/blog/2021/with-logo/)", errors);
    }

    [Fact]
    public async Task A_missing_fragment_on_another_page_is_an_error()
    {
        using var site = new SampleSite();
        site.Write("input/en/pages/about.md", """
            ---
            title: About
            ---
            Read about [proxies](/projects/linkerd/#proxys).
            """);

        var (code, _, errors) = await Check(site);

        Assert.Equal(1, code);
        Assert.Contains("about.md:4:12: error: link to /projects/linkerd/#proxys: ", errors);
        Assert.Contains("did you mean `#proxies`?", errors);
    }

    [Fact]
    public async Task A_jekyll_link_tag_in_an_html_attribute_is_reported_once_as_liquid_not_again_as_a_relative_link()
    {
        using var site = new SampleSite();
        site.Write("input/en/pages/about.md", """
            ---
            title: About
            ---
            Get <a href="{% link assets/img/logo.svg %}">the logo</a>.
            """);

        var (code, _, errors) = await Check(site);

        Assert.Equal(1, code);
        var lines = errors.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, errors);
        Assert.Contains("is Jekyll's Liquid", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_an_error_still_has_the_links_of_its_rendered_html_checked_without_repeating_that_error()
    {
        // KubeVirt's footnotes: their `#fn:1` links were reported only once an unrelated missing file in the page was mended.
        using var site = new SampleSite();
        site.Write("input/en/pages/about.md", """
            ---
            title: About
            ---
            About this site<sup><a href="#fn:1">1</a></sup>.

            See the [slides](/assets/slides.pdf).
            """);

        var (code, _, errors) = await Check(site);

        Assert.Equal(1, code);
        var lines = errors.Replace('\\', '/').Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Any(l => l.Contains("about.md:4:21: error: link #fn:1 leads to /pages/about/#fn:1: ", StringComparison.Ordinal)), errors);
        Assert.Contains(lines, l => l.Contains("that page has no element with id `fn:1`; it is a footnote's, which HTML footnotes lose here: write the footnote in markdown", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("/assets/slides.pdf", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("about.md:6:9: error: file /assets/slides.pdf does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_link_written_several_times_is_reported_at_each_line_once_for_all_languages()
    {
        // Flux's monthly posts link `/#calendar` several times: one line a round took ten rounds, each twice (English and 中文 copy).
        using var site = new SampleSite();
        site.Write("input/en/pages/about.md", """
            ---
            title: About
            ---
            See the [calendar](/#calendar).

            Meetings are in the [calendar](/#calendar) too.
            """);

        var (code, _, errors) = await Check(site);

        Assert.Equal(1, code);
        var lines = errors.Replace('\\', '/').Split('\n').Where(l => l.Contains("/#calendar", StringComparison.Ordinal) && l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains("about.md:4:9: error:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("about.md:6:21: error:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_GitHub_Actions_problems_are_also_workflow_annotations()
    {
        using var site = new SampleSite();
        site.Write("input/en/blog/2021/heading-first.md", """
            ---
            title: Heading first
            date: 2021-04-02
            ---
            # Title again
            """);
        site.Write("input/en/pages/about.md", """
            ---
            title: About
            ---
            See [x](/nowhere/).
            """);

        var (code, output, _) = await Check(site, name => name == "GITHUB_ACTIONS" ? "true" : null);
        var (_, plainOutput, _) = await Check(site);

        Assert.Equal(1, code);
        Assert.Matches(@"::error file=[^\n]*pages/about\.md,line=4,col=5::link to unknown page /nowhere/", output);
        Assert.Matches(@"::warning file=[^\n]*heading-first\.md,line=5,col=1::empty summary", output);
        Assert.DoesNotContain("::error", plainOutput);
    }
}
