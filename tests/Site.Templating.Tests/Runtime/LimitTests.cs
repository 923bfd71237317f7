using Site.Templating.Runtime;

namespace Site.Templating.Tests.Runtime;

public sealed class LimitTests
{
    [Fact]
    public void Loop_limit_raises_an_error_at_the_loop()
    {
        var template = Template.Parse("{{ for x in items }}{{ x }}{{ end }}", "t.scriban");
        var context = new TemplateContext { LoopLimit = 10 };
        context.PushGlobal(new ScriptObject { ["items"] = new ScriptArray(Enumerable.Range(0, 20).Cast<object?>()) });

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));

        Assert.Contains("Exceeding number of iteration limit `10`", error.Message);
        Assert.Equal((1, 4), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Recursion_limit_raises_an_error_at_the_call()
    {
        var template = Template.Parse("{{ func f; f; end; f }}", "t.scriban");
        var context = new TemplateContext { RecursiveLimit = 20 };

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));

        Assert.Contains("recursive depth limit `20`", error.Message);
        Assert.Equal((1, 12), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Output_limit_raises_an_error_with_position()
    {
        var template = Template.Parse("{{ for i in 1..100 }}0123456789{{ end }}", "t.scriban");
        var context = new TemplateContext { LimitToString = 500 };

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));

        Assert.Contains("LimitToString", error.Message);
        Assert.Equal(1, error.Span.Line);
    }

    [Fact]
    public void Deeply_nested_input_gives_an_error_instead_of_a_crash()
    {
        var expression = "{{ " + new string('(', 10_000) + "1" + new string(')', 10_000) + " }}";
        var blocks = string.Concat(Enumerable.Repeat("{{ if true }}", 10_000)) + string.Concat(Enumerable.Repeat("{{ end }}", 10_000));

        foreach (var text in new[] { expression, blocks })
        {
            var template = Template.Parse(text, "deep.scriban");

            Assert.True(template.HasErrors);
            Assert.Contains(template.Messages, m => m.Message.Contains("too deeply nested", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Cyclic_structures_give_an_error_when_printed()
    {
        var template = Template.Parse("{{ a = {}; a.self = a; a }}", "t.scriban");

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render());

        Assert.Contains("reference loops", error.Message);
    }
}
