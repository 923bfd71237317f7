using System.Collections.Concurrent;
using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.Links;
using Site.Content.Markdown;
using Site.Content.Markdown.Components;
using Site.Content.Model;
using Site.Content.Text;

namespace Site.Pipeline.Incremental;

/// <summary>
/// Renders the bodies of a content set like <see cref="ContentRenderer.RenderAll"/> (default
/// language first, then translations, which inherit their source's heading ids; fallbacks share
/// their source's result), but keeps each result for the next run, and renders a body again only
/// when its text, first line or source outline changed. A long-lived build session keeps one
/// cache, so an edit re-renders one body instead of twenty thousand. Link and heading checks of
/// an unchanged body are reused too, unless the set of site URLs or any page's headings changed
/// (then every page is checked again: a link elsewhere may now break).
/// <para>
/// A page object reused by the loader (its file did not change; see <c>ContentLoadCache</c>) is
/// recognised by identity and costs a dictionary lookup; only new page objects are compared by
/// text with the same page of the last run.
/// </para>
/// </summary>
public sealed class MarkdownCache(MarkdownRenderer? renderer = null)
{
    private MarkdownRenderer _renderer = renderer ?? MarkdownRenderer.Shared;
    private ContentSet? _lastContent;
    private Dictionary<Page, Entry> _entries = [];
    private Dictionary<Page, (RenderedMarkdown Raw, RenderedMarkdown Result)> _localised = [];
    private Dictionary<Page, (RenderedMarkdown Result, Diagnostic[] Found)> _checked = [];
    private IReadOnlySet<string>? _lastUrls;
    private Dictionary<Page, RenderedMarkdown>? _lastByPage;
    private int _headingsChanged;
    private bool _componentsChanged;

    /// <summary>Pages whose links and headings were checked again by the last run (the others reused their findings).</summary>
    public int LastChecked { get; private set; }

    /// <summary>Bodies whose links were localised again by the last run (the others kept last run's localised body).</summary>
    public int LastLocalised { get; private set; }

    /// <param name="components">The theme's components; when they differ from last run's (a template, declaration or UI string changed), every body is rendered again.</param>
    public RenderedPages RenderAll(ContentSet content, ParallelOptions options, ICollection<Diagnostic> diagnostics, IComponentRenderer? components = null)
    {
        if (components is not null && components.Version != _renderer.Components?.Version)
        {
            // Only bodies that call components render differently; the others keep their results (and so their pages).
            _renderer = new MarkdownRenderer(components);
            _entries = _entries.Where(e => !e.Value.Result.UsesComponents).ToDictionary();
            // This run is a full one: the swapped-pages shortcut assumes every other body is current.
            _componentsChanged = _lastByPage is not null && _lastByPage.Values.Any(r => r.UsesComponents);
        }


        if (!_componentsChanged && TryRenderSwapped(content, diagnostics) is { } swapped)
        {
            return swapped;
        }

        _componentsChanged = false;

        var pages = content.Pages;
        var results = new RenderedMarkdown?[pages.Count];
        var entries = new Entry?[pages.Count];
        var defaultCode = content.Config.DefaultLanguage.Code;
        var rendered = 0;
        _headingsChanged = 0;

        // Wave 1: sources (default language). Wave 2: translations and fallbacks, which need their source's result.
        Parallel.For(0, pages.Count, options, i =>
        {
            var page = pages[i];
            if (page.Language == defaultCode)
            {
                entries[i] = RenderCached(content, page, null, ref rendered);
                results[i] = entries[i]!.Result;
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
            if (page.IsFallback && source is not null)
            {
                results[i] = source;
                return;
            }

            entries[i] = RenderCached(content, page, source?.Headings, ref rendered);
            results[i] = entries[i]!.Result;
        });

        // Links written in the default language's form point at the page's own language (applied after the cache: it depends on which translations exist).
        // With the links' targets unchanged (pages, their URLs and translations, the site's URLs: a post moved to
        // another date keeps them), a page whose raw body is last run's keeps last run's localised body;
        // a localised copy equal to last run's is replaced by last run's instance, so that link checks
        // and page fingerprints, which recognise unchanged bodies by instance, still skip it.
        // Only a long-lived cache has a last run to compare with; a one-shot build never computes the targets.
        var sameTargets = _lastContent is not null && SiteStructure.LinkTargets(content) == SiteStructure.LinkTargets(_lastContent);
        var localisedCount = 0;
        var localiser = new LinkLocaliser(content);
        var localisedNow = new (RenderedMarkdown Raw, RenderedMarkdown Result)?[pages.Count];
        Parallel.For(0, pages.Count, options, i =>
        {
            var page = pages[i];
            var raw = results[i]!;
            if (page.Language == defaultCode || raw.Links.Count == 0)
            {
                return; // nothing to localise
            }

            var localised = LocaliseCached(content, localiser, page, raw, sameTargets, ref localisedCount);
            localisedNow[i] = (raw, localised);
            results[i] = localised;
        });

        var byPage = new Dictionary<Page, RenderedMarkdown>(pages.Count);
        var nextEntries = new Dictionary<Page, Entry>(pages.Count);
        var nextLocalised = new Dictionary<Page, (RenderedMarkdown Raw, RenderedMarkdown Result)>();
        for (var i = 0; i < pages.Count; i++)
        {
            byPage[pages[i]] = results[i]!;
            if (entries[i] is { } entry)
            {
                nextEntries[pages[i]] = entry;
            }

            if (localisedNow[i] is { } localised)
            {
                nextLocalised[pages[i]] = localised;
            }
        }

        var sameUrls = _lastUrls is not null && Volatile.Read(ref _headingsChanged) == 0
            && (ReferenceEquals(_lastUrls, content.OutputUrls) || _lastUrls.SetEquals(content.OutputUrls));
        var found = new Diagnostic[pages.Count][];
        var links = new InternalLinkValidator(content, byPage.GetValueOrDefault);
        var checkedCount = 0;
        Parallel.For(0, pages.Count, options, i =>
        {
            var page = pages[i];
            if (sameUrls && Previous(_checked, content, page) is { } previous && ReferenceEquals(previous.Result, results[i]))
            {
                found[i] = previous.Found;
                return;
            }

            Interlocked.Increment(ref checkedCount);
            found[i] = [.. HeadingIdValidator.Validate(page, results[i]!), .. RenderFindings.For(page, results[i]!), .. links.Validate(page, results[i]!)];
        });

        var checkedPages = new Dictionary<Page, (RenderedMarkdown, Diagnostic[])>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            checkedPages[pages[i]] = (results[i]!, found[i]);
            foreach (var diagnostic in found[i])
            {
                diagnostics.Add(diagnostic);
            }
        }

        // Whole-site: whether any page links a bundle's file (cheap, one set of link targets), so never cached per page.
        foreach (var diagnostic in UnusedBundleFiles.Find(content, byPage))
        {
            diagnostics.Add(diagnostic);
        }

        // Entries of deleted pages go with the old generation.
        _checked = checkedPages;
        _entries = nextEntries;
        _localised = nextLocalised;
        _lastUrls = content.OutputUrls;
        _lastContent = content;
        _lastByPage = byPage;
        LastChecked = checkedCount;
        LastLocalised = localisedCount;
        return new RenderedPages(byPage, rendered);
    }

