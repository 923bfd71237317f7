using Site.Content.Diagnostics;
using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>
/// What a long-lived build session (<c>serve</c>) keeps between loads so that an edit costs what
/// it touches: the last scan of <c>input/</c>, every parsed file, and the pages built from them,
/// each with the diagnostics it produced (replayed when reused, so a warning does not vanish on
/// the second load). Pass the same instance in <see cref="ContentLoaderOptions.Cache"/> with the
/// files that changed in <see cref="ContentLoaderOptions.ChangedFiles"/>.
/// <para>
/// Reuse is by identity: a file that did not change keeps its <c>ParsedFile</c>, so its page is
/// the very same object as in the previous <see cref="ContentSet"/>, and so is a translation whose
/// file and source page are both unchanged. Consumers (the markdown cache, the model's dependency
/// index) recognise unchanged pages by reference. A changed <c>site.yml</c> drops everything.
/// Not thread-safe: one load at a time.
/// </para>
/// </summary>
public sealed class ContentLoadCache
{
    private string? _siteYaml;

    /// <summary>Markdown files read and parsed again by the last load (the others were reused).</summary>
    public int LastParsed { get; internal set; }

    /// <summary>True when the last load reused the previous scan of <c>input/</c> (only known files were edited).</summary>
    public bool LastScanReused { get; internal set; }

    /// <summary>True when the last load kept the previous graph and URL set, with the edited pages swapped in (their place in the graph did not change).</summary>
    public bool LastGraphReused { get; internal set; }

    /// <summary>
    /// True when the last load built only the edited pages and their versions in other languages,
    /// swapped into the last content, without a pass over every file (see <c>EditedPagesLoad</c>).
    /// </summary>
    public bool LastEditsOnly { get; internal set; }

    internal ScanSnapshot? Scan { get; set; }

    internal Dictionary<string, CachedParse> Parsed { get; set; } = new(StringComparer.Ordinal);

    internal Dictionary<ParsedFile, CachedPage> Sources { get; set; } = new(ReferenceEqualityComparer.Instance);

    internal Dictionary<(ParsedFile Translation, Page Source), CachedPage> Translations { get; set; } = new(TranslationKeyComparer.Instance);

    internal Dictionary<(Page Source, string Language), Page> Fallbacks { get; set; } = [];

    /// <summary>The content of the last load with the problems its graph and URL checks found.</summary>
    internal AssembledContent? LastAssembly { get; set; }

    /// <summary>Everything the last load reported, as it returned it.</summary>
    internal IReadOnlyList<Diagnostic>? LastDiagnostics { get; set; }

    /// <summary>Starts a load: a different <c>site.yml</c> (languages, URL prefixes) invalidates every cached file and page.</summary>
    internal void Begin(string? siteYaml)
    {
        if (!string.Equals(_siteYaml, siteYaml, StringComparison.Ordinal))
        {
            Scan = null;
            Parsed = new(StringComparer.Ordinal);
            Sources = new(ReferenceEqualityComparer.Instance);
            Translations = new(TranslationKeyComparer.Instance);
            Fallbacks = [];
            LastAssembly = null;
            LastDiagnostics = null;
        }

        _siteYaml = siteYaml;
        LastParsed = 0;
        LastScanReused = false;
        LastGraphReused = false;
        LastEditsOnly = false;
    }

    /// <summary>
    /// The previous scan, when every changed path is a page file it found that still exists (an
    /// edit): the folder tree cannot have changed then. New, deleted or renamed files, folders,
    /// assets or unknown changes scan again.
    /// </summary>
    internal ScanSnapshot? ReusableScan(IReadOnlySet<string>? changed)
    {
        if (Scan is not { } scan || changed is null || changed.Count == 0)
        {
            return null;
        }

        foreach (var path in changed)
        {
            if (!scan.PagePaths.ContainsKey(path) || !File.Exists(path))
            {
                return null;
            }
        }

        return scan;
    }
}

/// <summary>The outcome of one scan of <c>input/</c> with its diagnostics (ignored files, bad folders).</summary>
internal sealed record ScanSnapshot(List<PageFile> Pages, List<AssetFile> Assets, List<BundleFile> Bundles, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Docusaurus author lists found by the scan (<see cref="Loading.AuthorLists"/>).</summary>
    public IReadOnlyList<AuthorList> AuthorLists { get; init; } = [];

    private Dictionary<(string Language, string Id), PageFile>? _byLanguageAndId;

    /// <summary>Every page file by its full path.</summary>
    public Dictionary<string, PageFile> PagePaths { get; } = Pages.GroupBy(p => p.FullPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The page file of a language with an id (`blog/2021/a.md`), or null; indexed on first use (one load at a time).</summary>
    public PageFile? Find(string language, string id)
    {
        _byLanguageAndId ??= Pages.GroupBy(p => (p.Language.Code, p.Id)).ToDictionary(g => g.Key, g => g.First());
        return _byLanguageAndId.GetValueOrDefault((language, id));
    }
}

/// <summary>A loaded content set and the diagnostics of its graph and URL checks.</summary>
internal sealed record AssembledContent(ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A parsed file (null when it could not be read or classified) and what parsing it reported.</summary>
internal sealed record CachedParse(ParsedFile? File, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A built page (null when it has errors), whether it is a draft, and what building it reported.</summary>
internal sealed record CachedPage(Page? Page, bool IsDraft, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Runs <paramref name="build"/> with a diagnostic bag of its own, so the result can be replayed later.</summary>
    public static CachedPage Capture(Func<DiagnosticBag, (Page? Page, bool IsDraft)> build)
    {
        var bag = new DiagnosticBag();
        var (page, draft) = build(bag);
        return new CachedPage(page, draft, bag.ToSortedList());
    }
}

/// <summary>Parsed files are records (value equality would hash whole documents): translation keys compare by identity.</summary>
internal sealed class TranslationKeyComparer : IEqualityComparer<(ParsedFile Translation, Page Source)>
{
    public static readonly TranslationKeyComparer Instance = new();

    public bool Equals((ParsedFile Translation, Page Source) x, (ParsedFile Translation, Page Source) y) =>
        ReferenceEquals(x.Translation, y.Translation) && ReferenceEquals(x.Source, y.Source);

    public int GetHashCode((ParsedFile Translation, Page Source) key) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Translation), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Source));
}
