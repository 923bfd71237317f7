using Scriban.Runtime;
using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>
/// Member reads on the page model are answered straight from its maps (ThemeTemplateContext.Evaluate); what a template
/// gets, values and errors, must be exactly what Scriban gives. Each case renders the same layout with the renderer and
/// with a plain Scriban context, on the same values.
/// </summary>
public sealed class ModelReadTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "member", "{{ page.title }}" },
        { "nested", "{{ page.author.name }}/{{ page.author.links.home }}" },
        { "missing member", "[{{ page.missing }}][{{ page.author.missing }}]" },
        { "null value", "[{{ page.none }}]" },
        { "member of null", "{{ page.none.x }}" },
        { "safe member of null", "[{{ page.none?.x }}]" },
        { "member of a missing member", "{{ page.missing.x }}" },
        { "list size", "{{ page.list.size }} {{ page.author.links.size }}" },
        { "member of a string", "{{ page.title.size }}" },
        { "local", "{{ $a = page.author }}{{ $a.name }}" },
        { "loop", "{{ for p in page.people }}{{ p.name }},{{ end }}" },
        { "condition", "{{ if page.author.name == 'Ann' }}yes{{ else }}no{{ end }}" },
        { "function variable", "{{ func author; ret page.author; end }}{{ author.name }}" },
        { "parameter named like a global", "{{ func f(page); ret page.name; end }}[{{ f page.author }}]" },
        { "builtin object", "{{ date.parse('2024-01-02').year }}" },
        { "piped", "{{ page.author.name | string.upcase }}" },
        { "indexer", "{{ page['title'] }} {{ page.author['name'] }}" },
        { "boolean and number", "{{ page.draft }} {{ page.count + 1 }} {{ if !page.draft }}published{{ end }}" },
        { "function in the model", "{{ page.greet }} {{ page.author.greet }}" },
        { "derived map", "{{ page.derived.name }}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_model_read_gives_what_Scriban_gives(string name, string layout)
    {
        ScribanAlone.AssertRendersAsScriban(layout, Model());
        Assert.NotNull(name);
    }

    [Fact]
    public void Assigning_to_the_model_still_fails()
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", "{{ page.author.name = 'x' }}{{ page.author.name }}");

        var (html, error) = theme.RenderPage("page", Model());

        Assert.Null(html);
        Assert.Contains("readonly", error!.Message, StringComparison.Ordinal);
    }

    private static ModelMap Model() => new()
    {
        ["title"] = "A <title>",
        ["none"] = null,
        ["list"] = new List<object?> { 1, "two" },
        ["author"] = new ModelMap { ["name"] = "Ann", ["greet"] = DelegateCustomFunction.CreateFunc(() => "hi"), ["links"] = new ModelMap { ["home"] = "https://example.org/" } },
        ["people"] = new List<object?> { new ModelMap { ["name"] = "Bo" }, new ModelMap { ["name"] = "Cy" } },
        ["draft"] = false,
        ["count"] = 3,
        ["greet"] = DelegateCustomFunction.CreateFunc(() => "called"),
        ["derived"] = new DerivedMap { ["name"] = "Di" },
    };

    /// <summary>A map of a type derived from the model's: read by Scriban's own path, with the same result.</summary>
    private sealed class DerivedMap : ModelMap;
}
