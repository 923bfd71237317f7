using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Content.Model;
using Site.Content.Text;
using Site.Pipeline.Model;
using Site.Search;

namespace Site.Pipeline.SearchFiles;

/// <summary>
/// Builds one language's search files as the theme's search.js reads them (all under the language's
/// <c>search/</c> folder):
/// <list type="bullet">
/// <item><c>light.json</c>: <c>{"index": &lt;lunr 2.3.9 index of title, headings, tags&gt;, "docs": {&lt;ref&gt;: {type,
/// title, url, date, summary}}}</c>, loaded whole on the search box's first focus;</item>
/// <item><c>full.json</c>: the manifest of the text tier, <c>{"version":2,"documents":N,"shards":[[firstTerm,
/// "full/0.json"],…]}</c>;</item>
/// <item><c>full/N.json</c>: shards of one lunr index of summary and body, cut by term range, each a lunr index
/// holding its terms only, so a query fetches the shards of its own terms and nothing else.</item>
/// </list>
/// No page's text is written a second time: for a result that matched in its body, search.js cuts the passage
/// from the page itself. A copy per page was 37% of the files of a large site (16,237 of 44,065) and 10% of its bytes.
/// Documents are the pages of the language (sources, translations, and fallbacks shown in it, whose
/// body is not indexed) and its tag pages; both indexes use the same refs and add up per document.
/// <para>
/// Refs are short base-36 numbers, not URLs: lunr repeats the ref once per (term, page) posting
/// and once per field vector, so a 40-byte URL ref made up most of the full index (48 MB → about
/// 12 MB for English on the 2,000-post benchmark corpus). <c>search.js</c> reads the URL from the doc.
/// </para>
/// </summary>
public static class SearchIndexComposer
{
    private const int SummaryLength = 280;

    /// <summary>
    /// Document boost of list-type documents (tag pages, the home page): below the real pages with the same words.
    /// A tag page has its name in the title only and nothing in the text tier, while the pages it lists add their
    /// summary and body scores, so the title match alone must stay below those.
    /// </summary>
    internal const double ListDocumentBoost = 0.1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Escapes <, >, &, ' so the JSON stays inert even if someone inlines it into HTML.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Target size of a text-tier shard (raw JSON; about a quarter of it gzipped).</summary>
    internal const int ShardBytes = 10 * 1024;

    /// <summary>Every file in memory, by path below the language's search folder (tests, benchmarks).</summary>
    public static IReadOnlyDictionary<string, byte[]> Build(LanguageContext language) =>
        Compose(language).Files.ToDictionary(f => f.Path, f => ToBytes(f.Write), StringComparer.Ordinal);

    /// <summary>Builds both indexes of a language; the JSON is produced only when a file is written.</summary>
    public static SearchFilesOfLanguage Compose(LanguageContext language)
    {
        var site = language.Site;
        var set = SearchIndexSet.ForLanguage(language.Info.Code);
        var docs = new List<SearchDoc>();

        foreach (var page in language.Graph.Pages)
        {
            var rendered = site.Rendered(page);
            var url = site.Urls.Url(page.Url);
            var type = TypeOf(page);
            var summary = language.SummaryOf(page);
            var tags = page switch
            {
                PostPage post => site.Content.Graph.TagsOf(post).SelectMany(t => TagTerms(t.Name, t.Slug)).ToList(),
                TermPage term => site.Content.Graph.TagsOf(term).SelectMany(t => TagTerms(t.Name, t.Slug)).ToList(),
                _ => [],
            };
            DateOnly? date = page is PostPage p ? DateDisplay.DateOf(p.Date) : null;
            var reference = ShortRef(docs.Count);
            // Fallback pages (untranslated, shown in this language) are found by their title, headings,
            // tags and summary; their body is indexed in the language they are written in.
            // Bodies stay compact until the index reads them, one at a time.
            var body = page.IsFallback ? null : rendered.PlainTextCompact;
            set.Add(new SearchDocument(reference, page.Title)
            {
                Headings = rendered.Headings.Select(h => h.Text).ToList(),
                Summary = summary,
                Tags = tags,
                ReadBody = body is null ? null : body.ToString,
                Type = type,
                Date = date,
                // The home page is a list: it names every section and the graduated projects, and
                // must not outrank the pages it links to.
                Boost = page.Kind == PageKind.Home ? ListDocumentBoost : 1,
            });
            docs.Add(new(reference, url, type, page.Title, date is { } d ? language.Dates.Long(d) : null, Snippet(summary ?? rendered.PlainText)));
        }

        foreach (var tag in language.Graph.Tags)
        {
            var url = site.Urls.Url(tag.Url);
            var reference = ShortRef(docs.Count);
            set.Add(TagDocument(reference, tag.Name, tag.Slug));
            docs.Add(new(reference, url, "tag", tag.Name, null, null));
        }

        LunrIndex? names = null;
        LunrIndex? text = null;
        Parallel.Invoke(
            () => names = set.BuildNamesIndex(),
            () => text = set.BuildTextIndex());
        return new SearchFilesOfLanguage(names!, text!, docs);
    }

