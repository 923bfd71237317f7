using Site.Templating.Runtime;

namespace Site.Templating.Tests.Runtime;

public sealed class RenderingTests
{
    public sealed record Author(string DisplayName, int PostCount);

    public sealed class PageModel
    {
        public string Title { get; set; } = "";

        public Author? MainAuthor { get; init; }

        public DateTime PublishedAt { get; init; }
    }

    [Fact]
    public void Records_and_classes_are_exposed_by_snake_case_names()
    {
        var template = Template.Parse("{{ page.title }} by {{ page.main_author.display_name }} ({{ page.main_author.post_count }}) {{ page.published_at | date.to_string '%F' }}");
        var globals = new ScriptObject
        {
            ["page"] = new PageModel { Title = "Hello", MainAuthor = new Author("Ada", 3), PublishedAt = new DateTime(2024, 5, 6) },
        };
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Assert.Equal("Hello by Ada (3) 2024-05-06", template.Render(context));
    }

    [Fact]
    public void Dictionaries_keep_their_keys_and_lists_iterate()
    {
        var template = Template.Parse("{{ for t in page.tags }}{{ t }}{{ if !for.last }}, {{ end }}{{ end }}|{{ page[\"My-Key\"] }}|{{ ro.Value }}");
        IReadOnlyDictionary<string, object?> readOnly = new Dictionary<string, object?> { ["Value"] = 42 };
        var model = new Dictionary<string, object?>
        {
            ["page"] = new Dictionary<string, object?> { ["tags"] = new List<string> { "a", "b" }, ["My-Key"] = "x" },
            ["ro"] = readOnly,
        };

        Assert.Equal("a, b|x|42", template.Render(model));
    }

    [Fact]
    public void Html_escape_protects_untrusted_text()
    {
        var template = Template.Parse("<p title=\"{{ x | html.escape }}\">{{ x | html.escape }}</p>");

        Assert.Equal("<p title=\"&lt;script&gt;&quot;&#39;&amp;\">&lt;script&gt;&quot;&#39;&amp;</p>", template.Render(new { x = "<script>\"'&" }));
    }

    [Fact]
    public void Object_to_json_escapes_strings()
    {
        var template = Template.Parse("{{ {a: \"</script>\", b: [1, 2]} | object.to_json }}");

        Assert.Equal("{\"a\":\"\\u003C/script\\u003E\",\"b\":[1,2]}", template.Render());
    }

    [Fact]
    public void One_parsed_template_renders_concurrently()
    {
        var template = Template.Parse("{{ for i in 1..50 }}{{ i * factor }},{{ end }}{{ x = factor }}{{ x }}");
        var results = new string[64];

        Parallel.For(0, results.Length, i =>
        {
            var context = new TemplateContext();
            context.PushGlobal(new ScriptObject { ["factor"] = i });
            results[i] = template.Render(context);
        });

        for (var i = 0; i < results.Length; i++)
        {
            var expected = string.Concat(Enumerable.Range(1, 50).Select(n => $"{n * i},")) + i;
            Assert.Equal(expected, results[i]);
        }
    }

    [Fact]
    public void Strict_variables_report_the_missing_name_with_position()
    {
        var template = Template.Parse("ok\n{{ missing_var }}", "layouts/post.scriban");
        var context = new TemplateContext { StrictVariables = true };

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));

        Assert.Equal("layouts/post.scriban:2:4: error: The variable or function `missing_var` was not found", error.ToLogMessage().ToString());
    }

    [Fact]
    public void Fixed_now_makes_date_now_reproducible()
    {
        var template = Template.Parse("{{ date.now | date.to_string '%Y-%m-%d' }}");
        var context = new TemplateContext { Now = new DateTime(2020, 2, 29) };

        Assert.Equal("2020-02-29", template.Render(context));
    }
}
