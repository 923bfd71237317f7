using Site.Content;
using Site.Content.Config;
using Site.Content.History;
using Site.Content.Loading;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Translation;
using Site.Pipeline.Assets;
using Site.Pipeline.Images;
using StatusBuilder = Site.Content.Translation.TranslationStatus;

namespace Site.Pipeline.Model;

/// <summary>
/// Asset URLs templates link to (<c>site.assets</c>), site-relative: the fingerprinted copies
/// (<c>/assets/f/…</c>) in a build, the plain names when no fingerprints are given (unit tests).
/// </summary>
public sealed record AssetUrls(string Css, string ThemeJs, string SearchJs, string DirectoryFilterJs, string LunrJs, string LunrCjkJs, string Favicon)
{
    public static AssetUrls Default { get; } = From(AssetFingerprints.Empty);

    /// <summary>Every theme asset by its path below <c>/assets/</c> (<c>css/site.css</c> → URL), for <c>site.assets.files</c>.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The table of contents' current-section marker.</summary>
    public string TocJs { get; init; } = "/assets/js/toc.js";

    /// <summary>Copy buttons on code blocks.</summary>
    public string CodeJs { get; init; } = "/assets/js/code.js";

    /// <summary>The 180×180 PNG home-screen icon (<c>apple-touch-icon</c>).</summary>
    public string TouchIcon { get; init; } = "/assets/img/touch-icon.png";

    public static AssetUrls From(AssetFingerprints fingerprints) => new(
        fingerprints.UrlOf("assets/css/site.css"),
        fingerprints.UrlOf("assets/js/theme.js"),
        fingerprints.UrlOf("assets/js/search.js"),
        fingerprints.UrlOf("assets/js/directory-filter.js"),
        fingerprints.UrlOf("assets/js/lunr.min.js"),
        fingerprints.UrlOf("assets/js/lunr-cjk.js"),
        fingerprints.UrlOf("assets/img/favicon.svg"))
    {
        Files = fingerprints.Entries.Keys.ToDictionary(k => k["assets/".Length..], fingerprints.UrlOf, StringComparer.Ordinal),
        TocJs = fingerprints.UrlOf("assets/js/toc.js"),
        CodeJs = fingerprints.UrlOf("assets/js/code.js"),
        TouchIcon = fingerprints.UrlOf("assets/img/touch-icon.png"),
    };
}

/// <summary>
/// The template model of the whole site (themes/default/README.md): shared values computed
/// once, and one <see cref="LanguageContext"/> per language.
/// </summary>
public sealed class SiteModel
{
    private readonly Func<Page, RenderedMarkdown?> _rendered;
    private readonly IReadOnlyDictionary<string, UiStrings> _strings;
    private readonly AssetUrls _assets;
    private readonly int _buildYear;
    private readonly Dictionary<string, ModelMap> _languageObjects = new(StringComparer.Ordinal);
    private readonly List<object?> _languageList;
    private readonly Lazy<TranslationStatusReport> _status;
    private readonly Lazy<GlossaryMentions> _mentions;
    private Lazy<SocialCardSet> _cards;
    private readonly Lazy<RelatedPosts> _related;
    private System.Collections.Concurrent.ConcurrentDictionary<string, string[]>? _relatedIds;

    /// <summary>
    /// Related posts found by earlier runs of a session (newest first), read when <see cref="_relatedIds"/> has
    /// none: a date edit finds a few hundred posts' related posts again, and copying the other 20,000 was
    /// most of its time (<see cref="InheritRelatedExcept"/>).
    /// </summary>
    private System.Collections.Concurrent.ConcurrentDictionary<string, string[]>[] _relatedInherited = [];

    /// <summary>How many runs' related posts a lookup may go through before they are merged into one map.</summary>
    private const int RelatedInheritedDepth = 4;

    public SiteModel(
        ContentSet content,
        Func<Page, RenderedMarkdown?> rendered,
        IReadOnlyDictionary<string, UiStrings> strings,
        int buildYear,
        AssetUrls? assets = null)
    {
        Content = content;
        Urls = new SiteUrls(content.Config);
        _rendered = rendered;
        _strings = strings;
        _assets = assets ?? AssetUrls.Default;
        _buildYear = buildYear;
        _status = new(BuildTranslationStatus);
        _mentions = new(() => GlossaryMentions.Build(content, rendered));
        _cards = new(() => SocialCardSet.For(content));
        _related = new(() => new RelatedPosts(content.Graph));

        foreach (var language in content.Config.Languages)
        {
            _languageObjects[language.Code] = BuildLanguageObject(language);
        }

        _languageList = content.Config.Languages.Select(l => (object?)_languageObjects[l.Code]).ToList();
        Languages = content.Config.Languages
            .Select(l => new LanguageContext(this, l, strings.TryGetValue(l.Code, out var s) ? s : throw new ArgumentException($"no UI strings for '{l.Code}'", nameof(strings))))
            .ToList();
    }

