using Site.Pipeline.Build;

namespace Site.Pipeline.Tests.Build;

/// <summary>A page bundle's files are written beside the page in both languages, by a build and by a session's rebuilds.</summary>
public sealed class PageBundleBuildTests : IDisposable
{
    private const string Bundle = "input/en/blog/2021/kwok/";
    private readonly SessionSite _site = new();
    private readonly SiteBuildSession _session;

    public PageBundleBuildTests()
    {
        _site.Write(Bundle + "index.md", "---\ntitle: KWOK\ndate: 2021-04-01\ntags: [Performance]\n---\nKWOK fakes nodes.\n\n![How KWOK fakes nodes](diagram.svg)\n");
        _site.Write(Bundle + "diagram.svg", Svg("en"));
        _session = new SiteBuildSession(_site.Options);
    }

    public void Dispose()
    {
        _session.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task The_files_beside_a_bundles_index_are_written_beside_its_page_in_both_languages()
    {
        await BuildAsync();

        Assert.Contains("<img src=\"diagram.svg\" alt=\"How KWOK fakes nodes\"", File.ReadAllText(Output("blog/2021/kwok/index.html")), StringComparison.Ordinal);
        Assert.Contains("<img src=\"diagram.svg\"", File.ReadAllText(Output("zh/blog/2021/kwok/index.html")), StringComparison.Ordinal);
        Assert.Equal(Svg("en"), File.ReadAllText(Output("blog/2021/kwok/diagram.svg")));
        Assert.Equal(Svg("en"), File.ReadAllText(Output("zh/blog/2021/kwok/diagram.svg")));
    }

    [Fact]
    public async Task A_figure_shows_a_bundles_image_by_its_relative_name_and_a_missing_one_fails_the_build()
    {
        _site.Write(Bundle + "index.md", "---\ntitle: KWOK\ndate: 2021-04-01\n---\nKWOK fakes nodes.\n\n{{< figure src=\"diagram.svg\" alt=\"How KWOK fakes nodes\" caption=\"Fake nodes\" >}}\n");

        await BuildAsync();

        var html = File.ReadAllText(Output("blog/2021/kwok/index.html"));
        Assert.Matches("<figure[^>]*>\\s*<img src=\"diagram.svg\"", html);

        _site.Write(Bundle + "index.md", "---\ntitle: KWOK\ndate: 2021-04-01\n---\nKWOK fakes nodes.\n\n{{< figure src=\"missing.svg\" alt=\"How KWOK fakes nodes\" >}}\n");
        var report = await SiteBuilder.BuildAsync(_site.Options with { OutputPath = Path.Combine(_site.Output + "-missing") });
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.IsError && d.Path.EndsWith("kwok/index.md", StringComparison.Ordinal) && d.Message.Contains("/blog/2021/kwok/missing.svg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bundle_file_no_page_shows_is_a_warning_until_a_rebuild_links_it()
    {
        // Falco's and KubeEdge's featured.png covers were published beside their posts, unseen and unreported.
        _site.Write(Bundle + "index.md", "---\ntitle: KWOK\ndate: 2021-04-01\n---\nKWOK fakes nodes.\n\n{{< figure src=\"diagram.svg\" alt=\"How KWOK fakes nodes\" >}}\n\n{{< video src=\"demo.webm\" title=\"KWOK in a minute\" >}}\n");
        _site.Write(Bundle + "demo.webm", "webm");
        _site.Write(Bundle + "featured.png", "png");

        var report = await _session.BuildAsync();

        var d = Assert.Single(report.Diagnostics);
        Assert.False(d.IsError);
        Assert.EndsWith("input/en/blog/2021/kwok/featured.png", d.Path, StringComparison.Ordinal);
        Assert.StartsWith("`featured.png` is published with ", d.Message, StringComparison.Ordinal);
        Assert.Contains("input/en/blog/2021/kwok/index.md (at /blog/2021/kwok/featured.png), but no page links it", d.Message, StringComparison.Ordinal);

        _site.Write(Bundle + "index.md", "---\ntitle: KWOK\ndate: 2021-04-01\n---\nKWOK fakes nodes.\n\n{{< figure src=\"diagram.svg\" alt=\"How KWOK fakes nodes\" >}}\n\n{{< video src=\"demo.webm\" title=\"KWOK in a minute\" >}}\n\n![KWOK's logo](featured.png)\n");
        var rebuilt = await _session.RebuildAsync([_site.SourceFile(Bundle + "index.md")]);

        Assert.True(rebuilt.Succeeded);
        Assert.Empty(rebuilt.Diagnostics);
    }

    [Fact]
    public async Task A_video_plays_a_bundles_file_by_its_relative_name()
    {
        _site.Write(Bundle + "index.md", "---\ntitle: KWOK\ndate: 2021-04-01\n---\nKWOK fakes nodes.\n\n{{< video src=\"demo.webm\" title=\"KWOK in a minute\" >}}\n");
        _site.Write(Bundle + "demo.webm", "webm");

        await BuildAsync();

        Assert.Contains("src=\"demo.webm\"", File.ReadAllText(Output("blog/2021/kwok/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Output("zh/blog/2021/kwok/demo.webm")));
    }

    [Fact]
    public async Task A_translated_bundle_publishes_its_own_file_in_its_language()
    {
        _site.Write("input/zh/blog/2021/kwok/index.md", "---\ntitle: KWOK 简介\n---\nKWOK 模拟节点。\n\n![KWOK 如何模拟节点](diagram.svg)\n");
        _site.Write("input/zh/blog/2021/kwok/diagram.svg", Svg("zh"));

        await BuildAsync();

        Assert.Equal(Svg("en"), File.ReadAllText(Output("blog/2021/kwok/diagram.svg")));
        Assert.Equal(Svg("zh"), File.ReadAllText(Output("zh/blog/2021/kwok/diagram.svg")));
    }

    [Fact]
    public async Task Adding_editing_and_deleting_a_bundles_file_in_a_session_matches_a_full_build()
    {
        await BuildAsync();

        _site.Write(Bundle + "extra.svg", Svg("extra"));
        Assert.True((await _session.RebuildAsync([_site.SourceFile(Bundle + "extra.svg")])).Succeeded);
        Assert.Equal(Svg("extra"), File.ReadAllText(Output("zh/blog/2021/kwok/extra.svg")));
        await AssertSameAsFullBuildAsync();

        _site.Write(Bundle + "diagram.svg", Svg("edited"));
        Assert.True((await _session.RebuildAsync([_site.SourceFile(Bundle + "diagram.svg")])).Succeeded);
        Assert.Equal(Svg("edited"), File.ReadAllText(Output("blog/2021/kwok/diagram.svg")));
        await AssertSameAsFullBuildAsync();

        _site.Delete(Bundle + "extra.svg");
        Assert.True((await _session.RebuildAsync([_site.SourceFile(Bundle + "extra.svg")])).Succeeded);
        Assert.False(File.Exists(Output("blog/2021/kwok/extra.svg")));
        await AssertSameAsFullBuildAsync();
    }

    private static string Svg(string label) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>{label}</title><rect width=\"10\" height=\"10\"/></svg>\n";

    private async Task BuildAsync()
    {
        var report = await _session.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    private string Output(string relative) => Path.Combine([_site.Output, .. relative.Split('/')]);

    private async Task AssertSameAsFullBuildAsync()
    {
        await _session.BackgroundWork;
        var reference = await _site.FullBuildAsync();
        var expected = Directory.EnumerateFiles(reference, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(reference, f)).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(reference, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Output, file))), $"{file} differs from a full build");
        }
    }
}
