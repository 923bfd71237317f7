using System.Text;
using Site.Content.Loading;
using Site.Content.Model;

namespace Site.Content.Tests.Loading;

/// <summary>
/// A build session reloads the content after every edit with a <see cref="ContentLoadCache"/>:
/// only the changed files are read again, unchanged pages keep their objects, and the result must
/// always be exactly what a fresh load of the same files gives.
/// </summary>
public sealed class ContentLoadCacheTests : IDisposable
{
    private readonly TestSite _site = new(new Dictionary<string, string>(TestSite.Minimal)
    {
        ["en/projects/envoy.md"] = "---\ntitle: Envoy\nmaturity: graduated\ncategory: service-mesh\ngraduated: 2018-11-28\n---\nEnvoy is a proxy.\n\n## Filters\n\nMany.\n",
        ["en/blog/2020/envoy-news.md"] = "---\ntitle: Envoy news\ndate: 2020-02-01\ntags: [proxy]\nprojects: [envoy, linkerd]\n---\nNews. See [Envoy](/projects/envoy/#filters).\n",
        ["en/blog/2021/later.md"] = "---\ntitle: Later\ndate: 2021-02-01\ntags: [proxy, performance]\n---\nLater post.\n",
        ["zh/blog/2020/envoy-news.md"] = "---\ntitle: Envoy 新闻\n---\n新闻。\n",
        ["en/pages/about.md"] = "---\ntitle: About\n---\nAbout us.\n",
    });

    private readonly ContentLoadCache _cache = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Reloading_after_an_edit_parses_only_that_file_and_keeps_every_other_page_object()
    {
        var first = LoadCached(null);
        var edited = Edit("en/blog/2021/later.md", "---\ntitle: Later\ndate: 2021-02-01\ntags: [proxy, performance]\n---\nA rewritten post.\n");

        var second = LoadCached([edited]);

        Assert.Equal(1, _cache.LastParsed);
        Assert.True(_cache.LastScanReused);
        Assert.True(_cache.LastGraphReused);
        var changed = second.Content!.Pages.Where(p => !ReferenceEquals(p, first.Content!.Get(p.Language, p.Id))).Select(p => $"{p.Language}:{p.Id}");
        Assert.Equal(["en:blog/2021/later.md", "zh:blog/2021/later.md"], changed.Order(StringComparer.Ordinal));
        AssertSameAsFreshLoad(_site, second);
    }

    [Fact]
    public void Editing_a_translated_source_builds_the_source_and_its_translation_and_visits_no_other_file()
    {
        var first = LoadCached(null);
        var edited = Edit("en/blog/2020/envoy-news.md", "---\ntitle: Envoy news\ndate: 2020-02-01\ntags: [proxy]\nprojects: [envoy, linkerd]\n---\nNews, rewritten. See [Envoy](/projects/envoy/#filters).\n");

        var second = LoadCached([edited]);

        Assert.True(_cache.LastEditsOnly);
        Assert.Equal(1, _cache.LastParsed);
        var changed = second.Content!.Pages.Where(p => !ReferenceEquals(p, first.Content!.Get(p.Language, p.Id))).Select(p => $"{p.Language}:{p.Id}");
        Assert.Equal(["en:blog/2020/envoy-news.md", "zh:blog/2020/envoy-news.md"], changed.Order(StringComparer.Ordinal));
        AssertSameAsFreshLoad(_site, second);
    }

    [Theory]
    [InlineData("---\ntitle: Later\ndate: 2021-02-01\nslug: envoy-news\n---\nLater post.\n")]
    [InlineData("---\ntitle: Later\ndate: 2021-02-01\nauthors: [ann]\n---\nLater post.\n")]
    public void An_edit_that_adds_a_key_checked_against_the_other_files_is_reported_as_a_fresh_load_reports_it(string text)
    {
        _site.Write("en/blog/authors.yml", "ann:\n  name: Ann Lee\n");
        LoadCached(null);
        var edited = Edit("en/blog/2021/later.md", text);

        var second = LoadCached([edited]);

        Assert.Contains(second.Diagnostics, d => d.IsError && d.Path == "input/en/blog/2021/later.md");
        AssertSameAsFreshLoad(_site, second);
    }

    [Fact]
    public void Editing_a_translation_builds_only_that_page()
    {
        var first = LoadCached(null);

        var second = LoadCached([Edit("zh/blog/2020/envoy-news.md", "---\ntitle: Envoy 新闻（更新）\n---\n更新的新闻。\n")]);

        Assert.True(_cache.LastEditsOnly);
        var changed = second.Content!.Pages.Where(p => !ReferenceEquals(p, first.Content!.Get(p.Language, p.Id))).Select(p => $"{p.Language}:{p.Id}");
        Assert.Equal(["zh:blog/2020/envoy-news.md"], changed);
        AssertSameAsFreshLoad(_site, second);
    }

