using Microsoft.Playwright;
using Site.Tests.Cli;

namespace Site.Tests.Browser;

/// <summary>
/// The glossary of the repository's sample site in Chromium: the Chinese A–Z index jumps to a pinyin
/// letter, a term links its related terms both ways, a deprecated term says so; and a term renamed
/// with <c>site move</c> keeps its old URL working in both languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Chinese_index_jumps_to_a_pinyin_letter_and_related_terms_link_both_ways()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.OpenAsync(site.Url("/zh/glossary/"));
            await page.ClickAsync(".letter-bar a[href='#letter-f']");
            await page.ExpectDocumentAsync(site.Url("/zh/glossary/#letter-f"));
            var entry = page.Locator("#letter-f ~ ul a", new() { HasText = "服务网格" });
            await Assertions.Expect(entry).ToBeVisibleAsync();

            await entry.ClickAsync();
            await page.ExpectDocumentAsync(site.Url("/zh/glossary/service-mesh/"));
            await page.Locator("#term-related ~ ul a", new() { HasText = "边车" }).ClickAsync();
            await page.ExpectDocumentAsync(site.Url("/zh/glossary/sidecar/"));

            // The sidecar does not list the mesh itself: the mesh lists it, and the link goes both ways.
            Assert.Equal(1, await page.Locator("#term-related ~ ul a[href='/zh/glossary/service-mesh/']").CountAsync());
            Assert.Equal(0, await page.Locator(".letter-bar span[aria-disabled=true] a").CountAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Deprecated_term_shows_a_notice_with_its_replacement()
    {
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.OpenAsync(site.Url("/glossary/master-node/"));
            var notice = page.Locator(".notice-deprecated");
            await Assertions.Expect(notice).ToBeVisibleAsync();
            await notice.Locator("a", new() { HasText = "Control plane" }).ClickAsync();
            await page.ExpectDocumentAsync(site.Url("/glossary/control-plane/"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// A term without a summary is listed with its first paragraph, which in glossaries copied from elsewhere (the
    /// CNCF glossary has no summaries) runs to ten lines: the index card shows four and an ellipsis, as project cards do.
    /// </summary>
    [BrowserFact]
    public async Task A_long_first_paragraph_shows_as_four_lines_on_the_index_card()
    {
        using var copy = new TempFolder();
        SampleCopy.Write(copy.Path);
        var sentence = "Elasticity lets a system grow and shrink its resources as demand changes, without anyone resizing it by hand. ";
        File.WriteAllText(copy.Combine("input", "en", "glossary", "elasticity.md"), "---\ntitle: Elasticity\ncategory: property\n---\n" + string.Concat(Enumerable.Repeat(sentence, 8)) + "\n\nMore.\n");
        await using var site = await BuiltSampleSite.StartAsync(copy.Combine("input"), copy.Combine("translations"));
        Assert.DoesNotContain(site.Report.Diagnostics, d => d.IsError);

        var page = await browser.NewPageAsync();
        try
        {
            await page.OpenAsync(site.Url("/glossary/"));
            var lines = await page.Locator(".term-card", new() { Has = page.Locator("a[href='/glossary/elasticity/']") }).Locator(".summary").EvaluateAsync<double[]>(
                "e => [e.clientHeight, parseFloat(getComputedStyle(e).lineHeight), e.scrollHeight]");
            var (shown, lineHeight, whole) = (lines[0], lines[1], lines[2]);
            Assert.InRange(shown / lineHeight, 3.9, 4.1);
            Assert.True(whole > shown * 1.5, $"the whole paragraph ({whole} px) should be taller than the card shows ({shown} px)");

            // A summary its author wrote, one sentence, is shown whole.
            var written = await page.Locator(".term-card", new() { Has = page.Locator("a[href='/glossary/service-mesh/']") }).Locator(".summary").EvaluateAsync<double[]>(
                "e => [e.clientHeight, e.scrollHeight]");
            Assert.Equal(written[1], written[0]);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// A moved term's old URL redirects (a redirect page at the old URL and a forced 301 rule in
    /// <c>_redirects</c>, from <c>aliases:</c>) in both languages.
    /// </summary>
    [BrowserFact]
    public async Task Renamed_term_redirects_from_its_old_url_in_both_languages()
    {
        using var copy = new TempFolder();
        SampleCopy.Write(copy.Path);
        var (code, _, err) = await CliRun.RunAsync(["move", "glossary/service-mesh.md", "glossary/service-meshes.md", "--input", copy.Combine("input")]);
        Assert.True(code == 0, err);
        await using var site = await BuiltSampleSite.StartAsync(copy.Combine("input"), copy.Combine("translations"));
        Assert.DoesNotContain(site.Report.Diagnostics, d => d.IsError);

        var page = await browser.NewPageAsync();
        try
        {
            foreach (var (old, now) in new[] { ("/glossary/service-mesh/", "/glossary/service-meshes/"), ("/zh/glossary/service-mesh/", "/zh/glossary/service-meshes/") })
            {
                // The redirect page sends the reader on by itself: wait for the document it lands on.
                await page.OpenAsync(site.Url(old));
                await page.ExpectDocumentAsync(site.Url(now));
                Assert.Equal(1, await page.Locator("h1").CountAsync());
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        var redirects = await File.ReadAllTextAsync(site.OutputFile("_redirects"));
        Assert.Matches(@"(?m)^/glossary/service-mesh/\s+/glossary/service-meshes/\s+301\b", redirects);
        Assert.Matches(@"(?m)^/zh/glossary/service-mesh/\s+/zh/glossary/service-meshes/\s+301\b", redirects);
    }
}
