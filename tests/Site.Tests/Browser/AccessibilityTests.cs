using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Site.Tests.Browser;

/// <summary>
/// The accessibility gate: axe-core (pinned in <c>tools/package.json</c>, injected from
/// <c>tools/node_modules</c>) on one page of each kind in both languages, in the light and dark
/// colour schemes, on a desktop and a phone viewport. Any violation fails, whatever its impact.
/// Also checks the keyboard path into the page: the skip link comes first and lands in <c>main</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string AxeScript = Site.TestSupport.RepositoryRoot.Combine("tools", "node_modules", "axe-core", "axe.min.js");

    private IPage? _page;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>One page of each kind; the zh fallback post is an English page shown under /zh/ (en has none).</summary>
    [BrowserTheory]
    [InlineData("home", "")]
    [InlineData("home", "zh/")]
    [InlineData("post", "blog/2019/linkerd-benchmarks/")]
    [InlineData("post", "zh/blog/2019/linkerd-benchmarks/")]
    [InlineData("fallback post", "zh/blog/2018/prometheus-graduates/")]
    [InlineData("project", "projects/linkerd/")]
    [InlineData("project", "zh/projects/linkerd/")]
    [InlineData("project directory", "projects/")]
    [InlineData("project directory", "zh/projects/")]
    [InlineData("category", "categories/service-mesh/")]
    [InlineData("category", "zh/categories/service-mesh/")]
    [InlineData("SIG", "sigs/tag-network/")]
    [InlineData("SIG", "zh/sigs/tag-network/")]
    [InlineData("tag", "tags/service-mesh/")]
    [InlineData("tag", "zh/tags/service-mesh/")]
    [InlineData("blog list", "blog/")]
    [InlineData("blog list", "zh/blog/")]
    [InlineData("search with results", "search/?q=linkerd")]
    [InlineData("search with results", "zh/search/?q=服务网格")]
    [InlineData("404", "no-such-page/")]
    [InlineData("404", "zh/no-such-page/")]
    [InlineData("post with code", "blog/2026/welcome-to-the-knowledge-base/")]
    [InlineData("post with code", "zh/blog/2026/welcome-to-the-knowledge-base/")]
    [InlineData("post with a table", "blog/2026/kubernetes-sigs-and-keps/")]
    [InlineData("post with a table", "zh/blog/2026/kubernetes-sigs-and-keps/")]
    [InlineData("top-level category", "categories/orchestration-management/")]
    [InlineData("top-level category", "zh/categories/orchestration-management/")]
    [InlineData("archived project", "projects/brigade/")]
    [InlineData("archived project", "zh/projects/brigade/")]
    [InlineData("redirect page of a retired category", "categories/monitoring/")]
    [InlineData("redirect page of a retired category", "zh/categories/monitoring/")]
    [InlineData("category index", "categories/")]
    [InlineData("category index", "zh/categories/")]
    [InlineData("SIG index", "sigs/")]
    [InlineData("SIG index", "zh/sigs/")]
    [InlineData("tag index", "tags/")]
    [InlineData("tag index", "zh/tags/")]
    [InlineData("free page", "pages/about/")]
    [InlineData("free page", "zh/pages/about/")]
    [InlineData("translation status", "status/translations/")]
    [InlineData("translation status", "zh/status/translations/")]
    [InlineData("glossary index", "glossary/")]
    [InlineData("glossary index", "zh/glossary/")]
    [InlineData("glossary term", "glossary/service-mesh/")]
    [InlineData("glossary term", "zh/glossary/service-mesh/")]
    [InlineData("deprecated glossary term", "glossary/master-node/")]
    public async Task Page_has_no_axe_violations_light_or_dark_on_desktop_or_phone(string kind, string path)
    {
        var page = await OpenAsync(path, ColorScheme.Light);
        foreach (var (width, height) in new[] { (1366, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                if (kind == "search with results")
                {
                    await page.Locator("#search-results > li").First.WaitForAsync();
                }

                await AssertNoViolationsAsync(page, $"{kind} {path} {scheme} {width}px");
            }
        }
    }

    [BrowserTheory]
    [InlineData("")]
    [InlineData("zh/")]
    public async Task Dark_scheme_and_the_open_search_popup_have_no_axe_violations(string prefix)
    {
        var page = await OpenAsync(prefix + "projects/linkerd/", ColorScheme.Dark);
        var input = page.Locator("#site-search");
        await input.FocusAsync();
        await input.PressSequentiallyAsync("linkerd");
        await page.Locator("#site-search-listbox > li").First.WaitForAsync();
        await input.PressAsync("ArrowDown");

        await AssertNoViolationsAsync(page, $"dark {prefix}projects/linkerd/ with the search popup open");
    }

    [BrowserTheory]
    [InlineData("", "Skip to main content")]
    [InlineData("zh/blog/2019/linkerd-benchmarks/", "跳到正文")]
    public async Task Skip_link_is_the_first_focusable_element_and_moves_focus_to_main(string path, string label)
    {
        var page = await OpenAsync(path, ColorScheme.Light);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<JsonElement>(
            "() => ({ cls: document.activeElement.className, href: document.activeElement.getAttribute('href'), text: document.activeElement.textContent.trim(), visible: document.activeElement.getBoundingClientRect().height > 0 })");
        Assert.Equal("skip-link", first.GetProperty("cls").GetString());
        Assert.Equal("#main", first.GetProperty("href").GetString());
        Assert.Equal(label, first.GetProperty("text").GetString());
        Assert.True(first.GetProperty("visible").GetBoolean(), "the skip link is visible once focused");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main'");
        Assert.Equal("MAIN", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));

        // The next Tab continues inside main, not back at the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"), "Tab after the skip link stays in main");
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.Context.CloseAsync();
        }
    }

    private async Task<IPage> OpenAsync(string path, ColorScheme scheme)
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        _page = page;
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        // Complete: axe judges contrast and visibility, so the stylesheet must be applied.
        await page.OpenAsync(site.Url(path), PageWaits.Ready.Complete);
        return page;
    }

    private async Task AssertNoViolationsAsync(IPage page, string what)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run `npm ci` in tools/");
        if (!await page.EvaluateAsync<bool>("typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Path = AxeScript });
        }

        // Best-practice rules included: they catch landmark and heading mistakes a theme makes easily.
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ["violations"] });
              return { passed: result.passes.length, violations: result.violations.map(v => ({
                id: v.id,
                impact: v.impact ?? "",
                help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + "  " + n.html.slice(0, 160))
              })) };
            }
            """);
        Assert.True(result.GetProperty("passed").GetInt32() > 10, $"{what}: axe checked almost nothing; is the page empty?");

        var blocking = new List<string>();
        foreach (var v in result.GetProperty("violations").EnumerateArray())
        {
            var impact = v.GetProperty("impact").GetString();
            var line = $"{impact}: {v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()})"
                + string.Concat(v.GetProperty("nodes").EnumerateArray().Select(n => Environment.NewLine + "    " + n.GetString()));
            output.WriteLine($"{what}: {line}");
            blocking.Add(line);
        }

        Assert.True(blocking.Count == 0, $"{what}: {blocking.Count} axe violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, blocking)}");
    }
}
