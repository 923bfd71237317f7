using Site.Templating.Runtime;

namespace Site.Templating.Tests.Runtime;

public class ConversionOverflowTests
{
    // Found by TemplateRobustnessProperties: a range bound beyond Int64 crashed with OverflowException.
    [Theory]
    [InlineData("{{ 1..10000001e308 }}")]
    [InlineData("x\n{{ for i in 1..100000000000000000000000; end }}")]
    public void A_value_too_large_for_an_integer_is_a_runtime_error_at_its_statement(string text)
    {
        var template = Template.Parse(text, "t.scriban");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(new TemplateContext()));

        Assert.Equal(text.Count(c => c == '\n') + 1, error.Span.Start.Line);
    }
}
