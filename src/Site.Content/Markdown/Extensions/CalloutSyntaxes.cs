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
    /// The heading of an untitled callout whose type the component does not name: the type, as Docusaurus, MkDocs and
    /// GitHub show it (`:::danger` is "Danger", not the theme's "Warning"). The type is an English word: on a page in
    /// another language, null, so the component's own heading in that language shows (注意, 警告).
    /// </summary>
    public static string? TypeHeading(string kind, string component, string? language)
    {
        var english = (language ?? "en").StartsWith("en", StringComparison.OrdinalIgnoreCase);
        return english && kind.Length > 0 && !string.Equals(kind, component, StringComparison.OrdinalIgnoreCase)
            ? char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant()
            : null;
    }

    private static readonly Markdig.MarkdownPipeline TitlePipeline = Markdig.MarkdownExtensions.DisableHtml(new Markdig.MarkdownPipelineBuilder()).Build();

    /// <summary>
    /// A callout title as its text: the sites these come from render a title's inline markdown (`:::info **Winners**`);
    /// here a title is a component argument, which the templates escape, so its markers go and its words stay (emphasis,
    /// code and links reduced to their text). A title that reads as more than a line of text (`1. Setup` is a list) is
    /// kept as written.
    /// </summary>
    public static string TitleText(string title)
    {
        if (title.AsSpan().IndexOfAny("*_`[\\&<") < 0)
        {
            return title;
        }

        var document = Markdig.Markdown.Parse(title, TitlePipeline);
        return document is [Markdig.Syntax.ParagraphBlock { Inline: { } inline }] && InlineText.Of(inline) is { Length: > 0 } text ? text : title;
    }

    /// <summary>
    /// A component block for a callout written as <paramref name="written"/>, drawn by <paramref name="component"/>,
    /// with its call validated against the theme's catalog (or an error when the theme lacks the component).
    /// </summary>
    public static ComponentBlock Block(BlockParser parser, ComponentCatalog catalog, string written, string component, string? title, int line, int column, int titleColumn) =>
        Block(parser, catalog, written, component, title is null ? [] : [new ComponentArgument("title", TitleText(title), titleColumn)], line, column);

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
