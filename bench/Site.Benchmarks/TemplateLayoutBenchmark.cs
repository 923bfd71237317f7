using BenchmarkDotNet.Attributes;
using Scriban.Runtime;

namespace Site.Benchmarks;

/// <summary>
/// The benchmark, literally: a base layout + a post layout + three partials (head, header, footer),
/// with a loop over 200 items in the post (related projects: link with an escaped title, a formatted date and a
/// maturity badge), dates and escaping, rendered the way the site does (see <see cref="ThemePage"/>). The model
/// mixes ScriptObjects with snake_case keys (site, page, UI strings) and records (related items).
/// </summary>
[MemoryDiagnoser]
public class TemplateLayoutBenchmark
{
    private ThemePage _page = null!;

    public sealed record Related(string Title, string Url, DateTime Date, string Maturity);

    [GlobalSetup]
    public void Setup()
    {
        var partials = new Dictionary<string, string>
        {
            ["head"] = """
                <head>
                  <meta charset="utf-8">
                  <title>{{ page.title | html.escape }} | {{ site.title | html.escape }}</title>
                  <meta name="description" content="{{ page.summary | html.escape }}">
                  <link rel="canonical" href="{{ site.base_url }}{{ page.url }}">
                  {{~ for tr in page.translations ~}}
                  <link rel="alternate" hreflang="{{ tr.lang }}" href="{{ site.base_url }}{{ tr.url }}">
                  {{~ end ~}}
                </head>
                """,
            ["header"] = """
                <header><a class="brand" href="/{{ lang }}/">{{ site.title | html.escape }}</a>
                <nav>
                  {{~ for item in site.menu ~}}
                  <a href="{{ item.url }}"{{ if page.url | string.starts_with item.url }} aria-current="page"{{ end }}>{{ item.name | html.escape }}</a>
                  {{~ end ~}}
                </nav></header>
                """,
            ["footer"] = """
                <footer>&copy; {{ site.year }} {{ site.title | html.escape }} · {{ t.updated }} <time datetime="{{ page.last_modified | date.to_string '%F' }}">{{ page.last_modified | date.to_string '%d %b %Y' }}</time> · <a href="{{ site.repo }}/edit/main/{{ page.source_path | html.url_encode }}">{{ t.edit_page }}</a></footer>
                """,
        };
        var post = """
            <article class="post">
              <h1>{{ page.title | html.escape }}</h1>
              <p class="meta"><time datetime="{{ page.date | date.to_string '%F' }}">{{ page.date | date.to_string '%d %b %Y' }}</time>{{ if page.author }} · {{ page.author | html.escape }}{{ end }}</p>
              <div class="content">{{ page.content }}</div>
              <h2>{{ t.related }} ({{ page.related.size }})</h2>
              <ul class="related">
                {{~ for r in page.related ~}}
                <li class="{{ if for.even }}even{{ else }}odd{{ end }}"><a href="{{ r.url }}">{{ r.title | html.escape }}</a> <time datetime="{{ r.date | date.to_string '%F' }}">{{ r.date | date.to_string '%b %d, %Y' }}</time> <span class="badge badge-{{ r.maturity }}">{{ t.maturity[r.maturity] | html.escape }}</span></li>
                {{~ end ~}}
              </ul>
            </article>
            """;
        var layout = """
            <!DOCTYPE html>
            <html lang="{{ lang }}">
            {{ include "partials/head" }}
            <body>
              {{ include "partials/header" }}
              <main>{{ content }}</main>
              {{ include "partials/footer" }}
            </body>
            </html>
            """;
        var maturities = new[] { "graduated", "incubating", "sandbox", "archived" };
        var related = new ScriptArray();
        for (var i = 0; i < 200; i++)
        {
            related.Add(new Related($"Project <{i}> & \"friends\"", $"/en/projects/project-{i}/", new DateTime(2020, 1, 1).AddDays(i * 7), maturities[i % maturities.Length]));
        }
        var page = new ScriptObject
        {
            ["title"] = "Operators & controllers: a <practical> guide",
            ["url"] = "/en/blog/operators-guide/",
            ["summary"] = "How operators extend Kubernetes with domain knowledge, \"when\" to write one & which frameworks help.",
            ["date"] = new DateTime(2025, 3, 14),
            ["last_modified"] = new DateTime(2025, 4, 2, 10, 30, 0),
            ["author"] = "Jane Doe",
            ["source_path"] = "content/en/blog/operators guide.md",
            ["content"] = "<p>Kubernetes <em>operators</em> extend the control plane with custom controllers.</p>\n",
            ["translations"] = new ScriptArray { new ScriptObject { ["lang"] = "zh", ["url"] = "/zh/blog/operators-guide/" } },
            ["related"] = related,
        };
        _page = new ThemePage(partials, post, layout, Strings, page);
    }

    [GlobalCleanup]
    public void Cleanup() => _page.Dispose();

    [Benchmark]
    public string RenderLayout() => _page.Render();

    private static readonly ScriptObject Strings = new()
    {
        ["related"] = "Related projects",
        ["updated"] = "Last updated",
        ["edit_page"] = "Edit this page",
        ["maturity"] = new ScriptObject { ["graduated"] = "Graduated", ["incubating"] = "Incubating", ["sandbox"] = "Sandbox", ["archived"] = "Archived" },
    };
}
