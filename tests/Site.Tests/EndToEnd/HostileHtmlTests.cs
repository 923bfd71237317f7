using System.Text.Json;
using System.Xml.Linq;
using Site.Tests.BadInput;

namespace Site.Tests.EndToEnd;

/// <summary>
/// Every payload of the XSS corpus, in every position of a page (English posts and their Chinese
/// translations), goes through the real build: the site builds, each removal is a warning, and
/// nothing that runs script reaches readers in any output: HTML pages, the RSS feeds (whose
/// descriptions feed readers show as HTML) and the search JSON.
/// </summary>
public sealed class HostileHtmlTests
{
    [Fact]
    public async Task Every_xss_payload_in_every_position_is_neutralised_in_html_rss_and_json()
    {
        using var site = new MinimalSite();
        site.WriteBytes("input/assets/img/a.png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
        for (var i = 0; i < XssCorpus.Positions.Length; i++)
        {
            // Relative image and page names the minimal site lacks would be broken links (errors); these are its own.
            var body = string.Concat(XssCorpus.Payloads.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, XssCorpus.Positions[i],
                p.Replace("src=x", "src=/assets/img/a.png", StringComparison.Ordinal).Replace("](/a ", "](/pages/about/ ", StringComparison.Ordinal)) + "\n"));
            site.Write($"input/en/blog/2020/hostile-{i}.md", $"---\ntitle: Hostile {i}\ndate: 2020-02-{i + 1:D2}\n---\n{body}");
            site.Write($"input/zh/blog/2020/hostile-{i}.md", $"---\ntitle: 恶意 {i}\n---\n{body}");
        }

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("input/en/blog/2020/hostile-0.md:5:1: warning: removed `<script>`", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("input/zh/blog/2020/hostile-0.md:4:1: warning: removed `<script>`", run.Stderr, StringComparison.Ordinal);

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.Contains(pages, p => p.EndsWith(Path.Combine("zh", "blog", "2020", "hostile-3", "index.html"), StringComparison.Ordinal));
        foreach (var page in pages)
        {
            HtmlSafety.AssertSafePage(File.ReadAllText(page));
        }

        var feeds = Directory.EnumerateFiles(site.Output, "*.xml", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains("<rss", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, feeds.Count);
        var descriptions = 0;
        foreach (var feed in feeds)
        {
            foreach (var item in XDocument.Load(feed).Descendants("item"))
            {
                // Feed readers show the description as HTML and the title as text.
                HtmlSafety.AssertSafe((string?)item.Element("description") ?? string.Empty);
                descriptions += item.Element("description") is null ? 0 : 1;
            }
        }

        Assert.True(descriptions >= XssCorpus.Positions.Length, $"{descriptions} descriptions");
        foreach (var json in Directory.EnumerateFiles(site.Output, "*.json", SearchOption.AllDirectories))
        {
            using var parsed = JsonDocument.Parse(File.ReadAllText(json));
        }
    }
}
