using Site.Content.Config;
using Site.Content.Graph;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Content.Translation;

namespace Site.Content;

/// <summary>
/// Everything the generator builds from: site settings, every page of every language
/// (translations and fallbacks included, drafts excluded), assets, the output URL set and the
/// cross-link graph. Immutable once loaded; safe to read from many threads.
/// </summary>
public sealed class ContentSet
{
    // A set made by swapping pages into another reads the loaded set's maps through small maps of the pages swapped in since (see Substitute).
    private readonly Dictionary<string, Page> _byUrl;
    private readonly Dictionary<string, Page> _byLanguageAndId;
    private readonly Dictionary<string, Page>? _swappedUrls;
    private readonly Dictionary<string, Page>? _swappedIds;
    private readonly Lazy<Dictionary<string, IReadOnlyList<Page>>> _byLanguage;
    private readonly WeakReference<ContentSet>? _previous;

    internal ContentSet(
        SiteConfig config,
        string inputRoot,
        IReadOnlyList<Page> pages,
        IReadOnlyList<AssetFile> assets,
        SiteGraph graph,
        IReadOnlySet<string> outputUrls,
        IReadOnlyList<string> draftIds,
        IReadOnlyList<TranslationReport> translationReports,
        IReadOnlyList<OrphanTranslation>? orphans = null,
        IReadOnlyDictionary<string, Page>? redirects = null)
    {
        Orphans = orphans ?? [];
        Redirects = redirects ?? new Dictionary<string, Page>(StringComparer.Ordinal);
        Config = config;
        InputRoot = inputRoot;
        Pages = pages;
        Assets = assets;
        Graph = graph;
        OutputUrls = outputUrls;
        DraftIds = draftIds;
        TranslationReports = translationReports;
        _byUrl = new Dictionary<string, Page>(pages.Count, StringComparer.Ordinal);
        _byLanguageAndId = new Dictionary<string, Page>(pages.Count, StringComparer.Ordinal);
        foreach (var p in pages)
        {
            _byUrl.TryAdd(p.Url, p);
            _byLanguageAndId.TryAdd(p.Language + ":" + p.Id, p);
        }

        _byLanguage = new(ByLanguage(config, pages));
    }

