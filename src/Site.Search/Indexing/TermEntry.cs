using Site.Search.Analysis;

namespace Site.Search.Indexing;

/// <summary>
/// One term of the inverted index while building: its lunr <c>_index</c>, its postings per field (documents in
/// add order, with token occurrences when metadata is whitelisted) and scratch state for the field being added.
/// </summary>
internal sealed class TermEntry(string term, int index, int fieldCount)
{
    public string Term { get; } = term;

    /// <summary>lunr's <c>_index</c>: rank of first occurrence in the whole index.</summary>
    public int Index { get; } = index;

    /// <summary>Documents per field ordinal (null until the term occurs in that field).</summary>
    public List<int>?[] Documents { get; } = new List<int>?[fieldCount];

    /// <summary>Token occurrences parallel to <see cref="Documents"/>; null unless metadata is whitelisted (the usual case).</summary>
    public List<List<TokenSpan>>?[]? Occurrences { get; private set; }

    /// <summary>The occurrence lists of one field, created on first use.</summary>
    public List<List<TokenSpan>> OccurrencesOf(int fieldOrdinal)
    {
        Occurrences ??= new List<List<TokenSpan>>?[Documents.Length];
        return Occurrences[fieldOrdinal] ??= [];
    }

    /// <summary>Number of (document, field) pairs containing the term: lunr's idf input.</summary>
    public int FieldDocumentPairs { get; set; }

    /// <summary>Field-ref ordinal the scratch term frequency belongs to.</summary>
    public int ScratchFieldRef { get; set; } = -1;

    /// <summary>Term frequency in the field currently being added.</summary>
    public int ScratchFrequency { get; set; }
}
