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

    /// <summary>Number of documents (one field vector per document and field).</summary>
    public int DocumentCount => _documentRefs.Length;

    /// <summary>
    /// Cuts the sorted term list into consecutive ranges whose JSON is about <paramref name="targetBytes"/> each
    /// (estimated from the postings; a single very common term may exceed it). Each shard is a lunr index holding
    /// its terms only (<see cref="LunrIndexShards.WriteJson"/>), so the browser fetches only the shard(s) of a
    /// query's terms.
    /// </summary>
    public LunrIndexShards PlanShards(int targetBytes)
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

        return new LunrIndexShards(this, shards);
    }

    /// <summary>
    /// (vector, entry) pairs of every shard, flattened, in vector order: one pass over the field vectors instead
    /// of one per shard (a large site has thousands of shards).
    /// </summary>
    internal int[][] ShardEntries(IReadOnlyList<LunrIndexShard> shards)
    {
        var shardOfTerm = new int[_sortedTerms.Length];
        for (int s = 0; s < shards.Count; s++)
        {
            for (int t = shards[s].Start; t < shards[s].End; t++)
            {
                shardOfTerm[_sortedTerms[t].Index] = s;
            }
        }

        var lists = new List<int>[shards.Count];
        for (int s = 0; s < lists.Length; s++)
        {
            lists[s] = [];
        }

        for (int v = 0; v < _vectors.Count; v++)
        {
            FieldTerms vector = _vectors[v];
            for (int i = 0; i < vector.Count; i++)
            {
                List<int> list = lists[shardOfTerm[_vectors.TermIndex(vector, i)]];
                list.Add(v);
                list.Add(i);
            }
        }

        return [.. lists.Select(l => l.ToArray())];
    }

    internal LunrIndexJsonWriter.EncodedRefs EncodeRefs(JsonEscaping escaping) => LunrIndexJsonWriter.EncodedRefs.Create(_documentRefs, escaping);

    internal void WriteShardJson(Stream stream, LunrIndexShard shard, ReadOnlySpan<int> entries, JsonEscaping escaping, LunrIndexJsonWriter.EncodedRefs refs)
    {
        using var writer = new Utf8JsonTextWriter(stream, escaping);
        new LunrIndexJsonWriter(writer, _fields, _documentRefs, _metadata, refs).Write(_vectors, _sortedTerms, shard.Start, shard.End, entries, _pipeline);
    }

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

/// <summary>
/// A consecutive range <c>[Start, End)</c> of an index's sorted terms; <see cref="FirstTerm"/> is the first of them
/// ("" for the first shard of an empty index). A term belongs to the last shard whose first term is not after it.
/// </summary>
public sealed record LunrIndexShard(string FirstTerm, int Start, int End);

/// <summary>The shards of one index (<see cref="LunrIndex.PlanShards"/>), written one file each.</summary>
public sealed class LunrIndexShards
{
    private readonly LunrIndex _index;
    private readonly Lazy<int[][]> _entries;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<JsonEscaping, LunrIndexJsonWriter.EncodedRefs> _refs = new();

    internal LunrIndexShards(LunrIndex index, IReadOnlyList<LunrIndexShard> shards)
    {
        _index = index;
        Shards = shards;
        _entries = new Lazy<int[][]>(() => index.ShardEntries(shards), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The term ranges, in term order.</summary>
    public IReadOnlyList<LunrIndexShard> Shards { get; }

    /// <summary>
    /// Streams shard <paramref name="number"/>: a lunr 2.3.9 index with the shard's terms and, in each field vector,
    /// only their entries (vectors left empty are omitted). It loads with <c>lunr.Index.load</c>, and a term's
    /// scores are those of the whole index.
    /// </summary>
    public void WriteJson(Stream stream, int number, JsonEscaping escaping = JsonEscaping.JavaScript)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _index.WriteShardJson(stream, Shards[number], _entries.Value[number], escaping, _refs.GetOrAdd(escaping, _index.EncodeRefs));
    }

    /// <summary>Shard <paramref name="number"/> as a string (tests).</summary>
    public string ToJson(int number)
    {
        using var stream = new MemoryStream();
        WriteJson(stream, number);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
