using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// How browser tests wait: for the URL they expect (the navigation committed) and then for the state
/// of the document they assert on (<c>DOMContentLoaded</c> when opening a page, else read from the document
/// itself). Never for Playwright's <c>load</c> lifecycle event, network idleness or a fixed time.
/// </summary>
/// <remarks>
/// Why not <c>load</c>: after a click, Playwright has already waited for the navigation to commit, so
/// <c>WaitForURLAsync</c> finds the URL matching and waits for the <c>load</c> event, whatever
/// <c>WaitUntil</c> says (Playwright .NET 1.64; microsoft/playwright-dotnet#3365). That event needs every
/// stylesheet and script of the page from the test server and its delivery through the driver; when it
/// came late (a busy machine) the test failed although the page it asserted on was already there.
/// A state read from the document (<c>document.readyState</c>, an attribute, an element) cannot be missed.
/// </remarks>
public static class PageWaits
{
    /// <summary>How far a document must be: parsed (DOM assertions) or complete (stylesheets applied: axe, layout).</summary>
    public enum Ready
    {
        Parsed,
        Complete,
    }

    /// <summary>Opens <paramref name="url"/> and waits until the document is <paramref name="ready"/>.</summary>
    /// <remarks>
    /// A parsed document is what <c>DOMContentLoaded</c> means, and <c>GotoAsync</c> waits for it without
    /// polling the page. Polling cannot serve here: a context with JavaScript disabled (the no-script
    /// directory test) never ran a polling callback once the first check had found the document still
    /// loading, and the test timed out (1 run in 6 in fresh clones).
    /// </remarks>
    public static async Task<IResponse?> OpenAsync(this IPage page, string url, Ready ready = Ready.Parsed)
    {
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        if (ready == Ready.Complete)
        {
            await page.WaitForDocumentAsync(ready);
        }

        return response;
    }

    /// <summary>Waits until the page shows exactly <paramref name="url"/> and its document is <paramref name="ready"/>.</summary>
    public static async Task ExpectDocumentAsync(this IPage page, string url, Ready ready = Ready.Parsed)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(url) + "$"));
        await page.WaitForDocumentAsync(ready);
    }

    /// <summary>
    /// Waits until the page shows a document at <paramref name="path"/> (decoded, e.g. <c>/zh/tags/服务网格/</c>;
    /// query and fragment ignored) that is <paramref name="ready"/>: for a navigation started by a click or a
    /// key, where the exact URL (its query) is the page's business.
    /// </summary>
    public static Task ExpectPathAsync(this IPage page, string path, Ready ready = Ready.Parsed) =>
        page.WaitForFunctionAsync(
            "([path, complete]) => decodeURIComponent(location.pathname) === path && (complete ? document.readyState === 'complete' : document.readyState !== 'loading')",
            new object[] { path, ready == Ready.Complete },
            new() { PollingInterval = 50 });

    /// <summary>Waits (by polling the document) until it is parsed, or complete with its stylesheets, scripts and images.</summary>
    /// <remarks>Polled on a timer rather than on animation frames, which a page that paints nothing new may never schedule.</remarks>
    public static Task WaitForDocumentAsync(this IPage page, Ready ready = Ready.Parsed) =>
        page.WaitForFunctionAsync(
            ready == Ready.Complete ? "() => document.readyState === 'complete'" : "() => document.readyState !== 'loading'",
            null,
            new() { PollingInterval = 50 });
}
