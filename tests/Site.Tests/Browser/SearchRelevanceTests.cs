using System.Globalization;
using System.Text.Json;
using Site.TestSupport;
using Xunit.Abstractions;

namespace Site.Tests.Browser;

/// <summary>
/// Relevance as a reader meets it: the queries of <c>Relevance/queries.json</c> (names, concepts from page
/// bodies, two words, a word still being typed, misspellings, Chinese of 2–6 characters, Chinese words in
/// another order, Chinese mixed with English) typed into the search page of the sample site in Chromium, each
/// with the page(s) a reader is after. The site's own set; the product owner checks with a separate one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchRelevanceTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task The_expected_page_is_in_the_top_three_for_nearly_every_query_and_first_for_most(string lang)
    {
        var queries = Queries.Load().Where(q => q.Lang == lang).ToList();
        Assert.True(queries.Count >= 40, $"{lang}: {queries.Count} queries");
        var site = await BuiltSampleSite.GetAsync();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        try
        {
            await page.OpenAsync(site.Url((lang == "en" ? "" : lang + "/") + "search/"));
            // search.js sets the boxes up once the document is parsed (and empties the input): type after that.
            await page.Locator("#site-search[role=combobox]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
            int top1 = 0, top3 = 0, top10 = 0;
            var misses = new List<string>();
            foreach (var query in queries)
            {
                var urls = await SearchAsync(page, query.Query);
                var rank = urls.FindIndex(u => query.Expect.Contains(u));
                top1 += rank == 0 ? 1 : 0;
                top3 += rank is >= 0 and < 3 ? 1 : 0;
                top10 += rank is >= 0 and < 10 ? 1 : 0;
                if (rank != 0)
                {
                    misses.Add($"  {(rank < 0 ? "missing" : "#" + (rank + 1))} [{query.Kind}] {query.Query} → {string.Join(" ", urls.Take(3))} (expected {query.Expect[0]})");
                }
            }

            var summary = string.Create(CultureInfo.InvariantCulture, $"{lang}: top-1 {top1}/{queries.Count}, top-3 {top3}/{queries.Count}, top-10 {top10}/{queries.Count}");
            output.WriteLine(summary);
            misses.ForEach(output.WriteLine);
            // At most one query in twenty outside the top three, and five in six first.
            Assert.True(top3 * 20 >= queries.Count * 19, summary + "\n" + string.Join("\n", misses));
            Assert.True(top1 * 6 >= queries.Count * 5, summary + "\n" + string.Join("\n", misses));
            Assert.Empty(errors);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Types a query into the search page and waits for its complete result list (every shard it needs loaded).</summary>
    private static async Task<List<string>> SearchAsync(Microsoft.Playwright.IPage page, string query)
    {
        await page.FillAsync("#search-page-input", query);
        const string Settled = """
            query => {
              const config = JSON.parse(document.getElementById("search-config").textContent);
              const status = (document.getElementById("search-status")?.textContent ?? "").trim();
              return status.includes("“" + query + "”") && !status.includes(config.strings.more_loading);
            }
            """;
        await page.WaitForFunctionAsync(Settled, query);
        var hrefs = await page.Locator("#search-results > li a").EvaluateAllAsync<string[]>("links => links.slice(0, 10).map(a => decodeURI(a.getAttribute('href')))");
        return [.. hrefs];
    }

    /// <summary>The checked-in query set (shared with <c>bench/search/compare.js</c>).</summary>
    internal sealed record Queries(string Lang, string Kind, string Query, string[] Expect)
    {
        public static IReadOnlyList<Queries> Load()
        {
            using var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("tests", "Site.Tests", "Browser", "Relevance", "queries.json")));
            return json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new Queries(
                q.GetProperty("lang").GetString()!,
                q.GetProperty("kind").GetString()!,
                q.GetProperty("query").GetString()!,
                q.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray())).ToList();
        }
    }
}
