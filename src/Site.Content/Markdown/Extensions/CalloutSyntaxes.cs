using Markdig.Parsers;
using Site.Content.Markdown.Components;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// The callouts of other sites' markdown, read as the theme's callout components so that pages move over
/// unchanged: Docusaurus's admonitions (<c>:::note</c>), GitHub's alerts (<c>&gt; [!NOTE]</c>) and MkDocs's
/// admonitions (<c>!!! note</c>). Each kind maps to `note`, `tip` or `warning`; a theme without that component
/// gets an error naming it.
/// </summary>
internal static class CalloutSyntaxes
{
    /// <summary>Docusaurus's admonition types, and the component each is drawn with.</summary>
    public static readonly IReadOnlyDictionary<string, string> Docusaurus = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["note"] = "note",
        ["info"] = "note",
        ["tip"] = "tip",
        ["warning"] = "warning",
        ["caution"] = "warning",
        ["danger"] = "warning",
    };

    /// <summary>GitHub's alert types (any letter case, as on GitHub), and the component each is drawn with.</summary>
    public static readonly IReadOnlyDictionary<string, string> GitHub = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["NOTE"] = "note",
        ["IMPORTANT"] = "note",
        ["TIP"] = "tip",
        ["WARNING"] = "warning",
        ["CAUTION"] = "warning",
    };

    /// <summary>
    /// The admonition types of MkDocs (Python-Markdown's admonition, with Material for MkDocs's names and aliases),
    /// and the component each is drawn with. Python-Markdown takes any word as a type; one not listed is a note.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> MkDocs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = "note",
        ["abstract"] = "note",
        ["summary"] = "note",
        ["tldr"] = "note",
        ["info"] = "note",
        ["todo"] = "note",
        ["question"] = "note",
        ["help"] = "note",
        ["faq"] = "note",
        ["example"] = "note",
        ["quote"] = "note",
        ["cite"] = "note",
        ["success"] = "tip",
        ["check"] = "tip",
        ["done"] = "tip",
        ["tip"] = "tip",
        ["hint"] = "tip",
        ["important"] = "tip",
        ["warning"] = "warning",
        ["caution"] = "warning",
        ["attention"] = "warning",
        ["failure"] = "warning",
        ["fail"] = "warning",
        ["missing"] = "warning",
        ["danger"] = "warning",
        ["error"] = "warning",
        ["bug"] = "warning",
    };

    /// <summary>
    /// A component block for a callout written as <paramref name="written"/>, drawn by <paramref name="component"/>,
    /// with its call validated against the theme's catalog (or an error when the theme lacks the component).
    /// </summary>
    public static ComponentBlock Block(BlockParser parser, ComponentCatalog catalog, string written, string component, string? title, int line, int column, int titleColumn) =>
        Block(parser, catalog, written, component, title is null ? [] : [new ComponentArgument("title", title, titleColumn)], line, column);

    /// <summary>The same, for a component called with <paramref name="arguments"/> (a collapsible block's summary and state).</summary>
    public static ComponentBlock Block(BlockParser parser, ComponentCatalog catalog, string written, string component, IReadOnlyList<ComponentArgument> arguments, int line, int column)
    {
        var block = new ComponentBlock(parser)
        {
            Line = line,
            Column = column,
            Tag = new ComponentTag(component, IsClosing: false, IsSelfClosing: false, arguments, written.Length),
        };
        if (!catalog.Components.TryGetValue(component, out var declaration) || !declaration.HasInner)
        {
            block.Errors.Add((0, column, $"`{written}` is drawn with the theme's `{component}` component, which this theme does not have; use one of {catalog.Names}"));
            return block;
        }

        block.Call = ComponentExtension.Validate(block.Tag, declaration, line, column, block.Errors);
        return block;
    }
}
