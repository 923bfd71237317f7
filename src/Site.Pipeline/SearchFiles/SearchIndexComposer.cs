using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Content.Model;
using Site.Pipeline.Model;
using Site.Search;

namespace Site.Pipeline.SearchFiles;

/// <summary>
/// Builds one language's search files as the theme's search.js reads them:
/// <c>{"index": &lt;lunr 2.3.9 index&gt;, "docs": {&lt;ref&gt;: {type, title, url, date, summary}}}</c>,
/// a light tier (no body) and a full tier. Documents are the pages written in the language
/// (sources or translations, not fallbacks) and its tag pages.
/// <para>
/// Refs are short base-36 numbers, not URLs: lunr repeats the ref once per (term, page) posting
/// and once per field vector, so a 40-byte URL ref made up most of the full index (48 MB → about
/// 12 MB for English on the 2,000-post benchmark corpus). <c>search.js</c> reads the URL from the doc.
/// </para>
/// </summary>
public static class SearchIndexComposer
{
    private const int SummaryLength = 280;

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
        var set = SearchIndexSet.ForLanguage(language.Info.Code);
        var docs = new List<(string Ref, string Url, string Type, string Title, string? Date, string? Summary)>();

        foreach (var page in language.Graph.Pages)
        {
            // A fallback's words are already in its source language's index; indexing them again
            // here roughly doubled the Chinese index (which the browser downloads) for no new text.
            if (page.IsFallback)
            {
                continue;
            }

            var rendered = site.Rendered(page);
            var url = site.Urls.Url(page.Url);
            var type = TypeOf(page);
            var summary = language.SummaryOf(page);
            var tags = page is PostPage post ? site.Content.Graph.TagsOf(post).Select(t => t.Name).ToList() : [];
            DateOnly? date = page is PostPage p ? DateDisplay.DateOf(p.Date) : null;
            var reference = ShortRef(docs.Count);
            set.Add(new SearchDocument(reference, page.Title)
            {
                Headings = rendered.Headings.Select(h => h.Text).ToList(),
                Summary = summary,
                Tags = tags,
                Body = rendered.PlainText,
                Type = type,
                Date = date,
            });
            docs.Add((reference, url, type, page.Title, date is { } d ? language.Dates.Long(d) : null, Snippet(summary ?? rendered.PlainText)));
        }

        foreach (var tag in language.Graph.Tags)
        {
            var url = site.Urls.Url(tag.Url);
            var reference = ShortRef(docs.Count);
            set.Add(new SearchDocument(reference, tag.Name) { Tags = [tag.Name], Type = "tag" });
            docs.Add((reference, url, "tag", tag.Name, null, null));
        }

        var output = set.Build();
        return new SearchFilesOfLanguage(output.Light, output.Full, DocsJson(docs));
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

    private static byte[] DocsJson(List<(string Ref, string Url, string Type, string Title, string? Date, string? Summary)> docs)
    {
        using var stream = new MemoryStream();
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

        return stream.ToArray();
    }
}

/// <summary>
/// One language's search files, <c>{"index": …, "docs": …}</c>, written straight into a stream:
/// the full Chinese index of a 20,000-page site is over 100 MB, and building it in a byte array
/// first (then copying it into the wrapper object) tripled the build's peak memory.
/// </summary>
public sealed class SearchFilesOfLanguage(LunrIndex light, LunrIndex full, byte[] docsJson)
{
    public void WriteLight(Stream stream) => Write(stream, light);

    public void WriteFull(Stream stream) => Write(stream, full);

    private void Write(Stream stream, LunrIndex index)
    {
        stream.Write("{\"index\":"u8);
        index.WriteJson(stream);
        stream.Write(",\"docs\":"u8);
        stream.Write(docsJson);
        stream.WriteByte((byte)'}');
    }
}
