using Site.Search.Text;

namespace Site.Search.Analysis;

/// <summary>
/// Tokenizer of the <c>cjk</c> profile (mirrored by <c>tools/lunr/lunr-cjk.js</c>): JS lower-casing, full-width
/// ASCII folding, then each maximal Han run becomes its overlapping bigrams (a lone Han character stays a
/// unigram) and each maximal run of other non-separator characters becomes one lunr-style word token. The
/// separators are lunr's plus punctuation (<see cref="CjkSeparators"/>).
/// </summary>
public sealed class CjkTokenizer : ITokenizer
{
    /// <summary>Shared stateless instance.</summary>
    public static CjkTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public string Tokenize(string value, List<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(tokens);
        string str = Fold(JsLowerCase.ToLower(value));
        int index = 0;
        int i = 0;
        while (i < str.Length)
        {
            char c = str[i];
            if (CjkSeparators.IsSeparator(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (HanScript.IsHan(c))
            {
                while (i < str.Length && HanScript.IsHan(str[i]))
                {
                    i++;
                }

                int run = i - start;
                if (run == 1)
                {
                    tokens.Add(new TokenSpan(start, 1, index++));
                }
                else
                {
                    for (int k = start; k < i - 1; k++)
                    {
                        tokens.Add(new TokenSpan(k, 2, index++));
                    }
                }
            }
            else
            {
                while (i < str.Length && !HanScript.IsHan(str[i]) && !CjkSeparators.IsSeparator(str[i]))
                {
                    i++;
                }

                tokens.Add(new TokenSpan(start, i - start, index++));
            }
        }

        return str;
    }

    private static string Fold(string s)
    {
        int first = s.AsSpan().IndexOfAnyInRange('\uFF01', '\uFF5E');
        if (first < 0)
        {
            return s;
        }

        return string.Create(s.Length, (s, first), static (dest, state) =>
        {
            state.s.AsSpan().CopyTo(dest);
            for (int i = state.first; i < dest.Length; i++)
            {
                dest[i] = HanScript.FoldFullWidth(dest[i]);
            }
        });
    }
}
