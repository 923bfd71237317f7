using System.Xml.Linq;
using Site.Pipeline.Feeds;
using Site.Pipeline.Tests.Model;

namespace Site.Pipeline.Tests.Feeds;

public class FeedTests
{
    [Fact]
    public void Rss_escapes_titles_and_keeps_the_newest_fifty_posts()
    {
        using var site = new MiniSite(posts: 60);

        var xml = RssFeedWriter.Write(site.En);

        Assert.DoesNotContain("<script>", xml);
        Assert.Contains("&lt;script&gt;", xml);
        var items = XDocument.Parse(xml).Descendants("item").ToList();
        Assert.Equal(50, items.Count);
        Assert.StartsWith("Post ", (string?)items[0].Element("title"));
        Assert.All(items, i => Assert.StartsWith("https://kb.example.org/blog/", (string?)i.Element("link")));
        Assert.Matches(@"^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$", (string?)items[0].Element("pubDate"));
    }

    [Fact]
    public void Chinese_feed_links_to_chinese_urls()
    {
        using var site = new MiniSite(posts: 2);

        var doc = XDocument.Parse(RssFeedWriter.Write(site.Zh));

        Assert.Equal("zh-CN", (string?)doc.Descendants("language").Single());
        Assert.All(doc.Descendants("item"), i => Assert.StartsWith("https://kb.example.org/zh/blog/", (string?)i.Element("link")));
    }

    [Fact]
    public void Sitemap_skips_fallbacks_and_404_and_lists_alternates()
    {
        using var site = new MiniSite(posts: 2);
        var jobs = site.Model.Languages.SelectMany(l => site.Jobs(l));

        var doc = XDocument.Parse(SitemapWriter.Write(site.Model, jobs));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = doc.Descendants(sm + "loc").Select(l => l.Value).ToList();

        Assert.Contains("https://kb.example.org/zh/projects/linkerd/", locs);
        Assert.DoesNotContain("https://kb.example.org/zh/categories/mesh/", locs);
        Assert.DoesNotContain(locs, l => l.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());
    }
}
