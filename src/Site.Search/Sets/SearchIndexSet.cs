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
    public LunrIndex BuildLight() => BuildIndex(includeBody: false);

    /// <summary>Builds the full-text tier only (the light fields plus body).</summary>
    public LunrIndex BuildFull() => BuildIndex(includeBody: true);

    private LunrIndex BuildIndex(bool includeBody)
    {
        var builder = new LunrIndexBuilder(Profile);
        foreach (string key in Options.MetadataWhitelist)
        {
            builder.MetadataWhitelist.Add(key);
        }

        builder.AddField(SearchFieldNames.Title, Options.TitleBoost)
            .AddField(SearchFieldNames.Headings, Options.HeadingsBoost)
            .AddField(SearchFieldNames.Tags, Options.TagsBoost)
            .AddField(SearchFieldNames.Summary, Options.SummaryBoost);
        if (includeBody)
        {
            builder.AddField(SearchFieldNames.Body, Options.BodyBoost);
        }

        var fields = new Dictionary<string, string?>(5, StringComparer.Ordinal);
        foreach (SearchDocument d in _documents)
        {
            fields[SearchFieldNames.Title] = d.Title;
            fields[SearchFieldNames.Headings] = Join(d.Headings);
            fields[SearchFieldNames.Tags] = Join(d.Tags);
            fields[SearchFieldNames.Summary] = d.Summary;
            if (includeBody)
            {
                fields[SearchFieldNames.Body] = Truncate(d.Body, Options.MaxBodyLength);
            }

            builder.Add(d.Url, fields, d.Boost);
        }

        return builder.Build();
    }

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
