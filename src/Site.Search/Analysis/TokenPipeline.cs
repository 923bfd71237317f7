using System.Runtime.CompilerServices;

namespace Site.Search.Analysis;

/// <summary>
/// An ordered list of pipeline functions, run like <c>lunr.Pipeline.run</c>. Because every function is a pure
/// one-to-one map, the whole chain is memoized per distinct word: a large site has millions of tokens but only
/// tens of thousands of distinct words, so the stemmer runs once per word. Not thread-safe (one per builder).
/// </summary>
public sealed class TokenPipeline
{
    private readonly IPipelineFunction[] _functions;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a pipeline running <paramref name="functions"/> in order.</summary>
    public TokenPipeline(IEnumerable<IPipelineFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        _functions = [.. functions];
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lunr labels of the functions, in order.</summary>
    public IReadOnlyList<string> Labels => [.. _functions.Select(f => f.Label)];

    /// <summary>Runs the pipeline over one token; <c>null</c> means the token was dropped.</summary>
    public string? Run(ReadOnlySpan<char> token)
    {
        if (_lookup.TryGetValue(token, out string? cached))
        {
            return cached;
        }

        string original = token.ToString();
        string? current = Process(original);
        _cache[original] = current;
        return current;
    }

    /// <summary>Runs the pipeline over one token without memoizing (for callers that keep their own cache).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Process(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        string? current = token;
        foreach (IPipelineFunction function in _functions)
        {
            current = function.Process(current);
            if (current is null)
            {
                break;
            }
        }

        return current;
    }
}
