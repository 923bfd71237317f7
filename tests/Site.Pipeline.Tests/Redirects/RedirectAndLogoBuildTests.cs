using System.Text.RegularExpressions;
using Site.Pipeline.Build;
using Site.Pipeline.Logos;
using Site.Pipeline.Tests.Build;
using Site.Pipeline.Tests.Logos;

namespace Site.Pipeline.Tests.Redirects;

/// <summary>What a build publishes for `aliases:` (redirect pages and Netlify's `_redirects`) and for project logos.</summary>
public sealed partial class RedirectAndLogoBuildTests : IDisposable
{
    private readonly SessionSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<BuildReport> BuildAsync()
    {
        var report = await SiteBuilder.BuildAsync(_site.Options);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return report;
    }

    private string Output(string relative) => File.ReadAllText(Path.Combine(_site.Output, relative));

    [Fact]
    public async Task An_alias_publishes_a_small_redirect_page_in_each_language_and_a_forced_netlify_rule()
    {
        _site.Write("input/en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\naliases: [/projects/linkerd2/, /old/linkerd/]\n---\nLinkerd is a service mesh.\n");
        await BuildAsync();

        var en = Output("projects/linkerd2/index.html");
        Assert.Contains("<html lang=\"en-US\">", en, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://kb.example.org/projects/linkerd/\">", en, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", en, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/projects/linkerd/\">", en, StringComparison.Ordinal);
        Assert.Contains("This page has moved to <a href=\"/projects/linkerd/\">Linkerd</a>.", en, StringComparison.Ordinal);
        Assert.DoesNotMatch(ScriptOrStyle(), en); // nothing the CSP would block

        var zh = Output("zh/projects/linkerd2/index.html");
        Assert.Contains("<html lang=\"zh-CN\">", zh, StringComparison.Ordinal);
        Assert.Contains("本页已移至<a href=\"/zh/projects/linkerd/\">Linkerd</a>。", zh, StringComparison.Ordinal);
        Assert.Contains("href=\"https://kb.example.org/zh/projects/linkerd/\"", zh, StringComparison.Ordinal);

        var rules = Output("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.Equal(
            [
                "/old/linkerd/ /projects/linkerd/ 301!",
                "/projects/linkerd2/ /projects/linkerd/ 301!",
                "/zh/old/linkerd/ /zh/projects/linkerd/ 301!",
                "/zh/projects/linkerd2/ /zh/projects/linkerd/ 301!",
            ],
            rules);
        Assert.DoesNotContain("linkerd2", Output("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_without_aliases_publishes_an_empty_redirects_file()
    {
        await BuildAsync();
        Assert.All(Output("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("#", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logos_are_published_cleaned_bounded_and_with_their_size_on_every_img()
    {
        _site.Write("input/assets/logos/linkerd.svg", LogoProcessorTests.HeavySvg(200, " onload=\"alert(1)\""));
        await BuildAsync();

        var published = Directory.GetFiles(Path.Combine(_site.Output, "assets", "f", "logos"));
        var webp = Assert.Single(published);
        Assert.Matches(@"linkerd\.[0-9a-f]{12}\.webp$", webp);
        Assert.True(new FileInfo(webp).Length <= LogoProcessor.MaxBytes);
        Assert.False(File.Exists(Path.Combine(_site.Output, "assets", "logos", "linkerd.svg"))); // never published as it came

        var url = "/assets/f/logos/" + Path.GetFileName(webp);
        Assert.Contains($"<img class=\"logo project-logo\" src=\"{url}\" width=\"128\" height=\"64\" alt=\"\"", Output("projects/linkerd/index.html"), StringComparison.Ordinal);
        Assert.Contains($"src=\"{url}\" width=\"128\" height=\"64\"", Output("projects/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuild_takes_drawn_logos_from_the_previous_output_instead_of_drawing_them_again()
    {
        _site.Write("input/assets/logos/linkerd.svg", LogoProcessorTests.HeavySvg(200));
        await BuildAsync();
        var first = Directory.GetFiles(Path.Combine(_site.Output, "assets", "f", "logos")).Single();
        var bytes = File.ReadAllBytes(first);

        LogoSet.ForgetProcessed();
        var loaded = Content.Loading.ContentLoader.Load(_site.SourceFile("input"));
        var logos = LogoSet.Build(loaded.Content!, _site.Output, new ParallelOptions(), new List<Content.Diagnostics.Diagnostic>());
        Assert.Equal(0, logos.Processed);
        Assert.Equal(bytes, logos.Of("linkerd")!.Bytes);

        LogoSet.ForgetProcessed();
        var fresh = LogoSet.Build(loaded.Content!, null, new ParallelOptions(), new List<Content.Diagnostics.Diagnostic>());
        Assert.Equal(1, fresh.Processed);
        Assert.Equal(logos.Of("linkerd")!.Destination, fresh.Of("linkerd")!.Destination);
    }

    [Fact]
    public async Task A_logo_that_cannot_be_cleaned_fails_the_build_naming_its_file()
    {
        _site.Write("input/assets/logos/linkerd.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        var report = await SiteBuilder.BuildAsync(_site.Options);
        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("input/assets/logos/linkerd.svg", error.Path);
        Assert.Contains("logo refused: nothing is left to draw", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script|<style|style=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();
}
