using System.Collections.Concurrent;
using ICU4N.Globalization;
using ICU4N.Text;

namespace Site.Pipeline.Model;

/// <summary>One letter of an A–Z index: its label (`A`, `#`), an HTML id, and its items in reading order.</summary>
public sealed record LetterGroup<T>(string Label, string Id, IReadOnlyList<T> Items);

/// <summary>
/// Groups words under index letters and orders them the way readers of a language scan a dictionary,
/// using ICU's alphabetic index and collation (CLDR data, from the ICU4N package): English A–Z; Chinese
/// by Hanyu Pinyin, so 服务网格 (fúwù wǎnggé) is under F next to a term that starts with a Latin F, and
/// terms written in Latin letters stay under their letter. Digits and symbols go first, under `#`;
/// scripts outside the language's alphabet last, under `…`.
/// <para>
/// .NET's own culture-aware comparison is not available (the build runs with invariant globalization,
/// for output that does not depend on the machine), and hand-written pinyin tables would miss most of
/// the 20,000 common Han characters; ICU's `zh` collation covers them. Setting ICU up costs about a
/// second, so an index of plain ASCII words (English titles) is grouped without it, with the same result,
/// and <see cref="Prepare"/> lets the build start that work early on another thread.
/// </para>
/// </summary>
public sealed class AlphabeticGroups
{
    public const string SymbolsLabel = "#";
    public const string OthersLabel = "…";

    private static readonly ConcurrentDictionary<string, Lazy<AlphabeticGroups>> ByLocale = new(StringComparer.OrdinalIgnoreCase);

    private readonly ImmutableIndex<int>? _index;
    private readonly Collator? _collator;

    private AlphabeticGroups(string locale)
    {
        var culture = new UCultureInfo(locale);
        var index = new AlphabeticIndex<int>(culture);
        index.AddLabels(new UCultureInfo("en")); // Latin letters in every language: term names such as "Kubernetes"
        _index = index.BuildImmutableIndex();
        var collator = Collator.GetInstance(culture);
        collator.Freeze(); // frozen collators are thread-safe
        _collator = collator;
        Letters = _index.Where(b => b.LabelType == BucketLabelType.Normal).Select(b => b.Label).ToArray();
    }

    private AlphabeticGroups()
    {
        Letters = [.. Enumerable.Range('A', 26).Select(c => ((char)c).ToString())];
    }

    /// <summary>Grouping of plain ASCII words, without ICU (identical to ICU's for such words).</summary>
    public static AlphabeticGroups Ascii { get; } = new();

    /// <summary>The index letters in order (A–Z for English and for Chinese pinyin), for a jump bar.</summary>
    public IReadOnlyList<string> Letters { get; }

    /// <summary>The grouping for a locale (`zh-CN`), built once per process; ASCII-only words never need it.</summary>
    public static AlphabeticGroups For(string locale) => ByLocale.GetOrAdd(locale, l => new Lazy<AlphabeticGroups>(() => new AlphabeticGroups(l))).Value;

    /// <summary>Starts building <see cref="For"/>'s grouping on the thread pool, so that it is ready when the index page needs it.</summary>
    public static void Prepare(string locale) => _ = Task.Run(() => For(locale));

    /// <summary>The grouping for words of a language: <see cref="Ascii"/> when they are all plain ASCII, else the locale's.</summary>
    public static AlphabeticGroups ForTitles(string locale, IEnumerable<string> words) => AllAscii(words) ? Ascii : For(locale);

    /// <summary>Items in the language's dictionary order (ties: ordinal), without letter groups.</summary>
    public IReadOnlyList<T> Order<T>(IReadOnlyList<T> items, Func<T, string> sortText)
    {
        var keyed = items.Select(item => (Item: item, Text: sortText(item).Trim())).ToList();
        keyed.Sort((a, b) =>
        {
            var c = Compare(a.Text, b.Text);
            return c != 0 ? c : string.CompareOrdinal(a.Text, b.Text);
        });
        return keyed.Select(e => e.Item).ToArray();
    }

    /// <summary>True when every word is plain ASCII, so <see cref="Ascii"/> groups them exactly as ICU would.</summary>
    public static bool AllAscii(IEnumerable<string> words) => words.All(w => w.All(char.IsAscii));

    /// <summary>Items under their letters, letters in alphabet order, each letter's items in collation order (ties: ordinal).</summary>
    public IReadOnlyList<LetterGroup<T>> Group<T>(IReadOnlyList<T> items, Func<T, string> sortText)
    {
        var keyed = items.Select(item => (Item: item, Text: sortText(item).Trim())).ToArray();
        var buckets = new SortedDictionary<int, List<(T Item, string Text)>>();
        var labels = new Dictionary<int, (string Label, string Id)>();
        foreach (var entry in keyed)
        {
            var (number, label, id) = BucketOf(entry.Text);
            if (!buckets.TryGetValue(number, out var list))
            {
                buckets[number] = list = [];
                labels[number] = (label, id);
            }

            list.Add(entry);
        }

        var groups = new List<LetterGroup<T>>(buckets.Count);
        foreach (var (number, list) in buckets)
        {
            list.Sort((a, b) =>
            {
                var c = Compare(a.Text, b.Text);
                return c != 0 ? c : string.CompareOrdinal(a.Text, b.Text);
            });
            groups.Add(new LetterGroup<T>(labels[number].Label, labels[number].Id, list.Select(e => e.Item).ToArray()));
        }

        return groups;
    }

    /// <summary>The HTML id of a letter's group (`letter-a`; `letter-symbols`, `letter-others`).</summary>
    public static string IdOf(string label) => label switch
    {
        SymbolsLabel => "letter-symbols",
        OthersLabel => "letter-others",
        _ => "letter-" + label.ToLowerInvariant(),
    };

    private int Compare(string a, string b) => _collator is null
        ? string.Compare(a, b, StringComparison.OrdinalIgnoreCase)
        : _collator.Compare(a, b);

    /// <summary>Bucket number (for ordering), label and id of a word.</summary>
    private (int Number, string Label, string Id) BucketOf(string text)
    {
        if (_index is null)
        {
            var first = text.Length == 0 ? ' ' : char.ToUpperInvariant(text[0]);
            return first is >= 'A' and <= 'Z' ? (first - 'A' + 1, first.ToString(), IdOf(first.ToString())) : (0, SymbolsLabel, IdOf(SymbolsLabel));
        }

        var number = _index.GetBucketIndex(text);
        var bucket = _index.GetBucket(number);
        return bucket.LabelType switch
        {
            BucketLabelType.Normal => (number, bucket.Label, IdOf(bucket.Label)),
            BucketLabelType.Underflow => (number, SymbolsLabel, IdOf(SymbolsLabel)),
            _ => (number, OthersLabel, IdOf(OthersLabel)),
        };
    }
}