    /// <summary>
    /// The page's body with its links localised, reusing last run's copy when the raw body and the
    /// site's shape are the same (or the new copy equals it), so that consumers that recognise
    /// unchanged bodies by instance still skip it.
    /// </summary>
    private RenderedMarkdown LocaliseCached(ContentSet content, LinkLocaliser localiser, Page page, RenderedMarkdown raw, bool sameTargets, ref int localisedCount)
    {
        var previous = Previous(_localised, content, page);
        if (sameTargets && previous is { } same && ReferenceEquals(same.Raw, raw))
        {
            return same.Result; // same words, same targets: same links
        }

        Interlocked.Increment(ref localisedCount);
        var localised = localiser.Apply(page, raw);
        return previous is { } earlier && ReferenceEquals(earlier.Raw, raw)
            && earlier.Result.HtmlCompact.Equals(localised.HtmlCompact)
            && earlier.Result.Links.SequenceEqual(localised.Links)
            ? earlier.Result
            : localised;
    }

    /// <summary>
    /// The run after a reload that swapped a few edited pages into last run's content (same shape,
    /// see <see cref="ContentSet.Previous"/>): only those pages are rendered, localised and checked;
    /// every other page keeps last run's body and findings. Null when that does not hold, or when
    /// an edited page's headings changed (links elsewhere may point at them): the full run decides.
    /// </summary>
    private RenderedPages? TryRenderSwapped(ContentSet content, ICollection<Diagnostic> diagnostics)
    {
        if (_lastContent is not { } last || _lastByPage is null || !ReferenceEquals(content.Previous, last))
        {
            return null;
        }

        var defaultCode = content.Config.DefaultLanguage.Code;
        var swapped = content.SwappedIn.OrderBy(p => p.Language == defaultCode ? 0 : 1).ToList(); // sources first: translations inherit their outline
        var raws = new Dictionary<Page, (Entry? Entry, RenderedMarkdown Raw)>();
        var rendered = 0;
        _headingsChanged = 0;
        foreach (var page in swapped)
        {
            if (page.Language == defaultCode)
            {
                var entry = RenderCached(content, page, null, ref rendered);
                raws[page] = (entry, entry.Result);
                continue;
            }

            var source = content.Get(defaultCode, page.Id);
            var sourceRaw = source is null ? null : raws.TryGetValue(source, out var s) ? s.Raw : _entries.GetValueOrDefault(source)?.Result;
            if (page.IsFallback && sourceRaw is not null)
            {
                raws[page] = (null, sourceRaw);
            }
            else
            {
                var entry = RenderCached(content, page, sourceRaw?.Headings, ref rendered);
                raws[page] = (entry, entry.Result);
            }
        }

        if (_headingsChanged != 0)
        {
            return null;
        }

        var byPage = new Dictionary<Page, RenderedMarkdown>(_lastByPage);
        var localiser = new LinkLocaliser(content);
        var localised = 0;
        var results = new List<(Page Page, Page? Before, Entry? Entry, RenderedMarkdown Raw, RenderedMarkdown Result)>(swapped.Count);
        foreach (var page in swapped)
        {
            var (entry, raw) = raws[page];
            var result = page.Language == defaultCode || raw.Links.Count == 0 ? raw : LocaliseCached(content, localiser, page, raw, sameTargets: true, ref localised);
            var before = last.Get(page.Language, page.Id);
            if (before is not null)
            {
                byPage.Remove(before);
            }

            byPage[page] = result;
            results.Add((page, before, entry, raw, result));
        }

        var links = new InternalLinkValidator(content, byPage.GetValueOrDefault);
        foreach (var (page, before, entry, raw, result) in results)
        {
            if (before is not null)
            {
                _entries.Remove(before);
                _localised.Remove(before);
                _checked.Remove(before);
            }

            if (entry is not null)
            {
                _entries[page] = entry;
            }

            if (!ReferenceEquals(raw, result) || (page.Language != defaultCode && raw.Links.Count > 0))
            {
                _localised[page] = (raw, result);
            }

            _checked[page] = (result, [.. HeadingIdValidator.Validate(page, result), .. RenderFindings.For(page, result), .. links.Validate(page, result)]);
        }

        foreach (var (_, found) in _checked.Values)
        {
            foreach (var diagnostic in found)
            {
                diagnostics.Add(diagnostic);
            }
        }

        foreach (var diagnostic in UnusedBundleFiles.Find(content, byPage))
        {
            diagnostics.Add(diagnostic);
        }

        _lastContent = content;
        _lastByPage = byPage;
        LastChecked = results.Count;
        LastLocalised = localised;
        return new RenderedPages(byPage, rendered);
    }

