using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Pipeline.Model;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>
/// The theme's <c>x | html.escape</c> pipes are evaluated without Scriban's general function call (EscapePipes); what a
/// template gets must be exactly what Scriban gives. Each case renders the same layout with the renderer and with a
/// plain Scriban context, on the same values.
/// </summary>
public sealed class EscapePipeTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "statement", "<h1>{{ page.title | html.escape }}</h1>" },
        { "null and missing", "[{{ page.none | html.escape }}][{{ page.missing | html.escape }}]" },
        { "numbers and booleans", "{{ page.count | html.escape }} {{ 1.5 | html.escape }} {{ true | html.escape }}" },
        { "list", "{{ page.list | html.escape }}" },
        { "assigned", "{{ x = page.title | html.escape }}({{ x }})" },
        { "after another pipe", "{{ page.title | string.upcase | html.escape }}" },
        { "piped argument", "{{ page.title | (string.upcase | html.escape) }}" },
        { "parenthesised first", "{{ (page.title | html.escape) | string.upcase }}" },
        { "before another pipe", "{{ page.url | html.escape | string.replace '/' '/<wbr>' }}" },
        { "operand", "{{ '<b>' + (page.title | html.escape) + '</b>' }}" },
        { "compared", "{{ if (page.title | html.escape) == page.title }}same{{ else }}escaped{{ end }}" },
        { "function argument", "{{ string.size (page.title | html.escape) }}" },
        { "ternary", "{{ page.count > 1 ? (page.title | html.escape) : '' }}" },
        { "loop", "{{ for t in page.list }}{{ t | html.escape }};{{ end }}" },
        { "function body", "{{ func f; ret $0 | html.escape; end }}{{ f page.title }}" },
        { "called form", "{{ html.escape page.title }}" },
        { "shadowed html", "{{ o = {html: {escape: 'x'}} }}{{ with o }}{{ page.title | html.escape }}{{ end }}" },
        { "error inside", "{{ page.title | string.slice 'no' | html.escape }}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_escape_pipe_gives_what_Scribans_gives(string name, string layout)
    {
        ScribanAlone.AssertRendersAsScriban(layout, Model());
        Assert.NotNull(name);
    }

    [Fact]
    public void Escape_pipes_are_rewritten_when_the_theme_loads_and_print_as_written()
    {
        using var theme = new TestTheme();
        const string Layout = "{{ x = page.title | html.escape }}{{ page.title | html.escape }}{{ page.title | string.upcase | html.escape }}{{ html.escape page.title }}";
        theme.Write("theme/layouts/page.scriban", Layout);

        var template = theme.Load().Layout("page")!;

        // The two pipes of two; a longer pipe and the called form are Scriban's.
        Assert.Equal(2, Escaped(template.Page).Count);
        Assert.Equal(Template.Parse(Layout).ToText(), template.ToText());
    }

    private static List<EscapedExpression> Escaped(ScriptNode? node)
    {
        var found = new List<EscapedExpression>();
        void Walk(ScriptNode? n)
        {
            if (n is EscapedExpression escaped)
            {
                found.Add(escaped);
                return;
            }

            for (var i = 0; n is not null && i < n.ChildrenCount; i++)
            {
                Walk(n.GetChildren(i));
            }
        }

        Walk(node);
        return found;
    }

    private static ModelMap Model() => new()
    {
        ["title"] = "Tom & Jerry's <guide> \"quoted\"",
        ["url"] = "/blog/a&b/",
        ["none"] = null,
        ["count"] = 3,
        ["list"] = new List<object?> { "<a>", 2, null },
    };
}
