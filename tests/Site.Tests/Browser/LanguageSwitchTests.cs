using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// The language switcher on the repository's sample site, in Chromium: on a translated project
/// page, an untranslated post and a tag page, switching language lands on the same page in the
/// other language (never the home page), the switcher says whether a translation exists, and the
/// choice is remembered in Netlify's <c>nf_lang</c> cookie.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [BrowserTheory]
    [InlineData("/projects/linkerd/", "/zh/projects/linkerd/", true)]
    [InlineData("/blog/2018/prometheus-graduates/", "/zh/blog/2018/prometheus-graduates/", false)]
    [InlineData("/tags/service-mesh/", "/zh/tags/service-mesh/", true)]
    public async Task Switching_language_lands_on_the_same_page_and_back(string english, string chinese, bool translated)
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.OpenAsync(site.Url(english));
            Assert.Equal("en-US", await page.GetAttributeAsync("html", "lang"));

            // The click returns once the navigation committed; wait for the new document, not for its load event.
            await page.ClickAsync(".lang-switch a[data-lang=zh]");
            await page.ExpectDocumentAsync(site.Url(chinese));
            Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal("zh", await CookieAsync(page, "nf_lang"));

            var back = page.Locator(".lang-switch a[data-lang=en]");
            if (translated)
            {
                Assert.Equal(0, await page.Locator(".notice-fallback").CountAsync());
                Assert.Equal(0, await back.Locator(".is-fallback").CountAsync());
            }
            else
            {
                // The English words under Chinese chrome, marked as such, with a way to translate them.
                Assert.Equal(1, await page.Locator(".notice-fallback").CountAsync());
                Assert.Equal(1, await page.Locator("main .prose[lang=en]").CountAsync());
                Assert.Equal(1, await page.Locator(".notice-fallback a[href*='how-to-translate']").CountAsync());
                Assert.Equal(0, await page.Locator("link[rel=alternate][hreflang=zh-CN]").CountAsync());
            }

            await back.ClickAsync();
            await page.ExpectDocumentAsync(site.Url(english));
            Assert.Equal("en-US", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal("en", await CookieAsync(page, "nf_lang"));

            if (!translated)
            {
                // From the English page, the switcher says the Chinese version is not translated yet.
                Assert.Equal(1, await page.Locator(".lang-switch a[data-lang=zh].is-fallback").CountAsync());
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// The switch is judged by the document it lands on, not by its <c>load</c> event: with the page's
    /// deferred script held back by the server (so <c>load</c> cannot fire), the new page is recognised as
    /// soon as it is parsed. Waiting for <c>load</c> here (what <c>WaitForURLAsync</c> does after a click,
    /// whatever its <c>WaitUntil</c>) times out: the failure this test suite once showed under load.
    /// </summary>
    [BrowserFact]
    public async Task The_other_language_is_recognised_by_its_document_before_the_page_has_loaded()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await page.OpenAsync(site.Url("/blog/2018/prometheus-graduates/"));
            await page.RouteAsync("**/js/search*.js", async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            });

            await page.ClickAsync(".lang-switch a[data-lang=zh]");
            await page.ExpectDocumentAsync(site.Url("/zh/blog/2018/prometheus-graduates/"));

            Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal("zh", await CookieAsync(page, "nf_lang"));
            Assert.Equal("interactive", await page.EvaluateAsync<string>("() => document.readyState")); // parsed, not loaded
        }
        finally
        {
            release.TrySetResult();
            await page.Context.CloseAsync();
        }
    }

    private static async Task<string?> CookieAsync(IPage page, string name) =>
        (await page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == name)?.Value;
}
