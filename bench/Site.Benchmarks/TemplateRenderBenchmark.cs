using BenchmarkDotNet.Attributes;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Benchmarks;

/// <summary>
/// Renders a realistic page with the Scriban library alone (no site renderer around it): base layout + post
/// template + three partials (header, post card, footer), a loop over 200 items with dates, escaping and
/// truncation. Templates are parsed once and a new context is made per render, as a plain Scriban host would.
/// Compare with <see cref="TemplateLayoutBenchmark"/> (the site's renderer) for the cost of the safety layer.
/// </summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmark
{
    private Template _post = null!;
    private Template _layout = null!;
    private InMemoryLoader _loader = null!;
    private ScriptObject _globals = null!;

    public sealed record PostSummary(string Title, string Url, DateTime Date, string Summary, string[] Tags);

    [GlobalSetup]
    public void Setup()
    {
        _loader = new InMemoryLoader(new Dictionary<string, string>
        {
            ["partials/header"] = """
                <header><a href="/{{ site.lang }}/">{{ site.title | html.escape }}</a>
                <nav>{{~ for item in site.menu ~}}<a href="{{ item.url }}"{{ if page.url | string.starts_with item.url }} class="active"{{ end }}>{{ item.name | html.escape }}</a>{{~ end ~}}</nav></header>
                """,
            ["partials/card"] = """
                <article class="card"><h2><a href="{{ $post.url }}">{{ $post.title | html.escape }}</a></h2>
                <time datetime="{{ $post.date | date.to_string '%F' }}">{{ $post.date | date.to_string '%d %b %Y' }}</time>
                <p>{{ $post.summary | html.strip | string.truncate 120 }}</p>{{ if $post.tags.size > 0 }}<ul>{{ for t in $post.tags }}<li>{{ t | string.handleize }}</li>{{ end }}</ul>{{ end }}</article>
                """,
            ["partials/footer"] = """
                <footer>&copy; {{ site.year }} {{ site.title | html.escape }} &middot; {{ page.posts.size }} posts</footer>
                """,
        });
        _post = Template.Parse("""
            <h1>{{ page.title | html.escape }}</h1>
            {{~ for p in page.posts ~}}
            {{ include "partials/card" post: p }}
            {{~ end ~}}
            """, "layouts/list.scriban");
        _layout = Template.Parse("""
            <!DOCTYPE html>
            <html lang="{{ site.lang }}"><head><title>{{ page.title | html.escape }} | {{ site.title | html.escape }}</title></head>
            <body>{{ include "partials/header" }}
            <main>{{ content }}</main>
            {{ include "partials/footer" }}</body></html>
            """, "layouts/base.scriban");

        var posts = new List<object?>();
        for (var i = 0; i < 200; i++)
        {
            posts.Add(new PostSummary($"Post <{i}> & friends", $"/en/posts/post-{i}/", new DateTime(2024, 1, 1).AddDays(i), $"<p>Summary of post {i} with <b>markup</b> that is long enough to be truncated by the card partial template.</p>", new[] { "Cloud Native", "K8s" }));
        }
        var menu = new ScriptArray
        {
            new ScriptObject { ["name"] = "Home", ["url"] = "/en/" },
            new ScriptObject { ["name"] = "Posts", ["url"] = "/en/posts/" },
            new ScriptObject { ["name"] = "About", ["url"] = "/en/about/" },
        };
        _globals = new ScriptObject
        {
            ["site"] = new ScriptObject { ["title"] = "CNCF Knowledge Base", ["lang"] = "en", ["year"] = 2025, ["menu"] = menu },
            ["page"] = new ScriptObject { ["title"] = "All posts", ["url"] = "/en/posts/", ["posts"] = posts },
        };
    }

    [Benchmark]
    public string RenderListPage()
    {
        var context = new TemplateContext { TemplateLoader = _loader, LoopLimit = 1_000_000 };
        _loader.Prime(context);
        context.PushGlobal(_globals);
        var content = _post.Render(context);
        context.PushGlobal(new ScriptObject { ["content"] = content });
        return _layout.Render(context);
    }

    /// <summary>Loader over in-memory partials, parsed once: <see cref="Prime"/> hands the parsed templates to a new context.</summary>
    private sealed class InMemoryLoader(Dictionary<string, string> templates) : ITemplateLoader
    {
        private readonly Dictionary<string, Template> _parsed = templates.ToDictionary(kv => kv.Key, kv => Template.Parse(kv.Value, kv.Key));

        public void Prime(TemplateContext context)
        {
            foreach (var (path, template) in _parsed)
            {
                context.CachedTemplates[path] = template;
            }
        }

        public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => templates[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult(Load(context, callerSpan, templatePath));
    }
}
