using System.Runtime.CompilerServices;

namespace Site.Pipeline.Incremental;

/// <summary>
/// Hashes a template model (string-keyed maps, lists, strings, numbers, booleans, dates): two
/// models with the same fingerprint render the same HTML with the same templates. This is the
/// data half of an output's dependency record: whatever page, translation, tag, list or site
/// setting a page shows ends up in its model, so comparing fingerprints finds exactly the
/// outputs an edit affects, including ones no hand-written rule would think of (a renamed post
/// changes its neighbours' prev/next links, a new first paragraph the lists that show its summary).
/// </summary>
internal static class ModelFingerprint
{
    /// <summary>Bodies are hashed once per string instance: unchanged pages keep their cached body strings between rebuilds.</summary>
    private const int MemoizeLength = 512;

    private static readonly ConditionalWeakTable<string, StrongBox<ulong>> LongStrings = [];

    private static readonly ConditionalWeakTable<Site.Content.Text.CompactText, StrongBox<ulong>> LongTexts = [];

    /// <summary>Maps that never change once built (list items shared by many pages), with their hash once computed (0: not yet).</summary>
    private static readonly ConditionalWeakTable<ModelMap, StrongBox<ulong>> Frozen = [];

    private static long _unknown;

    /// <summary>
    /// Marks <paramref name="map"/> as never changing from now on (a list item, shown by every list of its
    /// page): it is hashed once, and every model holding it adds that hash. A SIG page of 2,000 posts
    /// then costs 2,000 lookups to fingerprint instead of hashing 2,000 items with their summaries.
    /// </summary>
    public static ModelMap Freeze(ModelMap map)
    {
        Frozen.AddOrUpdate(map, new StrongBox<ulong>());
        return map;
    }

    /// <summary>
    /// The fingerprint of a map marked with <see cref="Freeze"/> (computed on first use), for comparing two such
    /// maps by what they hold rather than by identity; false for any other map.
    /// </summary>
    public static bool TryFrozen(ModelMap map, out ulong fingerprint)
    {
        if (Frozen.TryGetValue(map, out var frozen))
        {
            fingerprint = FrozenHash(map, frozen, depth: 0);
            return true;
        }

        fingerprint = 0;
        return false;
    }

    private static ulong FrozenHash(ModelMap map, StrongBox<ulong> frozen, int depth)
    {
        var known = Volatile.Read(ref frozen.Value);
        if (known == 0)
        {
            var inner = new Hash64(15);
            AddMap(ref inner, map.Count, map.GetEnumerator(), depth);
            known = inner.Value;
            Volatile.Write(ref frozen.Value, known);
        }

        return known;
    }

    public static ulong Of(object? model, ulong seed = 0)
    {
        var hash = new Hash64(seed);
        Add(ref hash, model, depth: 0);
        return hash.Value;
    }

    /// <summary>
    /// A map's entries in enumeration order (maps are built in a fixed key order by the model
    /// factory, so that order is stable). Generic over the enumerator so that a struct one stays unboxed.
    /// </summary>
    private static void AddMap<TEnumerator>(ref Hash64 hash, int count, TEnumerator entries, int depth)
        where TEnumerator : IEnumerator<KeyValuePair<string, object?>>
    {
        hash.Add(8);
        hash.Add((ulong)count);
        while (entries.MoveNext())
        {
            var (key, item) = entries.Current;
            hash.Add(key);
            Add(ref hash, item, depth + 1);
        }

        entries.Dispose();
    }

    private static void Add(ref Hash64 hash, object? value, int depth)
    {
        if (depth > 64)
        {
            // Models are trees built by the pipeline; this only guards against an accidental cycle.
            throw new InvalidOperationException("template model nests deeper than 64 levels (cycle?)");
        }

        switch (value)
        {
            case null:
                hash.Add(1);
                break;
            case string text:
                hash.Add(2);
                if (text.Length >= MemoizeLength)
                {
                    hash.Add(LongStrings.GetValue(text, static t => new StrongBox<ulong>(Hash64.Of(t))).Value);
                }
                else
                {
                    hash.Add(text);
                }

                break;
            case Site.Content.Text.CompactText compact:
                // As the string it stands for: the same text fingerprints the same, however it is kept.
                hash.Add(2);
                if (compact.Length >= MemoizeLength)
                {
                    hash.Add(LongTexts.GetValue(compact, static t => new StrongBox<ulong>(Hash64.Of(t.ToString()))).Value);
                }
                else
                {
                    hash.Add(compact.ToString());
                }

                break;
            case bool flag:
                hash.Add(flag ? 3UL : 4UL);
                break;
            case int number:
                hash.Add(5);
                hash.Add((ulong)number);
                break;
            case long number:
                hash.Add(6);
                hash.Add((ulong)number);
                break;
            case double number:
                hash.Add(7);
                hash.Add((ulong)BitConverter.DoubleToInt64Bits(number));
                break;
            case ModelMap map when Frozen.TryGetValue(map, out var frozen):
                hash.Add(15);
                hash.Add(FrozenHash(map, frozen, depth));
                break;
            case ModelMap map:
                // The concrete type first: its struct enumerator allocates nothing (the interface's would, per map).
                AddMap(ref hash, map.Count, map.GetEnumerator(), depth);
                break;
            case IDictionary<string, object?> map:
                AddMap(ref hash, map.Count, map.GetEnumerator(), depth);
                break;
            case IList<object?> list:
                hash.Add(9);
                hash.Add((ulong)list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    Add(ref hash, list[i], depth + 1);
                }

                break;
            case DateTimeOffset moment:
                hash.Add(13);
                hash.Add((ulong)moment.Ticks);
                hash.Add((ulong)moment.Offset.Ticks);
                break;
            case DateTime moment:
                hash.Add(14);
                hash.Add((ulong)moment.Ticks);
                hash.Add((ulong)moment.Kind);
                break;
            case System.Collections.IEnumerable sequence:
                hash.Add(12);
                foreach (var item in sequence)
                {
                    Add(ref hash, item, depth + 1);
                }

                break;
            case IFormattable formattable:
                // Dates and other scalars: their invariant text is what a template can observe.
                hash.Add(10);
                hash.Add(value.GetType().FullName);
                hash.Add(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                // An object the model does not normally hold: its ToString may not show everything a
                // template can read, so the page counts as changed on every run (correct, merely slower).
                hash.Add(11);
                hash.Add((ulong)Interlocked.Increment(ref _unknown));
                break;
        }
    }
}