    /// <summary>
    /// A tag page lists posts; it must not outrank them. Its one-word title matched the query as well
    /// as a real page's title (and, with the name in the tags field too, twice), so it came first:
    /// it now has the name in the title only and a low document boost. The tag key (its slug, e.g.
    /// <c>graduation</c>) goes into the tags field only when the label differs from it (a Chinese
    /// label such as 毕业), so the English word still finds the translated tag page (and its posts).
    /// </summary>
    internal static SearchDocument TagDocument(string reference, string name, string slug) =>
        new(reference, name)
        {
            Tags = TagTerms(name, slug).Skip(1).ToList(),
            Type = "tag",
            Boost = ListDocumentBoost,
        };

    /// <summary>
    /// A tag's label, then its key when the label spells something else (毕业 → <c>graduation</c>):
    /// a post tagged 毕业 is then found by the English key too, and above the tag page.
    /// </summary>
    private static IEnumerable<string> TagTerms(string name, string slug)
    {
        yield return name;
        if (Slug.From(name) != slug)
        {
            yield return slug.Replace('-', ' ');
        }
    }

    private static byte[] ToBytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>The document's lunr ref: its position in base 36 ("0", "1", … "z", "10", …).</summary>
    internal static string ShortRef(int position)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[8];
        var start = buffer.Length;
        do
        {
            buffer[--start] = Digits[position % 36];
            position /= 36;
        }
        while (position > 0);

        return new string(buffer[start..]);
    }

    private static string TypeOf(Page page) => page.Kind switch
    {
        PageKind.Post => "post",
        PageKind.Project => "project",
        PageKind.Sig => "sig",
        PageKind.Category => "category",
        PageKind.Term => "term",
        _ => "page",
    };

    private static string? Snippet(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SummaryLength - 1);
        var end = cut > SummaryLength / 2 ? cut : SummaryLength - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    /// <summary>
    /// The docs map, written straight into the search file when it is written (not kept as bytes meanwhile: on a
    /// large site each copy grew by doubling to megabytes on the large object heap).
    /// </summary>
    internal static void WriteDocsJson(Stream stream, IReadOnlyList<SearchDoc> docs)
    {
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            foreach (var doc in docs)
            {
                json.WriteStartObject(doc.Ref);
                json.WriteString("type", doc.Type);
                json.WriteString("title", doc.Title);
                json.WriteString("url", doc.Url);
                if (doc.Date is not null)
                {
                    json.WriteString("date", doc.Date);
                }

                if (doc.Summary is not null)
                {
                    json.WriteString("summary", doc.Summary);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
    }

    internal static void WriteManifest(Stream stream, int documents, IReadOnlyList<LunrIndexShard> shards)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("version", 2);
        json.WriteNumber("documents", documents);
        json.WriteStartArray("shards");
        for (var i = 0; i < shards.Count; i++)
        {
            json.WriteStartArray();
            json.WriteStringValue(i == 0 ? "" : shards[i].FirstTerm);
            json.WriteStringValue(ShardPath(i));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string ShardPath(int shard) => "full/" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json";
}

/// <summary>One result's display data in <c>light.json</c>.</summary>
public sealed record SearchDoc(string Ref, string Url, string Type, string Title, string? Date, string? Summary);

/// <summary>One file of a language's search folder: its path below the folder and how to write it.</summary>
public sealed record SearchFile(string Path, Action<Stream> Write);

/// <summary>
/// One language's search files (see <see cref="SearchIndexComposer"/>), written straight into streams:
/// the text index of a 20,000-page site is over 100 MB, and building it in a byte array first tripled
/// the build's peak memory.
/// </summary>
public sealed class SearchFilesOfLanguage(LunrIndex names, LunrIndex text, IReadOnlyList<SearchDoc> docs)
{
    /// <summary>Every file, the light index first.</summary>
    public IEnumerable<SearchFile> Files
    {
        get
        {
            yield return new SearchFile("light.json", WriteLight);
            var shards = text.PlanShards(SearchIndexComposer.ShardBytes);
            yield return new SearchFile("full.json", s => SearchIndexComposer.WriteManifest(s, text.DocumentCount, shards.Shards));
            for (var i = 0; i < shards.Shards.Count; i++)
            {
                var number = i;
                yield return new SearchFile(SearchIndexComposer.ShardPath(i), s => shards.WriteJson(s, number));
            }
        }
    }

    public void WriteLight(Stream stream)
    {
        stream.Write("{\"index\":"u8);
        names.WriteJson(stream);
        stream.Write(",\"docs\":"u8);
        SearchIndexComposer.WriteDocsJson(stream, docs);
        stream.WriteByte((byte)'}');
    }
}
