namespace Site.Templating.Tests.Parsing;

public sealed class MessageTests
{
    [Fact]
    public void Parse_errors_carry_path_line_and_column()
    {
        var template = Template.Parse("line1\n{{ if }}", "themes/default/layouts/post.scriban");

        Assert.True(template.HasErrors);
        var message = template.Messages[0];
        Assert.Equal("themes/default/layouts/post.scriban", message.Path);
        Assert.Equal(2, message.Line);
        Assert.Equal(7, message.Column);
        Assert.StartsWith("themes/default/layouts/post.scriban:2:7: error: Error while parsing if statement", message.ToString());
    }

    [Fact]
    public void Runtime_error_message_uses_scriban_format()
    {
        var template = Template.Parse("{{ x = null; x.y }}", "a.scriban");

        var error = Assert.Throws<Site.Templating.Runtime.ScriptRuntimeException>(() => template.Render());

        Assert.Equal("a.scriban(1,16) : error : Cannot get the member x.y for a null object.", error.Message);
        Assert.Equal("a.scriban:1:16: error: Cannot get the member x.y for a null object.", error.ToLogMessage().ToString());
    }

    [Fact]
    public void Whitespace_control_and_auto_indent_shape_the_output()
    {
        var template = Template.Parse("<ul>\n  {{~ for x in [1, 2] ~}}\n  <li>{{ x }}</li>\n  {{~ end ~}}\n</ul>\n  {{ text }}");

        Assert.Equal("<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n  a\n  b", template.Render(new Dictionary<string, object?> { ["text"] = "a\nb" }));
    }
}
