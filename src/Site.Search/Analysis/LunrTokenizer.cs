using System.Runtime.CompilerServices;
using Site.Search.Text;

namespace Site.Search.Analysis;

/// <summary>Port of <c>lunr.tokenizer</c> for string values: JS lower-casing, split on <c>/[\s\-]+/</c>.</summary>
public sealed class LunrTokenizer : ITokenizer
{
    /// <summary>Shared stateless instance.</summary>
    public static LunrTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public string Tokenize(string value, List<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(tokens);
        string str = JsLowerCase.ToLower(value);
        Scan(str, tokens);
        return str;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Tokenize(string value, List<TokenSpan> tokens, ref char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(tokens);
        ReadOnlySpan<char> str = !JsLowerCase.TryToLower(value, ref buffer, out bool lowered) ? JsLowerCase.ToLower(value)
            : lowered ? buffer.AsSpan(0, value.Length)
            : value;
        Scan(str, tokens);
        return str;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scan(ReadOnlySpan<char> str, List<TokenSpan> tokens)
    {
        int index = 0;
        int sliceStart = 0;
        for (int sliceEnd = 0; sliceEnd <= str.Length; sliceEnd++)
        {
            if (sliceEnd == str.Length || JsWhitespace.IsLunrSeparator(str[sliceEnd]))
            {
                if (sliceEnd > sliceStart)
                {
                    tokens.Add(new TokenSpan(sliceStart, sliceEnd - sliceStart, index++));
                }

                sliceStart = sliceEnd + 1;
            }
        }
    }
}
