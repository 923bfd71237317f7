using Site.Templating.Runtime;

namespace Site.Templating.Tests.Liquid;

public sealed class LiquidTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "liquid-tests-" + Guid.NewGuid().ToString("N"));

    public LiquidTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Render(string text, object? model = null)
    {
        var template = Template.ParseLiquid(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var context = new TemplateContext { TemplateLoader = new FileSystemTemplateLoader(_root, ".liquid") };
        if (model != null)
        {
            var globals = new ScriptObject();
            globals.Import(model);
            context.PushGlobal(globals);
        }
        return template.Render(context);
    }

    [Theory]
    [InlineData("{% for i in (1..6) limit: 2 offset: 1 %}{{ i }}{% endfor %}", "23")]
    [InlineData("{% for i in (1..3) reversed %}{{ i }}{% endfor %}", "321")]
    [InlineData("{% for i in empty_list %}x{% else %}none{% endfor %}", "none")]
    [InlineData("{% for i in (1..5) %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 4 %}{% break %}{% endif %}{{ i }}{% endfor %}", "13")]
    [InlineData("{% for i in (1..3) %}{{ forloop.index }}/{{ forloop.rindex0 }}{% unless forloop.last %},{% endunless %}{% endfor %}", "1/2,2/1,3/0")]
    public void For_loops_support_options_else_and_loop_control(string text, string expected) => Assert.Equal(expected, Render(text));

    [Fact]
    public void Tablerow_writes_rows_and_columns()
    {
        var output = Render("{% tablerow i in (1..3) cols: 2 %}{{ i }}{% endtablerow %}");
        Assert.Equal("<tr class=\"row1\"><td class=\"col1\">1</td><td class=\"col2\">2</td></tr>\n<tr class=\"row2\"><td class=\"col1\">3</td></tr>\n", output);
    }

    [Fact]
    public void Case_when_supports_several_values_and_else()
    {
        const string text = "{% case x %}{% when 1, 2 %}low{% when 3 or 4 %}mid{% else %}high{% endcase %}";
        Assert.Equal("low", Render(text, new { X = 2 }));
        Assert.Equal("mid", Render(text, new { X = 4 }));
        Assert.Equal("high", Render(text, new { X = 9 }));
    }

    [Fact]
    public void Unless_with_else_and_elsif_chains()
    {
        Assert.Equal("b", Render("{% unless true %}a{% else %}b{% endunless %}"));
        Assert.Equal("two", Render("{% if x == 1 %}one{% elsif x == 2 %}two{% elsif x == 3 %}three{% endif %}", new { X = 2 }));
    }

    [Fact]
    public void Increment_prints_then_counts_and_decrement_counts_then_prints()
    {
        Assert.Equal("012", Render("{% increment n %}{% increment n %}{% increment n %}"));
        Assert.Equal("-1-2", Render("{% decrement d %}{% decrement d %}"));
    }

    [Fact]
    public void Cycle_groups_are_independent()
    {
        Assert.Equal("a1b2a", Render("{% cycle 'x': 'a', 'b' %}{% cycle 'y': 1, 2 %}{% cycle 'x': 'a', 'b' %}{% cycle 'y': 1, 2 %}{% cycle 'x': 'a', 'b' %}"));
    }

    [Fact]
    public void Capture_assign_and_filters_with_arguments()
    {
        var output = Render("{% capture greeting %}Hello {{ name | upcase }}{% endcapture %}{% assign n = 10 | plus: 5 %}{{ greeting | append: '!' }} {{ n }} {{ 'a,b,c' | split: ',' | join: '-' }} {{ '<b>x</b>' | strip_html }} {{ 'abcdef' | slice: 1, 3 }}", new { Name = "ada" });
        Assert.Equal("Hello ADA! 15 a-b-c x bcd", output);
    }

    [Fact]
    public void Include_passes_with_for_and_named_values_as_variables()
    {
        File.WriteAllText(Path.Combine(_root, "card.liquid"), "[{{ card.title }}{% if suffix %}{{ suffix }}{% endif %}]");
        var model = new { Items = new[] { new { Title = "a" }, new { Title = "b" } } };
        Assert.Equal("[a]", Render("{% include 'card' with items[0] %}", model));
        Assert.Equal("[a][b]", Render("{% include 'card' for items %}", model));
        Assert.Equal("[b!]", Render("{% include 'card.liquid' with items[1], suffix: '!' %}", model));
    }

    [Fact]
    public void Ifchanged_prints_only_when_the_body_changes()
    {
        Assert.Equal("1234", Render("{% for i in list %}{% ifchanged %}{{ i }}{% endifchanged %}{% endfor %}", new { List = new[] { 1, 1, 2, 3, 3, 3, 4 } }));
    }

    [Fact]
    public void Raw_and_comment_are_not_evaluated()
    {
        Assert.Equal("{{ x }} {% if %}", Render("{% raw %}{{ x }} {% if %}{% endraw %}{% comment %}{{ y }}{% endcomment %}"));
    }

    [Theory]
    [InlineData("{% for x in list %}\n{% endif %}", 1, 4)]
    [InlineData("ok\n{% frobnicate %}", 2, 4)]
    [InlineData("{% case x %}{% when 1 %}a{% end %}", 1, 4)]
    [InlineData("{% assign = 3 %}", 1, 11)]
    [InlineData("{% include 'a' 5 %}", 1, 16)]
    public void Errors_report_the_line_and_column_of_the_offending_tag(string text, int line, int column)
    {
        var template = Template.ParseLiquid(text);
        Assert.True(template.HasErrors);
        Assert.Equal(line, template.Messages[0].Line);
        Assert.Equal(column, template.Messages[0].Column);
    }
}
