using System.Globalization;
using System.Runtime.CompilerServices;
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
    private const int NoTerm = -1;

    private readonly List<LunrField> _fields = [];
    private readonly List<string> _documentRefs = [];
    private readonly List<double> _documentBoosts = [];
    private readonly HashSet<string> _seenRefs = new(StringComparer.Ordinal);

    // Terms by id; the id is lunr's _index (rank of first occurrence).
    private readonly List<string> _terms = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);

    // Raw token → its term id (NoTerm: dropped by the pipeline). One lookup per token instead of a pipeline-cache
    // lookup plus a term lookup: a large site has millions of tokens but tens of thousands of distinct ones.
    private readonly TokenTable _tokenTerms = new();

    // Per term id: its state in the field being added, and its number of postings per field (row term × F + f).
    private TermScratch[] _scratch = new TermScratch[256];
    private int[] _rowCounts = new int[256];

    // Per field vector (document × F + field, in add order): its length in terms and its number of distinct terms;
    // its (term, frequency) pairs follow those of the previous vector in _pairs.
    private readonly List<int> _vectorLengths = [];
    private readonly List<int> _vectorTermCounts = [];
    private readonly PairStore _pairs = new();

    // Token occurrences per pair (parallel to _pairs), only when metadata is whitelisted.
    private readonly List<List<TokenSpan>> _pairOccurrences = [];
    private readonly List<TokenSpan> _tokens = [];
    private char[] _normalized = new char[256];
    private readonly List<int> _scratchTerms = [];
    private readonly TokenPipeline _pipeline;
    private string[]? _metadata;
    private double _b = 0.75;
    private bool _built;

    /// <summary>Creates a builder for <paramref name="profile"/> (default: <see cref="SearchProfile.English"/>).</summary>
    public LunrIndexBuilder(SearchProfile? profile = null)
    {
        Profile = profile ?? SearchProfile.English;
        _pipeline = Profile.CreateIndexPipeline();
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
        _documentRefs.Add(reference);
        _documentBoosts.Add(JsMath.BoostOrOne(boost));

        for (int f = 0; f < _fields.Count; f++)
        {
            fields.TryGetValue(_fields[f].Name, out string? value);
            IndexField(f, value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void IndexField(int fieldOrdinal, string? value)
    {
        // Stored as vector + 1, so that the zeroed scratch of a new term matches no vector.
        int vectorTag = _vectorLengths.Count + 1;
        int fieldCount = _fields.Count;
        _tokens.Clear();
        _scratchTerms.Clear();
        int length = 0;
        if (value is not null)
        {
            ReadOnlySpan<char> text = Profile.Tokenizer.Tokenize(value, _tokens, ref _normalized);
            bool keepOccurrences = _metadata!.Length > 0;
            foreach (TokenSpan token in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens))
            {
                int term = TermOf(text.Slice(token.Start, token.Length));
                if (term == NoTerm)
                {
                    continue;
                }

                length++;
                ref TermScratch scratch = ref _scratch[term];
                if (scratch.VectorTag != vectorTag)
                {
                    scratch.VectorTag = vectorTag;
                    scratch.Frequency = 0;
                    _scratchTerms.Add(term);
                    _rowCounts[(term * fieldCount) + fieldOrdinal]++;
                    if (keepOccurrences)
                    {
                        scratch.Pair = _pairOccurrences.Count;
                        _pairOccurrences.Add([]);
                    }
                }

                scratch.Frequency++;
                if (keepOccurrences)
                {
                    _pairOccurrences[scratch.Pair].Add(token);
                }
            }
        }

        foreach (int term in _scratchTerms)
        {
            _pairs.Add(term, _scratch[term].Frequency);
        }

        _vectorLengths.Add(length);
        _vectorTermCounts.Add(_scratchTerms.Count);
    }

    /// <summary>The term a raw token becomes after the pipeline, created on first sight (which fixes its <c>_index</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TermOf(ReadOnlySpan<char> token)
    {
        if (!_tokenTerms.TryGet(token, out int term))
        {
            string raw = token.ToString();
            term = Process(raw);
            _tokenTerms.Add(raw, term);
        }

        return term;
    }

    private int Process(string token) => _pipeline.Process(token) is { } term ? GetOrAddTerm(term) : NoTerm;

    private int GetOrAddTerm(string term)
    {
        if (_termIds.TryGetValue(term, out int id))
        {
            return id;
        }

        id = _terms.Count;
        _terms.Add(term);
        _termIds.Add(term, id);
        if (id == _scratch.Length)
        {
            Array.Resize(ref _scratch, id * 2);
        }

        int rowsNeeded = (id + 1) * _fields.Count;
        if (rowsNeeded > _rowCounts.Length)
        {
            Array.Resize(ref _rowCounts, Math.Max(rowsNeeded, _rowCounts.Length * 2));
        }

        return id;
    }

    /// <summary>Computes the scores and the inverted index and freezes the index. The builder cannot be used afterwards.</summary>
    public LunrIndex Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The index was already built.");
        }

        _built = true;
        _metadata ??= [.. MetadataWhitelist];
        int documentCount = _documentRefs.Count;
        int fieldCount = _fields.Count;
        int termCount = _terms.Count;
        _tokenTerms.Release();
        _termIds.Clear();
        _scratch = [];

        Postings postings = InvertPairs(termCount, fieldCount);

        var idf = new double[termCount];
        for (int t = 0; t < termCount; t++)
        {
            // lunr's df counts (document, field) pairs: the postings of the term in every field.
            idf[t] = Bm25.Idf(postings.TermEnd(t) - postings.TermStart(t), documentCount);
        }

        double[] averages = AverageFieldLengths();
        var vectors = new VectorFactors[_vectorLengths.Count];
        for (int v = 0; v < vectors.Length; v++)
        {
            int document = v / fieldCount;
            int field = v - (document * fieldCount);
            vectors[v] = new VectorFactors(Bm25.LengthNormalization(_vectorLengths[v], averages[field], K1, B), _fields[field].Boost, _documentBoosts[document]);
        }

        string[] terms = [.. _terms];
        string[] sortKeys = [.. _terms];
        int[] sortedIds = new int[termCount];
        for (int t = 0; t < termCount; t++)
        {
            sortedIds[t] = t;
        }

        Array.Sort(sortKeys, sortedIds, StringComparer.Ordinal);
        var scores = new ScoreTable(idf, vectors, K1);
        return new LunrIndex([.. _fields], [.. _documentRefs], terms, sortedIds, postings, scores, [.. _vectorTermCounts], _metadata, Profile.SearchPipeline);
    }

    /// <summary>
    /// Turns the pairs, stored vector after vector, into term-major postings (a counting sort: the row sizes were
    /// counted while adding). Each row comes out in vector order, i.e. in document add order like lunr's postings.
    /// Chunks are released as they are read, so the pairs and the postings are not both held whole.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Postings InvertPairs(int termCount, int fieldCount)
    {
        int rows = termCount * fieldCount;
        var rowStarts = new int[rows + 1];
        long total = 0;
        for (int r = 0; r < rows; r++)
        {
            rowStarts[r] = (int)total;
            total += _rowCounts[r];
            if (total > Array.MaxLength)
            {
                throw new InvalidOperationException("The index has more postings than an array can hold.");
            }
        }

        rowStarts[rows] = (int)total;
        _rowCounts = [];
        var documents = new int[total];
        var frequencies = new PostingFrequencies((int)total);
        List<TokenSpan>[]? occurrences = _metadata!.Length > 0 ? new List<TokenSpan>[total] : null;
        var cursor = new int[rows];
        Array.Copy(rowStarts, cursor, rows);
        var reader = _pairs.Read();
        int pair = 0;
        for (int v = 0; v < _vectorTermCounts.Count; v++)
        {
            int document = v / fieldCount;
            int field = v - (document * fieldCount);
            for (int i = _vectorTermCounts[v]; i > 0; i--, pair++)
            {
                reader.Next(out int term, out int frequency);
                int p = cursor[(term * fieldCount) + field]++;
                documents[p] = document;
                frequencies[p] = frequency;
                if (occurrences is not null)
                {
                    occurrences[p] = _pairOccurrences[pair];
                }
            }
        }

        _pairOccurrences.Clear();
        return new Postings(fieldCount, rowStarts, documents, frequencies, occurrences);
    }

    private double[] AverageFieldLengths()
    {
        var sums = new double[_fields.Count];
        for (int v = 0; v < _vectorLengths.Count; v++)
        {
            sums[v % _fields.Count] += _vectorLengths[v];
        }

        for (int f = 0; f < sums.Length; f++)
        {
            sums[f] /= _documentRefs.Count;
        }

        return sums;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LunrIndexBuilder({Profile.Name}, {_fields.Count} fields, {_documentRefs.Count} documents, {_terms.Count} terms)");

    /// <summary>Scratch state of one term while a field is added.</summary>
    private struct TermScratch
    {
        /// <summary>Vector ordinal + 1 the frequency belongs to (0: none yet).</summary>
        public int VectorTag;

        /// <summary>Term frequency in the field being added.</summary>
        public int Frequency;

        /// <summary>Index of the term's occurrence list in the field being added (metadata only).</summary>
        public int Pair;
    }
}