    [Fact]
    public void Warnings_an_edit_adds_and_removes_are_reported_as_a_fresh_load_reports_them()
    {
        LoadCached(null);
        var about = Edit("en/pages/about.md", "---\ntitle: About\nsumary: typo\n---\nAbout us.\n");

        var warned = LoadCached([about]);
        Assert.True(_cache.LastEditsOnly);
        Assert.Contains(warned.Diagnostics, d => d.Path.EndsWith("about.md", StringComparison.Ordinal));
        AssertSameAsFreshLoad(_site, warned);

        var fixedAbout = LoadCached([Edit("en/pages/about.md", "---\ntitle: About\n---\nAbout us.\n")]);
        Assert.True(_cache.LastEditsOnly);
        Assert.DoesNotContain(fixedAbout.Diagnostics, d => d.Path.EndsWith("about.md", StringComparison.Ordinal));
        AssertSameAsFreshLoad(_site, fixedAbout);
    }

    [Fact]
    public void An_edit_that_breaks_a_page_or_moves_it_in_the_graph_takes_the_full_load()
    {
        LoadCached(null);

        var broken = LoadCached([Edit("en/blog/2021/later.md", "---\ntitle: Later\ndate: not a date\n---\nBroken.\n")]);
        Assert.False(_cache.LastEditsOnly);
        AssertSameAsFreshLoad(_site, broken);

        LoadCached([Edit("en/blog/2021/later.md", "---\ntitle: Later\ndate: 2021-02-01\ntags: [proxy, performance]\n---\nLater post.\n")]);
        var retagged = LoadCached([Edit("en/blog/2021/later.md", "---\ntitle: Later\ndate: 2021-02-01\ntags: [proxy]\n---\nLater post.\n")]);
        Assert.False(_cache.LastEditsOnly);
        AssertSameAsFreshLoad(_site, retagged);
    }

    /// <summary>
    /// A session keeps only the front matter lines of the files it parsed: a page built again from a kept
    /// parse (a translation after its source changed, a source's facts quoted by its translation) must
    /// report what a fresh load reports, quoted lines included.
    /// </summary>
    [Fact]
    public void Pages_rebuilt_from_kept_parses_report_what_a_fresh_load_reports()
    {
        const string Translation = "zh/blog/2020/envoy-news.md";
        _site.Write(Translation, "---\ntitle: Envoy 新闻\ndate: 2020-02-01\ntags: [proxy]\n---\n新闻。\n");
        var first = LoadCached(null);
        Assert.Contains(first.Diagnostics, d => d.Path.EndsWith(Translation, StringComparison.Ordinal) && d.SourceLine is not null);

        var sourceEdited = LoadCached([Edit("en/blog/2020/envoy-news.md", "---\ntitle: Envoy news\ndate: 2020-02-01\ntags: [proxy]\nprojects: [envoy, linkerd]\n---\nNews, edited.\n")]);
        Assert.True(_cache.LastEditsOnly);
        AssertSameAsFreshLoad(_site, sourceEdited);

        var contradicted = LoadCached([Edit(Translation, "---\ntitle: Envoy 新闻\ndate: 2020-03-01\n---\n新闻。\n")]);
        Assert.Contains(contradicted.Diagnostics, d => d.IsError && d.Message.Contains("says `date: 2020-02-01`", StringComparison.Ordinal));
        AssertSameAsFreshLoad(_site, contradicted);
    }

    [Fact]
    public void Warnings_of_unchanged_files_are_reported_on_every_reload()
    {
        _site.Write("en/pages/about.md", "---\ntitle: About\nsumary: typo\n---\nAbout us.\n");
        var first = LoadCached(null);
        Assert.Contains(first.Diagnostics, d => d.Path.EndsWith("about.md", StringComparison.Ordinal));

        var second = LoadCached([Edit("en/blog/2021/later.md", "---\ntitle: Later\ndate: 2021-02-01\n---\nEdited.\n")]);

        Assert.Equal(first.Diagnostics.Where(d => d.Path.EndsWith("about.md", StringComparison.Ordinal)), second.Diagnostics.Where(d => d.Path.EndsWith("about.md", StringComparison.Ordinal)));
        AssertSameAsFreshLoad(_site, second);
    }

