using System.Text;
using Site.Templating.Runtime;

namespace Site.Templating.Tests.Runtime;

/// <summary>
/// Render to a writer, recycled loop objects and parameter arrays, and builtins that write their text straight to
/// the output: each must give exactly what the plain string render gives.
/// </summary>
public sealed class StreamingAndRecyclingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "templating-stream-" + Guid.NewGuid().ToString("N"));

    public StreamingAndRecyclingTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public sealed record Item(string Title, DateTime Date);

    private static ScriptObject Model()
    {
        var items = new ScriptArray();
        for (var i = 0; i < 300; i++)
        {
            items.Add(new Item($"<{i}> & \"q\"", new DateTime(2024, 1, 1).AddDays(i)));
        }
        return new ScriptObject { ["items"] = items, ["title"] = "A & B" };
    }

    private const string ListTemplate = """
        <h1>{{ title | html.escape }}</h1>
        {{~ for x in items ~}}
        <p class="{{ if for.first }}first{{ end }}">{{ x.title | html.escape }} {{ x.date | date.to_string '%F %d %b %Y' }}</p>
        {{~ end ~}}
        """;

    [Fact]
    public void Rendering_to_a_writer_writes_the_same_text_as_the_string_render_even_past_one_buffer_chunk()
    {
        var template = Template.Parse(ListTemplate);
        var context = new TemplateContext();
        context.PushGlobal(Model());
        var expected = template.Render(context);
        var path = Path.Combine(_root, "page.html");

        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            template.Render(context, writer);
        }

        Assert.True(expected.Length > 8192, "the page must span several output chunks");
        Assert.Equal(expected, File.ReadAllText(path));
        // The context is reusable afterwards and the writer render left no output behind.
        Assert.Equal(expected, template.Render(context));
    }

    [Fact]
    public void A_failed_render_to_a_writer_writes_nothing()
    {
        var template = Template.Parse("partial text {{ 1 / nothing.missing }}");
        using var writer = new StringWriter();

        Assert.Throws<ScriptRuntimeException>(() => template.Render(new TemplateContext(), writer));
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Escaping_and_dates_written_by_a_statement_equal_the_same_values_printed_from_strings()
    {
        var model = new ScriptObject { ["t"] = "a<b>\n& \"c\" 'd' é", ["d"] = new DateTime(2025, 3, 4, 5, 6, 7) };
        // Parenthesised expressions are printed from the function's string value; bare pipes use the write path.
        var direct = Template.Parse("  {{ t | html.escape }}|{{ d | date.to_string '%F %T %j %L %N %y %C %I %g' }}|{{ d | date.to_string '%g' }}|{{ nil | html.escape }}|{{ nil | date.to_string '%F' }}.");
        var viaString = Template.Parse("  {{ (t | html.escape) }}|{{ (d | date.to_string '%F %T %j %L %N %y %C %I %g') }}|{{ (d | date.to_string '%g') }}|{{ (nil | html.escape) }}|{{ (nil | date.to_string '%F') }}.");

        var expected = viaString.Render(model);

        Assert.Equal(expected, direct.Render(model));
        Assert.Contains("a&lt;b&gt;\n  &amp; &quot;c&quot; &#39;d&#39; &#233;", expected, StringComparison.Ordinal);
        Assert.Contains("2025-03-04 05:06:07 063 000 000000000 25 20 05", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ t | string.truncate 5 }}")]
    [InlineData("{{ t | string.truncate 2 }}")]
    [InlineData("{{ t | string.truncate 100 }}")]
    [InlineData("{{ t | string.truncate 6 '…' }}")]
    [InlineData("{{ t | string.handleize }}")]
    [InlineData("{{ '' | string.handleize }}|{{ '' | string.truncate 3 }}")]
    public void Truncate_and_handleize_written_by_a_statement_equal_their_string_values(string text)
    {
        var model = new ScriptObject { ["t"] = "  Hello, World!\n Cloud-Native  " };
        var direct = Template.Parse("  " + text);
        var viaString = Template.Parse("  " + text.Replace("{{ ", "{{ (", StringComparison.Ordinal).Replace(" }}", ") }}", StringComparison.Ordinal));

        Assert.Equal(viaString.Render(model), direct.Render(model));
    }

    [Fact]
    public void A_pipe_statement_into_a_member_that_is_not_a_function_still_reports_the_error()
    {
        var template = Template.Parse("{{ p = {a: 1}; 'x' | p.a }}");

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(new TemplateContext()));
        Assert.Contains("Pipe expression destination `p.a` is not a valid function", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_written_by_a_statement_still_counts_against_the_output_limit()
    {
        var template = Template.Parse("{{ t | html.escape }}");
        var context = new TemplateContext { LimitToString = 10 };
        context.PushGlobal(new ScriptObject { ["t"] = "<<<<<" });

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));
        Assert.Contains("LimitToString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_inside_an_include_does_not_disturb_the_loop_object_of_the_caller()
    {
        File.WriteAllText(Path.Combine(_root, "inner.scriban"), "({{ for c in 1..$n }}{{ for.index }}{{ end }})");
        var template = Template.Parse("{{ for x in ['a', 'a', 'b'] }}{{ include 'inner' n: for.index + 1 }}{{ for.index }}{{ for.changed }}{{ for.rindex }};{{ end }}");
        var context = new TemplateContext { TemplateLoader = new FileSystemTemplateLoader(_root, ".scriban") };

        var expected = "(0)0true2;(01)1false1;(012)2true0;";
        Assert.Equal(expected, template.Render(context));
        Assert.Equal(expected, template.Render(context));
    }

    [Fact]
    public void Include_arguments_are_fresh_in_every_include_even_when_their_array_is_recycled()
    {
        File.WriteAllText(Path.Combine(_root, "p.scriban"), "<{{ $.post }}{{ $0 }}{{ $[1] }}{{ $.x = 'set' }}>");
        File.WriteAllText(Path.Combine(_root, "q.scriban"), "[{{ $.post }}|{{ $.x }}|{{ $.size }}|{{ $0 }}|{{ $[1] }}]");
        var template = Template.Parse("{{ include 'p' 'a' 'b' post: 1 }}{{ include 'q' }}{{ include 'p' 'c' 'd' post: 2 }}{{ include 'q' }}");
        var context = new TemplateContext { TemplateLoader = new FileSystemTemplateLoader(_root, ".scriban") };

        Assert.Equal("<1pa>[||1|q|]<2pc>[||1|q|]", template.Render(context));
    }

    [Fact]
    public void An_include_that_keeps_its_argument_array_sees_it_unchanged_after_later_includes()
    {
        File.WriteAllText(Path.Combine(_root, "keep.scriban"), "{{ saved = $ }}");
        File.WriteAllText(Path.Combine(_root, "other.scriban"), "{{ $0 }}");
        var template = Template.Parse("{{ include 'keep' 'a' 'b' }}{{ include 'other' 'x' 'y' }}{{ include 'other' 'z' }}:{{ saved[0] }}{{ saved[1] }}{{ saved.size }}");
        var context = new TemplateContext { TemplateLoader = new FileSystemTemplateLoader(_root, ".scriban") };

        // `$` holds the template name first, then the positional arguments.
        Assert.Equal("otherother:keepa3", template.Render(context));
    }

    [Fact]
    public void Nested_loops_reuse_loop_objects_without_mixing_their_state()
    {
        var template = Template.Parse("{{ for a in 1..3 }}[{{ for b in ['x', 'x', 'y'] }}{{ for.index }}{{ for.changed }}{{ end }}:{{ for.index }}{{ for.last }}]{{ end }}");

        Assert.Equal("[0true1false2true:0false][0true1false2true:1false][0true1false2true:2true]", template.Render(new TemplateContext { LoopLimit = 0 }));
    }

    [Fact]
    public void Builtins_with_recycled_arguments_give_correct_results_when_nested_in_their_own_arguments()
    {
        var template = Template.Parse("{{ string.append (string.append 'a' (string.upcase 'b')) (string.append 'c' 'd') }}|{{ for w in ['x', 'yy'] }}{{ w | string.append (w | string.upcase) | string.truncate 3 '' }};{{ end }}");

        Assert.Equal("aBcd|xX;yyY;", template.Render(new TemplateContext()));
    }
}
