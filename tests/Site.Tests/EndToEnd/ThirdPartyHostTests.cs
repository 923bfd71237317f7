using System.Text.RegularExpressions;
using Site.Tests.Browser;

namespace Site.Tests.EndToEnd;

/// <summary>
/// The built sample site loads nothing from another host (fonts, scripts, styles, icons,
/// analytics, fetches): it must work where third-party hosts are blocked, e.g. in mainland China.
/// Links a reader clicks (<c>&lt;a href&gt;</c>) may go anywhere.
/// </summary>
public sealed partial class ThirdPartyHostTests
{
    [Fact]
    public async Task Built_sample_site_loads_nothing_from_other_hosts()
    {
        var site = await BuiltSampleSite.GetAsync();
        var files = Directory.EnumerateFiles(site.OutputPath, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".css" or ".js")
            .ToList();
        Assert.Contains(files, f => f.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".js", StringComparison.Ordinal));
        Assert.True(files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)) > 200);

        var found = files
            .SelectMany(f => ThirdPartyLoads(File.ReadAllText(f), Path.GetExtension(f), OwnHost)
                .Select(url => $"{Path.GetRelativePath(site.OutputPath, f)}: {url}"))
            .ToList();

        Assert.Empty(found);
    }

    [Theory]
    [InlineData(".html", "<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css?family=Inter\">")]
    [InlineData(".html", "<link href='//cdn.example.com/x.css' rel='preload' as='style'>")]
    [InlineData(".html", "<link rel=\"icon\" href=\"https://www.cncf.io/favicon.ico\">")]
    [InlineData(".html", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>")]
    [InlineData(".html", "<img alt=\"x\" src=\"http://images.example.com/a.png\">")]
    [InlineData(".html", "<div style=\"background:url('https://img.example.com/b.png')\"></div>")]
    [InlineData(".css", "@import url(\"https://fonts.googleapis.com/css2?family=Noto+Sans\");")]
    [InlineData(".css", "@import '//cdn.example.com/reset.css';")]
    [InlineData(".css", "body { background: url(https://img.example.com/bg.png) }")]
    [InlineData(".js", "fetch(\"https://analytics.example.com/collect\", { method: 'POST' })")]
    [InlineData(".js", "var s = document.createElement('script'); s.src = 'https://cdn.example.com/x.js';")]
    public void Detects_each_kind_of_third_party_load(string extension, string text) =>
        Assert.NotEmpty(ThirdPartyLoads(text, extension, OwnHost));

    [Theory]
    [InlineData(".html", "<a href=\"https://github.com/linkerd/linkerd2\">repo</a>")]
    [InlineData(".html", "<link rel=\"canonical\" href=\"https://other.example.org/x/\">")]
    [InlineData(".html", "<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://cncf-kb.netlify.app/zh/\">")]
    [InlineData(".html", "<link rel=\"stylesheet\" href=\"/assets/css/site.css\"><script src=\"/assets/js/theme.js\"></script>")]
    [InlineData(".html", "<img src=\"https://cncf-kb.netlify.app/assets/logo.png\">")]
    [InlineData(".css", "body { background: url(\"/assets/img/x.svg\") } a { background: url(data:image/png;base64,AA==) }")]
    [InlineData(".js", "fetch(config.light_index)")]
    public void Accepts_clickable_links_metadata_and_own_host(string extension, string text) =>
        Assert.Empty(ThirdPartyLoads(text, extension, OwnHost));

    private const string OwnHost = "cncf-kb.netlify.app";

    /// <summary>Absolute URLs of other hosts that the browser would fetch on its own.</summary>
    internal static IEnumerable<string> ThirdPartyLoads(string text, string extension, string ownHost)
    {
        var urls = new List<string>();
        if (extension == ".html")
        {
            foreach (Match tag in Tag().Matches(text))
            {
                var name = tag.Groups["name"].Value.ToLowerInvariant();
                var attributes = Attributes(tag.Groups["attrs"].Value);
                foreach (var key in new[] { "src", "srcset", "poster", "data" })
                {
                    if (attributes.TryGetValue(key, out var value) && !(name == "object" && key != "data"))
                    {
                        urls.AddRange(value.Split(',').Select(v => v.Trim().Split(' ')[0]));
                    }
                }

                if (name == "link" && attributes.TryGetValue("href", out var href)
                    && attributes.GetValueOrDefault("rel", "").Split(' ').Any(r => r.ToLowerInvariant() is "stylesheet" or "preload" or "modulepreload" or "prefetch" or "preconnect" or "dns-prefetch" or "icon" or "apple-touch-icon" or "manifest" or "mask-icon"))
                {
                    urls.Add(href);
                }

                if (attributes.TryGetValue("style", out var style))
                {
                    urls.AddRange(CssUrls(System.Net.WebUtility.HtmlDecode(style)));
                }
            }

            foreach (Match block in StyleBlock().Matches(text))
            {
                urls.AddRange(CssUrls(block.Groups[1].Value));
            }

            foreach (Match block in ScriptBlock().Matches(text))
            {
                urls.AddRange(ScriptUrls(block.Groups[1].Value));
            }
        }
        else if (extension == ".css")
        {
            urls.AddRange(CssUrls(text));
        }
        else if (extension == ".js")
        {
            urls.AddRange(ScriptUrls(text));
        }

        return urls.Where(u => IsOtherHost(System.Net.WebUtility.HtmlDecode(u), ownHost)).Distinct();
    }

    private static IEnumerable<string> CssUrls(string css) =>
        CssUrl().Matches(css).Select(m => m.Groups["url"].Value)
            .Concat(CssImport().Matches(css).Select(m => m.Groups["url"].Value));

    private static IEnumerable<string> ScriptUrls(string js) =>
        ScriptLoad().Matches(js).Select(m => m.Groups["url"].Value);

    private static bool IsOtherHost(string url, string ownHost)
    {
        url = url.Trim().Trim('"', '\'');
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && !string.Equals(uri.Host, ownHost, StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(text)
            .GroupBy(m => m.Groups["key"].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Groups["value"].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attrs>\s[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<key>[a-zA-Z:-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<style[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"<script(?![^>]*application/(?:ld\+)?json)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptBlock();

    [GeneratedRegex(@"url\(\s*(?<url>""[^""]*""|'[^']*'|[^)\s]+)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"@import\s+(?<url>""[^""]*""|'[^']*')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssImport();

    // Loads started by script: fetch/import/importScripts/Worker/XHR open/sendBeacon, and any quoted absolute URL assigned to src/href.
    [GeneratedRegex(@"(?:fetch|import|importScripts|Worker|sendBeacon|\.open)\s*\(\s*(?:[""'][A-Z]+[""']\s*,\s*)?(?<url>[""'`](?:https?:)?//[^""'`]+[""'`])|\.(?:src|href)\s*=\s*(?<url>[""'`](?:https?:)?//[^""'`]+[""'`])", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptLoad();
}
