using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// The security headers of <c>netlify.toml</c> must not break the site: pages are loaded with
/// exactly the headers Netlify would add, and the browser must report no CSP violation
/// (theme scripts, styles, the search index fetch and the project filter included).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SecurityHeadersBrowserTests(BrowserFixture browser)
{
    private const string CollectViolations = """
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));
        """;

    private const string SearchSettled = """
        () => {
          const strings = JSON.parse(document.getElementById("search-config").textContent).strings;
          const status = (document.getElementById("search-status")?.textContent ?? "").trim();
          return status !== "" && status !== strings.loading && !status.includes(strings.more_loading);
        }
        """;

    [BrowserFact]
    public async Task Pages_run_under_the_published_content_security_policy_without_violations()
    {
        var site = await BuiltSampleSite.GetAsync();
        var headers = NetlifyHeadersForAllPaths();
        Assert.Contains("Content-Security-Policy", headers.Keys);
        Assert.Contains("frame-ancestors 'none'", headers["Content-Security-Policy"]);

        var page = await browser.NewPageAsync();
        await page.Context.AddInitScriptAsync(CollectViolations);
        await page.Context.RouteAsync($"{site.Address}**", async route =>
        {
            var response = await route.FetchAsync();
            var merged = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in headers)
            {
                merged[name] = value;
            }

            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = merged });
        });

        // Posts with highlighted code, a table, a table of contents and JSON-LD data blocks (which script-src must not block) included.
        foreach (var path in new[] { "", "zh/", "projects/", "projects/linkerd/", "search/?q=linkerd", "zh/search/?q=服务网格", "blog/2026/welcome-to-the-knowledge-base/", "zh/blog/2026/kubernetes-sigs-and-keps/" })
        {
            // Every script ran once the document is complete; a search page has also fetched both indexes
            // once its status stops saying it is loading.
            var response = await page.OpenAsync(site.Url(path), PageWaits.Ready.Complete);
            if (path.Contains("search/", StringComparison.Ordinal))
            {
                await page.WaitForFunctionAsync(SearchSettled);
            }

            Assert.Equal(headers["Content-Security-Policy"], await response!.HeaderValueAsync("content-security-policy"));
            var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
            Assert.True(violations.Length == 0, $"/{path}: {string.Join("; ", violations)}");
            var jsonLd = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => JSON.parse(s.textContent)['@context'])");
            Assert.All(jsonLd, context => Assert.Equal("https://schema.org", context));
        }
    }

    /// <summary>The header values of the <c>for = "/*"</c> block of netlify.toml (a tiny reader for this one file's layout).</summary>
    private static Dictionary<string, string> NetlifyHeadersForAllPaths()
    {
        var lines = File.ReadAllLines(Site.TestSupport.RepositoryRoot.Combine("netlify.toml"));
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inBlock = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("[[", StringComparison.Ordinal))
            {
                inBlock = false;
            }
            else if (line == "for = \"/*\"")
            {
                inBlock = true;
            }
            else if (inBlock && KeyValue().Match(line) is { Success: true } m)
            {
                headers[m.Groups[1].Value] = m.Groups[2].Value;
            }
        }

        return headers;
    }

    [GeneratedRegex("^([A-Za-z-]+) = \"(.*)\"$")]
    private static partial Regex KeyValue();
}
