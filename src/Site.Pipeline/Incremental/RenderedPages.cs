using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Pipeline.Incremental;

/// <summary>The rendered body of every page of one build (fallbacks share their source's), published under <c>Keys.Rendered</c>.</summary>
public sealed class RenderedPages(Dictionary<Page, RenderedMarkdown> byPage, int renderedCount)
{
    /// <summary>How many bodies were actually rendered (the rest came from the cache).</summary>
    public int RenderedCount { get; } = renderedCount;

    public int Count => byPage.Count;

    public RenderedMarkdown? Get(Page page) => byPage.GetValueOrDefault(page);
}
