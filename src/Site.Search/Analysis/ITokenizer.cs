namespace Site.Search.Analysis;

/// <summary>Splits one field value into tokens, like a lunr <c>builder.tokenizer</c>.</summary>
public interface ITokenizer
{
    /// <summary>
    /// Normalizes <paramref name="value"/> (lower-casing etc.) and appends its tokens to <paramref name="tokens"/>.
    /// Returns the normalized text the token spans point into (positions are relative to it, as in lunr).
    /// </summary>
    string Tokenize(string value, List<TokenSpan> tokens);
}
