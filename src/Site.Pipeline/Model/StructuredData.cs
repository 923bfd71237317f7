using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Site.Pipeline.Model;

/// <summary>
/// Schema.org JSON-LD of a page (<c>page.json_ld</c>), printed by the theme inside
/// <c>&lt;script type="application/ld+json"&gt;</c>: a data block, which the CSP's <c>script-src</c> does not
/// govern since the browser never runs it. The encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as
/// <c>\u003C</c>…, so no text (a title with <c>&lt;/script&gt;</c>) can end the element.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>A <c>@graph</c> of the given nodes (nulls skipped), or null when there are none.</summary>
    public static string? Graph(params Dictionary<string, object?>?[] nodes)
    {
        var present = nodes.Where(n => n is not null).Select(Clean).ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var root = new Dictionary<string, object?> { ["@context"] = "https://schema.org", ["@graph"] = present };
        return JsonSerializer.Serialize(root, Options);
    }

    /// <summary>The site, with a search action that opens the search page with the query (<c>/search/?q=…</c>).</summary>
    public static Dictionary<string, object?> WebSite(string name, string url, string locale, string searchUrl) => new()
    {
        ["@type"] = "WebSite",
        ["name"] = name,
        ["url"] = url,
        ["inLanguage"] = locale,
        ["potentialAction"] = new Dictionary<string, object?>
        {
            ["@type"] = "SearchAction",
            ["target"] = new Dictionary<string, object?>
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = searchUrl + "?q={search_term_string}",
            },
            ["query-input"] = "required name=search_term_string",
        },
    };

    /// <summary>Breadcrumbs as <c>(name, absolute url)</c> from the home page to the page itself.</summary>
    public static Dictionary<string, object?>? BreadcrumbList(IReadOnlyList<(string Name, string Url)> crumbs) =>
        crumbs.Count < 2
            ? null
            : new()
            {
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = crumbs.Select((c, i) => new Dictionary<string, object?>
                {
                    ["@type"] = "ListItem",
                    ["position"] = i + 1,
                    ["name"] = c.Name,
                    ["item"] = c.Url,
                }).ToList(),
            };

    /// <summary>A post (<c>BlogPosting</c>) or another written page (<c>Article</c>).</summary>
    public static Dictionary<string, object?> Article(
        string type, string headline, string url, string locale, string? description, string? published, string? modified,
        IReadOnlyList<string> authors, string image, string publisher) => new()
        {
            ["@type"] = type,
            ["headline"] = headline,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["inLanguage"] = locale,
            ["description"] = description,
            ["datePublished"] = published,
            ["dateModified"] = modified ?? published,
            ["author"] = authors.Count == 0 ? null : authors.Select(a => new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = a }).ToList(),
            ["image"] = image,
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = publisher },
        };

    /// <summary>Drops absent values so the output has no <c>null</c> properties.</summary>
    private static Dictionary<string, object?> Clean(Dictionary<string, object?>? node)
    {
        var clean = new Dictionary<string, object?>();
        foreach (var (key, value) in node!)
        {
            switch (value)
            {
                case null:
                    break;
                case Dictionary<string, object?> child:
                    clean[key] = Clean(child);
                    break;
                case IEnumerable<Dictionary<string, object?>> list:
                    clean[key] = list.Select(Clean).ToList();
                    break;
                default:
                    clean[key] = value;
                    break;
            }
        }

        return clean;
    }
}