    /// <summary>Last run's value for the page: the same page object, or else the page with its language and id.</summary>
    private T? Previous<T>(Dictionary<Page, T> last, ContentSet content, Page page)
        where T : struct
    {
        if (last.TryGetValue(page, out var same))
        {
            return same;
        }

        return _lastContent?.Get(page.Language, page.Id) is { } before && last.TryGetValue(before, out var earlier) ? earlier : null;
    }

    private Entry RenderCached(ContentSet content, Page page, IReadOnlyList<Heading>? sourceOutline, ref int rendered)
    {
        if (_entries.TryGetValue(page, out var same) && SameOutline(same.SourceOutline, sourceOutline))
        {
            return same; // the loader reused the page object: same body, same first line
        }

        var entry = _lastContent?.Get(page.Language, page.Id) is { } before && _entries.TryGetValue(before, out var earlier) ? earlier : null;
        if (entry is not null
            && entry.StartLine == page.BodyStartLine
            && entry.Title == page.Title
            && SameOutline(entry.SourceOutline, sourceOutline)
            && entry.Body.Equals(page.BodyCompact))
        {
            return entry;
        }

        var result = _renderer.Render(page.Body, page.BodyStartLine, sourceOutline, page.Language, page.Title);
        Interlocked.Increment(ref rendered);
        if (entry is null || !SameOutline(entry.Result.Headings, result.Headings))
        {
            // Anchors other pages may link to changed (or the page is new): every page's links are checked again.
            Interlocked.Exchange(ref _headingsChanged, 1);
        }

        return new Entry(page.BodyCompact, page.BodyStartLine, page.Title, sourceOutline, result);
    }

    /// <summary>A translation inherits heading ids from its source's outline: it must render again only when that outline changed, not whenever the source's text did.</summary>
    private static bool SameOutline(IReadOnlyList<Heading>? a, IReadOnlyList<Heading>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));

    /// <param name="Title">The page's title, which a leading `# Title` line repeating it is left out for.</param>
    /// <param name="SourceOutline">The source's headings the translation was rendered with.</param>
    private sealed record Entry(CompactText Body, int StartLine, string Title, IReadOnlyList<Heading>? SourceOutline, RenderedMarkdown Result);
}
