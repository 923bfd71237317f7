using System.Text.Json;
using Microsoft.Playwright;
using Site.Cli.Serve;
using Site.Cli.Serve.LiveReload;
using Site.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Site.Tests.Browser;

/// <summary>
/// <c>serve</c> in-process on a free port over a temp copy of the sample site, with a real
/// browser: saving a file reloads the open page with the change; a broken save shows the
/// errors over the last good page, and the fix makes them disappear.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string AboutPage = "input/en/pages/about.md";

    private readonly SampleSite _site = new();
    private readonly StringWriter _log = new();
    private PreviewServer? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task Saving_a_page_reloads_the_open_browser_with_the_change()
    {
        var page = await OpenAsync("pages/about/");
        await Expect(page, "About this site.");

        var savedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        WriteAbout("Freshly edited text for the reload test.");
        await Expect(page, "Freshly edited text for the reload test.");
        // Measured in the page (same clock), not by polling from the test, which adds its own delays.
        var loadedAt = await page.EvaluateAsync<double>("window.__siteLoadedAt");
        output.WriteLine($"save → reloaded page ready (DOMContentLoaded): {loadedAt - savedAt:F0} ms");

        var onDisk = File.ReadAllText(_site.OutputFile("pages/about/index.html"));
        Assert.Contains("Freshly edited text", onDisk);
        Assert.DoesNotContain(LiveReloadScript.Path, onDisk); // the script is added by the server only
    }

    [BrowserFact]
    public async Task A_broken_save_shows_the_errors_over_the_last_good_page_until_fixed()
    {
        var page = await OpenAsync("pages/about/");
        var overlay = page.Locator($"#{LiveReloadScript.OverlayId}");

        _site.Write(AboutPage, """
            ---
            title: About
            titel: <b>typo</b>
            ---
            Broken edit.
            """);
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        var text = await overlay.InnerTextAsync();
        Assert.Contains("about.md:3:1: error: unknown key `titel`", text);
        Assert.Contains("titel: <b>typo</b>", text); // the source line, shown as text
        Assert.Equal(0, await overlay.Locator("b").CountAsync()); // …never as markup
        Assert.Contains("About this site.", await page.Locator("main").InnerTextAsync()); // last good page still served

        WriteAbout("Fixed again.");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await Expect(page, "Fixed again.");
    }

    [BrowserFact]
    public async Task The_caret_under_an_error_line_points_at_the_offending_character_after_chinese_text()
    {
        var page = await OpenAsync("pages/about/");
        _site.Write(AboutPage, """
            ---
            title: About
            ---
            关于本站的说明与贡献方式，请阅读[这一页](/no-such-page/)。
            """);
        var overlay = page.Locator($"#{LiveReloadScript.OverlayId}");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        // Where the reported column's character is drawn, and where the caret is, in the overlay's own font.
        var position = await page.EvaluateAsync<JsonElement>("""
            () => {
              const pre = document.querySelector("#site-build-errors pre");
              const column = +pre.previousElementSibling.textContent.match(/:\d+:(\d+): error/)[1];
              const at = (node, start) => { const r = document.createRange(); r.setStart(node, start); r.setEnd(node, start + 1); return r.getBoundingClientRect(); };
              const character = at(pre.firstChild, column - 1);
              const caret = at(pre.lastChild, 0);
              return { column, character: pre.firstChild.textContent[column - 1], x: character.left, caretX: caret.left, below: caret.top > character.top };
            }
            """);

        Assert.Equal("[", position.GetProperty("character").GetString());
        Assert.True(position.GetProperty("column").GetInt32() > 10, "the link comes after the Chinese text");
        Assert.True(Math.Abs(position.GetProperty("x").GetDouble() - position.GetProperty("caretX").GetDouble()) < 1, position.ToString());
        Assert.True(position.GetProperty("below").GetBoolean(), position.ToString());
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        output.WriteLine(_log.ToString());
        _site.Dispose();
    }

    private async Task<IPage> OpenAsync(string path)
    {
        _server = await PreviewServer.StartAsync(_site.Options, TextWriter.Synchronized(_log));
        var page = await browser.NewPageAsync();
        await page.Context.AddInitScriptAsync("addEventListener('DOMContentLoaded', () => { window.__siteLoadedAt = Date.now(); });");
        await page.OpenAsync(new Uri(_server.Address, path).AbsoluteUri);
        // The page listens for rebuilds once its event stream is open.
        await page.Locator("html[data-site-live='connected']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    private void WriteAbout(string body) => _site.Write(AboutPage, $"""
        ---
        title: About
        ---
        {body}
        """);

    private static Task Expect(IPage page, string text) =>
        page.Locator("main").GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
}
