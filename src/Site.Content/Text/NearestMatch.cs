namespace Site.Content.Text;

/// <summary>"Did you mean …?" suggestions by edit distance (case-insensitive).</summary>
public static class NearestMatch
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/>, or null when none is close enough to
    /// be a plausible typo (distance at most a third of the longer word, and at least 1-2 edits).
    /// </summary>
    public static string? Find(string input, IEnumerable<string> candidates) => FindBy(input, candidates, static c => c);

    /// <summary>
    /// The candidate whose <paramref name="key"/> (a URL's last segment, say) is closest to
    /// <paramref name="input"/>, under the same "plausible typo" limit as <see cref="Find"/>;
    /// among equally close ones, the first in ordinal order.
    /// </summary>
    public static string? FindBy(string input, IEnumerable<string> candidates, Func<string, string> key)
    {
        string? best = null;
        string? bestKey = null;
        var bestDistance = int.MaxValue;
        var lowered = input.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var k = key(candidate);
            var d = Distance(lowered, k.ToLowerInvariant());
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = d;
                best = candidate;
                bestKey = k;
            }
        }

        if (best is null)
        {
            return null;
        }

        var limit = Math.Max(2, Math.Max(input.Length, bestKey!.Length) / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>
    /// The one candidate whose words (split at `-`, `_` and `.`, ignoring case) include every word of
    /// <paramref name="input"/>, in any order: `environment-setup` for `setup-demo-environment`, the id of a heading
    /// reworded after the link was written, which spelling alone cannot reach. Null when none or several do.
    /// </summary>
    public static string? HoldingAllWords(string input, IEnumerable<string> candidates)
    {
        var words = Words(input);
        if (words.Length == 0)
        {
            return null;
        }

        string? found = null;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            var held = Words(candidate);
            if (words.All(w => held.Contains(w)))
            {
                if (found is not null)
                {
                    return null; // two headings hold them: either may be meant
                }

                found = candidate;
            }
        }

        return found;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[b.Length];
    }
}
