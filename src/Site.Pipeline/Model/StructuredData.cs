using System.Buffers;
using System.Text;
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
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>A <c>@graph</c> of the given nodes (nulls skipped), or null when there are none.</summary>
    /// <remarks>
    /// Written with a <see cref="Utf8JsonWriter"/> walking the nodes, as <see cref="JsonSerializer"/> would write
    /// them without their null properties: every page has one, and the serializer's run-time type dispatch over
    /// nested dictionaries was a quarter of building a post's model.
    /// </remarks>
    public static string? Graph(params Dictionary<string, object?>?[] nodes)
    {
        if (nodes.All(n => n is null))
        {
            return null;
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteStartArray("@graph");
            foreach (var node in nodes)
            {
                if (node is not null)
                {
                    WriteNode(json, node);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A node without its absent (null) properties, so the output has no <c>null</c>s.</summary>
    private static void WriteNode(Utf8JsonWriter json, Dictionary<string, object?> node)
    {
        json.WriteStartObject();
        foreach (var (key, value) in node)
        {
            if (value is null)
            {
                continue;
            }

            json.WritePropertyName(key);
            switch (value)
            {
                case string text:
                    json.WriteStringValue(text);
                    break;
                case int number:
                    json.WriteNumberValue(number);
                    break;
                case Dictionary<string, object?> child:
                    WriteNode(json, child);
                    break;
                case IEnumerable<Dictionary<string, object?>> children:
                    json.WriteStartArray();
                    foreach (var child in children)
                    {
                        WriteNode(json, child);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    // Nodes are built in this file from the cases above only; a new kind of value gets a case here
                    // rather than the serializer's reflection (bench/README.md, "A native executable").
                    throw new ArgumentException($"JSON-LD property `{key}` holds a {value.GetType().Name}, which the writer does not handle");
            }
        }

        json.WriteEndObject();
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
}
