namespace Site.Search.Indexing;

/// <summary>
/// What the BM25 score of a vector entry depends on, kept instead of the scores: the writer computes a score when
/// it writes the entry (<see cref="Bm25.ScoreThousandths"/>), which saves a double per posting for as long as the
/// index waits to be written. The arithmetic is lunr's, so the scores are the same doubles.
/// </summary>
internal sealed class ScoreTable(double[] idfByTerm, double[] lengthNormalizations, double[] fieldBoosts, double[] documentBoosts, double k1)
{
    public double Idf(int term) => idfByTerm[term];

    /// <summary><see cref="Bm25.LengthNormalization"/> of vector <c>document × fieldCount + field</c>.</summary>
    public double LengthNormalization(int vector) => lengthNormalizations[vector];

    public double FieldBoost(int field) => fieldBoosts[field];

    public double DocumentBoost(int document) => documentBoosts[document];

    public double K1 => k1;
}
