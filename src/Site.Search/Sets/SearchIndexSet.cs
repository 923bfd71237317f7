using System.Runtime.CompilerServices;

namespace Site.Search;

/// <summary>
/// The search indexes of one language, split in two so a query loads little: a names index (title, headings,
/// tags) loaded whole on the search box's first focus, and a text index (summary, body) written in term-range
/// shards that a query fetches as it needs them. Both use the same profile; their scores add up in the browser.
/// The pipeline (<c>SearchIndexComposer</c>) writes them with the result data it renders.
/// </summary>
public sealed class SearchIndexSet
{
    private readonly List<SearchDocument> _documents = [];
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);

    /// <summary>Creates a set for <paramref name="profile"/>.</summary>
    public SearchIndexSet(SearchProfile profile, SearchIndexSetOptions? options = null)
    {
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
        Options = options ?? SearchIndexSetOptions.Default;
    }

    /// <summary>Creates a set with the profile of a site language (<c>zh*</c> → cjk, otherwise English).</summary>
    public static SearchIndexSet ForLanguage(string languageCode, SearchIndexSetOptions? options = null)
        => new(SearchProfile.ForLanguage(languageCode), options);

    /// <summary>The tokenizer/pipeline profile.</summary>
    public SearchProfile Profile { get; }

    /// <summary>Boosts and sizes.</summary>
    public SearchIndexSetOptions Options { get; }

    /// <summary>Documents added so far.</summary>
    public int Count => _documents.Count;

    /// <summary>Adds one page. URLs must be unique.</summary>
    public void Add(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Url);
        if (!_urls.Add(document.Url))
        {
            throw new ArgumentException($"Duplicate search document URL '{document.Url}'.", nameof(document));
        }

        _documents.Add(document);
    }

    /// <summary>
    /// The names index: title, headings and tags only. Small enough to load whole on the search
    /// box's first focus; its scores add up with those of <see cref="BuildTextIndex"/> in the browser.
    /// </summary>
    public LunrIndex BuildNamesIndex() => BuildIndex(SearchFieldNames.Title, SearchFieldNames.Headings, SearchFieldNames.Tags);

    /// <summary>
    /// The text index: summary and body, written in term-range shards
    /// (<see cref="LunrIndex.PlanShards"/>) so a query fetches only the shards of its own terms.
    /// </summary>
    public LunrIndex BuildTextIndex() => BuildIndex(SearchFieldNames.Summary, SearchFieldNames.Body);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LunrIndex BuildIndex(params string[] fieldNames)
    {
        var builder = new LunrIndexBuilder(Profile);
        foreach (string key in Options.MetadataWhitelist)
        {
            builder.MetadataWhitelist.Add(key);
        }

        foreach (string name in fieldNames)
        {
            builder.AddField(name, BoostOf(name));
        }

        var fields = new Dictionary<string, string?>(fieldNames.Length, StringComparer.Ordinal);
        foreach (SearchDocument d in _documents)
        {
            foreach (string name in fieldNames)
            {
                fields[name] = name switch
                {
                    SearchFieldNames.Title => d.Title,
                    SearchFieldNames.Headings => Join(d.Headings),
                    SearchFieldNames.Tags => Join(d.Tags),
                    SearchFieldNames.Summary => d.Summary,
                    _ => Truncate(d.Body ?? d.ReadBody?.Invoke(), Options.MaxBodyLength),
                };
            }

            builder.Add(d.Url, fields, d.Boost);
        }

        return builder.Build();
    }

    private double BoostOf(string field) => field switch
    {
        SearchFieldNames.Title => Options.TitleBoost,
        SearchFieldNames.Headings => Options.HeadingsBoost,
        SearchFieldNames.Tags => Options.TagsBoost,
        SearchFieldNames.Summary => Options.SummaryBoost,
        _ => Options.BodyBoost,
    };

    private static string? Truncate(string? body, int? maxLength)
    {
        if (body is null || maxLength is not { } max || body.Length <= max)
        {
            return body;
        }

        if (max <= 0)
        {
            return null;
        }

        // Cut at the last separator so no half word is indexed; Chinese runs without spaces are cut hard.
        int cut = max;
        while (cut > max / 2 && !Text.JsWhitespace.IsLunrSeparator(body[cut]))
        {
            cut--;
        }

        if (cut == max / 2)
        {
            cut = char.IsLowSurrogate(body[max]) ? max - 1 : max;
        }

        return body[..cut];
    }

    // Newline keeps items apart as tokens; null keeps lunr's "missing field" semantics.
    private static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join('\n', items);
}
