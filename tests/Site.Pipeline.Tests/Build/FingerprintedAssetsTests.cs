using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Site.Content.Loading;
using Site.Pipeline.Assets;
using Site.Pipeline.Build;

namespace Site.Pipeline.Tests.Build;

/// <summary>Theme assets are published under content-hashed names that every layout links to, and the plain names stay.</summary>
public sealed partial class FingerprintedAssetsTests : IDisposable
{
    private readonly SessionSite _site = new();
    private readonly SiteBuildSession _session;

    public FingerprintedAssetsTests()
    {
        _session = new SiteBuildSession(_site.Options);
    }

    public void Dispose()
    {
        _session.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Every_page_links_to_hashed_css_and_js_named_after_their_bytes()
    {
        await BuildAsync();

        var css = HashedUrlOf("css/site.css");
        foreach (var page in Pages())
        {
            var html = File.ReadAllText(page);
            Assert.Contains($"href=\"{css}\"", html, StringComparison.Ordinal);
            Assert.Contains($"src=\"{HashedUrlOf("js/theme.js")}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"{HashedUrlOf("img/favicon.svg")}\"", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(PlainThemeReference(), html);
        }

        var search = File.ReadAllText(Output("search/index.html"));
        Assert.Contains($"\"{HashedUrlOf("js/lunr.min.js")}\"", search, StringComparison.Ordinal);
        Assert.Contains(HashedUrlOf("js/search.js"), search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashed_copies_hold_the_theme_bytes_and_the_plain_names_stay_published()
    {
        await BuildAsync();

        var themeCss = File.ReadAllBytes(Path.Combine(_site.Theme, "assets", "css", "site.css"));
        var hashed = HashedUrlOf("css/site.css");
        Assert.Equal($"/assets/f/css/site.{Convert.ToHexStringLower(SHA256.HashData(themeCss))[..10]}.css", hashed);
        Assert.Equal(themeCss, File.ReadAllBytes(Output(hashed.TrimStart('/'))));
        Assert.Equal(themeCss, File.ReadAllBytes(Output("assets/css/site.css")));
        Assert.True(File.Exists(Output("assets/img/favicon.svg")));
        Assert.True(File.Exists(Output("assets/js/search.js")));
        // The search indexes change with content and keep their stable, revalidated names.
        Assert.True(File.Exists(Output("search/light.json")));
        Assert.Empty(Directory.EnumerateFiles(Output("assets/f"), "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Editing_theme_css_changes_its_url_in_every_page_on_a_rebuild_as_in_a_full_build()
    {
        await BuildAsync();
        var before = HashedUrlOf("css/site.css");

        var css = Path.Combine(_site.Theme, "assets", "css", "site.css");
        File.AppendAllText(css, "\n/* edited */\n");
        var report = await _session.RebuildAsync([css]);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var after = HashedUrlOf("css/site.css");
        Assert.NotEqual(before, after);
        Assert.True(File.Exists(Output(after.TrimStart('/'))));
        Assert.False(File.Exists(Output(before.TrimStart('/'))), "the stale hashed copy is removed");
        foreach (var page in Pages())
        {
            Assert.Contains($"href=\"{after}\"", File.ReadAllText(page), StringComparison.Ordinal);
        }

        await _session.BackgroundWork;
        var reference = await _site.FullBuildAsync();
        Assert.Equal(after, HashedUrlOf("css/site.css", reference));
        Assert.Equal(Snapshot(reference), Snapshot(_site.Output));
    }

    [Theory]
    [InlineData("assets/css/site.css", "assets/f/css/site.{0}.css")]
    [InlineData("assets/js/lunr.min.js", "assets/f/js/lunr.min.{0}.js")]
    [InlineData("assets/LICENSE", "assets/f/LICENSE.{0}")]
    public void Hashed_name_keeps_folder_and_extension(string destination, string expected)
    {
        byte[] bytes = [1, 2, 3];
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..AssetFingerprints.HashLength];

        Assert.Equal(string.Format(null, expected, hash), AssetFingerprints.FingerprintedDestination(destination, bytes));
    }

    [Fact]
    public void Content_may_not_publish_into_the_hashed_folder()
    {
        Assert.NotNull(AssetPolicy.Problem("/assets/f/css/site.0123456789.css", new HashSet<string>()));
        Assert.Null(AssetPolicy.Problem("/assets/fonts/x.woff2", new HashSet<string>()));
    }

    private async Task BuildAsync()
    {
        var report = await _session.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    private string Output(string relative) => Path.Combine(_site.Output, relative);

    private IEnumerable<string> Pages() => Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories);

    /// <summary>The one hashed copy of a theme asset in the output (asserting there is exactly one).</summary>
    private string HashedUrlOf(string relative, string? output = null)
    {
        var root = output ?? _site.Output;
        var folder = Path.GetDirectoryName(Path.Combine(root, "assets", "f", relative))!;
        var name = Path.GetFileName(relative);
        var dot = name.LastIndexOf('.');
        var copies = Directory.EnumerateFiles(folder, $"{name[..dot]}.??????????{name[dot..]}").ToList();
        var copy = Assert.Single(copies);
        return "/" + Path.GetRelativePath(root, copy).Replace('\\', '/');
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    /// <summary>A layout reference to a plain theme CSS/JS/icon name (content links would be in <c>href</c> too, but this site has none).</summary>
    [GeneratedRegex("""(?:href|src)="/assets/(?:css|js|img)/""")]
    private static partial Regex PlainThemeReference();
}
