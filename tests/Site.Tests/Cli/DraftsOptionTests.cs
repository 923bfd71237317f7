using Site.Tests.EndToEnd;

namespace Site.Tests.Cli;

/// <summary><c>--drafts</c>: a preview of the pages marked <c>draft: true</c>, each saying so; without it, the summary names what was held back.</summary>
public class DraftsOptionTests
{
    private static void WriteDraft(SampleSite site, string body = "Not ready yet.")
    {
        site.Write("input/en/blog/2024/coming-soon.md", $"""
            ---
            title: Coming soon
            date: 2024-05-01
            draft: true
            ---
            {body}
            """);
        site.Write("input/zh/blog/2024/coming-soon.md", """
            ---
            title: 即将发布
            ---
            还没写完。
            """);
    }

    [Fact]
    public async Task Without_drafts_a_build_names_the_draft_it_left_out_and_writes_no_page_for_it()
    {
        using var site = new SampleSite();
        WriteDraft(site);

        var (code, output, errors) = await CliRun.RunAsync(["build", .. CliRun.SiteArgs(site), "--output", site.Output]);

        Assert.True(code == 0, errors);
        Assert.Matches(@"(?m)^Not built: 1 draft \([^)]*input/en/blog/2024/coming-soon\.md\); `--drafts` builds them for a preview\.$", output.Replace('\\', '/'));
        Assert.False(File.Exists(Path.Combine(site.Output, "blog/2024/coming-soon/index.html")));
    }

    [Fact]
    public async Task With_drafts_the_draft_and_its_translation_are_built_each_with_a_notice_and_the_summary_says_so()
    {
        using var site = new SampleSite();
        WriteDraft(site);

        var (code, output, errors) = await CliRun.RunAsync(["build", .. CliRun.SiteArgs(site), "--output", site.Output, "--drafts"]);

        Assert.True(code == 0, errors);
        Assert.Contains("With drafts: 2 pages built from files marked `draft: true`", output);
        Assert.DoesNotContain("Not built", output);
        var en = site.ReadOutput("blog/2024/coming-soon/index.html");
        Assert.Contains("class=\"notice notice-draft\"", en);
        Assert.Contains("Not ready yet.", en);
        var zh = site.ReadOutput("zh/blog/2024/coming-soon/index.html");
        Assert.Contains("class=\"notice notice-draft\"", zh);
        Assert.Contains("草稿", zh);
        Assert.DoesNotContain("notice-draft", site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task Check_with_drafts_checks_a_drafts_body()
    {
        using var site = new SampleSite();
        WriteDraft(site, "See [the project](/projects/linkred/).");

        var (plain, _, _) = await CliRun.RunAsync(["check", .. CliRun.SiteArgs(site)]);
        var (withDrafts, _, errors) = await CliRun.RunAsync(["check", .. CliRun.SiteArgs(site), "--drafts"]);

        Assert.Equal(0, plain);
        Assert.Equal(1, withDrafts);
        Assert.Contains("coming-soon.md:6:5: error: link to unknown page /projects/linkred/", errors.Replace('\\', '/'));
    }
}
