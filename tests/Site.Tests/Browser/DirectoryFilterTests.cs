using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// The project directory of the sample site (all 255 CNCF projects of the imported landscape) in
/// Chromium: complete and grouped without JavaScript; with it, maturity, category, subcategory and
/// TAG filters that combine, count, survive in the URL and reset.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DirectoryFilterTests(BrowserFixture browser)
{
    private const string Visible = ".directory-item:visible";

    [BrowserFact]
    public async Task Without_javascript_the_directory_is_a_complete_grouped_list_and_the_form_stays_hidden()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            await page.OpenAsync(site.Url("/projects/"));
            Assert.Equal(255, await page.Locator(Visible).CountAsync());
            Assert.False(await page.Locator("#directory-filter").IsVisibleAsync());
            Assert.True(await page.Locator(".directory-group h2").CountAsync() >= 9);
            Assert.Equal(await page.Locator(".directory-jump a").CountAsync(), await page.Locator(".directory-group").CountAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Filters_combine_count_live_in_the_url_and_reset()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.OpenAsync(site.Url("/projects/"));
            await page.Locator("#directory-filter").WaitForAsync();
            await WaitForStatusAsync(page, "Showing 255 of 255 projects");

            await page.Locator("input[name=maturity][value=graduated]").CheckAsync();
            await WaitForStatusAsync(page, "Showing 38 of 255 projects");
            Assert.Equal(38, await page.Locator(Visible).CountAsync());
            Assert.Equal("?maturity=graduated", new Uri(page.Url).Query);

            await page.SelectOptionAsync("#filter-category", "orchestration-management");
            var expected = await CountAsync(page, "graduated", "orchestration-management", null, null);
            await WaitForStatusAsync(page, $"Showing {expected} of 255 projects");
            Assert.Equal(expected, await page.Locator(Visible).CountAsync());
            // Subcategories of other categories cannot be picked any more.
            Assert.True(await page.Locator("#filter-subcategory optgroup[data-category=provisioning]").IsDisabledAsync());

            await page.SelectOptionAsync("#filter-subcategory", "service-mesh");
            expected = await CountAsync(page, "graduated", "orchestration-management", "service-mesh", null);
            await WaitForStatusAsync(page, $"Showing {expected} of 255 projects");
            Assert.Contains("Linkerd", await page.Locator(Visible).AllInnerTextsAsync(), new SubstringComparer());
            Assert.Equal("?maturity=graduated&category=orchestration-management&subcategory=service-mesh", new Uri(page.Url).Query);
            // Every section left shows only what matches, and its count says so.
            var sections = await page.Locator(".directory-subgroup:visible .sub-count").AllInnerTextsAsync();
            Assert.All(sections, s => Assert.EndsWith(expected == 1 ? "1 project" : "projects", s, StringComparison.Ordinal));

            await page.ClickAsync("#directory-filter button[type=reset]");
            await WaitForStatusAsync(page, "Showing 255 of 255 projects");
            Assert.Equal(255, await page.Locator(Visible).CountAsync());
            Assert.Equal(string.Empty, new Uri(page.Url).Query);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task A_shared_link_opens_filtered_by_tag_and_nothing_matching_says_so()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.OpenAsync(site.Url("/projects/?tag=tag-observability&maturity=archived"));
            var expected = await CountAsync(page, "archived", null, null, "tag-observability");
            await WaitForStatusAsync(page, $"Showing {expected} of 255 projects");
            Assert.Equal("tag-observability", await page.InputValueAsync("#filter-tag"));
            Assert.True(expected > 0);

            await page.SelectOptionAsync("#filter-category", "wasm");
            await WaitForStatusAsync(page, "Showing 0 of 255 projects");
            Assert.True(await page.Locator(".directory-none").IsVisibleAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_chinese_directory_counts_in_chinese_and_logos_below_the_fold_load_lazily()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.OpenAsync(site.Url("/zh/projects/"));
            await WaitForStatusAsync(page, "显示 255 个项目，共 255 个");
            await page.Locator("input[name=maturity][value=incubating]").CheckAsync();
            await WaitForStatusAsync(page, "显示 38 个项目，共 255 个");
            Assert.Equal("编排与管理", (await page.Locator("#filter-category option[value=orchestration-management]").InnerTextAsync()).Split(' ')[0]);

            var logos = page.Locator(".directory-item img.logo");
            var count = await logos.CountAsync();
            Assert.True(count > 240, $"{count} logos");
            for (var i = 0; i < count; i++)
            {
                var img = logos.Nth(i);
                Assert.NotNull(await img.GetAttributeAsync("width"));
                Assert.NotNull(await img.GetAttributeAsync("height"));
                Assert.Equal(i < 12 ? null : "lazy", await img.GetAttributeAsync("loading"));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Waits (within the page's default bound) until the script has counted what the filters show.</summary>
    private static Task WaitForStatusAsync(IPage page, string text) =>
        page.WaitForFunctionAsync("t => document.querySelector('.filter-status')?.textContent === t", text);

    /// <summary>How many rows the data attributes say match, computed independently of the script.</summary>
    private static Task<int> CountAsync(IPage page, string? maturity, string? category, string? subcategory, string? tag) =>
        page.EvaluateAsync<int>(
            """
            ([m, c, s, t]) => Array.from(document.querySelectorAll('.directory-item')).filter(li => {
              const listed = (li.dataset.listed || '').split(' ');
              return (!m || li.dataset.maturity === m) && (!c || listed.includes(c)) && (!s || listed.includes(s)) && (!t || li.dataset.tag === t);
            }).length
            """,
            new[] { maturity, category, subcategory, tag });

    private sealed class SubstringComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is not null && y is not null && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));

        public int GetHashCode(string obj) => 0;
    }
}
