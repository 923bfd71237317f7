using BenchmarkDotNet.Attributes;
using Site.Templating;
using Site.Templating.Runtime;

namespace Site.Benchmarks;

/// <summary>
/// The benchmark, literally: a base layout + a post layout + three partials (head, header, footer),
/// with a loop over 200 items in the post (related projects: link with an escaped title, a formatted date and a
/// maturity badge), dates and escaping. Partials come from a <see cref="FileSystemTemplateLoader"/> over a theme
/// folder and one context is reused per worker, as Site.Pipeline's PageRenderer does. The model mixes
/// ScriptObjects with snake_case keys (site, page, UI strings) and records (related items).
/// </summary>
[MemoryDiagnoser]
public class TemplateLayoutBenchmark
{
    private string _themeRoot = null!;
    private Template _post = null!;
    private Template _base = null!;
    private TemplateContext _context = null!;
    private ScriptObject _site = null!;
    private ScriptObject _page = null!;

    // The site writes pages to files: a UTF-8 writer over a sink measures encoding without disk I/O.
    private readonly StreamWriter _writer = new(Stream.Null, new System.Text.UTF8Encoding(false), 64 * 1024);

    public sealed record Related(string Title, string Url, DateTime Date, string Maturity);

    [GlobalSetup]
    public void Setup()
    {
        _themeRoot = Path.Combine(Path.GetTempPath(), "site-bench-layout-" + Guid.NewGuid().ToString("N"));
        var partials = Path.Combine(_themeRoot, "partials");
        Directory.CreateDirectory(partials);
        File.WriteAllText(Path.Combine(partials, "head.scriban"), """
            <head>
              <meta charset="utf-8">
              <title>{{ page.title | html.escape }} | {{ site.title | html.escape }}</title>
              <meta name="description" content="{{ page.summary | html.escape }}">
              <link rel="canonical" href="{{ site.base_url }}{{ page.url }}">
              {{~ for tr in page.translations ~}}
              <link rel="alternate" hreflang="{{ tr.lang }}" href="{{ site.base_url }}{{ tr.url }}">
              {{~ end ~}}
            </head>
            """);
        File.WriteAllText(Path.Combine(partials, "header.scriban"), """
            <header><a class="brand" href="/{{ lang }}/">{{ site.title | html.escape }}</a>
            <nav>
              {{~ for item in site.menu ~}}
              <a href="{{ item.url }}"{{ if page.url | string.starts_with item.url }} aria-current="page"{{ end }}>{{ item.name | html.escape }}</a>
              {{~ end ~}}
            </nav></header>
            """);
        File.WriteAllText(Path.Combine(partials, "footer.scriban"), """
            <footer>&copy; {{ site.year }} {{ site.title | html.escape }} · {{ t.updated }} <time datetime="{{ page.last_modified | date.to_string '%F' }}">{{ page.last_modified | date.to_string '%d %b %Y' }}</time> · <a href="{{ site.repo }}/edit/main/{{ page.source_path | html.url_encode }}">{{ t.edit_page }}</a></footer>
            """);
        var loader = new FileSystemTemplateLoader(_themeRoot, ".scriban");
        _post = Template.Parse("""
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
            """, "layouts/post.scriban");
        _base = Template.Parse("""
            <!DOCTYPE html>
            <html lang="{{ lang }}">
            {{ include "partials/head" }}
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
        var maturities = new[] { "graduated", "incubating", "sandbox", "archived" };
        var related = new ScriptArray();
        for (var i = 0; i < 200; i++)
        {
            related.Add(new Related($"Project <{i}> & \"friends\"", $"/en/projects/project-{i}/", new DateTime(2020, 1, 1).AddDays(i * 7), maturities[i % maturities.Length]));
        }
        _page = new ScriptObject
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
        _context = new TemplateContext { TemplateLoader = loader, LoopLimit = 10_000_000 };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        Directory.Delete(_themeRoot, recursive: true);
    }

    [Benchmark]
    public string RenderLayout()
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
            return _base.Render(_context);
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    /// <summary>The same page streamed to a writer with <see cref="Template.Render(TemplateContext, TextWriter)"/>: no page string.</summary>
    [Benchmark]
    public void RenderLayoutToWriter()
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
            _base.Render(_context, _writer);
            _writer.Flush();
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    private static readonly ScriptObject Strings = new()
    {
        ["related"] = "Related projects",
        ["updated"] = "Last updated",
        ["edit_page"] = "Edit this page",
        ["maturity"] = new ScriptObject { ["graduated"] = "Graduated", ["incubating"] = "Incubating", ["sandbox"] = "Sandbox", ["archived"] = "Archived" },
    };
}
