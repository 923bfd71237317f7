using System.Globalization;
using Site.Search.Analysis;
using Site.Search.Indexing;

namespace Site.Search;

/// <summary>
/// Builds an index that real lunr.js 2.3.9 loads with <c>lunr.Index.load</c> and that serializes like lunr.js's
/// <c>JSON.stringify(idx)</c> for the same input (byte-identically with <see cref="Serialization.JsonEscaping.JavaScript"/>).
/// Follows <c>lunr.Builder</c> (lunr 2.3.9's <c>lib/builder.js</c>) step by step; unlike lunr it rejects duplicate references and fields
/// added after documents, which lunr silently mis-indexes. Single-threaded; use one builder per index.
/// </summary>
public sealed class LunrIndexBuilder
{
    private readonly List<LunrField> _fields = [];
    private readonly List<string> _documentRefs = [];
    private readonly List<double> _documentBoosts = [];
    private readonly HashSet<string> _seenRefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermEntry> _terms = new(StringComparer.Ordinal);
    private readonly List<TermEntry> _termsByIndex = [];

    // Raw token → its term (null: dropped by the pipeline). One lookup per token instead of a pipeline-cache
    // lookup plus a term lookup: a large site has millions of tokens but tens of thousands of distinct ones.
    private readonly Dictionary<string, TermEntry?> _tokenTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermEntry?>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly List<FieldTerms> _fieldTerms = [];

    // The distinct terms of every (document, field) pair, as (term index, frequency).
    private readonly PairStore _pairs = new();
    private readonly List<TokenSpan> _tokens = [];
    private readonly List<TermEntry> _scratchTerms = [];
    private readonly TokenPipeline _pipeline;
    private string[]? _metadata;
    private double _b = 0.75;
    private bool _built;

    /// <summary>Creates a builder for <paramref name="profile"/> (default: <see cref="SearchProfile.English"/>).</summary>
    public LunrIndexBuilder(SearchProfile? profile = null)
    {
        Profile = profile ?? SearchProfile.English;
        _pipeline = Profile.CreateIndexPipeline();
        _tokenLookup = _tokenTerms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tokenizer and pipelines in use.</summary>
    public SearchProfile Profile { get; }

    /// <summary>Field-length normalisation, clamped to [0, 1] like lunr's <c>b()</c>. Default 0.75.</summary>
    public double B
    {
        get => _b;
        set => _b = value < 0 ? 0 : value > 1 ? 1 : value;
    }

    /// <summary>Term-frequency saturation (lunr's <c>k1()</c>, not clamped). Default 1.2.</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>
    /// lunr's <c>metadataWhitelist</c>: token metadata stored in postings (<c>position</c>, <c>index</c>,
    /// <c>fields</c>; other names store <c>null</c> like lunr). Empty by default: positions add ~55 % gzip size.
    /// Must be set before the first document is added.
    /// </summary>
    public IList<string> MetadataWhitelist { get; } = [];

    /// <summary>The fields, in declaration order.</summary>
    public IReadOnlyList<LunrField> Fields => _fields;

    /// <summary>Number of documents added so far.</summary>
    public int DocumentCount => _documentRefs.Count;

    /// <summary>
    /// Declares a field. A boost of 0 or NaN means 1 (lunr's <c>boost || 1</c>). Names may not contain <c>/</c>,
    /// be <c>_index</c> or look like array indexes (JS would reorder them).
    /// </summary>
    public LunrIndexBuilder AddField(string name, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Field '{name}' contains illegal character '/'.", nameof(name));
        }

        if (name == "_index" || JsPropertyKey.IsArrayIndex(name))
        {
            throw new ArgumentException($"Field name '{name}' would collide with lunr's posting keys or be reordered by JavaScript.", nameof(name));
        }

        if (_fields.Exists(f => f.Name == name))
        {
            throw new ArgumentException($"Field '{name}' is already declared.", nameof(name));
        }

        if (double.IsInfinity(boost))
        {
            throw new ArgumentOutOfRangeException(nameof(boost), "Boost must be finite.");
        }

        if (_documentRefs.Count > 0)
        {
            throw new InvalidOperationException("Declare every field before adding documents.");
        }

        _fields.Add(new LunrField(name, JsMath.BoostOrOne(boost)));
        return this;
    }

    /// <summary>
    /// Adds a document. Missing or null fields index as empty (they still get an empty vector and count in the
    /// average field length). A boost of 0 or NaN means 1.
    /// </summary>
    public void Add(string reference, IReadOnlyDictionary<string, string?> fields, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(fields);
        if (_built)
        {
            throw new InvalidOperationException("The index was already built.");
        }

        if (_fields.Count == 0)
        {
            throw new InvalidOperationException("Declare at least one field before adding documents.");
        }

        if (double.IsInfinity(boost))
        {
            throw new ArgumentOutOfRangeException(nameof(boost), "Boost must be finite.");
        }

        if (!_seenRefs.Add(reference))
        {
            throw new ArgumentException($"Duplicate document reference '{reference}'.", nameof(reference));
        }

        _metadata ??= [.. MetadataWhitelist];
        int documentOrdinal = _documentRefs.Count;
        _documentRefs.Add(reference);
        _documentBoosts.Add(JsMath.BoostOrOne(boost));

        for (int f = 0; f < _fields.Count; f++)
        {
            fields.TryGetValue(_fields[f].Name, out string? value);
            IndexField(f, documentOrdinal, value);
        }
    }

