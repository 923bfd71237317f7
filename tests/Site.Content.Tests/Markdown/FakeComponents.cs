using Site.Content.Markdown.Components;

namespace Site.Content.Tests.Markdown;

/// <summary>Writes each call as an element named after the component, its arguments as attributes (escaped), the inner HTML inside.</summary>
internal sealed class FakeComponents(ComponentCatalog catalog, bool fail = false) : IComponentRenderer
{
    public ComponentCatalog Catalog { get; } = catalog;

    public string Version => "test";

    public string? Render(ComponentCall call, string innerHtml, string language, out string? error)
    {
        error = fail ? "template failed" : null;
        if (fail)
        {
            return null;
        }

        var attributes = string.Concat(call.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $" {a.Key}=\"{System.Net.WebUtility.HtmlEncode(a.Value)}\""));
        return $"<{call.Declaration.Name}{attributes} lang=\"{language}\" index=\"{call.Index}\">{innerHtml}</{call.Declaration.Name}>";
    }
}
