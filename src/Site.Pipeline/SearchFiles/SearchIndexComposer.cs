using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Content.Model;
using Site.Content.Text;
using Site.Pipeline.Model;
using Site.Search;

namespace Site.Pipeline.SearchFiles;

/// <summary>
/// Builds one language's search files as the theme's search.js reads them:
/// <c>{"index": &lt;lunr 2.3.9 index&gt;, "docs": {&lt;ref&gt;: {type, title, url, date, summary}}}</c>,
/// a light tier (no body) and a full tier. Documents are the pages written in the language
/// (sources or translations) and its tag pages; pages shown as fallbacks (untranslated, in the
/// source language) are in the light tier only. Both tiers use the same refs; the full file's docs map
/// leaves out the light-only docs.
/// <para>
/// Refs are short base-36 numbers, not URLs: lunr repeats the ref once per (term, page) posting
/// and once per field vector, so a 40-byte URL ref made up most of the full index (48 MB → about
/// 12 MB for English on the 2,000-post benchmark corpus). <c>search.js</c> reads the URL from the doc.
/// </para>
/// </summary>
public static class SearchIndexComposer
{
    private const int SummaryLength = 280;

    /// <summary>Document boost of list-type documents (tag pages, the home page): below the real pages with the same words.</summary>
    internal const double ListDocumentBoost = 0.2;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Escapes <, >, &, ' so the JSON stays inert even if someone inlines it into HTML.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Both files in memory (tests, benchmarks); the pipeline streams them with <see cref="Compose"/>.</summary>
    public static (byte[] Light, byte[] Full) Build(LanguageContext language)
    {
        var files = Compose(language);
        return (ToBytes(files.WriteLight), ToBytes(files.WriteFull));
    }

    /// <summary>Builds both indexes of a language; the JSON is produced only when a file is written.</summary>
    public static SearchFilesOfLanguage Compose(LanguageContext language)
    {
        var site = language.Site;
        var own = SearchIndexSet.ForLanguage(language.Info.Code);
        // Fallback pages go into the light tier only (title, headings, summary, tags: small), so a
        // reader of this language finds untranslated pages without the full tier repeating their bodies.
        SearchIndexSet? lightWithFallbacks = language.Graph.Pages.Any(p => p.IsFallback) ? SearchIndexSet.ForLanguage(language.Info.Code) : null;
        var docs = new List<(string Ref, string Url, string Type, string Title, string? Date, string? Summary, bool LightOnly)>();

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
            var document = new SearchDocument(reference, page.Title)
            {
                Headings = rendered.Headings.Select(h => h.Text).ToList(),
                Summary = summary,
                Tags = tags,
                Body = page.IsFallback ? null : rendered.PlainText,
                Type = type,
                Date = date,
                // The home page is a list: it names every section and the graduated projects, and
                // must not outrank the pages it links to.
                Boost = page.Kind == PageKind.Home ? ListDocumentBoost : 1,
            };
            if (!page.IsFallback)
            {
                own.Add(document);
            }

            lightWithFallbacks?.Add(document);
            docs.Add((reference, url, type, page.Title, date is { } d ? language.Dates.Long(d) : null, Snippet(summary ?? rendered.PlainText), page.IsFallback));
        }

        foreach (var tag in language.Graph.Tags)
        {
            var url = site.Urls.Url(tag.Url);
            var reference = ShortRef(docs.Count);
            var document = TagDocument(reference, tag.Name, tag.Slug);
            own.Add(document);
            lightWithFallbacks?.Add(document);
            docs.Add((reference, url, "tag", tag.Name, null, null, false));
        }

        // Each tier is built once, from the set it is published from: the light tier of a language with
        // fallbacks comes from lightWithFallbacks, its full tier from the pages written in the language.
        LunrIndex? light = null;
        LunrIndex? full = null;
        Parallel.Invoke(
            () => light = (lightWithFallbacks ?? own).BuildLight(),
            () => full = own.BuildFull());
        return new SearchFilesOfLanguage(light!, full!, docs);
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
    internal static void WriteDocsJson(Stream stream, IReadOnlyList<(string Ref, string Url, string Type, string Title, string? Date, string? Summary, bool LightOnly)> docs, bool includeLightOnly)
    {
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            foreach (var doc in docs)
            {
                if (doc.LightOnly && !includeLightOnly)
                {
                    continue;
                }

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
}

/// <summary>
/// One language's search files, <c>{"index": …, "docs": …}</c>, written straight into a stream:
/// the full Chinese index of a 20,000-page site is over 100 MB, and building it in a byte array
/// first (then copying it into the wrapper object) tripled the build's peak memory.
/// </summary>
public sealed class SearchFilesOfLanguage(
    LunrIndex light,
    LunrIndex full,
    IReadOnlyList<(string Ref, string Url, string Type, string Title, string? Date, string? Summary, bool LightOnly)> docs)
{
    public void WriteLight(Stream stream) => Write(stream, light, includeLightOnly: true);

    // The full file's docs map leaves the light-only (fallback) docs out: on a mostly untranslated
    // language they would be most of it.
    public void WriteFull(Stream stream) => Write(stream, full, includeLightOnly: false);

    private void Write(Stream stream, LunrIndex index, bool includeLightOnly)
    {
        stream.Write("{\"index\":"u8);
        index.WriteJson(stream);
        stream.Write(",\"docs\":"u8);
        SearchIndexComposer.WriteDocsJson(stream, docs, includeLightOnly);
        stream.WriteByte((byte)'}');
    }
}
