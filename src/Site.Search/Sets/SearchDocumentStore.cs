using System.Globalization;
using Site.Search.Serialization;

namespace Site.Search;

/// <summary>
/// The small per-language documents JSON the result list renders from (lunr only returns refs and scores):
/// <c>{"version":1,"docs":{"&lt;url&gt;":{"title":…,"type":…,"date":"yyyy-MM-dd","summary":…}}}</c>.
/// Written HTML-safe (<c>&lt; &gt; &amp; '</c>, U+2028/9 and lone surrogates escaped), so it stays valid even if
/// inlined; the page must still insert the values as text, never as HTML.
/// </summary>
public sealed class SearchDocumentStore
{
    private readonly IReadOnlyList<SearchDocument> _documents;
    private readonly int _snippetLength;

    internal SearchDocumentStore(IReadOnlyList<SearchDocument> documents, int snippetLength)
    {
        _documents = documents;
        _snippetLength = snippetLength;
    }

    /// <summary>Number of documents.</summary>
    public int Count => _documents.Count;

    /// <summary>Streams the JSON into <paramref name="stream"/>.</summary>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonTextWriter(stream, JsonEscaping.HtmlSafe);
        writer.WriteRaw("{\"version\":1,\"docs\":{"u8);
        for (int i = 0; i < _documents.Count; i++)
        {
            SearchDocument d = _documents[i];
            if (i > 0)
            {
                writer.WriteRaw((byte)',');
            }

            writer.WriteString(d.Url);
            writer.WriteRaw(":{\"title\":"u8);
            writer.WriteString(d.Title);
            writer.WriteRaw(",\"type\":"u8);
            writer.WriteString(d.Type);
            writer.WriteRaw(",\"date\":"u8);
            writer.WriteString(d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteRaw(",\"summary\":"u8);
            writer.WriteString(Snippet.Create(d.Summary ?? d.Body, _snippetLength));
            writer.WriteRaw((byte)'}');
        }

        writer.WriteRaw("}}"u8);
    }

    /// <summary>Serializes to a string.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        WriteJson(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