    private void IndexField(int fieldOrdinal, int documentOrdinal, string? value)
    {
        int fieldRef = _fieldTerms.Count;
        _tokens.Clear();
        _scratchTerms.Clear();
        int length = 0;
        if (value is not null)
        {
            string text = Profile.Tokenizer.Tokenize(value, _tokens);
            bool keepOccurrences = _metadata!.Length > 0;
            foreach (TokenSpan token in _tokens)
            {
                TermEntry? entry = TermOf(text.AsSpan(token.Start, token.Length));
                if (entry is null)
                {
                    continue;
                }

                length++;
                if (entry.ScratchFieldRef != fieldRef)
                {
                    entry.ScratchFieldRef = fieldRef;
                    entry.ScratchFrequency = 0;
                    entry.FieldDocumentPairs++;
                    _scratchTerms.Add(entry);
                    (entry.Documents[fieldOrdinal] ??= []).Add(documentOrdinal);
                    if (keepOccurrences)
                    {
                        entry.OccurrencesOf(fieldOrdinal).Add([]);
                    }
                }

                entry.ScratchFrequency++;
                if (keepOccurrences)
                {
                    entry.OccurrencesOf(fieldOrdinal)[^1].Add(token);
                }
            }
        }

        var (chunk, start) = _pairs.Reserve(_scratchTerms.Count);
        int[] termIndexes = _pairs.TermIndexes[chunk];
        int[] frequencies = _pairs.Frequencies[chunk];
        for (int i = 0; i < _scratchTerms.Count; i++)
        {
            termIndexes[start + i] = _scratchTerms[i].Index;
            frequencies[start + i] = _scratchTerms[i].ScratchFrequency;
        }

        _fieldTerms.Add(new FieldTerms(fieldOrdinal, documentOrdinal, length, chunk, start, _scratchTerms.Count));
    }

    /// <summary>The term a raw token becomes after the pipeline, created on first sight (which fixes its <c>_index</c>).</summary>
    private TermEntry? TermOf(ReadOnlySpan<char> token)
    {
        if (_tokenLookup.TryGetValue(token, out TermEntry? entry))
        {
            return entry;
        }

        string? term = _pipeline.Process(token.ToString());
        entry = term is null ? null : GetOrAddTerm(term);
        _tokenLookup[token] = entry;
        return entry;
    }

    private TermEntry GetOrAddTerm(string term)
    {
        if (!_terms.TryGetValue(term, out TermEntry? entry))
        {
            entry = new TermEntry(term, _terms.Count, _fields.Count);
            _terms.Add(term, entry);
            _termsByIndex.Add(entry);
        }

        return entry;
    }

    /// <summary>Computes the field vectors and freezes the index. The builder cannot be used afterwards.</summary>
    public LunrIndex Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The index was already built.");
        }

        _built = true;
        int documentCount = _documentRefs.Count;
        var idf = new double[_termsByIndex.Count];
        for (int t = 0; t < idf.Length; t++)
        {
            idf[t] = Bm25.Idf(_termsByIndex[t].FieldDocumentPairs, documentCount);
        }

        // Terms were collected in order of occurrence in the field; lunr vectors are sorted by term index.
        int[][] termIndexes = [.. _pairs.TermIndexes];
        int[][] frequencies = [.. _pairs.Frequencies];
        FieldTerms[] vectors = [.. _fieldTerms];
        foreach (FieldTerms vector in vectors)
        {
            Array.Sort(termIndexes[vector.Chunk], frequencies[vector.Chunk], vector.Start, vector.Count);
        }

        var fieldBoosts = new double[_fields.Count];
        for (int f = 0; f < fieldBoosts.Length; f++)
        {
            fieldBoosts[f] = _fields[f].Boost;
        }

        var scored = new FieldVectors(vectors, termIndexes, frequencies, idf, AverageFieldLengths(), fieldBoosts, [.. _documentBoosts], K1, B);
        var sortedTerms = new TermEntry[_terms.Count];
        _terms.Values.CopyTo(sortedTerms, 0);
        Array.Sort(sortedTerms, static (x, y) => string.CompareOrdinal(x.Term, y.Term));
        _fieldTerms.Clear();
        _tokenTerms.Clear();
        return new LunrIndex([.. _fields], [.. _documentRefs], scored, sortedTerms, _metadata ?? [.. MetadataWhitelist], Profile.SearchPipeline);
    }

    private double[] AverageFieldLengths()
    {
        var sums = new double[_fields.Count];
        foreach (FieldTerms ft in _fieldTerms)
        {
            sums[ft.FieldOrdinal] += ft.Length;
        }

        for (int f = 0; f < sums.Length; f++)
        {
            sums[f] /= _documentRefs.Count;
        }

        return sums;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LunrIndexBuilder({Profile.Name}, {_fields.Count} fields, {_documentRefs.Count} documents, {_terms.Count} terms)");

    /// <summary>
    /// Two parallel int arrays per chunk; a (document, field) pair's entries are contiguous within one chunk.
    /// Chunks instead of one doubling array: millions of pairs grew a 20 MB array by copying, leaving as much again
    /// on the large object heap as garbage at the build's memory peak. Chunks stay below the large-object size.
    /// </summary>
    private sealed class PairStore
    {
        private const int ChunkSize = 16 * 1024;
        private int _used;

        public List<int[]> TermIndexes { get; } = [];

        public List<int[]> Frequencies { get; } = [];

        /// <summary>Room for <paramref name="count"/> entries: the chunk and the start within it.</summary>
        public (int Chunk, int Start) Reserve(int count)
        {
            if (TermIndexes.Count == 0 || _used + count > TermIndexes[^1].Length)
            {
                // A field with more distinct terms than a chunk holds gets a chunk of its own size.
                int size = Math.Max(ChunkSize, count);
                TermIndexes.Add(new int[size]);
                Frequencies.Add(new int[size]);
                _used = 0;
            }

            int start = _used;
            _used += count;
            return (TermIndexes.Count - 1, start);
        }
    }
}
