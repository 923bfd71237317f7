using System.Text;
using Site.Search.Indexing;
using Site.Search.Serialization;

namespace Site.Search;

/// <summary>
/// A built lunr 2.3.9 index. <see cref="ToJson"/> / <see cref="WriteJson"/> produce the same JSON as lunr.js's
/// <c>JSON.stringify(idx)</c> for the same input, with <c>&lt; &gt; &amp; '</c> and U+2028/9 escaped inside
/// strings (byte-identical with <see cref="JsonEscaping.JavaScript"/>); load it in the browser with <c>lunr.Index.load</c>.
/// </summary>
public sealed class LunrIndex
{
    private readonly LunrField[] _fields;
    private readonly string[] _documentRefs;
    private readonly FieldVectors _vectors;
    private readonly TermEntry[] _sortedTerms;
    private readonly string[] _metadata;
    private readonly string[] _pipeline;

    internal LunrIndex(LunrField[] fields, string[] documentRefs, FieldVectors vectors, TermEntry[] sortedTerms, string[] metadata, IReadOnlyList<string> pipeline)
    {
        _fields = fields;
        _documentRefs = documentRefs;
        _vectors = vectors;
        _sortedTerms = sortedTerms;
        _metadata = metadata;
        _pipeline = [.. pipeline];
    }

    /// <summary>The lunr.js version this format targets.</summary>
    public const string Version = "2.3.9";

    /// <summary>Field names in declaration order.</summary>
    public IReadOnlyList<string> Fields => [.. _fields.Select(f => f.Name)];

    /// <summary>Document references in add order.</summary>
    public IReadOnlyList<string> DocumentRefs => _documentRefs;

    /// <summary>Number of distinct terms (the inverted index size).</summary>
    public int TermCount => _sortedTerms.Length;

    /// <summary>The terms in serialization (UTF-16 ordinal) order.</summary>
    public IEnumerable<string> Terms => _sortedTerms.Select(t => t.Term);

    /// <summary>Serializes to a string (convenient for tests and small indexes; prefer <see cref="WriteJson"/>).</summary>
    public string ToJson(JsonEscaping escaping = JsonEscaping.HtmlSafe) => Encoding.UTF8.GetString(ToUtf8Bytes(escaping));

    /// <summary>Serializes to UTF-8 bytes.</summary>
    public byte[] ToUtf8Bytes(JsonEscaping escaping = JsonEscaping.HtmlSafe)
    {
        using var stream = new MemoryStream();
        WriteJson(stream, escaping);
        return stream.ToArray();
    }

    /// <summary>Streams the JSON into <paramref name="stream"/> (UTF-8, no BOM, no whitespace).</summary>
    public void WriteJson(Stream stream, JsonEscaping escaping = JsonEscaping.HtmlSafe)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonTextWriter(stream, escaping);
        new LunrIndexJsonWriter(writer, _fields, _documentRefs, _metadata).Write(_vectors, _sortedTerms, _pipeline);
    }
}
