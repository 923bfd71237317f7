using System.Collections.Concurrent;
using Site.Content.Diagnostics;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>One context per render thread, reused page after page: nothing of one page may reach the next.</summary>
public class RendererContextTests
{
    [Fact]
    public void After_a_failed_page_the_next_page_on_the_same_renderer_has_nothing_of_it()
    {
        using var theme = new TestTheme("<html>{{ content }}</html>");
        theme.Write("theme/partials/broken.scriban", "PARTIAL-OUTPUT-OF-FAILED-PAGE {{ leaked_global = 'LEAKED' }}{{ page.missing.deeper }}");
        theme.Write("theme/layouts/bad.scriban", "BEFORE-THE-FAILURE {{ include 'partials/broken.scriban' }}");
        theme.Write("theme/layouts/good.scriban", "good {{ page.title }} {{ leaked_global }}");
        var renderer = new PageRenderer(theme.Load());

        var failed = renderer.RenderPage("bad", TestTheme.Globals(), out var error);
        var good = renderer.RenderPage("good", TestTheme.Globals(new ModelMap { ["title"] = "T" }), out var goodError);

        Assert.Null(failed);
        Assert.NotNull(error);
        Assert.Null(goodError);
        Assert.Equal("<html>good T </html>", good);
        Assert.Equal(["layouts/_base.scriban", "layouts/good.scriban"], renderer.TemplatesUsed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_rendered_as_utf8_is_the_rendered_text_encoded_whatever_its_size_and_script()
    {
        // Emoji are surrogate pairs: at some point in a long page one straddles two chunks of the builder.
        using var theme = new TestTheme("<html lang=\"{{ page.lang }}\">\n{{ content }}\n</html>");
        theme.Write("theme/layouts/page.scriban", "{{ for i in 1..page.repeat }}<p>{{ page.text }} {{ i }}</p>\n{{ end }}");
        var renderer = new PageRenderer(theme.Load());
        var reference = new PageRenderer(theme.Load());

        foreach (var (text, repeat) in new[] { ("plain text", 1), ("云原生计算基金会 · 「服务网格」", 3), ("emoji 🚀🐳 and é", 40_000), ("short again", 2) })
        {
            var page = new ModelMap { ["lang"] = "zh-CN", ["text"] = text, ["repeat"] = repeat };
            var utf8 = renderer.RenderPageUtf8("page", TestTheme.Globals(page), out var error);
            var html = reference.RenderPage("page", TestTheme.Globals(page), out _);

            Assert.Null(error);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(html!), utf8?.ToArray());
        }
    }

    [Fact]
    public void A_page_rendered_as_utf8_after_a_failed_one_has_nothing_of_it()
    {
        using var theme = new TestTheme("<html>{{ content }}</html>");
        theme.Write("theme/layouts/bad.scriban", "{{ for i in 1..3 }}FAILED-PAGE-TEXT {{ end }}");
        theme.Write("theme/layouts/good.scriban", "good {{ page.title }}");
        File.WriteAllText(Path.Combine(theme.Root, "layouts", "_base.scriban"), "<html>{{ content }}{{ if page.fail }}{{ 1 / page.nothing.deeper }}{{ end }}</html>");
        var renderer = new PageRenderer(theme.Load());

        var failed = renderer.RenderPageUtf8("bad", TestTheme.Globals(new ModelMap { ["fail"] = true }), out var error);
        var good = renderer.RenderPageUtf8("good", TestTheme.Globals(new ModelMap { ["title"] = "T" }), out var goodError);

        Assert.Null(failed);
        Assert.NotNull(error);
        Assert.Null(goodError);
        Assert.Equal("<html>good T</html>", System.Text.Encoding.UTF8.GetString(good!.Value.Span));
    }

    [Fact]
    public void A_failure_inside_a_loop_inside_an_include_leaves_no_scope_behind()
    {
        using var theme = new TestTheme();
        theme.Write("theme/partials/item.scriban", "{{ $x = $1 }}{{ if $1 == 3 }}{{ 1 / nothing.at.all }}{{ end }}[{{ $x }}]");
        theme.Write("theme/layouts/bad.scriban", "{{ for i in 1..5 }}{{ include 'partials/item.scriban' i }}{{ end }}");
        theme.Write("theme/layouts/good.scriban", "{{ for i in 1..2 }}{{ include 'partials/item.scriban' i }}{{ end }}|{{ $x }}|{{ i }}|");
        var renderer = new PageRenderer(theme.Load());
        var fresh = new PageRenderer(theme.Load());

        Assert.Null(renderer.RenderPage("bad", TestTheme.Globals(), out _));
        var good = renderer.RenderPage("good", TestTheme.Globals(), out var error);

        Assert.Null(error);
        Assert.Equal(fresh.RenderPage("good", TestTheme.Globals(), out _), good);
        Assert.Equal("[1][2]|||", good);
    }

    [Fact]
    public void Parsed_templates_are_shared_by_threads_that_each_render_with_their_own_context()
    {
        using var theme = new TestTheme("<title>{{ page.title }}</title>{{ content }}");
        theme.Write("theme/partials/card.scriban", "{{ $1.title }}:{{ for n in $1.numbers }}{{ n }}{{ end }}");
        theme.Write("theme/layouts/page.scriban", "{{ for c in page.cards }}{{ include 'partials/card.scriban' c }};{{ end }}");
        var loaded = theme.Load();
        var results = new ConcurrentDictionary<int, string>();

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, () => new PageRenderer(loaded), (i, _, renderer) =>
        {
            var cards = Enumerable.Range(0, 5).Select(c => (object?)new ModelMap { ["title"] = $"p{i}c{c}", ["numbers"] = new List<object?> { i, c } }).ToList();
            results[i] = renderer.RenderPage("page", TestTheme.Globals(new ModelMap { ["title"] = $"page {i}", ["cards"] = cards }), out var error) ?? error!.ToString();
            return renderer;
        }, _ => { });

        Assert.Equal(400, results.Count);
        foreach (var (i, html) in results)
        {
            var cards = string.Concat(Enumerable.Range(0, 5).Select(c => $"p{i}c{c}:{i}{c};"));
            Assert.Equal($"<title>page {i}</title>{cards}", html);
        }
    }

