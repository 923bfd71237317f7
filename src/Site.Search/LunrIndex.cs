using System.Runtime.CompilerServices;
using System.Text;
using Site.Search.Indexing;
using Site.Search.Serialization;

namespace Site.Search;

/// <summary>
/// A built lunr 2.3.9 index. <see cref="ToJson"/> / <see cref="WriteJson"/> produce the same JSON as lunr.js's
/// <c>JSON.stringify(idx)</c> for the same input, with <c>&lt; &gt; &amp; '</c> and U+2028/9 escaped inside
/// strings (byte-identical with <see cref="JsonEscaping.JavaScript"/>); load it in the browser with <c>lunr.Index.load</c>.
/// Writing is thread-safe: several shards may be written at once.
/// </summary>
public sealed class LunrIndex
{
    private readonly LunrField[] _fields;
    private readonly string[] _documentRefs;
    private readonly string[] _terms;
    private readonly int[] _sortedTerms;
    private readonly Postings _postings;
    private readonly ScoreTable _scores;
    private readonly int[] _vectorTermCounts;
    private readonly string[] _metadata;
    private readonly string[] _pipeline;
    private readonly EncodedNames?[] _encoded = new EncodedNames?[Enum.GetValues<JsonEscaping>().Length];

    internal LunrIndex(LunrField[] fields, string[] documentRefs, string[] terms, int[] sortedTerms, Postings postings, ScoreTable scores, int[] vectorTermCounts, string[] metadata, IReadOnlyList<string> pipeline)
    {
        _fields = fields;
        _documentRefs = documentRefs;
        _terms = terms;
        _sortedTerms = sortedTerms;
        _postings = postings;
        _scores = scores;
        _vectorTermCounts = vectorTermCounts;
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
    public IEnumerable<string> Terms => _sortedTerms.Select(t => _terms[t]);

    /// <summary>Number of documents (one field vector per document and field).</summary>
    public int DocumentCount => _documentRefs.Length;

    /// <summary>
    /// Cuts the sorted term list into consecutive ranges whose JSON is about <paramref name="targetBytes"/> each
    /// (estimated from the postings; a single very common term may exceed it). Each shard is a lunr index holding
    /// its terms only (<see cref="LunrIndexShards.WriteJson"/>), so the browser fetches only the shard(s) of a
    /// query's terms.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LunrIndexShards PlanShards(int targetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetBytes, 1);

        // The posting ("ref":{},) and the vector entry (index,score,) of each (term, field, document).
        var postingSize = new int[_documentRefs.Length];
        for (int d = 0; d < postingSize.Length; d++)
        {
            postingSize[d] = _documentRefs[d].Length + 5 + 12;
        }

        var shards = new List<LunrIndexShard>();
        int[] documents = _postings.Documents;
        int start = 0;
        long size = 0;
        for (int t = 0; t < _sortedTerms.Length; t++)
        {
            int term = _sortedTerms[t];
            long termSize = (_terms[term].Length * 2) + 24;
            for (int p = _postings.TermStart(term), end = _postings.TermEnd(term); p < end; p++)
            {
                termSize += postingSize[documents[p]];
            }

            if (size > 0 && size + termSize > targetBytes)
            {
                shards.Add(new LunrIndexShard(_terms[_sortedTerms[start]], start, t));
                start = t;
                size = 0;
            }

            size += termSize;
        }

        if (start < _sortedTerms.Length || shards.Count == 0)
        {
            shards.Add(new LunrIndexShard(start < _sortedTerms.Length ? _terms[_sortedTerms[start]] : "", start, _sortedTerms.Length));
        }

        return new LunrIndexShards(this, shards);
    }

    internal void WriteShardJson(Stream stream, LunrIndexShard shard, JsonEscaping escaping)
    {
        using var writer = new Utf8JsonTextWriter(stream, escaping);
        CreateJsonWriter(writer, escaping).WriteShard(shard.Start, shard.End);
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
        CreateJsonWriter(writer, escaping).WriteAll();
    }

    private LunrIndexJsonWriter CreateJsonWriter(Utf8JsonTextWriter writer, JsonEscaping escaping)
    {
        // The refs and field names are encoded once per escaping: a large site's index has thousands of shards.
        ref EncodedNames? encoded = ref _encoded[(int)escaping];
        EncodedNames names = Volatile.Read(ref encoded) ?? Interlocked.CompareExchange(ref encoded, EncodedNames.Create(_fields, _documentRefs, writer), null) ?? encoded!;
        return new LunrIndexJsonWriter(writer, names, _terms, _sortedTerms, _postings, _scores, _vectorTermCounts, _metadata, _pipeline);
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

    internal LunrIndexShards(LunrIndex index, IReadOnlyList<LunrIndexShard> shards)
    {
        _index = index;
        Shards = shards;
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
        _index.WriteShardJson(stream, Shards[number], escaping);
    }

    /// <summary>Shard <paramref name="number"/> as a string (tests).</summary>
    public string ToJson(int number)
    {
        using var stream = new MemoryStream();
        WriteJson(stream, number);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
