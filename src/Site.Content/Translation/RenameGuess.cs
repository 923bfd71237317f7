namespace Site.Content.Translation;

/// <summary>
/// Guesses which source page an orphaned translation belongs to after a rename. A translation
/// keeps the source's folder and usually shares words with its title (project names, acronyms,
/// numbers) or its file name, so candidates are scored by character-bigram overlap (Dice) of
/// titles and slugs. Only source pages without a translation in the orphan's language are candidates:
/// a renamed source has lost its translation, and moving the orphan onto a translated page would replace
/// that page's own. A bigram counts less the more candidates share it (weight 1 / that number):
/// in a blog where every post names the project and starts with a date (`2021-08-30-kubevela-….md`),
/// those words say nothing about which post a translation belongs to.
/// </summary>
public static class RenameGuess
{
    /// <summary>Below this score a guess is noise, and none is offered.</summary>
    public const double Threshold = 0.3;

    /// <param name="orphanId">Id of the orphan (`blog/2019/x.md`).</param>
    /// <param name="orphanTitle">Its title (any language), or null.</param>
    /// <param name="candidates">Source pages: id, title and whether the orphan's language already translates it.</param>
    public static string? Find(string orphanId, string? orphanTitle, IEnumerable<(string Id, string Title, bool Translated)> candidates)
    {
        var folder = Folder(orphanId);
        var slugGrams = Bigrams(Slug(orphanId));
        var titleGrams = Bigrams(orphanTitle ?? string.Empty);
        var inFolder = candidates.Where(c => Folder(c.Id) == folder)
            .Select(c => (c.Id, c.Translated, TitleGrams: Bigrams(c.Title), SlugGrams: Bigrams(Slug(c.Id))))
            .ToArray();
        var titleWeight = Weights(inFolder.Select(c => c.TitleGrams));
        var slugWeight = Weights(inFolder.Select(c => c.SlugGrams));
        string? best = null;
        var bestScore = 0.0;
        // Weighed over every page of the folder (what they all share says nothing), chosen among the untranslated.
        foreach (var (id, _, candidateTitle, candidateSlug) in inFolder.Where(c => !c.Translated))
        {
            var score = Math.Max(Dice(titleGrams, candidateTitle, titleWeight), Dice(slugGrams, candidateSlug, slugWeight));
            if (score < Threshold)
            {
                continue; // too unlike the orphan, however much it lacks a translation
            }

            if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(id, best) < 0))
            {
                bestScore = score;
                best = id;
            }
        }

        return best;
    }

    /// <summary>Dice coefficient of two bigram multisets (0..1).</summary>
    public static double Dice(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) => Dice(a, b, _ => 1.0);

    /// <summary>Dice coefficient of two bigram multisets, each gram counted with its weight (0..1).</summary>
    public static double Dice(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b, Func<string, double> weight)
    {
        var total = a.Sum(g => g.Value * weight(g.Key)) + b.Sum(g => g.Value * weight(g.Key));
        if (total == 0)
        {
            return 0;
        }

        var shared = 0.0;
        foreach (var (gram, count) in a)
        {
            if (b.TryGetValue(gram, out var other))
            {
                shared += Math.Min(count, other) * weight(gram);
            }
        }

        return 2.0 * shared / total;
    }

    /// <summary>1 / the number of candidates that have the gram (1 for a gram none has).</summary>
    private static Func<string, double> Weights(IEnumerable<Dictionary<string, int>> candidates)
    {
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var grams in candidates)
        {
            foreach (var gram in grams.Keys)
            {
                shared[gram] = shared.GetValueOrDefault(gram) + 1;
            }
        }

        return gram => 1.0 / Math.Max(1, shared.GetValueOrDefault(gram));
    }

    /// <summary>Bigrams of the letters and digits of each word, lower-cased; a one-letter word (a Han character) counts as its own gram.</summary>
    public static Dictionary<string, int> Bigrams(string text)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (word.Length == 1)
            {
                Add(grams, word);
                continue;
            }

            for (var i = 0; i + 1 < word.Length; i++)
            {
                Add(grams, word.Substring(i, 2));
            }
        }

        return grams;
    }

    private static void Add(Dictionary<string, int> grams, string gram) =>
        grams[gram] = grams.GetValueOrDefault(gram) + 1;

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static string Folder(string id)
    {
        var slash = id.IndexOf('/');
        return slash < 0 ? string.Empty : id[..slash];
    }

    private static string Slug(string id)
    {
        var name = id[(id.LastIndexOf('/') + 1)..];
        return name.EndsWith(".md", StringComparison.Ordinal) ? name[..^3] : name;
    }
}