    public ContentSet Content { get; }

    public SiteUrls Urls { get; }

    public SiteConfig Config => Content.Config;

    public IReadOnlyList<LanguageContext> Languages { get; }

    /// <summary>Pages linking to glossary terms in their bodies, found once for the whole site.</summary>
    internal GlossaryMentions Mentions => _mentions.Value;

    /// <summary>The posts listed under a post as related (<see cref="RelatedPosts"/>), numbered once for the whole site.</summary>
    internal IReadOnlyList<PostPage> RelatedTo(PostPage post)
    {
        if (_relatedIds is null)
        {
            return _related.Value.Of(post);
        }

        var key = post.Language + ":" + post.Id;
        if (TryRelatedIds(key, out var ids))
        {
            return ids.Select(id => (PostPage)Content.Get(post.Language, id)!).ToArray();
        }

        var related = _related.Value.Of(post);
        _relatedIds[key] = related.Select(p => p.Id).ToArray();
        return related;
    }

    /// <summary>
    /// Keeps every post's related posts (by id) for the next build of a session, which takes them over when
    /// the site's shape did not change (<see cref="InheritRelated"/>): they depend on nothing else, and numbering
    /// every post of the site to find them again cost a one-word edit more than building the post's model.
    /// </summary>
    internal void RememberRelated() => _relatedIds ??= new(StringComparer.Ordinal);

    /// <summary>
    /// Takes over the link-preview cards of <paramref name="previous"/>: only valid when the settings, the
    /// assets (logos) and the projects' titles are the same (a rebuild of page edits that kept the site's shape).
    /// </summary>
    internal void InheritSocialCards(SiteModel previous) => _cards = previous._cards;

    /// <summary>The ids of the related posts under <paramref name="key"/> (language and id) that this run or an earlier one found.</summary>
    private bool TryRelatedIds(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string[]? ids)
    {
        if (_relatedIds is { } own && own.TryGetValue(key, out ids))
        {
            return true;
        }

        foreach (var earlier in _relatedInherited)
        {
            if (earlier.TryGetValue(key, out ids))
            {
                return true;
            }
        }

        ids = null;
        return false;
    }

    /// <summary>
    /// After posts moved in the date-ordered lists (the site's shape otherwise the same): takes over the related
    /// posts <paramref name="previous"/> and the runs before it found (read through, not copied), finds those of
    /// <paramref name="candidates"/> again (the posts that share a project or tag with a moved post: their
    /// candidates and tie-breaks may have changed), and returns those whose related posts are not what they were.
    /// </summary>
    internal List<PostPage> InheritRelatedExcept(SiteModel previous, IEnumerable<PostPage> candidates)
    {
        if (previous._relatedIds is not { } last)
        {
            _relatedInherited = [];
        }
        else if (previous._relatedInherited.Length < RelatedInheritedDepth)
        {
            _relatedInherited = [last, .. previous._relatedInherited];
        }
        else
        {
            // Merged, newest first, so that lookups stay a few map reads however many dates were edited.
            var merged = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(last, StringComparer.Ordinal);
            foreach (var earlier in previous._relatedInherited)
            {
                foreach (var (key, ids) in earlier)
                {
                    merged.TryAdd(key, ids);
                }
            }

            _relatedInherited = [merged];
        }

        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        _relatedIds = found;
        var changed = new List<PostPage>();
        foreach (var post in candidates)
        {
            var key = post.Language + ":" + post.Id;
            var now = _related.Value.Of(post).Select(p => p.Id).ToArray();
            if (!previous.TryRelatedIds(key, out var before) || !before.AsSpan().SequenceEqual(now))
            {
                changed.Add(post);
            }

            found[key] = now;
        }

        return changed;
    }

    /// <summary>Takes over the related posts <paramref name="previous"/> found; only valid when the site's shape is the same.</summary>
    internal void InheritRelated(SiteModel previous)
    {
        _relatedIds = previous._relatedIds ?? new(StringComparer.Ordinal);
        _relatedInherited = previous._relatedInherited;
    }

    public RenderedMarkdown Rendered(Page page)
    {
        PageReads.Read(page);
        return _rendered(page) ?? EmptyBody;
    }

    /// <summary>Reading time at about 250 words per minute (a Han character counts as a word), rounded up: 398 words take 2 minutes, not 1.</summary>
    public int ReadingMinutes(Page page) => Math.Max(1, (int)Math.Ceiling(Rendered(page).WordCount / 250.0));

