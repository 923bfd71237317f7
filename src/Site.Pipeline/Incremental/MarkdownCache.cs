using System.Collections.Concurrent;
using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.Links;
using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Pipeline.Incremental;

/// <summary>
/// Renders the bodies of a content set like <see cref="ContentRenderer.RenderAll"/> (default
/// language first, then translations, which inherit their source's heading ids; fallbacks share
/// their source's result), but keeps each result keyed by language and page id, and renders a
/// body again only when its text, first line or source outline changed. A long-lived build
/// session keeps one cache, so an edit re-renders one body instead of twenty thousand. Link and
/// heading checks of an unchanged body are reused too, unless the set of site URLs or any
/// page's headings changed (then every page is checked again: a link elsewhere may now break).
/// </summary>
public sealed class MarkdownCache(MarkdownRenderer? renderer = null)
{
    private readonly MarkdownRenderer _renderer = renderer ?? MarkdownRenderer.Shared;
    private ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private Dictionary<string, (RenderedMarkdown Result, Diagnostic[] Found)> _checked = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (RenderedMarkdown Raw, RenderedMarkdown Result)> _localised = new(StringComparer.Ordinal);
    private IReadOnlySet<string>? _lastUrls;
    private int _headingsChanged;

    /// <summary>Pages whose links and headings were checked again by the last run (the others reused their findings).</summary>
    public int LastChecked { get; private set; }

    public RenderedPages RenderAll(ContentSet content, ParallelOptions options, ICollection<Diagnostic> diagnostics)
    {
        var pages = content.Pages;
        var results = new RenderedMarkdown?[pages.Count];
        var defaultCode = content.Config.DefaultLanguage.Code;
        var next = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        var rendered = 0;
        _headingsChanged = 0;

        // Wave 1: sources (default language). Wave 2: translations and fallbacks, which need their source's result.
        Parallel.For(0, pages.Count, options, i =>
        {
            var page = pages[i];
            if (page.Language == defaultCode)
            {
                results[i] = RenderCached(page, null, next, ref rendered);
            }
        });

        var bySource = new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Language == defaultCode)
            {
                bySource[pages[i].Id] = results[i]!;
            }
        }

        Parallel.For(0, pages.Count, options, i =>
        {
            var page = pages[i];
            if (page.Language == defaultCode)
            {
                return;
            }

            var source = bySource.GetValueOrDefault(page.Id);
            results[i] = page.IsFallback && source is not null ? source : RenderCached(page, source?.Headings, next, ref rendered);
        });

        // Links written in the default language's form point at the page's own language (applied after the cache: it depends on which translations exist).
        // A localised copy equal to last run's is replaced by last run's instance, so that link checks
        // and page fingerprints, which recognise unchanged bodies by instance, still skip it.
        var localiser = new LinkLocaliser(content);
        var localisedNow = new ConcurrentDictionary<string, (RenderedMarkdown Raw, RenderedMarkdown Result)>(StringComparer.Ordinal);
        Parallel.For(0, pages.Count, options, i =>
        {
            var raw = results[i]!;
            var localised = localiser.Apply(pages[i], raw);
            if (ReferenceEquals(localised, raw))
            {
                return;
            }

            var key = pages[i].Language + ":" + pages[i].Id;
            if (_localised.TryGetValue(key, out var previous) && ReferenceEquals(previous.Raw, raw)
                && string.Equals(previous.Result.Html, localised.Html, StringComparison.Ordinal)
                && previous.Result.Links.SequenceEqual(localised.Links))
            {
                localised = previous.Result;
            }

            localisedNow[key] = (raw, localised);
            results[i] = localised;
        });
        _localised = localisedNow;

        var byPage = new Dictionary<Page, RenderedMarkdown>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            byPage[pages[i]] = results[i]!;
        }

        var sameStructure = _lastUrls is not null && Volatile.Read(ref _headingsChanged) == 0
            && (ReferenceEquals(_lastUrls, content.OutputUrls) || _lastUrls.SetEquals(content.OutputUrls));
        var found = new Diagnostic[pages.Count][];
        var keys = new string[pages.Count];
        var links = new InternalLinkValidator(content, byPage.GetValueOrDefault);
        var checkedCount = 0;
        Parallel.For(0, pages.Count, options, i =>
        {
            var page = pages[i];
            keys[i] = page.Language + ":" + page.Id;
            if (sameStructure && _checked.TryGetValue(keys[i], out var previous) && ReferenceEquals(previous.Result, results[i]))
            {
                found[i] = previous.Found;
                return;
            }

            Interlocked.Increment(ref checkedCount);
            found[i] = [.. HeadingIdValidator.Validate(page, results[i]!), .. links.Validate(page, results[i]!)];
        });

        var checkedPages = new Dictionary<string, (RenderedMarkdown, Diagnostic[])>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            checkedPages[keys[i]] = (results[i]!, found[i]);
            foreach (var diagnostic in found[i])
            {
                diagnostics.Add(diagnostic);
            }
        }

        _checked = checkedPages;
        _lastUrls = content.OutputUrls;
        LastChecked = checkedCount;

        // Entries of deleted pages go with the old generation.
        _entries = next;
        return new RenderedPages(byPage, rendered);
    }

    private RenderedMarkdown RenderCached(Page page, IReadOnlyList<Heading>? sourceOutline, ConcurrentDictionary<string, Entry> next, ref int rendered)
    {
        var key = page.Language + ":" + page.Id;
        if (_entries.TryGetValue(key, out var entry)
            && entry.StartLine == page.BodyStartLine
            && SameOutline(entry.SourceOutline, sourceOutline)
            && string.Equals(entry.Body, page.Body, StringComparison.Ordinal))
        {
            next[key] = entry;
            return entry.Result;
        }

        var result = _renderer.Render(page.Body, page.BodyStartLine, sourceOutline);
        Interlocked.Increment(ref rendered);
        if (entry is null || !SameOutline(entry.Result.Headings, result.Headings))
        {
            // Anchors other pages may link to changed (or the page is new): every page's links are checked again.
            Interlocked.Exchange(ref _headingsChanged, 1);
        }

        next[key] = new Entry(page.Body, page.BodyStartLine, sourceOutline, result);
        return result;
    }

    /// <summary>A translation inherits heading ids from its source's outline: it must render again only when that outline changed, not whenever the source's text did.</summary>
    private static bool SameOutline(IReadOnlyList<Heading>? a, IReadOnlyList<Heading>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));

    /// <param name="SourceOutline">The source's headings the translation was rendered with.</param>
    private sealed record Entry(string Body, int StartLine, IReadOnlyList<Heading>? SourceOutline, RenderedMarkdown Result);
}
