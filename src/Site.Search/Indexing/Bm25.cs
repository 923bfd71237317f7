namespace Site.Search.Indexing;

/// <summary>
/// lunr's build-time BM25: <c>lunr.idf</c> and the per-(field, document, term) score, with the exact operation
/// order of lunr.js so doubles round identically, then rounded to three decimals like lunr.
/// </summary>
internal static class Bm25
{
    /// <summary><paramref name="fieldDocumentPairs"/> counts (document, field) pairs containing the term, not documents.</summary>
    public static double Idf(int fieldDocumentPairs, int documentCount)
    {
        double x = (documentCount - fieldDocumentPairs + 0.5) / (fieldDocumentPairs + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>
    /// The part of lunr's denominator that depends on the field vector only, <c>k1 * (1 - b + b * (fieldLength /
    /// averageFieldLength))</c>: computed once per vector instead of once per term. lunr adds the term frequency
    /// to this very double, so <see cref="ScoreThousandths"/> gives the same result as the formula in one piece.
    /// </summary>
    public static double LengthNormalization(int fieldLength, double averageFieldLength, double k1, double b) =>
        k1 * (1 - b + b * (fieldLength / averageFieldLength));

    /// <summary>
    /// <c>Math.round(score * 1000)</c>, before lunr divides it by 1000: an integer-valued double, which the JSON
    /// writer prints as a decimal with three places without a general double-to-text conversion.
    /// </summary>
    public static double ScoreThousandths(double idf, int tf, double lengthNormalization, double k1, double fieldBoost, double documentBoost)
    {
        double score = idf * ((k1 + 1) * tf) / (lengthNormalization + tf);
        score *= fieldBoost;
        score *= documentBoost;
        return JsMath.Round(score * 1000);
    }
}
