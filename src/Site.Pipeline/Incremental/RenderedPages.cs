using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Pipeline.Incremental;

/// <summary>The rendered body of every page of one build (fallbacks share their source's), published under <c>Keys.Rendered</c>.</summary>
/// <param name="shape">The <see cref="SiteStructure"/> of the content they were rendered for.</param>
public sealed class RenderedPages(Dictionary<Page, RenderedMarkdown> byPage, int renderedCount, ulong shape)
{
    /// <summary>The <see cref="SiteStructure"/> of the content, computed once per run.</summary>
    public ulong Shape { get; } = shape;

    /// <summary>How many bodies were actually rendered (the rest came from the cache).</summary>
    public int RenderedCount { get; } = renderedCount;

    public int Count => byPage.Count;

    public RenderedMarkdown? Get(Page page) => byPage.GetValueOrDefault(page);
}
