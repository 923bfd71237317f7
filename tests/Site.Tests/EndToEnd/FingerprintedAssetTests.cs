using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Site.Tests.EndToEnd;

/// <summary>The sample site built with the real theme: every layout links to content-hashed assets Netlify caches as immutable.</summary>
public sealed partial class FingerprintedAssetTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    private SampleSite Site => built.Site;

    [Fact]
    public void Every_page_of_every_layout_links_to_hashed_theme_assets_only()
    {
        Assert.True(built.Report.Succeeded);
        var css = "/" + HashedName("assets/css/site.css");
        var pages = Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.Contains($"<link rel=\"stylesheet\" href=\"{css}\">", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(PlainThemeAsset(), html);
            foreach (Match reference in HashedReference().Matches(html))
            {
                Assert.True(File.Exists(Site.OutputFile(reference.Groups[1].Value)), $"{reference.Value} in {page} has no file");
            }
        }
    }

    [Theory]
    [InlineData("assets/css/site.css")]
    [InlineData("assets/js/search.js")]
    [InlineData("assets/js/lunr.min.js")]
    [InlineData("assets/js/lunr-cjk.js")]
    [InlineData("assets/img/favicon.svg")]
    public void Hashed_copy_is_named_after_the_bytes_and_the_plain_name_stays(string plain)
    {
        var bytes = File.ReadAllBytes(Site.OutputFile(plain));

        Assert.Equal(bytes, File.ReadAllBytes(Site.OutputFile(HashedName(plain))));
    }

    [Fact]
    public void Search_config_points_scripts_at_hashed_lunr_files_and_indexes_at_stable_urls()
    {
        var html = Site.ReadOutput("zh/search/index.html");

        Assert.Contains($"\"lunr\":\"/{HashedName("assets/js/lunr.min.js")}\"", html.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("/zh/search/light.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Netlify_caches_only_the_hashed_folder_as_immutable()
    {
        var toml = File.ReadAllText(Path.Combine(Site.RepositoryRoot, "netlify.toml"));
        var rules = NetlifyRule().Matches(toml).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.Equal("public, max-age=31536000, immutable", rules["/assets/f/*"]);
        // Netlify merges the values of every rule matching a path: no other Cache-Control rule may cover /assets/f/.
        Assert.All(rules.Keys.Where(k => k != "/assets/f/*"), k => Assert.False("/assets/f/x.css".StartsWith(k.TrimEnd('*'), StringComparison.Ordinal), k));
    }

    /// <summary><c>assets/css/site.css</c> → <c>assets/f/css/site.&lt;first 10 hex of SHA-256&gt;.css</c>.</summary>
    private string HashedName(string plain)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Site.OutputFile(plain))))[..10];
        var dot = plain.LastIndexOf('.');
        return "assets/f/" + plain["assets/".Length..dot] + "." + hash + plain[dot..];
    }

    [GeneratedRegex("""(?:href|src)="/assets/(?:css|js)/|href="/assets/img/favicon""")]
    private static partial Regex PlainThemeAsset();

    [GeneratedRegex("=\"/(assets/f/[^\"]+)\"")]
    private static partial Regex HashedReference();

    [GeneratedRegex(@"for = ""([^""]+)""\s*\[headers\.values\][^\[]*?Cache-Control = ""([^""]+)""")]
    private static partial Regex NetlifyRule();
}
