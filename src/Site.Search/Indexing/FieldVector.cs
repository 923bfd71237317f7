namespace Site.Search.Indexing;

/// <summary>
/// The vector of one (document, field) pair: term indexes in strictly ascending order with their rounded BM25
/// scores, serialized as lunr's flat <c>[termIndex, score, …]</c> array.
/// </summary>
internal sealed class FieldVector(int fieldOrdinal, int documentOrdinal, int[] termIndexes, double[] scores)
{
    public int FieldOrdinal { get; } = fieldOrdinal;

    public int DocumentOrdinal { get; } = documentOrdinal;

    public int[] TermIndexes { get; } = termIndexes;

    public double[] Scores { get; } = scores;
}
