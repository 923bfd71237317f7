using System.Text.Json;
using Microsoft.Playwright;
using Site.Tests.Cli;

namespace Site.Tests.Browser;

/// <summary>
/// Reading the sample site in Chromium: code blocks (copy button, keyboard, announcement), the side
/// table of contents, the colour-scheme button, the mobile header, the footer on short pages,
/// Chinese typography, scrollable tables, and what the head gives link previews and search engines.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string CodePost = "blog/2026/welcome-to-the-knowledge-base/";
    private const string TablePost = "blog/2026/kubernetes-sigs-and-keps/";
    private const string TocPost = "blog/2019/linkerd-benchmarks/";

    private IPage? _page;

    public Task InitializeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task Copy_button_works_from_the_keyboard_and_announces_success()
    {
        var page = await OpenAsync(CodePost, 1366, 900);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var button = page.Locator(".code-block .copy-button").First;
        await button.FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#code-status")).ToHaveTextAsync("Code copied to the clipboard");
        await Expect(button).ToHaveTextAsync("Copied");
        var clipboard = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.StartsWith("---\ntitle: Envoy\nmaturity: graduated", clipboard);
        Assert.Equal(await page.Locator(".code-block code").First.InnerTextAsync(), clipboard + "\n");
    }

    [BrowserFact]
    public async Task Code_blocks_are_highlighted_focusable_and_named_in_the_readers_language()
    {
        var page = await OpenAsync("zh/" + CodePost, 1366, 900);
        var pre = page.Locator(".code-block pre").First;

        Assert.True(await page.Locator(".code-block .hl-p").CountAsync() > 0, "YAML keys have a class");
        await pre.FocusAsync();
        Assert.Equal("0", await pre.GetAttributeAsync("tabindex"));
        Assert.Equal("代码示例", await page.EvaluateAsync<string>("document.getElementById(document.activeElement.getAttribute('aria-labelledby')).textContent"));
        var sizes = await page.EvaluateAsync<double[]>("[parseFloat(getComputedStyle(document.querySelector('.code-block pre')).fontSize), parseFloat(getComputedStyle(document.querySelector('.code-block code')).fontSize)]");
        Assert.Equal(sizes[0], sizes[1]); // 0.9em once, not twice
    }

    [BrowserFact]
    public async Task Side_table_of_contents_is_sticky_on_wide_screens_and_marks_the_section_being_read()
    {
        var page = await OpenAsync(TocPost, 1366, 900);
        var toc = page.Locator(".toc");
        Assert.Equal("sticky", await toc.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        var tocBox = (await toc.BoundingBoxAsync())!;
        var proseBox = (await page.Locator(".prose").BoundingBoxAsync())!;
        Assert.True(tocBox.X > proseBox.X + proseBox.Width, "the table of contents is beside the text");

        var last = await page.Locator(".toc a").Last.GetAttributeAsync("href");
        await page.Locator(last!).ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("window.scrollTo(0, document.documentElement.scrollHeight)");

        await Expect(page.Locator(".toc a[aria-current='location']")).ToHaveAttributeAsync("href", last!);
        Assert.Equal(1, await page.Locator(".toc a[aria-current]").CountAsync());
        Assert.True((await toc.BoundingBoxAsync())!.Y >= 0, "the table of contents follows the reader down");
    }

    [BrowserTheory]
    [InlineData("at-600-requests-per-second")]
    [InlineData("每秒-600-个请求时")] // the anchor GitHub gives the Chinese heading, as a link copied from a README has it
    public async Task A_link_to_a_section_lands_on_it_when_the_page_opens_without_scrolling_through_the_page(string fragment)
    {
        var page = await OpenAsync("zh/" + TocPost + "#" + Uri.EscapeDataString(fragment), 1366, 600);

        // Read once the page is complete: a smooth scroll would still be on its way from the top.
        var top = await page.EvaluateAsync<double>("document.getElementById('at-600-requests-per-second').getBoundingClientRect().top");
        Assert.InRange(top, 0, 40);
    }

    [BrowserFact]
    public async Task Scrolling_turns_smooth_with_the_readers_first_press_so_a_contents_link_glides_to_its_section()
    {
        var page = await OpenAsync(TocPost, 1366, 900);
        const string Behaviour = "getComputedStyle(document.documentElement).scrollBehavior";
        Assert.Equal("auto", await page.EvaluateAsync<string>(Behaviour));

        await page.Locator(".toc a[href='#the-re-run']").ClickAsync();

        Assert.Equal("smooth", await page.EvaluateAsync<string>(Behaviour));
        await Expect(page.Locator(".toc a[href='#the-re-run']")).ToHaveAttributeAsync("aria-current", "location");
    }

    [BrowserFact]
    public async Task Colour_scheme_button_cycles_and_the_choice_survives_a_reload()
    {
        var page = await OpenAsync("", 1366, 900);
        var button = page.Locator("[data-theme-toggle]");
        await Expect(button).ToBeVisibleAsync();
        await Expect(button).ToHaveAccessibleNameAsync("Colour scheme: Auto");

        await button.ClickAsync();
        await Expect(button).ToHaveAccessibleNameAsync("Colour scheme: Light");
        await button.ClickAsync();
        await Expect(button).ToHaveAccessibleNameAsync("Colour scheme: Dark");
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));

        await page.OpenAsync((await BuiltSampleSite.GetAsync()).Url("zh/projects/"), PageWaits.Ready.Complete);
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        await Expect(page.Locator("[data-theme-toggle]")).ToHaveAccessibleNameAsync("配色：深色");
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(18, 21, 26)", background);
    }

    [BrowserTheory]
    [InlineData("")]
    [InlineData("zh/")]
    [InlineData("projects/linkerd/")]
    [InlineData("zh/blog/2019/linkerd-benchmarks/")]
    public async Task Header_is_at_most_120_pixels_tall_on_a_phone(string path)
    {
        var page = await OpenAsync(path, 390, 844);

        var height = await page.Locator(".site-header").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(height <= 120, $"/{path}: header {height}px");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), $"/{path}: no sideways scrolling");
        await Expect(page.Locator(".search-link")).ToBeVisibleAsync();
    }

    [BrowserTheory]
    [InlineData("no-such-page/")]
    [InlineData("tags/")]
    [InlineData("zh/search/")]
    public async Task Footer_sits_at_the_bottom_of_the_viewport_on_short_pages(string path)
    {
        var page = await OpenAsync(path, 1366, 1400);

        var bottom = await page.Locator(".site-footer").EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        Assert.Equal(1400, bottom, 1.0);
    }

    [BrowserFact]
    public async Task Chinese_pages_use_a_Chinese_font_first_and_set_English_text_as_English()
    {
        var page = await OpenAsync("zh/blog/2018/prometheus-graduates/", 1366, 900);

        var body = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
        Assert.StartsWith("\"PingFang SC\"", body);
        var prose = page.Locator(".prose");
        Assert.Equal("en", await prose.GetAttributeAsync("lang"));
        Assert.StartsWith("system-ui", await prose.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"));
        var lineHeights = await page.EvaluateAsync<double[]>("[document.body, document.querySelector('.prose')].map(e => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize))");
        Assert.Equal(1.8, lineHeights[0], 0.01);
        Assert.Equal(1.65, lineHeights[1], 0.01);
    }

    [BrowserFact]
    public async Task Chinese_text_holds_30_to_40_characters_a_line()
    {
        var page = await OpenAsync("zh/blog/2019/linkerd-benchmarks/", 1366, 900);

        var perLine = await page.Locator(".prose p").First.EvaluateAsync<double>("e => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize)");
        Assert.InRange(perLine, 30, 40);
    }

    [BrowserTheory]
    [InlineData(390)]
    [InlineData(320)]
    public async Task A_wide_table_scrolls_in_its_focusable_container_not_the_page(int width)
    {
        var page = await OpenAsync("status/translations/", width, 844);
        var scroller = page.Locator(".status-scroll").First;

        Assert.True(await scroller.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the table is wider than the screen");
        Assert.True(await page.EvaluateAsync<bool>($"document.documentElement.scrollWidth <= {width}"), "the page itself does not scroll sideways");
        Assert.Contains("radial-gradient", await scroller.EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage")); // the edge shadow
        await scroller.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("document.querySelector('.status-scroll').scrollLeft > 0");
    }

    [BrowserFact]
    public async Task Markdown_tables_sit_in_a_focusable_container_named_in_the_readers_language()
    {
        var page = await OpenAsync("zh/" + TablePost, 390, 844);

        await page.Locator(".table-scroll").First.FocusAsync();

        Assert.Equal("表格", await page.EvaluateAsync<string>("document.getElementById(document.activeElement.getAttribute('aria-labelledby')).textContent"));
    }

    [BrowserTheory]
    [InlineData("projects/linkerd/")]
    [InlineData("zh/projects/linkerd/")]
    public async Task Long_urls_wrap_after_slashes_inside_the_page_on_a_phone(string path)
    {
        var page = await OpenAsync(path, 320, 700);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"));
        Assert.True(await page.Locator("a.url wbr").CountAsync() > 0);
    }

    [BrowserFact]
    public async Task Head_has_link_preview_image_structured_data_and_colours()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await OpenAsync("zh/projects/linkerd/", 1366, 900);

        var image = await page.Locator("meta[property='og:image']").GetAttributeAsync("content");
        Assert.Matches("/assets/og/[0-9a-f]{16}\\.png$", image);
        var png = await File.ReadAllBytesAsync(site.OutputFile(new Uri(image!).AbsolutePath.TrimStart('/')));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.Equal("summary_large_image", await page.Locator("meta[name='twitter:card']").GetAttributeAsync("content"));
        Assert.Equal(2, await page.Locator("meta[name='theme-color']").CountAsync());
        Assert.NotNull(await page.Locator("link[rel='apple-touch-icon']").GetAttributeAsync("href"));
        var jsonLd = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        using var json = JsonDocument.Parse(jsonLd!);
        Assert.Equal("BreadcrumbList", json.RootElement.GetProperty("@graph")[0].GetProperty("@type").GetString());

        // An untranslated page under /zh/ declares the locale of its (English) words.
        await page.OpenAsync(site.Url("zh/blog/2018/prometheus-graduates/"));
        Assert.Equal("en_US", await page.Locator("meta[property='og:locale']").GetAttributeAsync("content"));
    }

    [BrowserFact]
    public async Task Home_page_search_action_opens_the_search_page_with_results()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await OpenAsync("", 1366, 900);
        var jsonLd = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        using var json = JsonDocument.Parse(jsonLd!);
        var template = json.RootElement.GetProperty("@graph")[0].GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString()!;

        var path = new Uri(template.Replace("{search_term_string}", "linkerd", StringComparison.Ordinal)).PathAndQuery;
        await page.OpenAsync(site.Url(path.TrimStart('/')));

        await Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
    }

    [BrowserTheory]
    [InlineData("blog/2026/kubernetes-sigs-and-keps/", 390)]
    [InlineData("zh/blog/2026/kubernetes-sigs-and-keps/", 390)]
    [InlineData("blog/2026/kubernetes-sigs-and-keps/", 1366)]
    public async Task A_long_title_in_the_breadcrumbs_takes_one_line_beside_the_other_crumbs_and_stays_whole_for_screen_readers(string path, int width)
    {
        var page = await OpenAsync(path, width, 844);

        var first = await page.Locator(".breadcrumb li a").First.BoundingBoxAsync();
        var current = await page.Locator(".breadcrumb [aria-current=page]").BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.NotNull(current);
        Assert.Equal(first.Y + (first.Height / 2), current.Y + (current.Height / 2), 1.0); // on the row of "Home › Blog", not wrapped under it
        Assert.True(current.Height < first.Height * 1.5, $"/{path} at {width}px: the current crumb is {current.Height}px tall, a crumb line {first.Height}px");
        Assert.Equal(await page.Locator("h1").First.TextContentAsync(), await page.Locator(".breadcrumb [aria-current=page]").TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>($"document.documentElement.scrollWidth <= {width}"), $"/{path}: no sideways scrolling");
    }

    [BrowserFact]
    public async Task Content_pages_show_breadcrumbs_last_updated_and_an_edit_link()
    {
        var page = await OpenAsync("zh/blog/2018/prometheus-graduates/", 1366, 900);

        Assert.Equal(["首页", "博客"], (await page.Locator(".breadcrumb li a:not([aria-current])").AllTextContentsAsync()).ToArray());
        var edit = await page.Locator(".page-meta a.edit-link").GetAttributeAsync("href");
        Assert.StartsWith("https://github.com/cncf-kb/knowledge-base/new/main/input/zh/blog/2018?filename=prometheus-graduates.md", edit);
        Assert.Equal("翻译本页", await page.Locator(".page-meta a.edit-link").TextContentAsync());
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T", await page.Locator(".page-meta time").GetAttributeAsync("datetime"));
    }

    [BrowserFact]
    public async Task Empty_sections_are_left_out_of_SIG_pages_and_the_SIG_index()
    {
        var site = await BuiltSampleSite.GetAsync();
        foreach (var prefix in new[] { "", "zh/" })
        {
            var sigs = Directory.GetDirectories(site.OutputFile(prefix + "sigs"));
            Assert.True(sigs.Length > 20);
            foreach (var folder in sigs)
            {
                var html = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
                Assert.DoesNotContain("class=\"empty\"", html);
            }

            var index = await File.ReadAllTextAsync(site.OutputFile(prefix + "sigs/index.html"));
            Assert.DoesNotContain(">0 projects<", index);
            Assert.DoesNotContain(">0 个项目<", index);
        }

        var page = await OpenAsync("zh/sigs/kubernetes-sig-docs/", 1366, 900);
        Assert.Equal(0, await page.Locator("#sig-projects, #sig-posts").CountAsync());
    }

    [BrowserFact]
    public async Task Search_popup_view_all_link_always_has_a_target()
    {
        var page = await OpenAsync("", 1366, 900);
        await page.Locator("#site-search").FocusAsync();

        Assert.Equal(0, await page.Locator(".search-popup a:not([href])").CountAsync());
    }

    /// <summary>
    /// A post with no tags, terms, projects or original URL (many an imported post): its footer holds only the
    /// edit link and dates, under one rule, not two rules with an empty band between them.
    /// </summary>
    [BrowserFact]
    public async Task A_post_footer_with_only_the_page_meta_draws_one_rule()
    {
        using var copy = new TempFolder();
        SampleCopy.Write(copy.Path);
        File.WriteAllText(copy.Combine("input", "en", "blog", "2026", "bare-post.md"), "---\ntitle: A bare post\ndate: 2026-05-30\n---\nNothing but text.\n");
        await using var site = await BuiltSampleSite.StartAsync(copy.Combine("input"), copy.Combine("translations"));
        Assert.DoesNotContain(site.Report.Diagnostics, d => d.IsError);

        const string rules = "() => { const f = document.querySelector('.post-footer'); return [f, ...f.querySelectorAll('.page-meta, .footer-heading')]"
            + ".filter(e => parseFloat(getComputedStyle(e).borderTopWidth) > 0 && getComputedStyle(e).borderTopStyle !== 'none').length; }";
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(1366, 900);
            await page.OpenAsync(site.Url("/blog/2026/bare-post/"), PageWaits.Ready.Complete);
            Assert.Equal(1, await page.EvaluateAsync<int>(rules));

            // With tags above it, the page meta keeps its own rule, which sets it apart from them.
            await page.OpenAsync(site.Url("/" + TocPost), PageWaits.Ready.Complete);
            Assert.Equal(2, await page.EvaluateAsync<int>(rules));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.Context.CloseAsync();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task<IPage> OpenAsync(string path, int width, int height)
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        _page = page;
        await page.SetViewportSizeAsync(width, height);
        // Complete, not only parsed: these tests measure layout, which needs the stylesheets applied.
        await page.OpenAsync(site.Url(path), PageWaits.Ready.Complete);
        return page;
    }
}
