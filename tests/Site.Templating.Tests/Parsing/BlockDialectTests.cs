namespace Site.Templating.Tests.Parsing;

/// <summary>
/// The block statements Scriban and Liquid build with one parser (<c>for</c>/<c>tablerow</c>, <c>if</c> chains,
/// <c>capture</c>, <c>while</c>, <c>with</c>, <c>case</c>): what each dialect accepts, renders and reports.
/// </summary>
public sealed class BlockDialectTests
{
    [Theory]
    [InlineData("{{ for x in [1, 2, 3, 4] offset: 1 limit: 2 }}{{ x }}{{ end }}", "23")]
    [InlineData("{{ for x in [1, 2, 3] reversed }}{{ x }}{{ end }}", "321")]
    [InlineData("{{ for $x in [1, 2] }}{{ $x }}{{ end }}", "12")]
    [InlineData("{{ for x in [] }}a{{ else }}none{{ end }}", "none")]
    [InlineData("{{ tablerow x in [] }}a{{ else }}none{{ end }}", "none")]
    [InlineData("{{ if false }}a{{ else if false }}b{{ else }}c{{ end }}", "c")]
    [InlineData("{{ if false }}a{{ else if true }}b{{ else }}c{{ end }}", "b")]
    [InlineData("{{ capture v }}hi{{ end }}{{ v }}", "hi")]
    [InlineData("{{ i = 0; while i < 3; i = i + 1; i; end }}", "123")]
    [InlineData("{{ with {a: 5} }}{{ a }}{{ end }}", "5")]
    [InlineData("{{ case 2; when 1; 'one'; when 2; 'two'; else; 'other'; end }}", "two")]
    [InlineData("{{ for x in 1..5; if x == 2; continue; end; if x == 4; break; end; x; end }}", "13")]
    [InlineData("{{ i = 0; while i < 5; i = i + 1; if i == 2; continue; end; if i == 4; break; end; i; end }}", "13")]
    [InlineData("{{ func f; for x in 1..3; while true; ret x * 10; end; end; ret 0; end; f }}", "10")]
    [InlineData("{{ case 3; when 1; 'one'; else; 'other'; end }}", "other")]
    public void Scriban_blocks_render(string text, string expected)
    {
        var template = Template.Parse(text);

        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        Assert.Equal(expected, template.Render());
    }

    [Theory]
    [InlineData("{% for i in (1..6) limit: 2, offset: 1 %}{{ i }}{% endfor %}", "23")]
    [InlineData("{% for i in (1..3) reversed %}{{ i }}{% endfor %}", "321")]
    [InlineData("{% for i in missing %}a{% else %}none{% endfor %}", "none")]
    [InlineData("{% if false %}a{% elsif false %}b{% else %}c{% endif %}", "c")]
    [InlineData("{% if false %}a{% elsif true %}b{% else %}c{% endif %}", "b")]
    [InlineData("{% unless true %}a{% elsif true %}b{% endunless %}", "b")]
    [InlineData("{% unless false %}a{% else %}b{% endunless %}", "a")]
    [InlineData("{% capture v %}hi{% endcapture %}{{ v }}", "hi")]
    [InlineData("{% case 3 %}{% when 1 %}one{% else %}other{% endcase %}", "other")]
    public void Liquid_blocks_render(string text, string expected)
    {
        var template = Template.ParseLiquid(text);

        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        Assert.Equal(expected, template.Render());
    }

    [Theory]
    [InlineData("{{ for 1 in x }}{{ end }}", "1:4: error: Error while parsing for statement: Expecting a variable instead of `1` in: for <variable> in <expression> ... end")]
    [InlineData("{{ tablerow x of y }}{{ end }}", "1:4: error: Error while parsing tablerow statement: Expecting 'in' word instead of `of` in: tablerow <variable> in <expression> ... end")]
    [InlineData("{{ for x in [1] limit: 1, offset: 0 }}{{ end }}", "1:25: error: Invalid token found `,`. Expecting <EOL>/end of line.")]
    [InlineData("{{ for x in [1] }}a", "1:4: error: Error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end")]
    [InlineData("a\n{{ if true }}b", "2:12: error: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if")]
    [InlineData("{{ if true }}a{{ else }}b", "1:12: error: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if")]
    [InlineData("{{ while true }}a", "1:4: error: Error while parsing while statement: The <end> statement was not found in: while <expression> ... end")]
    [InlineData("{{ with }}a{{ end }}", "1:9: error: Error while parsing with statement: Expecting <expression> instead of `}}` in: with <variable> ... end")]
    [InlineData("{{ capture x }}a", "1:4: error: Error while parsing capture statement: The <end> statement was not found in: capture <variable> ... end")]
    [InlineData("{{ case 1; when 1; 'a'; else; 'b' }}", "1:4: error: Error while parsing case statement: The <end> statement was not found in: case <expression> ... end|when <expression> ... end|else ... end")]
    public void Scriban_block_errors_are_reported_where_they_were(string text, string expected)
    {
        Assert.Equal(expected, FirstMessage(Template.Parse(text)));
    }

    [Theory]
    [InlineData("{% for $x in (1..2) %}{% endfor %}", "1:4: error: Error while parsing for statement: Expecting a variable instead of `$x` in: for <variable> in <expression> ... end")]
    [InlineData("{% for x of y %}{% endfor %}", "1:4: error: Error while parsing for statement: Expecting 'in' word instead of `of` in: for <variable> in <expression> ... end")]
    [InlineData("{% tablerow i in empty %}a{% else %}b{% endtablerow %}", "1:4: error: Error while parsing tablerow statement: The `endtablerow statement` was not found in: tablerow <variable> in <expression> ... end")]
    [InlineData("{% for i in (1..2) %}a{% elsif true %}b{% endfor %}", "1:4: error: Error while parsing for statement: The `endfor statement` was not found in: for <variable> in <expression> ... end")]
    [InlineData("{% for i in (1..2) %}a{% end %}", "1:4: error: Error while parsing for statement: The `endfor statement` was not found in: for <variable> in <expression> ... end")]
    [InlineData("{% unless x %}a{% endif %}", "1:4: error: Error while parsing if statement: The `endunless statement` was not found in: if <expression> ... end|else|else if")]
    [InlineData("{% if x %}a{% else %}b{% endunless %}", "1:4: error: Error while parsing if statement: The `endif statement` was not found in: if <expression> ... end|else|else if")]
    [InlineData("{% capture v %}hi{% endfor %}", "1:4: error: Error while parsing capture statement: The `endcapture statement` was not found in: capture <variable> ... end")]
    [InlineData("{% for i in (1..2) %}a{% else 5 %}b{% endfor %}", "1:31: error: Invalid token found `5`. Expecting the end of the tag `%}`.")]
    public void Liquid_block_errors_are_reported_where_they_were(string text, string expected)
    {
        Assert.Equal(expected, FirstMessage(Template.ParseLiquid(text)));
    }

    private static string FirstMessage(Template template)
    {
        Assert.True(template.HasErrors);
        var message = template.Messages[0];
        return $"{message.Line}:{message.Column}: {message.Severity}: {message.Message}";
    }
}
