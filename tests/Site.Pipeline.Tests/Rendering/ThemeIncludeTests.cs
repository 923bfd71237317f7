using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>
/// The renderer's <c>include</c> writes straight into the page instead of building a string per
/// include (ThemeInclude); what a template gets must be exactly what Scriban's own include
/// gives. Each case renders the same files with the renderer and with a plain Scriban context.
/// </summary>
public class ThemeIncludeTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "args", "{{ include 'partials/p' 'one' 2 }}|{{ include 'partials/p' }}" },
        { "named", "{{ for i in 1..3 }}{{ include 'partials/named' item: i }}{{ end }}" },
        { "empty", "a\n{{ include 'partials/empty' }}\nb" },
        { "indented", "<ul>\n  {{ include 'partials/lines' }}\n  {{ include 'partials/lines' }}\n</ul>" },
        { "indented empty", "<ul>\n  {{ include 'partials/empty' }}\n  {{ 'x' }}\n</ul>" },
        { "after newline", "<ul>\n{{~ include 'partials/lines' ~}}\n  <li>{{ include 'partials/empty' }}</li>\n    {{ 'a\nb' }}\n</ul>" },
        { "indented partial", "x\n  {{ include 'partials/indented' }}\n{{ include 'partials/indented' }}y" },
        { "nested", "{{ include 'partials/outer' 'v' }}" },
        { "assigned", "{{ x = include 'partials/p' 'a' 'b' }}[{{ x }}]" },
        { "piped", "{{ include 'partials/p' 'a' 'b' | string.upcase }}" },
        { "in a function", "{{ func f; include 'partials/p' $0 'z'; end }}{{ f 'q' }}-{{ y = f 'r' }}{{ y }}" },
        { "captured", "{{ capture c }}{{ include 'partials/lines' }}{{ end }}<{{ c | string.size }}>" },
        { "locals", "{{ $v = 'outer' }}{{ include 'partials/locals' 'inner' }}{{ $v }}" },
        { "dynamic name", "{{ name = 'partials/' + 'p' }}{{ include name 1 2 }}" },
        { "lines unindented", "{{ 'a\nb\n' }}x{{ 'c\nd' }}\n<p>{{ 'e\n\nf' }}</p>\n{{ include 'partials/lines' }}{{ include 'partials/indented' }}" },
        { "lines indented", "<div>\n    {{ 'a\nb\n' }}x{{ 'c\nd' }}\n  <p>{{ 'e\n\nf' }}</p>\n\t{{ 'g\nh' }}\n  {{ for i in 1..2 }}\n{{ 'i\nj' }}{{ end }}\n</div>" },
    };

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["partials/p.scriban"] = "<{{ $1 }},{{ $2 }},{{ $.size }}>",
        ["partials/named.scriban"] = "({{ item }})",
        ["partials/empty.scriban"] = "{{~ # nothing ~}}",
        ["partials/lines.scriban"] = "<li>1</li>\n<li>2</li>\n",
        ["partials/indented.scriban"] = "top\n    {{ 'deep\nline' }}\nend\n",
        ["partials/outer.scriban"] = "[\n  {{ include 'partials/p' $1 }}\n]",
        ["partials/locals.scriban"] = "{{ $1 }}{{ $v }}{{ $v = 'changed' }}{{ $v }}",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_renderers_include_gives_what_Scribans_include_gives(string name, string layout)
    {
        using var theme = WithPartials();
        theme.Write("theme/layouts/page.scriban", layout);

        var (ours, error) = theme.RenderPage("page");

        Assert.Null(error);
        Assert.Equal(RenderWithScribanAlone(layout), ours);
        Assert.NotNull(name);
    }

    /// <summary>A test theme holding the partials the cases include.</summary>
    internal static TestTheme WithPartials()
    {
        var theme = new TestTheme();
        foreach (var (path, text) in Partials)
        {
            theme.Write("theme/" + path, text);
        }

        return theme;
    }

    private static string RenderWithScribanAlone(string layout)
    {
        var context = new TemplateContext { TemplateLoader = new Loader(), NewLine = "\n" };
        context.PushGlobal(new ScriptObject { ["page"] = new ScriptObject() });
        var content = Template.Parse(layout, "layouts/page.scriban").Render(context);
        context.PushGlobal(new ScriptObject { ["content"] = content });
        return Template.Parse("{{ content }}", "layouts/_base.scriban").Render(context);
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName.EndsWith(".scriban", StringComparison.Ordinal) ? templateName : templateName + ".scriban";

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
