namespace Site.Search.Indexing;

/// <summary>
/// What the BM25 score of a vector entry depends on, kept instead of the scores: the writer computes a score when
/// it writes the entry (<see cref="Bm25.ScoreThousandths"/>), which saves a double per posting for as long as the
/// index waits to be written. The arithmetic is lunr's, so the scores are the same doubles.
/// </summary>
internal sealed class ScoreTable(double[] idfByTerm, VectorFactors[] vectors, double k1)
{
    public double Idf(int term) => idfByTerm[term];

    /// <summary>The factors of vector <c>document × fieldCount + field</c>.</summary>
    public ref readonly VectorFactors Vector(int vector) => ref vectors[vector];

    public double K1 => k1;
}

/// <summary>
/// What a vector's entries share in their scores: its <see cref="Bm25.LengthNormalization"/>, its field's boost and
/// its document's boost, together so that the writer reads one place per vector.
/// </summary>
internal readonly record struct VectorFactors(double LengthNormalization, double FieldBoost, double DocumentBoost);
