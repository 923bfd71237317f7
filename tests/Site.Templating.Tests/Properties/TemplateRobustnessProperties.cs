using FsCheck;
using FsCheck.Fluent;
using Site.Templating.Runtime;

namespace Site.Templating.Tests.Properties;

/// <summary>
/// Themes arrive by pull request: whatever their text, parsing reports messages and rendering
/// fails only with <see cref="ScriptRuntimeException"/> (which carries a position), never any
/// other exception, hang or crash.
/// </summary>
public sealed class TemplateRobustnessProperties
{
    [Fact]
    public void Parsing_any_text_never_throws_and_failures_carry_messages_with_positions() =>
        Prop.ForAll(TemplateText.Arbitrary, text =>
        {
            foreach (var template in new[] { Template.Parse(text, "t.scriban"), Template.ParseLiquid(text, "t.liquid") })
            {
                if (template.HasErrors)
                {
                    Assert.NotEmpty(template.Messages);
                    Assert.All(template.Messages, m => Assert.True(m.Span.Line >= 1, m.ToString()));
                }
            }
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Rendering_any_parsed_template_fails_only_with_a_script_runtime_exception() =>
        Prop.ForAll(TemplateText.Arbitrary, text =>
        {
            var template = Template.Parse(text, "t.scriban");
            if (template.HasErrors)
            {
                return;
            }

            var context = new TemplateContext { LoopLimit = 200, RecursiveLimit = 20, LimitToString = 64 * 1024, RegexTimeOut = TimeSpan.FromMilliseconds(50) };
            context.PushGlobal(new ScriptObject
            {
                ["x"] = "<script>alert(1)</script>",
                ["y"] = 3,
                ["items"] = new ScriptArray(new object?[] { 1, "two", null }),
                ["page"] = new ScriptObject { ["title"] = "\"quoted\" & <b>" },
            });
            try
            {
                template.Render(context);
            }
            catch (ScriptRuntimeException error)
            {
                Assert.True(error.Span.Line >= 1, error.Message);
            }
        }).Check(PropertyRuns.Config);

    [Theory]
    [InlineData("{{ 1e3082147483648 }}")]
    [InlineData("{{ 1e999999999 }}")]
    [InlineData("{{ 1e99999m }}")]
    [InlineData("{{ 9e40m }}")]
    public void Out_of_range_number_literals_are_parse_errors_not_crashes_or_hangs(string text)
    {
        var template = Template.Parse(text, "n.scriban");

        Assert.True(template.HasErrors);
        Assert.Contains(template.Messages, m => m.Message.Contains("out of range", StringComparison.Ordinal) && m.Span.Line == 1);
    }

    [Fact]
    public void Argument_index_beyond_int_reads_as_null()
    {
        var template = Template.Parse("[{{ $02147483648 }}]", "a.scriban");

        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        Assert.Equal("[]", template.Render());
    }
}
