namespace Site.Search.Analysis;

/// <summary>
/// One token produced by a tokenizer: a slice of the normalized (lower-cased) field text plus lunr's
/// <c>index</c> metadata (the token's ordinal in the field).
/// </summary>
public readonly record struct TokenSpan(int Start, int Length, int Index);
