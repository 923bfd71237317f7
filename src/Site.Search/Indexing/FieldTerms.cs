namespace Site.Search.Indexing;

/// <summary>
/// What one (document, field) pair contributed while adding: its length in terms and where its distinct terms
/// (term index, frequency) sit in the builder's shared pair chunks. Shared chunks instead of two small arrays
/// per field keep 80,000 field vectors from becoming 160,000 objects for the GC to trace.
/// </summary>
internal readonly record struct FieldTerms(int FieldOrdinal, int DocumentOrdinal, int Length, int Chunk, int Start, int Count);
