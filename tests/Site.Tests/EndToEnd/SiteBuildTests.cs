using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Site.Pipeline.Build;

namespace Site.Tests.EndToEnd;

public class SiteBuildTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    private SampleSite Site => built.Site;

    private void AssertSucceeded() =>
        Assert.True(built.Report.Succeeded, string.Join("\n", built.Report.Diagnostics.Select(d => d.ToString()).Concat(built.Report.Failures.Select(f => f.ToString()))));

    [Theory]
    [InlineData("")]
    [InlineData("blog/2019/linkerd-benchmarks/")]
    [InlineData("blog/2020/script-title/")]
    [InlineData("blog/2021/post-07/")]
    [InlineData("projects/linkerd/")]
    [InlineData("projects/prometheus/")]
    [InlineData("categories/service-mesh/")]
    [InlineData("categories/observability/")]
    [InlineData("sigs/tag-network/")]
    [InlineData("pages/about/")]
    [InlineData("blog/")]
    [InlineData("blog/page/2/")]
    [InlineData("projects/")]
    [InlineData("categories/")]
    [InlineData("sigs/")]
    [InlineData("tags/")]
    [InlineData("tags/performance/")]
    [InlineData("search/")]
    public void Every_page_exists_in_both_languages(string url)
    {
        AssertSucceeded();
        Assert.True(File.Exists(Site.OutputFile(url + "index.html")), $"/{url} missing");
        Assert.True(File.Exists(Site.OutputFile("zh/" + url + "index.html")), $"/zh/{url} missing");
    }

    [Theory]
    [InlineData("404.html")]
    [InlineData("zh/404.html")]
    [InlineData("feed.xml")]
    [InlineData("zh/feed.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("zh/tags/service-mesh/index.html")]
    [InlineData("search/light.json")]
    [InlineData("zh/search/full.json")]
    [InlineData("assets/css/site.css")]
    [InlineData("assets/js/lunr.min.js")]
    [InlineData("assets/js/lunr.LICENSE.txt")]
    [InlineData("assets/img/logo.svg")]
    [InlineData(".site-generator")]
    public void Generated_files_are_written(string file)
    {
        AssertSucceeded();
        Assert.True(File.Exists(Site.OutputFile(file)), $"{file} missing");
    }

    [Fact]
    public void Blog_is_paginated_by_twenty()
    {
        AssertSucceeded();
        var page1 = Parse("blog/index.html");
        var page2 = Parse("blog/page/2/index.html");

        Assert.Equal(20, page1.QuerySelectorAll(".post-card").Length);
        Assert.Equal(4, page2.QuerySelectorAll(".post-card").Length);
        Assert.False(File.Exists(Site.OutputFile("blog/page/3/index.html")));
    }

    [Fact]
    public void A_later_blog_page_says_which_page_it_is_in_its_heading_title_and_breadcrumb()
    {
        AssertSucceeded();
        var page2 = Parse("blog/page/2/index.html");
        var zh2 = Parse("zh/blog/page/2/index.html");

        Assert.Equal("Blog · Page 2 of 2", page2.QuerySelector("h1")?.TextContent.Trim());
        Assert.StartsWith("Blog · Page 2 of 2 · ", page2.Title, StringComparison.Ordinal);
        Assert.Equal(["Home", "Blog", "Page 2 of 2"], page2.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()));
        Assert.Equal("博客 · 第 2 页，共 2 页", zh2.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Blog", Parse("blog/index.html").QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public void Untranslated_page_is_a_fallback_with_notice_and_canonical_to_the_source()
    {
        AssertSucceeded();
        var html = Parse("zh/projects/prometheus/index.html");

        Assert.NotNull(html.QuerySelector(".notice-fallback"));
        Assert.Equal("https://kb.example.org/projects/prometheus/", html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("Prometheus collects metrics.", html.Body!.TextContent);
    }

    [Fact]
    public void An_untranslated_category_is_named_in_the_readers_language_in_its_heading_breadcrumb_and_metadata()
    {
        AssertSucceeded();
        var page = Parse("zh/categories/observability/index.html");

        // The name comes from translations/categories.yml; heading and breadcrumb agree and neither is marked as English.
        var heading = page.QuerySelector("h1")!;
        var crumb = page.QuerySelector(".breadcrumb [aria-current=page]")!;
        Assert.Equal("可观测性", heading.TextContent.Trim());
        Assert.Equal("可观测性", crumb.TextContent.Trim());
        Assert.Null(crumb.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("nav.breadcrumb"));
        using var jsonLd = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Contains(jsonLd.RootElement.GetProperty("@graph").EnumerateArray(), n => n.TryGetProperty("headline", out var h) && h.GetString() == "可观测性");
    }

    [Fact]
    public void Script_title_is_escaped_in_html_rss_and_sitemap()
    {
        AssertSucceeded();
        const string raw = "<script>alert('x')</script>";
        var post = Site.ReadOutput("blog/2020/script-title/index.html");
        var feed = Site.ReadOutput("feed.xml");
        var zhFeed = Site.ReadOutput("zh/feed.xml");
        var sitemap = Site.ReadOutput("sitemap.xml");

        Assert.DoesNotContain(raw, post);
        Assert.Contains("&lt;script&gt;", post);
        Assert.Equal(SampleSite.ScriptTitle, Parse("blog/2020/script-title/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(raw, feed);
        Assert.DoesNotContain(raw, zhFeed);
        Assert.DoesNotContain("<script", sitemap);
        var items = XDocument.Parse(feed).Descendants("item").Select(i => (string?)i.Element("title")).ToList();
        Assert.Contains(SampleSite.ScriptTitle, items);
        Assert.DoesNotContain("<b>", post.Split("<meta name=\"description\"")[1].Split('>')[0]);

        foreach (var file in Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(raw, File.ReadAllText(file));
        }
    }

    [Fact]
    public void Sitemap_lists_canonical_pages_with_hreflang_alternates()
    {
        AssertSucceeded();
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var doc = XDocument.Parse(Site.ReadOutput("sitemap.xml"));
        var urls = doc.Root!.Elements(sm + "url").ToDictionary(u => (string)u.Element(sm + "loc")!);

        Assert.Contains("https://kb.example.org/projects/linkerd/", urls.Keys);
        Assert.Contains("https://kb.example.org/zh/projects/linkerd/", urls.Keys);
        Assert.DoesNotContain("https://kb.example.org/zh/projects/prometheus/", urls.Keys);
        var alternates = urls["https://kb.example.org/projects/linkerd/"].Elements(xhtml + "link")
            .ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);
        Assert.Equal("https://kb.example.org/zh/projects/linkerd/", alternates["zh-CN"]);
        Assert.Equal("https://kb.example.org/projects/linkerd/", alternates["x-default"]);
        Assert.EndsWith("Sitemap: https://kb.example.org/sitemap.xml\n", Site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void Cross_links_of_the_content_model_are_present()
    {
        AssertSucceeded();
        var project = Links("projects/linkerd/index.html");
        Assert.Contains("/categories/service-mesh/", project);
        Assert.Contains("/sigs/tag-network/", project);
        Assert.Contains("/blog/2019/linkerd-benchmarks/", project);
        Assert.Contains("/blog/2020/script-title/", project);
        Assert.Contains("/zh/projects/linkerd/", project);

        var category = Links("categories/service-mesh/index.html");
        Assert.Contains("/projects/linkerd/", category);

        var sig = Links("sigs/tag-network/index.html");
        Assert.Contains("/projects/linkerd/", sig);
        Assert.Contains("/blog/2019/linkerd-benchmarks/", sig);

        var post = Links("blog/2019/linkerd-benchmarks/index.html");
        Assert.Contains("/projects/linkerd/", post);
        Assert.Contains("/tags/service-mesh/", post);
        Assert.Contains("/blog/2020/script-title/", post);
        Assert.Contains("/zh/blog/2019/linkerd-benchmarks/", post);

        var zhPost = Links("zh/blog/2019/linkerd-benchmarks/index.html");
        Assert.Contains("/blog/2019/linkerd-benchmarks/", zhPost);
        // translations/tags.yml keys 服务网格 as `service-mesh`: one tag page per language, labelled in each.
        Assert.Contains("/zh/tags/service-mesh/", zhPost);
        Assert.Contains("服务网格", Site.ReadOutput("zh/tags/service-mesh/index.html"));
    }

    [Fact]
    public void No_internal_link_in_the_output_is_broken()
    {
        AssertSucceeded();
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                using var stream = File.OpenRead(file);
                set = parser.ParseDocument(stream).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                ids[file] = set;
            }

            return set;
        }

        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            var document = parser.ParseDocument(stream);
            var pageUrl = "/" + Path.GetRelativePath(Site.Output, file).Replace('\\', '/');
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (link.Length == 0 || link.Contains("://", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal)
                    || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                checkedLinks++;
                var (target, fragment) = Resolve(pageUrl, link);
                if (target is null)
                {
                    broken.Add($"{pageUrl}: {link} (no file)");
                }
                else if (fragment is { Length: > 0 } && !IdsOf(target).Contains(fragment))
                {
                    broken.Add($"{pageUrl}: {link} (no id '{fragment}')");
                }
            }
        }

        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
        Assert.Empty(broken);
    }

    [Fact]
    public void Report_counts_pages_per_language()
    {
        AssertSucceeded();
        var en = Assert.Single(built.Report.Languages, l => l.Code == "en");
        var zh = Assert.Single(built.Report.Languages, l => l.Code == "zh");

        Assert.Equal(en.Pages, zh.Pages - (zh.Pages - en.Pages));
        Assert.True(zh.Fallbacks > 0);
        Assert.Equal(0, en.Fallbacks);
        Assert.Equal(Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories).Count(), built.Report.TotalPages);
    }

    private AngleSharp.Dom.IDocument Parse(string relative) => new HtmlParser().ParseDocument(Site.ReadOutput(relative));

    private HashSet<string> Links(string relative) =>
        Parse(relative).QuerySelectorAll("a[href]").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToHashSet(StringComparer.Ordinal);

    private (string? File, string? Fragment) Resolve(string pageUrl, string link)
    {
        string? fragment = null;
        var hash = link.IndexOf('#');
        if (hash >= 0)
        {
            fragment = Uri.UnescapeDataString(link[(hash + 1)..]);
            link = link[..hash];
        }

        var query = link.IndexOf('?');
        if (query >= 0)
        {
            link = link[..query];
        }

        var folder = pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
        var absolute = link.Length == 0 ? pageUrl : new Uri(new Uri("http://x" + folder), link).AbsolutePath;
        var path = Uri.UnescapeDataString(absolute).TrimStart('/');
        var file = Site.OutputFile(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
        return File.Exists(file) ? (file, fragment) : (null, fragment);
    }
}
