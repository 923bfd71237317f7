namespace Site.Search;

/// <summary>
/// The search files of one language: a light index (title, headings, tags, summary) the browser loads when the
/// search box gets focus, a full-text index (the same fields plus body) fetched right after it, and the
/// documents JSON used to render results. Both indexes use the same profile and boosts, so once the full index
/// arrives its results simply replace the light ones (see <c>tools/lunr/lunr-tiered-search.js</c>).
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

    /// <summary>Builds both tiers (in parallel) and the documents store.</summary>
    public SearchIndexOutput Build()
    {
        LunrIndex? light = null;
        LunrIndex? full = null;
        Parallel.Invoke(
            () => light = BuildLight(),
            () => full = BuildFull());
        return new SearchIndexOutput(light!, full!, new SearchDocumentStore([.. _documents], Options.SnippetLength));
    }

    /// <summary>
    /// Builds the light tier only (title, headings, tags, summary), for callers that take the two tiers
    /// from different document sets: building the unused tier too cost the time and memory of a full index.
    /// </summary>
    public LunrIndex BuildLight() => BuildIndex(SearchFieldNames.Title, SearchFieldNames.Headings, SearchFieldNames.Tags, SearchFieldNames.Summary);

    /// <summary>Builds the full-text tier only (the light fields plus body).</summary>
    public LunrIndex BuildFull() => BuildIndex(SearchFieldNames.Title, SearchFieldNames.Headings, SearchFieldNames.Tags, SearchFieldNames.Summary, SearchFieldNames.Body);

    /// <summary>
    /// The names index of a split set: title, headings and tags only. Small enough to load whole on the search
    /// box's first focus; its scores add up with those of <see cref="BuildTextIndex"/> in the browser.
    /// </summary>
    public LunrIndex BuildNamesIndex() => BuildIndex(SearchFieldNames.Title, SearchFieldNames.Headings, SearchFieldNames.Tags);

    /// <summary>
    /// The text index of a split set: summary and body, written in term-range shards
    /// (<see cref="LunrIndex.PlanShards"/>) so a query fetches only the shards of its own terms.
    /// </summary>
    public LunrIndex BuildTextIndex() => BuildIndex(SearchFieldNames.Summary, SearchFieldNames.Body);

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
                    _ => Truncate(d.Body, Options.MaxBodyLength),
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