    /// <summary>
    /// Edits that keep the graph's shape (words, a post's title) and edits that change it (dates,
    /// tags, a project's category, a new translation, a deleted page, an error and its fix): after
    /// each, the cached load equals a fresh one, and every page the graph hands out is the current object.
    /// </summary>
    [Fact]
    public void Any_sequence_of_edits_gives_the_same_content_as_a_fresh_load()
    {
        LoadCached(null);
        (string Path, string? Text)[] edits =
        [
            ("en/blog/2020/envoy-news.md", "---\ntitle: Envoy news, retitled\ndate: 2020-02-01\ntags: [proxy]\nprojects: [envoy, linkerd]\n---\nNews. See [Envoy](/projects/envoy/#filters).\n"),
            ("en/projects/envoy.md", "---\ntitle: Envoy\nmaturity: graduated\ncategory: service-mesh\ngraduated: 2018-11-28\nsummary: Edge proxy.\n---\nEnvoy is a proxy.\n\n## Filters\n\nMany.\n"),
            ("en/blog/2021/later.md", "---\ntitle: Later\ndate: 2019-01-01\ntags: [proxy]\n---\nNow the oldest post.\n"),
            ("zh/blog/2021/later.md", "---\ntitle: 稍后\n---\n稍后的文章。\n"),
            ("en/blog/2020/envoy-news.md", "---\ntitle: Envoy news\ndate: 2020-02-01\ntags: [proxy, edge]\nprojects: [envoy]\n---\nNews.\n"),
            ("en/projects/envoy.md", "---\ntitle: Envoy\nmaturity: graduated\ncategory: no-such-category\ngraduated: 2018-11-28\n---\nBroken.\n"),
            ("en/projects/envoy.md", "---\ntitle: Envoy Proxy\nmaturity: graduated\ncategory: service-mesh\ngraduated: 2018-11-28\n---\nFixed.\n"),
            ("zh/blog/2020/envoy-news.md", null),
            ("en/pages/about.md", "---\ntitle: About\n---\nAbout us, again.\n"),
            ("en/blog/2021/later.md", null),
        ];

        var graphsReused = new List<bool>();
        foreach (var (path, text) in edits)
        {
            var changed = text is null ? Delete(path) : Edit(path, text);
            AssertSameAsFreshLoad(_site, LoadCached([changed]));
            graphsReused.Add(_cache.LastGraphReused);
        }

        // Words and a post title keep the graph; dates, tags, categories, new and deleted files rebuild it; after an error the next load rebuilds it too.
        Assert.Equal([true, true, false, false, false, false, false, false, true, false], graphsReused);
    }

    [Fact]
    public void A_changed_site_yml_reads_everything_again()
    {
        LoadCached(null);
        var siteYml = Path.Combine(_site.Input, "site.yml");
        File.WriteAllText(siteYml, TestSite.DefaultSiteYml.Replace("Cloud Native Knowledge Base", "CNCF KB", StringComparison.Ordinal));

        var reloaded = LoadCached([siteYml]);

        Assert.False(_cache.LastScanReused);
        Assert.Equal(reloaded.Content!.Pages.Count(p => !p.IsFallback), _cache.LastParsed);
        AssertSameAsFreshLoad(_site, reloaded);
    }

    private LoadResult LoadCached(IReadOnlyCollection<string>? changed) =>
        ContentLoader.Load(_site.Input, new ContentLoaderOptions { DisplayRoot = _site.Root, Cache = _cache, ChangedFiles = changed });

    private string Edit(string relative, string text)
    {
        _site.Write(relative, text);
        return Path.Combine(_site.Input, relative);
    }

    private string Delete(string relative)
    {
        var full = Path.Combine(_site.Input, relative);
        File.Delete(full);
        return full;
    }

    internal static void AssertSameAsFreshLoad(TestSite site, LoadResult cached)
    {
        var fresh = site.Load();
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(fresh.Content is null, cached.Content is null);
        if (fresh.Content is not null)
        {
            Assert.Equal(Describe(fresh.Content), Describe(cached.Content!));
            AssertGraphHoldsCurrentPages(cached.Content!);
        }
    }

    /// <summary>Every page reachable through the graph is the page of the content set, not an older object.</summary>
    private static void AssertGraphHoldsCurrentPages(ContentSet content)
    {
        void Current(Page? page)
        {
            if (page is not null)
            {
                Assert.Same(content.Get(page.Language, page.Id), page);
            }
        }

        var graph = content.Graph;
        foreach (var lg in graph.Languages)
        {
            foreach (var page in lg.Pages.Concat(lg.Posts).Concat(lg.Projects).Concat(lg.Categories).Concat(lg.Sigs).Concat(lg.FreePages).Concat(lg.GraduatedProjects))
            {
                Current(page);
                Assert.All(graph.Versions(page), Current);
            }

            foreach (var post in lg.Posts.Concat(lg.Tags.SelectMany(t => t.Posts)).Concat(lg.BlogPages.SelectMany(b => b.Posts)))
            {
                Current(post);
                Current(graph.Previous(post));
                Current(graph.Next(post));
                Assert.All(graph.ProjectsOf(post), Current);
            }

            foreach (var project in lg.Projects)
            {
                Current(graph.CategoryOf(project));
                Current(graph.SigOf(project));
                Assert.All(graph.PostsAbout(project), Current);
            }

            foreach (var category in lg.Categories)
            {
                Assert.All(graph.ProjectsByMaturity(category).SelectMany(g => g.Projects), Current);
            }

            foreach (var sig in lg.Sigs)
            {
                Assert.All(graph.ProjectsOf(sig), Current);
                Assert.All(graph.PostsOf(sig), Current);
            }

            Current(lg.Home);
        }
    }

