namespace Site.Search.Analysis;

/// <summary>Splits one field value into tokens, like a lunr <c>builder.tokenizer</c>.</summary>
public interface ITokenizer
{
    /// <summary>
    /// Normalizes <paramref name="value"/> (lower-casing etc.) and appends its tokens to <paramref name="tokens"/>.
    /// Returns the normalized text the token spans point into (positions are relative to it, as in lunr).
    /// </summary>
    string Tokenize(string value, List<TokenSpan> tokens);

    /// <summary>
    /// <see cref="Tokenize(string, List{TokenSpan})"/>, but the normalized text may be written into
    /// <paramref name="buffer"/> (grown when too short) or be <paramref name="value"/> itself instead of a new string:
    /// the index builder normalizes every field of every page and needs the text only until the next field.
    /// </summary>
    ReadOnlySpan<char> Tokenize(string value, List<TokenSpan> tokens, ref char[] buffer) => Tokenize(value, tokens);
}
