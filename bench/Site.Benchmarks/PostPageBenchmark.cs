using BenchmarkDotNet.Attributes;
using Scriban.Runtime;

namespace Site.Benchmarks;

/// <summary>
/// Renders a typical post page the way the site does (see <see cref="ThemePage"/>: real Scriban through the site's renderer): the post layout then the base
/// layout around it. The page has an 8 KB body, 5 tags, 3 related posts and a 6-item menu.
/// </summary>
[MemoryDiagnoser]
public class PostPageBenchmark
{
    private ThemePage _page = null!;

    public sealed record RelatedPost(string Title, string Url, DateTime Date);

    [GlobalSetup]
    public void Setup()
    {
        var partials = new Dictionary<string, string>
        {
            ["header"] = """
                <header><a class="brand" href="/{{ lang }}/">{{ site.title | html.escape }}</a>
                <nav>
                  {{~ for item in site.menu ~}}
                  <a href="{{ item.url }}"{{ if page.url | string.starts_with item.url }} class="active"{{ end }}>{{ item.name | html.escape }}</a>
                  {{~ end ~}}
                </nav></header>
                """,
            ["footer"] = """
                <footer>&copy; {{ site.year }} {{ site.title | html.escape }} · <a href="{{ site.repo }}/edit/main/{{ page.source_path }}">{{ t.edit_page }}</a></footer>
                """,
            ["related"] = """
                <li><a href="{{ $item.url }}">{{ $item.title | html.escape }}</a> <time datetime="{{ $item.date | date.to_string '%F' }}">{{ $item.date | date.to_string '%d %b %Y' }}</time></li>
                """,
        };
        var post = """
            <article class="post">
              <nav class="breadcrumbs"><a href="/{{ lang }}/">{{ t.home }}</a> › <a href="/{{ lang }}/{{ page.section }}/">{{ page.section_title | html.escape }}</a></nav>
              <h1>{{ page.title | html.escape }}</h1>
              <p class="meta">{{ t.published }} <time datetime="{{ page.date | date.to_string '%F' }}">{{ page.date | date.to_string '%d %b %Y' }}</time>{{ if page.author }} · {{ page.author | html.escape }}{{ end }} · {{ page.reading_time }} min</p>
              {{~ if page.tags.size > 0 ~}}
              <ul class="tags">{{ for tag in page.tags }}<li><a href="/{{ lang }}/tags/{{ tag | string.handleize }}/">{{ tag | html.escape }}</a></li>{{ end }}</ul>
              {{~ end ~}}
              <div class="content">{{ page.content }}</div>
              {{~ if page.related.size > 0 ~}}
              <h2>{{ t.related }}</h2>
              <ul class="related">
                {{~ for item in page.related ~}}
                {{ include "partials/related" item: item }}
                {{~ end ~}}
              </ul>
              {{~ end ~}}
            </article>
            """;
        var layout = """
            <!DOCTYPE html>
            <html lang="{{ lang }}">
            <head>
              <meta charset="utf-8">
              <title>{{ page.title | html.escape }} | {{ site.title | html.escape }}</title>
              <meta name="description" content="{{ page.summary | html.strip | string.truncate 160 | html.escape }}">
              <link rel="canonical" href="{{ site.base_url }}{{ page.url }}">
            </head>
            <body>
              {{ include "partials/header" }}
              <main>{{ content }}</main>
              {{ include "partials/footer" }}
            </body>
            </html>
            """;
        var paragraph = "<p>Kubernetes <em>operators</em> extend the control plane with custom controllers that reconcile desired and observed state; this paragraph stands in for rendered markdown.</p>\n";
        var page = new ScriptObject
        {
            ["title"] = "Operators & controllers: a <practical> guide",
            ["url"] = "/en/blog/operators-guide/",
            ["section"] = "blog",
            ["section_title"] = "Blog",
            ["date"] = new DateTime(2025, 3, 14),
            ["author"] = "Jane Doe",
            ["reading_time"] = 7,
            ["source_path"] = "content/en/blog/operators-guide.md",
            ["summary"] = "<p>Operators <b>extend</b> Kubernetes with domain knowledge: how they work, when to write one and which frameworks help.</p>",
            ["tags"] = new ScriptArray { "Kubernetes", "Operators", "Controllers", "CRD", "Cloud Native" },
            ["content"] = string.Concat(Enumerable.Repeat(paragraph, 8192 / paragraph.Length)),
            ["related"] = new ScriptArray
            {
                new RelatedPost("Writing a controller with controller-runtime", "/en/blog/controller-runtime/", new DateTime(2025, 1, 2)),
                new RelatedPost("CRD versioning", "/en/blog/crd-versioning/", new DateTime(2024, 11, 20)),
                new RelatedPost("Helm or operators?", "/en/blog/helm-or-operators/", new DateTime(2024, 9, 5)),
            },
        };
        _page = new ThemePage(partials, post, layout, Strings, page);
    }

    [GlobalCleanup]
    public void Cleanup() => _page.Dispose();

    [Benchmark]
    public string RenderPostPage() => _page.Render();

    private static readonly ScriptObject Strings = new()
    {
        ["home"] = "Home",
        ["published"] = "Published",
        ["related"] = "Related posts",
        ["edit_page"] = "Edit this page",
    };
}
