using Site.Pipeline.Build;

namespace Site.Pipeline.Tests.Build;

public sealed class SiteBuildSessionTests : IDisposable
{
    private readonly SessionSite _site = new();
    private readonly SiteBuildSession _session;

    public SiteBuildSessionTests()
    {
        _session = new SiteBuildSession(_site.Options);
    }

    public void Dispose()
    {
        _session.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_sessions_first_build_with_every_model_up_front_writes_what_a_one_shot_build_writes_building_models_as_pages_render()
    {
        await BuildAsync();

        await AssertSameAsFullBuildAsync();
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"zh", File.ReadAllText(Output("sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_without_changes_renders_and_writes_nothing()
    {
        await BuildAsync();

        var report = await _session.RebuildAsync([_site.SourceFile(SessionSite.EditedPost)]);

        Assert.True(report.Succeeded);
        Assert.Equal(0, report.Incremental!.MarkdownRendered);
        Assert.Empty(report.Incremental.PagesRendered);
        Assert.Empty(report.Incremental.FilesWritten);
    }

    [Fact]
    public async Task Editing_a_later_paragraph_of_a_post_re_renders_only_the_post_and_its_fallback()
    {
        await BuildAsync();
        var untouched = File.GetLastWriteTimeUtc(Output("blog/index.html"));

        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "Opening paragraph of post 5.", "A rewritten second paragraph."));
        var report = await RebuildAsync(SessionSite.EditedPost);

        Assert.Equal(1, report.Incremental!.MarkdownRendered);
        Assert.Equal(1, report.Incremental.FilesParsed);
        Assert.Equal(["blog/2021/post-05/index.html", "zh/blog/2021/post-05/index.html"], report.Incremental.PagesRendered);
        Assert.Contains("A rewritten second paragraph.", File.ReadAllText(Output("zh/blog/2021/post-05/index.html")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Output("blog/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Renaming_a_post_re_renders_its_neighbours_lists_and_tag_pages_and_nothing_else()
    {
        await BuildAsync();

        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "A renamed fifth post", "Opening paragraph of post 5.", "Second paragraph of post 5."));
        var report = await RebuildAsync(SessionSite.EditedPost);

        string[] expected =
        [
            "blog/2021/post-04/index.html", "blog/2021/post-05/index.html", "blog/2021/post-06/index.html",
            "blog/page/2/index.html",
            "status/translations/index.html", // the translation status table lists every page by title
            "tags/edge/index.html",
            "zh/blog/2021/post-04/index.html", "zh/blog/2021/post-05/index.html", "zh/blog/2021/post-06/index.html",
            "zh/blog/page/2/index.html", "zh/status/translations/index.html", "zh/tags/edge/index.html",
        ];
        Assert.Equal(expected, report.Incremental!.PagesRendered);
        Assert.Contains("feed.xml", report.Incremental.FilesWritten);
        Assert.Contains("A renamed fifth post", File.ReadAllText(Output("blog/2021/post-06/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Editing_a_layout_re_renders_exactly_the_pages_that_use_it()
    {
        var build = await BuildAsync();
        var tagPages = Directory.EnumerateFiles(_site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Where(f => f.StartsWith("tags/", StringComparison.Ordinal) || f.StartsWith("zh/tags/", StringComparison.Ordinal))
            .Where(f => f.Count(c => c == '/') == (f.StartsWith("zh/", StringComparison.Ordinal) ? 3 : 2))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(tagPages);

        var layout = Path.Combine(_site.Theme, "layouts", "tag.scriban");
        File.AppendAllText(layout, "<!-- tag layout edited -->\n");
        var report = await _session.RebuildAsync([layout]);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(0, report.Incremental!.MarkdownRendered);
        Assert.Equal(tagPages, report.Incremental.PagesRendered);
        Assert.Contains("tag layout edited", File.ReadAllText(Output(tagPages[0])));
        Assert.True(build.TotalPages > tagPages.Count * 3);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Editing_a_partial_re_renders_only_the_pages_that_included_it()
    {
        await BuildAsync();

        var partial = Path.Combine(_site.Theme, "partials", "toc.scriban");
        File.AppendAllText(partial, "<!-- toc edited -->\n");
        var report = await _session.RebuildAsync([partial]);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.NotEmpty(report.Incremental!.PagesRendered);
        Assert.All(report.Incremental.PagesRendered, page => Assert.Contains("toc edited", File.ReadAllText(Output(page))));
        Assert.DoesNotContain("tags/edge/index.html", report.Incremental.PagesRendered);
        // Pages that were not rendered again must already be right: the whole tree equals a fresh build.
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Editing_a_component_template_or_label_re_renders_only_the_bodies_that_call_components()
    {
        _site.Write("input/en/pages/about.md", "---\ntitle: About\n---\nAbout this site.\n\n{{< note >}}\nRead this.\n{{< /note >}}\n");
        await BuildAsync();

        var template = Path.Combine(_site.Theme, "shortcodes", "note.scriban");
        File.WriteAllText(template, File.ReadAllText(template).Replace("callout-note", "callout-note callout-edited", StringComparison.Ordinal));
        var report = await _session.RebuildAsync([template]);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(1, report.Incremental!.MarkdownRendered);
        Assert.Contains("callout-edited", File.ReadAllText(Output("pages/about/index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Incremental.PagesRendered, p => p.StartsWith("blog/", StringComparison.Ordinal));

        var zh = Path.Combine(_site.Translations, "zh.yml");
        File.WriteAllText(zh, File.ReadAllText(zh).Replace("note: 注意", "note: 请注意", StringComparison.Ordinal));
        report = await _session.RebuildAsync([zh]);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(1, report.Incremental!.MarkdownRendered);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Changing_a_chinese_ui_string_re_renders_every_chinese_page_and_no_english_one()
    {
        var build = await BuildAsync();

        var strings = Path.Combine(_site.Translations, "zh.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("feed: RSS 订阅", "feed: RSS 订阅源", StringComparison.Ordinal));
        var report = await _session.RebuildAsync([strings]);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(0, report.Incremental!.MarkdownRendered);
        Assert.All(report.Incremental.PagesRendered, page => Assert.StartsWith("zh/", page, StringComparison.Ordinal));
        Assert.Equal(build.Languages.Single(l => l.Code == "zh").Pages, report.Incremental.PagesRendered.Count);
        await AssertSameAsFullBuildAsync();
    }

    /// <summary>
    /// A rebuild of page edits takes over the list cards (<c>include_cached</c>) the last run rendered; none may be
    /// stale: not after the card template changed, nor a UI string the card shows, nor the post's title or date.
    /// </summary>
    [Fact]
    public async Task Page_edits_after_a_card_template_or_ui_string_change_show_no_stale_card()
    {
        await BuildAsync();
        var card = Path.Combine(_site.Theme, "partials", "post_card.scriban");
        var strings = Path.Combine(_site.Translations, "zh.yml");
        var tagPage = Output("zh/tags/performance/index.html");

        // Cards are kept: a text edit of post 7 renders the tag page again with every other card as it was.
        _site.Write("input/en/blog/2021/post-07.md", SessionSite.Post(7, "Post number 7", "Opening one.", "Second."));
        Assert.True((await RebuildAsync("input/en/blog/2021/post-07.md")).Succeeded);
        await AssertSameAsFullBuildAsync();

        File.WriteAllText(card, File.ReadAllText(card).Replace("class=\"card post-card\"", "class=\"card post-card edited\"", StringComparison.Ordinal));
        Assert.True((await _session.RebuildAsync([card])).Succeeded);
        _site.Write("input/en/blog/2021/post-08.md", SessionSite.Post(8, "Post number 8 renamed", "Opening two.", "Second."));
        Assert.True((await RebuildAsync("input/en/blog/2021/post-08.md")).Succeeded);
        Assert.DoesNotContain("class=\"card post-card\"", File.ReadAllText(tagPage));
        await AssertSameAsFullBuildAsync();

        // The card shows the language's name of a fallback's content language (a UI string).
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("lang_names:\n  en: 英文\n", "lang_names:\n  en: 英文版\n", StringComparison.Ordinal));
        Assert.True((await _session.RebuildAsync([strings])).Succeeded);
        _site.Write("input/en/blog/2021/post-09.md", SessionSite.Post(9, "Post number 9", "Opening three.", "Second.").Replace("date: 2021-03-09", "date: 2021-03-19T08:00:00Z", StringComparison.Ordinal));
        Assert.True((await RebuildAsync("input/en/blog/2021/post-09.md")).Succeeded);
        Assert.Contains("英文版", File.ReadAllText(tagPage));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task The_warm_up_after_the_first_build_writes_nothing_and_the_next_edits_match_a_full_build()
    {
        using var session = new SiteBuildSession(_site.Options) { WarmUp = true };
        Assert.True((await session.BuildAsync()).Succeeded);
        var stamps = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        await session.BackgroundWork;

        Assert.All(stamps, stamp => Assert.Equal(stamp.Value, File.GetLastWriteTimeUtc(stamp.Key)));
        Assert.Equal(stamps.Count, Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).Count());
        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "A new opening for post 5.", "Second paragraph of post 5."));
        var report = await session.RebuildAsync([_site.SourceFile(SessionSite.EditedPost)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains("blog/2021/post-05/index.html", report.Incremental!.FilesWritten);
        await session.BackgroundWork;
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task An_edit_right_after_the_first_build_waits_for_or_cancels_the_warm_up_and_matches_a_full_build()
    {
        using var session = new SiteBuildSession(_site.Options) { WarmUp = true };
        Assert.True((await session.BuildAsync()).Succeeded);

        // No wait for the warm-up: the rebuild cancels it, or waits for its end.
        _site.Write("input/en/blog/2021/post-25.md", SessionSite.Post(25, "Post number 25", "Edited at once.", "Second paragraph of post 25."));
        var report = await session.RebuildAsync([_site.SourceFile("input/en/blog/2021/post-25.md")]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        await session.BackgroundWork;
        Assert.Contains("Edited at once.", File.ReadAllText(Output("blog/2021/post-25/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_page_edit_still_reports_the_warnings_of_the_ui_strings_it_reuses()
    {
        await BuildAsync();
        var strings = Path.Combine(_site.Translations, "zh.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("  feed: RSS 订阅\n", string.Empty, StringComparison.Ordinal));
        var warned = await _session.RebuildAsync([strings]);
        var warnings = warned.Diagnostics.Where(d => d.Message.Contains("is missing (present in en.yml)", StringComparison.Ordinal)).ToList();
        Assert.Single(warnings);

        // The strings are reused from the last run now; their warning must not vanish with the reading.
        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "A new opening.", "Second paragraph of post 5."));
        var edited = await RebuildAsync(SessionSite.EditedPost);

        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        Assert.Equal(warnings, edited.Diagnostics.Where(d => d.Message.Contains("is missing (present in en.yml)", StringComparison.Ordinal)));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Editing_tag_labels_relabels_the_chinese_tag_pages_and_matches_a_full_build()
    {
        await BuildAsync();

        // Only translations/tags.yml changes: the content must still be reloaded, since tag labels are part of it.
        var labels = Path.Combine(_site.Translations, "tags.yml");
        File.WriteAllText(labels, "performance:\n  en: Performance\n  zh: 性能\n");
        var report = await _session.RebuildAsync([labels]);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains("性能", File.ReadAllText(Path.Combine(_site.Output, "zh", "tags", "performance", "index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_new_body_link_to_a_glossary_term_lists_the_page_on_the_term_and_matches_a_full_build()
    {
        _site.Write("input/en/glossary/service-mesh.md", "---\ntitle: Service mesh\ncategory: technology\n---\nA mesh.\n");
        await BuildAsync();
        Assert.DoesNotContain("Post number 5", File.ReadAllText(Output("glossary/service-mesh/index.html")), StringComparison.Ordinal);

        // Only the post's body changes; the term page did not read the post before, and must now list it.
        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "Opening paragraph of post 5.", "About the [service mesh](/glossary/service-mesh/)."));
        await RebuildAsync(SessionSite.EditedPost);

        Assert.Contains("Post number 5", File.ReadAllText(Output("glossary/service-mesh/index.html")), StringComparison.Ordinal);
        Assert.Contains("Post number 5", File.ReadAllText(Output("zh/glossary/service-mesh/index.html")), StringComparison.Ordinal);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_new_post_appears_in_its_lists_and_matches_a_full_build()
    {
        await BuildAsync();

        _site.Write("input/en/blog/2021/post-26.md", SessionSite.Post(26, "The newest post", "Brand new opening.", "More."));
        var report = await RebuildAsync("input/en/blog/2021/post-26.md");

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(1, report.Incremental!.MarkdownRendered);
        Assert.Contains("blog/2021/post-26/index.html", report.Incremental.PagesRendered);
        Assert.Contains("zh/blog/2021/post-26/index.html", report.Incremental.PagesRendered);
        Assert.Contains("index.html", report.Incremental.PagesRendered);
        Assert.Contains("Brand new opening.", File.ReadAllText(Output("blog/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    /// <summary>
    /// A new post builds every model again, and the lists that show it are rendered again: their cards of the
    /// other posts come from the last run's results (same theme, items alike), so the cache keeps its results
    /// and gains only the new post's cards.
    /// </summary>
    [Fact]
    public async Task A_new_post_renders_its_own_cards_and_reuses_the_others_of_the_last_run()
    {
        await BuildAsync();
        var cache = _session.Caches.Includes!.Value.Cache;
        var kept = cache.Count;

        _site.Write("input/en/blog/2021/post-26.md", SessionSite.Post(26, "The newest post", "Brand new opening.", "More."));
        var report = await RebuildAsync("input/en/blog/2021/post-26.md");

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains("tags/performance/index.html", report.Incremental!.PagesRendered);
        Assert.Same(cache, _session.Caches.Includes!.Value.Cache);
        Assert.InRange(cache.Count - kept, 1, 4); // its card in each language, and its reading time if no other post has it
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Deleting_a_post_removes_its_pages_and_matches_a_full_build()
    {
        await BuildAsync();

        _site.Delete(SessionSite.EditedPost);
        var report = await RebuildAsync(SessionSite.EditedPost);

        Assert.Contains("blog/2021/post-05/index.html", report.Incremental!.FilesDeleted);
        Assert.Contains("zh/tags/edge/index.html", report.Incremental.FilesDeleted);
        Assert.False(File.Exists(Output("blog/2021/post-05/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_rebuild_with_errors_writes_nothing_and_the_next_good_one_catches_up()
    {
        await BuildAsync();
        var before = Snapshot(_site.Output);

        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "See [nowhere](/projects/no-such-project/).", "Second."));
        var failed = await RebuildAsync(SessionSite.EditedPost);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.IsError && d.Path.EndsWith("post-05.md", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(_site.Output));

        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "Fixed opening.", "Second."));
        var fixedReport = await RebuildAsync(SessionSite.EditedPost);

        Assert.True(fixedReport.Succeeded, string.Join("\n", fixedReport.Diagnostics));
        Assert.Contains("blog/2021/post-05/index.html", fixedReport.Incremental!.PagesRendered);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Changes_outside_the_sources_are_ignored()
    {
        await BuildAsync();

        var report = await _session.RebuildAsync([Path.Combine(Path.GetTempPath(), "unrelated.txt")]);

        Assert.True(report.Succeeded);
        Assert.Empty(report.Incremental!.PagesRendered);
        Assert.Equal(0, report.Incremental.MarkdownRendered);
    }

    [Fact]
    public async Task Editing_a_post_builds_only_the_models_of_the_pages_that_show_it()
    {
        var build = await BuildAsync();

        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "A new opening for post 5.", "Second paragraph of post 5."));
        var report = await RebuildAsync(SessionSite.EditedPost);

        // Post 5 itself, its neighbours (prev/next links), its blog list page, its tag page, and the
        // translation status pages, in both languages: a few of the site's pages, not all of them.
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.InRange(report.Incremental!.PageModelsBuilt, 8, 16);
        Assert.True(build.TotalPages > 4 * report.Incremental.PageModelsBuilt);
        Assert.Contains("A new opening for post 5.", File.ReadAllText(Output("blog/page/2/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Moving_a_post_to_another_date_reorders_the_lists_and_matches_a_full_build()
    {
        var build = await BuildAsync();

        // Post 5 becomes the newest post: it moves from the second blog page to the first (post 6 the other
        // way), every post it passes has new neighbours, and the home page lists it. Only the models of the
        // outputs that show a post between its old and new places are built, not every page's.
        _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "Opening paragraph of post 5.", "Second paragraph of post 5.").Replace("date: 2021-03-05", "date: 2021-04-30", StringComparison.Ordinal));
        var report = await RebuildAsync(SessionSite.EditedPost);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.InRange(report.Incremental!.PageModelsBuilt, 1, build.TotalPages - 1);
        Assert.Contains("post-05", File.ReadAllText(Output("index.html")));
        Assert.Contains("post-05", File.ReadAllText(Output("blog/index.html")));
        Assert.Contains("post-06", File.ReadAllText(Output("blog/page/2/index.html")));
        await AssertSameAsFullBuildAsync();

        // And back, then again a step at a time: each rebuild starts from the record the last one left.
        foreach (var date in new[] { "2021-03-05", "2021-03-15", "2021-03-15T12:00:00Z", "2021-02-28" })
        {
            _site.Write(SessionSite.EditedPost, SessionSite.Post(5, "Post number 5", "Opening paragraph of post 5.", "Second paragraph of post 5.").Replace("date: 2021-03-05", "date: " + date, StringComparison.Ordinal));
            report = await RebuildAsync(SessionSite.EditedPost);
            Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
            Assert.InRange(report.Incremental!.PageModelsBuilt, 1, build.TotalPages - 1);
            await AssertSameAsFullBuildAsync();
        }
    }

    [Fact]
    public async Task Moving_a_post_into_another_year_updates_its_dates_everywhere_and_matches_a_full_build()
    {
        var build = await BuildAsync();

        // The oldest post of 2021 becomes the last of 2020, and then the newest of 2022; its text edited on the way.
        _site.Write("input/en/blog/2021/post-01.md", SessionSite.Post(1, "Post number 1", "Opening paragraph of post 1.", "Second paragraph of post 1.").Replace("date: 2021-03-01", "date: 2020-12-31", StringComparison.Ordinal));
        var report = await RebuildAsync("input/en/blog/2021/post-01.md");
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.InRange(report.Incremental!.PageModelsBuilt, 1, build.TotalPages - 1);
        Assert.Contains("2020-12-31", File.ReadAllText(Output("blog/2021/post-01/index.html")));
        await AssertSameAsFullBuildAsync();

        _site.Write("input/en/blog/2021/post-01.md", SessionSite.Post(1, "Post number 1", "A new opening of post 1.", "Second paragraph of post 1.").Replace("date: 2021-03-01", "date: 2022-01-02", StringComparison.Ordinal));
        report = await RebuildAsync("input/en/blog/2021/post-01.md");
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains("A new opening of post 1.", File.ReadAllText(Output("index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_post_moved_to_the_newest_becomes_a_related_post_of_posts_that_do_not_list_it_and_matches_a_full_build()
    {
        await BuildAsync();
        var before = File.ReadAllText(Output("blog/2021/post-01/index.html"));
        Assert.DoesNotContain("/blog/2021/post-04/", before);

        // Post 1 lists posts 2 and 3 (same project) and then the newest post of its tag: post 4 once it is the newest.
        // Post 1 shows no post between post 4's old and new places, and did not read post 4 before.
        _site.Write("input/en/blog/2021/post-04.md", SessionSite.Post(4, "Post number 4", "Opening paragraph of post 4.", "Second paragraph of post 4.").Replace("date: 2021-03-04", "date: 2021-05-01", StringComparison.Ordinal));
        var report = await RebuildAsync("input/en/blog/2021/post-04.md");

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains("blog/2021/post-01/index.html", report.Incremental!.PagesRendered);
        Assert.Contains("/blog/2021/post-04/", File.ReadAllText(Output("blog/2021/post-01/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    /// <summary>
    /// Each date edit finds the related posts of a few posts again and reads the others through the runs before
    /// it; after a few runs those are merged. Post 4 goes in and out of post 1's related posts.
    /// </summary>
    [Fact]
    public async Task Related_posts_stay_right_over_many_date_edits_in_a_row()
    {
        await BuildAsync();
        var listedUnderPost1 = new List<bool>();

        foreach (var date in new[] { "2021-05-01", "2021-03-04", "2021-05-02", "2021-03-03T12:00:00Z", "2021-06-01", "2021-01-01", "2021-05-03" })
        {
            _site.Write("input/en/blog/2021/post-04.md", SessionSite.Post(4, "Post number 4", "Opening paragraph of post 4.", "Second paragraph of post 4.").Replace("date: 2021-03-04", "date: " + date, StringComparison.Ordinal));
            var report = await RebuildAsync("input/en/blog/2021/post-04.md");
            Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
            listedUnderPost1.Add(File.ReadAllText(Output("blog/2021/post-01/index.html")).Contains("/blog/2021/post-04/", StringComparison.Ordinal));
            await AssertSameAsFullBuildAsync();
        }

        // The edits do change post 1's related posts, back and forth.
        Assert.Equal([true, false, true, false], listedUnderPost1.Take(4));
    }

    [Fact]
    public async Task Moving_a_post_that_names_a_glossary_term_reorders_the_term_page_without_building_every_model()
    {
        // Posts 4 and 7 name the term in their front matter: the term page lists them newest first.
        _site.Write("input/en/glossary/service-mesh.md", "---\ntitle: Service mesh\ncategory: technology\n---\nA mesh.\n");
        foreach (var number in new[] { 4, 7 })
        {
            _site.Write($"input/en/blog/2021/post-{number:D2}.md", SessionSite.Post(number, $"Post number {number}", $"Opening paragraph of post {number}.", "Second.").Replace("---\nOpening", "glossary: [service-mesh]\n---\nOpening", StringComparison.Ordinal));
        }

        var build = await BuildAsync();
        var term = File.ReadAllText(Output("glossary/service-mesh/index.html"));
        Assert.True(term.IndexOf("/blog/2021/post-07/", StringComparison.Ordinal) < term.IndexOf("/blog/2021/post-04/", StringComparison.Ordinal));

        _site.Write("input/en/blog/2021/post-04.md", SessionSite.Post(4, "Post number 4", "Opening paragraph of post 4.", "Second.").Replace("---\nOpening", "glossary: [service-mesh]\n---\nOpening", StringComparison.Ordinal).Replace("date: 2021-03-04", "date: 2021-03-08", StringComparison.Ordinal));
        var report = await RebuildAsync("input/en/blog/2021/post-04.md");

        // It passes posts 5 to 7: the outputs showing those four posts get new models, not every page.
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.InRange(report.Incremental!.PageModelsBuilt, 1, build.TotalPages / 3);
        term = File.ReadAllText(Output("glossary/service-mesh/index.html"));
        Assert.True(term.IndexOf("/blog/2021/post-04/", StringComparison.Ordinal) < term.IndexOf("/blog/2021/post-07/", StringComparison.Ordinal));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Editing_a_project_summary_updates_every_list_that_shows_the_project()
    {
        await BuildAsync();

        var project = "input/en/projects/linkerd.md";
        _site.Write(project, File.ReadAllText(_site.SourceFile(project)).Replace("graduated: 2021-07-28\n", "graduated: 2021-07-28\nsummary: An ultralight mesh.\n", StringComparison.Ordinal));
        var report = await RebuildAsync(project);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        foreach (var page in new[] { "categories/service-mesh/index.html", "projects/index.html", "sigs/tag-network/index.html" })
        {
            Assert.Contains("An ultralight mesh.", File.ReadAllText(Output(page)));
        }

        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Renaming_a_folder_of_posts_reads_every_file_again_and_matches_a_full_build()
    {
        await BuildAsync();

        // The watcher reports folders, not the files in them: no file's earlier parse may be trusted.
        string[] moved = ["input/en/blog/2021", "input/en/blog/2020", "input/zh/blog/2021", "input/zh/blog/2020"];
        Directory.Move(_site.SourceFile(moved[0]), _site.SourceFile(moved[1]));
        Directory.Move(_site.SourceFile(moved[2]), _site.SourceFile(moved[3]));
        var report = await _session.RebuildAsync(moved.Select(_site.SourceFile).ToList());

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var pageFiles = Directory.EnumerateFiles(_site.SourceFile("input"), "*.md", SearchOption.AllDirectories).Count();
        Assert.Equal(pageFiles, report.Incremental!.FilesParsed);
        Assert.Contains("blog/2021/post-05/index.html", report.Incremental.FilesDeleted);
        Assert.True(File.Exists(Output("blog/2020/post-05/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    /// <summary>
    /// The dependency record must never miss a page: after every edit of a random sequence (words,
    /// titles, summaries, dates, tags, translations, a heading other pages link to), the session's
    /// output equals a fresh full build byte for byte.
    /// </summary>
    [Fact]
    public async Task Any_sequence_of_page_edits_leaves_the_output_equal_to_a_full_build()
    {
        var build = await BuildAsync();
        var partialRebuilds = 0;
        var random = new Random(20261121);
        var edits = new (string File, Func<int, string> Text)[]
        {
            ("input/en/blog/2021/post-07.md", n => SessionSite.Post(7, "Post number 7", $"Opening {n}.", "Second.")),
            ("input/en/blog/2021/post-10.md", n => SessionSite.Post(10, $"Title {n} of post 10", "Opening paragraph of post 10.", "Second.")),
            ("input/en/blog/2021/post-02.md", n => SessionSite.Post(2, "Post number 2", "Opening.", "Second.").Replace("tags: [Performance]", n % 2 == 0 ? "tags: [Performance, Edge]" : "tags: [Performance]", StringComparison.Ordinal)),
            ("input/en/blog/2021/post-12.md", n => SessionSite.Post(12, "Post number 12", "Opening.", "Second.").Replace("date: 2021-03-12", $"date: 2021-0{1 + (n % 5)}-12", StringComparison.Ordinal)),
            ("input/zh/blog/2021/post-10.md", n => $"---\ntitle: 第十篇 {n}\n---\n第十篇的正文 {n}。\n"),
            ("input/en/projects/linkerd.md", n => $"---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\nsig: tag-network\naccepted: 2017-01-23\ngraduated: 2021-07-28\nsummary: Summary {n}.\n---\nLinkerd is a service mesh.\n\n## {(n % 2 == 0 ? "Architecture" : "Design")}\n\nProxies.\n"),
            ("input/zh/projects/linkerd.md", n => $"---\ntitle: Linkerd\n---\nLinkerd 是一个服务网格 {n}。\n"),
            ("input/en/sigs/tag-network.md", n => $"---\ntitle: TAG Network\nkind: tag\nchairs: [Ada, Chair {n}]\n---\nThe network TAG, edit {n}.\n"),
            ("input/en/categories/service-mesh.md", n => $"---\ntitle: Service Mesh\norder: 1\n---\nMeshes, edit {n}.\n"),
            ("input/en/_index.md", n => $"---\ntitle: Test KB\n---\nWelcome {n}. Start with [Linkerd](/projects/linkerd/).\n"),
        };

        for (var step = 0; step < 12; step++)
        {
            var (file, text) = edits[random.Next(edits.Length)];
            _site.Write(file, text(step));
            var report = await RebuildAsync(file);
            Assert.True(report.Succeeded, $"step {step} ({file}): " + string.Join("\n", report.Diagnostics));
            partialRebuilds += report.Incremental!.PageModelsBuilt < build.TotalPages ? 1 : 0;
            await AssertSameAsFullBuildAsync();
        }

        // Most of these edits keep the site's shape: they must take the partial path the test is about.
        Assert.InRange(partialRebuilds, 6, 12);
    }

    private async Task<BuildReport> BuildAsync()
    {
        var report = await _session.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return report;
    }

    private async Task<BuildReport> RebuildAsync(string relative)
    {
        var report = await _session.RebuildAsync([_site.SourceFile(relative)]);
        Assert.NotNull(report.Incremental);
        return report;
    }

    private string Output(string relative) => Path.Combine([_site.Output, .. relative.Split('/')]);

    /// <summary>The session's output (after its background refresh) must be byte for byte what a full build makes.</summary>
    private async Task AssertSameAsFullBuildAsync()
    {
        await _session.BackgroundWork;
        var reference = await _site.FullBuildAsync();
        var expected = Snapshot(reference);
        var actual = Snapshot(_site.Output);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in expected)
        {
            Assert.True(text == actual[path], $"{path} differs from a full build");
        }
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
