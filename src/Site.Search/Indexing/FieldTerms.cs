namespace Site.Search.Indexing;

/// <summary>What one (document, field) pair contributed while adding: its length in terms and its term frequencies.</summary>
internal readonly record struct FieldTerms(int FieldOrdinal, int DocumentOrdinal, int Length, TermEntry[] Terms, int[] Frequencies);