    [Fact]
    public void Lines_end_with_a_line_feed_on_every_platform()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "{{ tablerow x in [1, 2] }}{{ x }}{{ end }}");

        var (html, error) = theme.RenderPage("page");

        Assert.Null(error);
        Assert.Contains("</tr>\n", html);
        Assert.DoesNotContain("\r", html);
    }

    [Fact]
    public void A_body_kept_compact_in_the_model_reads_as_its_text_in_every_use()
    {
        using var theme = new TestTheme("{{ content }}");
        theme.Write("theme/layouts/post.scriban", "{{ if page.content_html }}[{{ page.content_html }}]{{ end }}{{ page.content_html | string.size }}|{{ page[\"content_html\"] | string.contains \"video\" }}|{{ page.other_html }}");
        var renderer = new PageRenderer(theme.Load());
        var english = string.Concat(Enumerable.Repeat("<p>Envoy proxies video traffic.</p>", 20));
        var chinese = string.Concat(Enumerable.Repeat("<p>云原生项目</p>", 60));

        var html = renderer.RenderPage("post", TestTheme.Globals(new ModelMap
        {
            ["content_html"] = Site.Content.Text.CompactText.Of(english),
            ["other_html"] = Site.Content.Text.CompactText.Of(chinese),
        }), out var error);

        Assert.Null(error);
        Assert.Equal($"[{english}]{english.Length}|true|{chinese}", html);
    }

    [Fact]
    public void A_body_kept_compact_reads_as_its_text_when_the_whole_page_object_is_converted()
    {
        using var theme = new TestTheme("{{ content }}");
        theme.Write("theme/layouts/post.scriban", "{{ page | object.to_json }}|{{ for v in page }}{{ v.value }}{{ end }}|{{ page | object.values | array.join \",\" }}");
        var renderer = new PageRenderer(theme.Load());
        var english = string.Concat(Enumerable.Repeat("<p>Envoy proxies traffic.</p>", 20));

        var html = renderer.RenderPage("post", TestTheme.Globals(new ModelMap { ["content_html"] = Site.Content.Text.CompactText.Of(english) }), out var error);

        Assert.Null(error);
        var escaped = System.Text.Json.JsonSerializer.Serialize(english);
        Assert.Equal($"{{\"content_html\":{escaped}}}|{english}|{english}", html);
    }

    [Fact]
    public void The_page_model_is_read_only_to_templates()
    {
        var shared = new ModelMap { ["title"] = "Shared item" };
        var list = new List<object?> { "a", "b" };
        using var theme = new TestTheme();
        theme.Write("theme/layouts/member.scriban", "{{ page.item.title = 'changed' }}");
        theme.Write("theme/layouts/index.scriban", "{{ page.list[0] = 'changed' }}");
        theme.Write("theme/layouts/copy.scriban", "{{ $l = page.list | array.add 'c' }}{{ $l | array.join ',' }} {{ page.list.size }}");
        var renderer = new PageRenderer(theme.Load());
        ModelMap Page() => new() { ["item"] = shared, ["list"] = list };

        Assert.Null(renderer.RenderPage("member", TestTheme.Globals(Page()), out var memberError));
        Assert.Null(renderer.RenderPage("index", TestTheme.Globals(Page()), out var indexError));
        var copy = renderer.RenderPage("copy", TestTheme.Globals(Page()), out var copyError);

        Assert.Contains("readonly", memberError!.Message);
        Assert.Contains("read-only", indexError!.Message);
        Assert.Null(copyError);
        Assert.Equal("a,b,c 2", copy);
        Assert.Equal("Shared item", shared["title"]);
        Assert.Equal(["a", "b"], list);
    }

    [Fact]
    public void The_templates_a_page_used_are_recorded_including_ones_chosen_at_run_time()
    {
        using var theme = new TestTheme("{{ include 'partials/head.scriban' }}{{ content }}");
        theme.Write("theme/partials/head.scriban", "h");
        theme.Write("theme/partials/kind_a.scriban", "a");
        theme.Write("theme/partials/kind_b.scriban", "b{{ include 'partials/nested/leaf.scriban' }}");
        theme.Write("theme/partials/nested/leaf.scriban", "l");
        theme.Write("theme/partials/unused.scriban", "u");
        theme.Write("theme/layouts/page.scriban", "{{ include 'partials/kind_' + page.kind + '.scriban' }}");
        var renderer = new PageRenderer(theme.Load());

        Assert.Equal("hbl", renderer.RenderPage("page", TestTheme.Globals(new ModelMap { ["kind"] = "b" }), out _));

        Assert.Equal(
            ["layouts/_base.scriban", "layouts/page.scriban", "partials/head.scriban", "partials/kind_b.scriban", "partials/nested/leaf.scriban"],
            renderer.TemplatesUsed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_single_template_renders_with_the_given_globals_under_the_same_rules()
    {
        using var theme = new TestTheme();
        theme.Write("theme/shortcodes/note.scriban", "<aside>{{ text | html.escape }}{{ include 'partials/sig.scriban' }}</aside>");
        theme.Write("theme/partials/sig.scriban", "!");
        theme.Write("theme/shortcodes/escape.scriban", "{{ include '../../etc/passwd' }}");
        var renderer = new PageRenderer(theme.Load());

        var html = renderer.RenderTemplate("shortcodes/note.scriban", new Dictionary<string, object?> { ["text"] = "<b>" }, out var error);
        var used = renderer.TemplatesUsed.Order(StringComparer.Ordinal).ToList();
        var refused = renderer.RenderTemplate("shortcodes/escape", new Dictionary<string, object?>(), out var escapeError);

        Assert.Null(error);
        Assert.Equal("<aside>&lt;b&gt;!</aside>", html);
        Assert.Equal(["partials/sig.scriban", "shortcodes/note.scriban"], used);
        Assert.Null(refused);
        Assert.EndsWith("theme/shortcodes/escape.scriban", escapeError!.Path);
        Assert.Contains("`..` is not allowed", escapeError.Message);
    }
}