    /// <summary>A canonical text of everything a content set says, to compare two loads.</summary>
    private static string Describe(ContentSet content)
    {
        var text = new StringBuilder();
        foreach (var page in content.Pages)
        {
            text.AppendLine($"page {page.Language}:{page.Id} {page.Kind} {page.Url} {page.TranslationState} '{page.Title}' '{page.Summary}' {page.SourceHash} {page.BodyStartLine} {page.Body.GetHashCode(StringComparison.Ordinal)}");
        }

        var graph = content.Graph;
        string Ids(IEnumerable<Page?> pages) => string.Join(",", pages.Select(p => p is null ? "-" : $"{p.Language}:{p.Id}"));
        foreach (var page in content.Pages)
        {
            // Lookups answer with the current objects (ids and identity), also on a set made by swapping pages in.
            text.AppendLine($"lookup {page.Url} {Ids([content.ByUrl(page.Url)])} {ReferenceEquals(content.Get(page.Language, page.Id), page)} {ReferenceEquals(content.ByUrl(page.Url), page) || page.IsFallback}");
        }

        foreach (var language in content.Config.Languages)
        {
            text.AppendLine($"in {language.Code} {Ids(content.PagesIn(language.Code))} {content.PagesIn(language.Code).All(p => ReferenceEquals(content.Get(p.Language, p.Id), p))}");
        }

        foreach (var lg in graph.Languages)
        {
            text.AppendLine($"{lg.Language.Code} home {lg.Home?.Id}");
            foreach (var term in lg.Terms)
            {
                text.AppendLine($"term {term.Id} named by {Ids(graph.ReferencesTo(term))} tags {string.Join(",", graph.TagsOf(term).Select(t => t.Slug))}");
            }

            text.AppendLine($"posts {Ids(lg.Posts)}");
            text.AppendLine($"projects {Ids(lg.Projects)}; graduated {Ids(lg.GraduatedProjects)}");
            text.AppendLine($"categories {Ids(lg.Categories)}; sigs {Ids(lg.Sigs)}; free {Ids(lg.FreePages)}");
            foreach (var tag in lg.Tags)
            {
                text.AppendLine($"tag {tag.Slug} '{tag.Name}' {tag.Url} {Ids(tag.Posts)}");
            }

            foreach (var list in lg.BlogPages)
            {
                text.AppendLine($"blog {list.Number}/{list.TotalPages} {list.Url} {list.PreviousUrl} {list.NextUrl} {Ids(list.Posts)}");
            }

            foreach (var post in lg.Posts)
            {
                text.AppendLine($"post {post.Id} prev {Ids([graph.Previous(post)])} next {Ids([graph.Next(post)])} projects {Ids(graph.ProjectsOf(post))} tags {string.Join(",", graph.TagsOf(post).Select(t => t.Slug))}");
            }

            foreach (var project in lg.Projects)
            {
                text.AppendLine($"project {project.Id} {Ids([graph.CategoryOf(project), graph.SigOf(project)])} posts {Ids(graph.PostsAbout(project))}");
            }

            foreach (var category in lg.Categories)
            {
                text.AppendLine($"category {category.Id} {string.Join(";", graph.ProjectsByMaturity(category).Select(g => g.Slug + ":" + Ids(g.Projects)))}");
            }

            foreach (var sig in lg.Sigs)
            {
                text.AppendLine($"sig {sig.Id} {Ids(graph.ProjectsOf(sig))} {Ids(graph.PostsOf(sig))}");
            }

            foreach (var page in lg.Pages)
            {
                text.AppendLine($"versions {page.Id} {Ids(graph.Versions(page))}");
            }
        }

        text.AppendLine("urls " + string.Join(",", content.OutputUrls.Order(StringComparer.Ordinal)));
        text.AppendLine("drafts " + string.Join(",", content.DraftIds));
        text.AppendLine("orphans " + string.Join(",", content.Orphans.Select(o => o.Language + ":" + o.Id)));
        foreach (var report in content.TranslationReports)
        {
            text.AppendLine($"report {report.Language} {report.SourcePages} {report.Translated} {report.UpToDate} {report.Outdated} [{string.Join(",", report.FallbackIds)}] [{string.Join(",", report.OutdatedIds)}]");
        }

        return text.ToString();
    }
}
