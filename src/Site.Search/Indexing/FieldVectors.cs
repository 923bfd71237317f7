namespace Site.Search.Indexing;

/// <summary>
/// Every field vector of a built index, scored on demand. A vector holds the term indexes of one (document, field)
/// pair in ascending order (lunr's flat <c>[termIndex, score, …]</c> array); its BM25 scores are computed when the
/// index is written instead of being stored, which saves a double per (term, field, document) pair for as long as
/// the index waits to be written. The arithmetic is the same, so the scores are the same doubles.
/// </summary>
internal sealed class FieldVectors(
    FieldTerms[] vectors,
    int[][] termIndexes,
    int[][] frequencies,
    double[] idfByTerm,
    double[] averageFieldLengths,
    double[] fieldBoosts,
    double[] documentBoosts,
    double k1,
    double b)
{
    public int Count => vectors.Length;

    public FieldTerms this[int vector] => vectors[vector];

    public int TermIndex(in FieldTerms vector, int i) => termIndexes[vector.Chunk][vector.Start + i];

    /// <summary>The score × 1000, an integer-valued double (see <see cref="Bm25.ScoreThousandths"/>).</summary>
    public double ScoreThousandths(in FieldTerms vector, int i)
    {
        int pair = vector.Start + i;
        return Bm25.ScoreThousandths(
            idfByTerm[termIndexes[vector.Chunk][pair]],
            frequencies[vector.Chunk][pair],
            vector.Length,
            averageFieldLengths[vector.FieldOrdinal],
            k1,
            b,
            fieldBoosts[vector.FieldOrdinal],
            documentBoosts[vector.DocumentOrdinal]);
    }
}
