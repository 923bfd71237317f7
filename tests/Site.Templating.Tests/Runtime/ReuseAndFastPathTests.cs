using Site.Templating.Runtime;

namespace Site.Templating.Tests.Runtime;

/// <summary>Behaviour that the rendering fast paths (pooled buffers and scopes, inline caches) must preserve.</summary>
public sealed class ReuseAndFastPathTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "templating-reuse-" + Guid.NewGuid().ToString("N"));

    public ReuseAndFastPathTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public sealed record Post(string Title);

    public sealed record Project(string Title, int Stars);

    private TemplateContext NewContext() => new() { TemplateLoader = new FileSystemTemplateLoader(_root, ".scriban") };

    [Fact]
    public void An_include_statement_is_indented_like_the_same_text_printed_from_an_expression()
    {
        File.WriteAllText(Path.Combine(_root, "list.scriban"), "<li>a</li>\n<li>b</li>\n");
        var direct = Template.Parse("<ul>\n    {{ include 'list' }}</ul>");
        var viaString = Template.Parse("<ul>\n    {{ (include 'list') }}</ul>");

        var expected = "<ul>\n    <li>a</li>\n    <li>b</li>\n</ul>";
        Assert.Equal(expected, direct.Render(NewContext()));
        Assert.Equal(expected, viaString.Render(NewContext()));
    }

    [Fact]
    public void Output_larger_than_one_buffer_chunk_is_kept_intact_through_nested_includes()
    {
        File.WriteAllText(Path.Combine(_root, "row.scriban"), "{{ for i in 1..$n }}{{ i % 10 }}{{ end }}|");
        var template = Template.Parse("{{ for j in 1..3 }}{{ include 'row' n: 5000 }}{{ end }}");
        var row = string.Concat(Enumerable.Range(1, 5000).Select(i => (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "|";
        var context = NewContext();
        context.LoopLimit = 0;

        Assert.Equal(row + row + row, template.Render(context));
    }

    [Fact]
    public void Locals_of_one_include_are_not_visible_to_the_next_one_or_to_the_next_render()
    {
        File.WriteAllText(Path.Combine(_root, "set.scriban"), "{{ $secret = 'x' }}set");
        File.WriteAllText(Path.Combine(_root, "get.scriban"), "[{{ $secret }}]");
        var template = Template.Parse("{{ include 'set' }}{{ include 'get' }}{{ $secret }}");
        var context = NewContext();

        Assert.Equal("set[]", template.Render(context));
        Assert.Equal("set[]", template.Render(context));
    }

    [Fact]
    public void A_member_read_on_objects_of_different_types_gives_each_type_its_own_value()
    {
        var template = Template.Parse("{{ for item in items }}{{ item.title }}/{{ item.stars }};{{ end }}");
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject
        {
            ["items"] = new ScriptArray { new Post("p1"), new Project("k8s", 5), new ScriptObject { ["title"] = "so", ["stars"] = 1 }, new Post("p2") },
        });

        Assert.Equal("p1/;k8s/5;so/1;p2/;", template.Render(context));
    }

    [Fact]
    public void A_runtime_error_inside_an_include_leaves_the_context_usable()
    {
        File.WriteAllText(Path.Combine(_root, "bad.scriban"), "partial {{ null.x }}");
        var context = NewContext();
        var failing = Template.Parse("before {{ include 'bad' }}");
        var working = Template.Parse("{{ for i in 1..2 }}{{ i }}{{ end }} ok");

        Assert.Throws<ScriptRuntimeException>(() => failing.Render(context));
        Assert.Equal("12 ok", working.Render(context));
    }

    [Fact]
    public void Builtin_calls_report_missing_and_extra_arguments()
    {
        var missing = Assert.Throws<ScriptRuntimeException>(() => Template.Parse("{{ string.truncate 'abc' }}").Render());
        Assert.Contains("Invalid number of arguments `1`", missing.Message);
        var extra = Assert.Throws<ScriptRuntimeException>(() => Template.Parse("{{ 'a' | string.upcase 1 2 }}").Render());
        Assert.Contains("Invalid number of arguments `3`", extra.Message);
    }
}