    private static Dictionary<string, IReadOnlyList<Page>> ByLanguage(SiteConfig config, IReadOnlyList<Page> pages) =>
        config.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<Page>)pages.Where(p => p.Language == l.Code).ToArray(),
            StringComparer.Ordinal);

    /// <summary>
    /// The same content with some pages replaced by edited versions that keep their place in the
    /// graph (<see cref="GraphSubstitution.SameShape"/>): URLs, assets, drafts and orphans are
    /// shared, the graph is substituted (see <see cref="ContentLoadCache"/>). Lookups read the loaded
    /// set's maps through small maps of the pages swapped in since it was loaded, instead of copying
    /// maps of every page on each edit; the pages of a language are listed on first use.
    /// </summary>
    internal ContentSet Substitute(IReadOnlyList<Page> pages, IReadOnlyDictionary<Page, Page> replacements, IReadOnlyList<TranslationReport> translationReports) =>
        new(this, pages, replacements, translationReports);

    private ContentSet(ContentSet previous, IReadOnlyList<Page> pages, IReadOnlyDictionary<Page, Page> replacements, IReadOnlyList<TranslationReport> translationReports)
    {
        _previous = new WeakReference<ContentSet>(previous);
        SwappedIn = [.. replacements.Values];
        PostDatesChanged = replacements.Any(r => GraphSubstitution.DateChanged(r.Key, r.Value));
        Config = previous.Config;
        InputRoot = previous.InputRoot;
        Pages = pages;
        Assets = previous.Assets;
        Graph = GraphSubstitution.Apply(previous.Graph, replacements);
        OutputUrls = previous.OutputUrls;
        DraftIds = previous.DraftIds;
        HeldBackDrafts = previous.HeldBackDrafts;
        TranslationReports = translationReports;
        Orphans = previous.Orphans;
        Redirects = previous.Redirects.Any(r => replacements.ContainsKey(r.Value))
            ? previous.Redirects.ToDictionary(r => r.Key, r => replacements.GetValueOrDefault(r.Value) ?? r.Value, StringComparer.Ordinal)
            : previous.Redirects;
        _byUrl = previous._byUrl;
        _byLanguageAndId = previous._byLanguageAndId;
        _swappedUrls = previous._swappedUrls is null ? new(StringComparer.Ordinal) : new(previous._swappedUrls, StringComparer.Ordinal);
        _swappedIds = previous._swappedIds is null ? new(StringComparer.Ordinal) : new(previous._swappedIds, StringComparer.Ordinal);
        foreach (var (before, after) in replacements)
        {
            if (ReferenceEquals(previous.ByUrl(before.Url), before))
            {
                _swappedUrls[after.Url] = after;
            }

            _swappedIds[after.Language + ":" + after.Id] = after;
        }

        _byLanguage = new(() => ByLanguage(Config, Pages));
    }

    /// <summary>
    /// The content set this one was made from by swapping edited pages in (a reload in a build
    /// session whose edits kept every page's place in the graph), or null for a full load. Both
    /// have the same pages, URLs, lists and links; only <see cref="SwappedIn"/> differ (and, when
    /// <see cref="PostDatesChanged"/>, the order of the lists of posts).
    /// </summary>
    /// <remarks>Held weakly: a long session must not keep every earlier content set alive through a chain of them.</remarks>
    public ContentSet? Previous => _previous is not null && _previous.TryGetTarget(out var previous) ? previous : null;

    /// <summary>The pages that replaced pages of <see cref="Previous"/> (empty for a full load).</summary>
    public IReadOnlyCollection<Page> SwappedIn { get; } = [];

    /// <summary>
    /// True when a post of <see cref="SwappedIn"/> has another date than the page it replaced: the lists of
    /// posts (newest first) may then be in another order than <see cref="Previous"/>'s; all else is the same.
    /// </summary>
    public bool PostDatesChanged { get; }

    public SiteConfig Config { get; }

    /// <summary>Absolute path of the input folder.</summary>
    public string InputRoot { get; }

    /// <summary>All pages, default language first, then by id.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Files to copy as they are: those of `input/assets/` to `/assets/…`, and page bundles' files beside their pages.</summary>
    public IReadOnlyList<AssetFile> Assets { get; }

    public SiteGraph Graph { get; }

    /// <summary>Every URL the build writes: pages, generated lists, feeds, tag pages, assets, sitemap, 404.</summary>
    public IReadOnlySet<string> OutputUrls { get; }

    /// <summary>Ids of draft posts left out of the build.</summary>
    public IReadOnlyList<string> DraftIds { get; }

    /// <summary>The files marked `draft: true` that are not built (sources and translations), as diagnostics show them, in order.</summary>
    public IReadOnlyList<string> HeldBackDrafts { get; init; } = [];

    /// <summary>
    /// Source pages that are not built because their own file has errors (id → the file as shown in
    /// diagnostics): a link to one names it instead of calling it unknown. Empty in a successful build.
    /// </summary>
    public IReadOnlyDictionary<string, string> FailedSources { get; init; } = new Dictionary<string, string>();

    /// <summary>Per non-default language: translated, outdated and fallback pages.</summary>
    public IReadOnlyList<TranslationReport> TranslationReports { get; }

    /// <summary>
    /// Old URLs that redirect (`aliases:`), per language: `/zh/categories/monitoring/` → the page
    /// in that language. Each is also in <see cref="OutputUrls"/> (a small redirect page is written there).
    /// </summary>
    public IReadOnlyDictionary<string, Page> Redirects { get; }

    /// <summary>The page an old URL redirects to, or null when the URL is no alias.</summary>
    public Page? RedirectOf(string url) => Redirects.GetValueOrDefault(url);

    /// <summary>Translations whose source page is gone (each is also an error diagnostic).</summary>
    public IReadOnlyList<OrphanTranslation> Orphans { get; }

    public IReadOnlyList<Page> PagesIn(string languageCode) =>
        _byLanguage.Value.TryGetValue(languageCode, out var list) ? list : [];

    public Page? Get(string languageCode, string id)
    {
        var key = languageCode + ":" + id;
        return _swappedIds is not null && _swappedIds.TryGetValue(key, out var swapped) ? swapped : _byLanguageAndId.GetValueOrDefault(key);
    }

    /// <summary>The page served at a URL such as `/zh/projects/linkerd/`.</summary>
    public Page? ByUrl(string url) =>
        _swappedUrls is not null && _swappedUrls.TryGetValue(url, out var swapped) ? swapped : _byUrl.GetValueOrDefault(url);
}
