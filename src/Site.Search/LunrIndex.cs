using System.Text;
using Site.Search.Indexing;
using Site.Search.Serialization;

namespace Site.Search;

/// <summary>
/// A built lunr 2.3.9 index. <see cref="ToJson"/> / <see cref="WriteJson"/> produce the same text as lunr.js's
/// <c>JSON.stringify(idx)</c> for the same input; load it in the browser with <c>lunr.Index.load</c>.
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

    /// <summary>Number of documents (one field vector per document and field).</summary>
    public int DocumentCount => _documentRefs.Length;

    /// <summary>
    /// Cuts the sorted term list into consecutive ranges whose JSON is about <paramref name="targetBytes"/> each
    /// (estimated from the postings; a single very common term may exceed it), for
    /// <see cref="WriteShardJson"/>: the browser then fetches only the shard(s) holding the terms of a query.
    /// </summary>
    public IReadOnlyList<LunrIndexShard> PlanShards(int targetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetBytes, 1);
        var shards = new List<LunrIndexShard>();
        int start = 0;
        long size = 0;
        for (int t = 0; t < _sortedTerms.Length; t++)
        {
            TermEntry term = _sortedTerms[t];
            long termSize = (term.Term.Length * 2) + 24;
            foreach (List<int>? documents in term.Documents)
            {
                if (documents is null)
                {
                    continue;
                }

                foreach (int d in documents)
                {
                    // The posting ("ref":{},) and the vector entry (index,score,) of each (term, field, document).
                    termSize += _documentRefs[d].Length + 5 + 12;
                }
            }

            if (size > 0 && size + termSize > targetBytes)
            {
                shards.Add(new LunrIndexShard(_sortedTerms[start].Term, start, t));
                start = t;
                size = 0;
            }

            size += termSize;
        }

        if (start < _sortedTerms.Length || shards.Count == 0)
        {
            shards.Add(new LunrIndexShard(start < _sortedTerms.Length ? _sortedTerms[start].Term : "", start, _sortedTerms.Length));
        }

        return shards;
    }

    /// <summary>
    /// Streams one shard (<see cref="PlanShards"/>): a lunr 2.3.9 index with the shard's terms and, in each field
    /// vector, only their entries (vectors left empty are omitted). It loads with <c>lunr.Index.load</c>, and a
    /// term's scores are those of the whole index.
    /// </summary>
    public void WriteShardJson(Stream stream, LunrIndexShard shard, JsonEscaping escaping = JsonEscaping.JavaScript)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(shard);
        using var writer = new Utf8JsonTextWriter(stream, escaping);
        new LunrIndexJsonWriter(writer, _fields, _documentRefs, _metadata).Write(_vectors, _sortedTerms, shard.Start, shard.End, _pipeline);
    }

    /// <summary>Serializes to a string (convenient for tests and small indexes; prefer <see cref="WriteJson"/>).</summary>
    public string ToJson(JsonEscaping escaping = JsonEscaping.JavaScript) => Encoding.UTF8.GetString(ToUtf8Bytes(escaping));

    /// <summary>Serializes to UTF-8 bytes.</summary>
    public byte[] ToUtf8Bytes(JsonEscaping escaping = JsonEscaping.JavaScript)
    {
        using var stream = new MemoryStream();
        WriteJson(stream, escaping);
        return stream.ToArray();
    }

    /// <summary>Streams the JSON into <paramref name="stream"/> (UTF-8, no BOM, no whitespace).</summary>
    public void WriteJson(Stream stream, JsonEscaping escaping = JsonEscaping.JavaScript)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonTextWriter(stream, escaping);
        new LunrIndexJsonWriter(writer, _fields, _documentRefs, _metadata).Write(_vectors, _sortedTerms, _pipeline);
    }
}

/// <summary>
/// A consecutive range <c>[Start, End)</c> of an index's sorted terms; <see cref="FirstTerm"/> is the first of them
/// ("" for the first shard of an empty index). A term belongs to the last shard whose first term is not after it.
/// </summary>
public sealed record LunrIndexShard(string FirstTerm, int Start, int End);
