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
    private readonly Dictionary<string, Page> _byUrl;
    private readonly Dictionary<string, Page> _byLanguageAndId;
    private readonly Dictionary<string, IReadOnlyList<Page>> _byLanguage;

    internal ContentSet(
        SiteConfig config,
        string inputRoot,
        IReadOnlyList<Page> pages,
        IReadOnlyList<AssetFile> assets,
        SiteGraph graph,
        IReadOnlySet<string> outputUrls,
        IReadOnlyList<string> draftIds,
        IReadOnlyList<TranslationReport> translationReports,
        IReadOnlyList<OrphanTranslation>? orphans = null)
    {
        Orphans = orphans ?? [];
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

        _byLanguage = config.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<Page>)pages.Where(p => p.Language == l.Code).ToArray(),
            StringComparer.Ordinal);
    }

    public SiteConfig Config { get; }

    /// <summary>Absolute path of the input folder.</summary>
    public string InputRoot { get; }

    /// <summary>All pages, default language first, then by id.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Files of `input/assets/`, to copy as they are to `/assets/…`.</summary>
    public IReadOnlyList<AssetFile> Assets { get; }

    public SiteGraph Graph { get; }

    /// <summary>Every URL the build writes: pages, generated lists, feeds, tag pages, assets, sitemap, 404.</summary>
    public IReadOnlySet<string> OutputUrls { get; }

    /// <summary>Ids of draft posts left out of the build.</summary>
    public IReadOnlyList<string> DraftIds { get; }

    /// <summary>Per non-default language: translated, outdated and fallback pages.</summary>
    public IReadOnlyList<TranslationReport> TranslationReports { get; }

    /// <summary>Translations whose source page is gone (each is also an error diagnostic).</summary>
    public IReadOnlyList<OrphanTranslation> Orphans { get; }

    public IReadOnlyList<Page> PagesIn(string languageCode) =>
        _byLanguage.TryGetValue(languageCode, out var list) ? list : [];

    public Page? Get(string languageCode, string id) => _byLanguageAndId.GetValueOrDefault(languageCode + ":" + id);

    /// <summary>The page served at a URL such as `/zh/projects/linkerd/`.</summary>
    public Page? ByUrl(string url) => _byUrl.GetValueOrDefault(url);
}
