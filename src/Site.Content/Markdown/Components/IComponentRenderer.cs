namespace Site.Content.Markdown.Components;

/// <summary>A validated component call: its declaration, its arguments by declared name, where it was written.</summary>
/// <param name="Index">1-based number of the call in its body (for ids that must be unique in the page).</param>
public sealed record ComponentCall(ComponentDeclaration Declaration, IReadOnlyDictionary<string, string> Arguments, int Line, int Column, int Index);

/// <summary>
/// Turns a component call into HTML with the theme's template engine. The markdown side (syntax,
/// validation against the theme's <see cref="Catalog"/>, positions, inner markdown) knows nothing
/// of the engine; the pipeline implements this with the theme's templates and UI strings.
/// </summary>
public interface IComponentRenderer
{
    ComponentCatalog Catalog { get; }

    /// <summary>Changes whenever a declaration, a template or a UI string could render differently (for caches).</summary>
    string Version { get; }

    /// <summary>The component's HTML for a page in <paramref name="language"/>, or null with <paramref name="error"/> set (a theme problem, reported at the template).</summary>
    /// <param name="innerHtml">The rendered inner markdown (empty for components without one).</param>
    string? Render(ComponentCall call, string innerHtml, string language, out string? error);
}