    private static readonly RenderedMarkdown EmptyBody = new(string.Empty, [], [], string.Empty, string.Empty, 0);

    /// <summary>Site URLs of the per-language search index files (next to the search page).</summary>
    public static string LightIndexUrl(LanguageInfo language) => language.Localise("/search/light.json");

    public static string FullIndexUrl(LanguageInfo language) => language.Localise("/search/full.json");

    /// <summary>Site URL of a file of the language's search folder (<c>full/3.json</c> → <c>/zh/search/full/3.json</c>).</summary>
    public static string SearchFileUrl(LanguageInfo language, string relativePath) => language.Localise("/search/" + relativePath);

    internal ModelMap LanguageObject(LanguageInfo language) => _languageObjects[language.Code];

    internal ModelMap CreateSiteGlobal(LanguageInfo language) => new(7)
    {
        ["title"] = Config.Title(language.Code),
        ["base_url"] = Urls.BaseUrl,
        ["base_path"] = Urls.BasePath,
        ["languages"] = _languageList,
        ["default_lang"] = Config.DefaultLanguage.Code,
        ["assets"] = new ModelMap(11)
        {
            ["css"] = Urls.Url(_assets.Css),
            ["theme_js"] = Urls.Url(_assets.ThemeJs),
            ["search_js"] = Urls.Url(_assets.SearchJs),
            ["directory_filter_js"] = Urls.Url(_assets.DirectoryFilterJs),
            ["lunr_js"] = Urls.Url(_assets.LunrJs),
            ["lunr_cjk_js"] = Urls.Url(_assets.LunrCjkJs),
            ["favicon"] = Urls.Url(_assets.Favicon),
            ["touch_icon"] = Urls.Url(_assets.TouchIcon),
            ["toc_js"] = Urls.Url(_assets.TocJs),
            ["code_js"] = Urls.Url(_assets.CodeJs),
            ["files"] = FileUrls(),
        },
        ["build_year"] = _buildYear,
    };

    private ModelMap FileUrls()
    {
        var files = new ModelMap(_assets.Files.Count);
        foreach (var (path, url) in _assets.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            files[path] = Urls.Url(url);
        }

        return files;
    }

    private ModelMap BuildLanguageObject(LanguageInfo language) => new(9)
    {
        ["code"] = language.Code,
        ["name"] = language.Name,
        ["locale"] = language.Locale,
        ["url_prefix"] = Urls.Url(language.HomeUrl),
        ["is_default"] = language.IsDefault,
        ["feed_url"] = Urls.Url(GeneratedUrls.Feed(language)),
        ["search_url"] = Urls.Url(GeneratedUrls.Search(language)),
        ["translation_status_url"] = Urls.Url(GeneratedUrls.TranslationStatus(language)),
        ["search"] = new ModelMap(2)
        {
            ["light_url"] = Urls.Url(LightIndexUrl(language)),
            ["full_url"] = Urls.Url(FullIndexUrl(language)),
        },
    };

    public UiStrings StringsFor(string code) => _strings[code];

    /// <summary>When each input file last changed (git history), for "last updated"; none by default.</summary>
    public FileDates FileDates { get; init; } = FileDates.None;

    /// <summary>The site's link-preview images (<c>og:image</c>), planned from the content on first use.</summary>
    public SocialCardSet SocialCards => _cards.Value;
    /// <summary>Project logos as published (URL and size per project slug).</summary>
    public Logos.LogoSet Logos { get; init; } = Pipeline.Logos.LogoSet.Empty;

    /// <summary>Names of categories in other languages (<c>translations/categories.yml</c>).</summary>
    public CategoryLabels CategoryLabels { get; init; } = CategoryLabels.Empty;

    /// <summary>Folder of the UI string files (for the translation status page's allow-list).</summary>
    public string? TranslationsFolder { get; init; }

    /// <summary>Translation status of the whole site, computed once for the status page of every language.</summary>
    public TranslationStatusReport TranslationStatus => _status.Value;

    private TranslationStatusReport BuildTranslationStatus()
    {
        var allowed = TranslationsFolder is null ? new HashSet<string>() : UiStringAudit.LoadAllowList(TranslationsFolder);
        var defaultCode = Config.DefaultLanguage.Code;
        Dictionary<string, string> Flat(string code) => _strings[code].KeyPaths().ToDictionary(k => k, k => _strings[code].Get(k, string.Empty), StringComparer.Ordinal);
        var source = Flat(defaultCode);
        var ui = Config.Languages.Where(l => !l.IsDefault)
            .ToDictionary(l => l.Code, l => UiStringAudit.Compare(l.Code, source, Flat(l.Code), allowed), StringComparer.Ordinal);
        return StatusBuilder.Build(Content, ui);
    }
}
