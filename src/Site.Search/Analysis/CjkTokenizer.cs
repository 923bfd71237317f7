using System.Runtime.CompilerServices;
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
    private const byte WordChar = 0;
    private const byte SeparatorChar = 1;
    private const byte HanChar = 2;

    // The class of every UTF-16 code unit, from CjkSeparators and HanScript (which stay the definition): one table
    // read per character instead of two range tests, in the loop that reads every character of every page.
    private static readonly byte[] CharClasses = ClassifyAll();

    /// <summary>Shared stateless instance.</summary>
    public static CjkTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public string Tokenize(string value, List<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(tokens);
        string str = Fold(JsLowerCase.ToLower(value));
        Scan(str, tokens);
        return str;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Tokenize(string value, List<TokenSpan> tokens, ref char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(tokens);
        ReadOnlySpan<char> str = value;
        if (!JsLowerCase.TryToLower(value, ref buffer, out bool lowered))
        {
            str = Fold(JsLowerCase.ToLower(value));
        }
        else
        {
            int fold = (lowered ? buffer.AsSpan(0, value.Length) : value.AsSpan()).IndexOfAnyInRange('\uFF01', '\uFF5E');
            if (fold >= 0 || lowered)
            {
                if (!lowered)
                {
                    value.CopyTo(buffer);
                }

                Span<char> text = buffer.AsSpan(0, value.Length);
                if (fold >= 0)
                {
                    FoldFrom(text, fold);
                }

                str = text;
            }
        }

        Scan(str, tokens);
        return str;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scan(ReadOnlySpan<char> str, List<TokenSpan> tokens)
    {
        ReadOnlySpan<byte> classes = CharClasses;
        int index = 0;
        int i = 0;
        while (i < str.Length)
        {
            byte kind = classes[str[i]];
            if (kind == SeparatorChar)
            {
                i++;
                continue;
            }

            int start = i;
            do
            {
                i++;
            }
            while (i < str.Length && classes[str[i]] == kind);

            if (kind == WordChar)
            {
                tokens.Add(new TokenSpan(start, i - start, index++));
            }
            else if (i - start == 1)
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
    }

    private static byte[] ClassifyAll()
    {
        var classes = new byte[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            classes[c] = CjkSeparators.IsSeparator((char)c) ? SeparatorChar : HanScript.IsHan((char)c) ? HanChar : WordChar;
        }

        return classes;
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
            FoldFrom(dest, state.first);
        });
    }

    private static void FoldFrom(Span<char> text, int first)
    {
        for (int i = first; i < text.Length; i++)
        {
            text[i] = HanScript.FoldFullWidth(text[i]);
        }
    }
}
