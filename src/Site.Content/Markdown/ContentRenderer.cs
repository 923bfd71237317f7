using Site.Content.Diagnostics;
using Site.Content.Links;
using Site.Content.Model;

namespace Site.Content.Markdown;

/// <summary>Rendered bodies of every page of a <see cref="ContentSet"/>.</summary>
public sealed class RenderedContent
{
    private readonly Dictionary<Page, RenderedMarkdown> _byPage;

    internal RenderedContent(Dictionary<Page, RenderedMarkdown> byPage, IReadOnlyList<Diagnostic> diagnostics)
    {
        _byPage = byPage;
        Diagnostics = diagnostics;
    }

    /// <summary>Broken internal links and fragments, duplicate heading ids; sorted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public RenderedMarkdown this[Page page] => _byPage[page];

    public RenderedMarkdown? Get(Page page) => _byPage.GetValueOrDefault(page);
}

/// <summary>
/// Renders all bodies in parallel, in two waves: default-language pages first, then translations
/// (which inherit their source's heading ids); fallbacks share their source's result. Links of
/// other languages are then localised (<see cref="LinkLocaliser"/>), and internal links and
/// fragments validated against the finished set.
/// </summary>
public static class ContentRenderer
{
    public static RenderedContent RenderAll(ContentSet content, MarkdownRenderer? renderer = null, int maxParallelism = 0)
    {
        renderer ??= MarkdownRenderer.Shared;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount };
        var pages = content.Pages;
        var results = new RenderedMarkdown?[pages.Count];
        var defaultCode = content.Config.DefaultLanguage.Code;
        var indexOf = new Dictionary<Page, int>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            indexOf[pages[i]] = i;
        }

        int SourceIndex(Page p) => content.Get(defaultCode, p.Id) is { } s && indexOf.TryGetValue(s, out var si) ? si : -1;

        Parallel.For(0, pages.Count, options, i =>
        {
            var p = pages[i];
            if (p.Language == defaultCode)
            {
                results[i] = renderer.Render(p.Body, p.BodyStartLine, language: p.Language, title: p.Title);
            }
        });

        Parallel.For(0, pages.Count, options, i =>
        {
            var p = pages[i];
            if (p.Language == defaultCode)
            {
                return;
            }

            var si = SourceIndex(p);
            var source = si >= 0 ? results[si] : null;
            results[i] = p.IsFallback && source is not null ? source : renderer.Render(p.Body, p.BodyStartLine, source?.Headings, p.Language, p.Title);
        });

        var localiser = new LinkLocaliser(content);
        Parallel.For(0, pages.Count, options, i => results[i] = localiser.Apply(pages[i], results[i]!));

        var byPage = new Dictionary<Page, RenderedMarkdown>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            byPage[pages[i]] = results[i]!;
        }

        var bag = new DiagnosticBag();
        var validator = new InternalLinkValidator(content, p => byPage.GetValueOrDefault(p));
        Parallel.For(0, pages.Count, options, i =>
        {
            bag.AddRange(HeadingIdValidator.Validate(pages[i], results[i]!));
            bag.AddRange(RenderFindings.For(pages[i], results[i]!));
            bag.AddRange(validator.Validate(pages[i], results[i]!));
        });
        bag.AddRange(UnusedBundleFiles.Find(content, byPage));
        return new RenderedContent(byPage, bag.ToSortedList());
    }
}
