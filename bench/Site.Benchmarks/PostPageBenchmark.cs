using BenchmarkDotNet.Attributes;
using Site.Templating;
using Site.Templating.Runtime;

namespace Site.Benchmarks;

/// <summary>
/// Renders a typical post page the way the site does (Site.Pipeline's PageRenderer): one context reused per
/// worker, partials served by the <see cref="FileSystemTemplateLoader"/> from a theme folder, the post layout
/// then the base layout around it. The page has an 8 KB body, 5 tags, 3 related posts and a 6-item menu.
/// </summary>
[MemoryDiagnoser]
public class PostPageBenchmark
{
    private string _themeRoot = null!;
    private Template _post = null!;
    private Template _layout = null!;
    private TemplateContext _context = null!;
    private ScriptObject _site = null!;
    private ScriptObject _page = null!;

    public sealed record RelatedPost(string Title, string Url, DateTime Date);

    [GlobalSetup]
    public void Setup()
    {
        _themeRoot = Path.Combine(Path.GetTempPath(), "site-bench-theme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_themeRoot, "partials"));
        File.WriteAllText(Path.Combine(_themeRoot, "partials", "header.scriban"), """
            <header><a class="brand" href="/{{ lang }}/">{{ site.title | html.escape }}</a>
            <nav>
              {{~ for item in site.menu ~}}
              <a href="{{ item.url }}"{{ if page.url | string.starts_with item.url }} class="active"{{ end }}>{{ item.name | html.escape }}</a>
              {{~ end ~}}
            </nav></header>
            """);
        File.WriteAllText(Path.Combine(_themeRoot, "partials", "footer.scriban"), """
            <footer>&copy; {{ site.year }} {{ site.title | html.escape }} · <a href="{{ site.repo }}/edit/main/{{ page.source_path }}">{{ t.edit_page }}</a></footer>
            """);
        File.WriteAllText(Path.Combine(_themeRoot, "partials", "related.scriban"), """
            <li><a href="{{ $item.url }}">{{ $item.title | html.escape }}</a> <time datetime="{{ $item.date | date.to_string '%F' }}">{{ $item.date | date.to_string '%d %b %Y' }}</time></li>
            """);
        var loader = new FileSystemTemplateLoader(_themeRoot, ".scriban");
        _post = Template.Parse("""
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
            """, "layouts/post.scriban");
        _layout = Template.Parse("""
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
            """, "layouts/_base.scriban");

        var menu = new ScriptArray();
        foreach (var (name, url) in new[] { ("Home", "/en/"), ("Projects", "/en/projects/"), ("Landscape", "/en/landscape/"), ("Blog", "/en/blog/"), ("SIGs", "/en/sigs/"), ("About", "/en/about/") })
        {
            menu.Add(new ScriptObject { ["name"] = name, ["url"] = url });
        }
        _site = new ScriptObject { ["title"] = "CNCF Knowledge Base", ["year"] = 2025, ["menu"] = menu, ["base_url"] = "https://kb.example.org", ["repo"] = "https://github.com/example/kb" };
        var paragraph = "<p>Kubernetes <em>operators</em> extend the control plane with custom controllers that reconcile desired and observed state; this paragraph stands in for rendered markdown.</p>\n";
        _page = new ScriptObject
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
        _context = new TemplateContext { TemplateLoader = loader, LoopLimit = 10_000_000 };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_themeRoot, recursive: true);

    [Benchmark]
    public string RenderPostPage()
    {
        var globals = new ScriptObject(5)
        {
            ["site"] = _site,
            ["lang"] = "en",
            ["t"] = Strings,
            ["page"] = _page,
        };
        _context.PushGlobal(globals);
        try
        {
            globals["content"] = _post.Render(_context);
            return _layout.Render(_context);
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    private static readonly ScriptObject Strings = new()
    {
        ["home"] = "Home",
        ["published"] = "Published",
        ["related"] = "Related posts",
        ["edit_page"] = "Edit this page",
    };
}
