using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Rendering;

/// <summary>
/// The results of <c>include_cached</c> (<see cref="ThemeIncludeCached"/>) in one build, shared by
/// every render thread: a post's card is rendered once per language, not once for every list and
/// "related posts" block it appears in (on a 20,000-page site, tens of thousands of times). A result
/// is keyed by the template, its arguments and the language's globals; it is only kept when every
/// part of the key is something a template cannot change (text, numbers, the page model's read-only
/// maps and lists; see <see cref="Key"/> for how they compare). Bounded in characters: past the
/// bound, results are rendered and not kept.
/// </summary>
/// <param name="maxChars">The bound, in characters of kept results.</param>
/// <param name="frozenByContent">
/// Whether maps frozen by the model (list items, the language's globals: <see cref="ModelFingerprint.Freeze"/>)
/// count as the same when they hold the same (by fingerprint) rather than when they are the same object:
/// for a build session's cache, which outlives the models of one run (see <see cref="Key"/>). A one-shot
/// build makes each of them once, and saves hashing them.
/// </param>
public sealed class IncludeCache(long maxChars = IncludeCache.DefaultMaxChars, bool frozenByContent = false)
{
    /// <summary>
    /// About 96 MB of text. The cold build of the 21,600-page benchmark site keeps about 30,000 results,
    /// nearly 16 million characters: a build session adds the cards of edited pages to those for hours.
    /// </summary>
    public const long DefaultMaxChars = 48_000_000;

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private long _chars;

    public int Count => _entries.Count;

    /// <summary>
    /// True once a result was not kept for want of room: a session then starts a new cache rather than keep one
    /// that no longer keeps the results of the pages it edits (it still holds those of pages edited long ago).
    /// </summary>
    public bool StoppedKeeping => Interlocked.Read(ref _chars) > maxChars;

    /// <summary>The key of a result (<see cref="Key.Create"/>) as this cache compares them.</summary>
    internal Key? KeyOf(string path, object?[] values) => Key.Create(path, values, frozenByContent);

    internal bool TryGet(Key key, out Entry entry) => _entries.TryGetValue(key, out entry!);

    internal void Add(Key key, Entry entry)
    {
        if (Interlocked.Add(ref _chars, entry.Html.Length) <= maxChars)
        {
            _entries.TryAdd(key, entry);
        }
    }

    /// <summary>A rendered include and the theme templates it used (for the page's dependency record).</summary>
    internal sealed record Entry(string Html, string[] Templates);

    /// <summary>
    /// The template path and the values the result depends on. Text and numbers compare by value, model
    /// objects by identity (the model reuses one object per page and language), except, when asked, the maps
    /// that never change once built (list items and the language's globals, <see cref="ModelFingerprint.Freeze"/>):
    /// those by their fingerprint, so that a rebuild which made them again (a new page: every model is built
    /// anew) still finds the results of the last run. The key then holds the fingerprint, not the map, so the
    /// results of a past run do not keep its models alive.
    /// </summary>
    internal sealed class Key : IEquatable<Key>
    {
        private readonly string _path;
        private readonly object?[] _values;
        private readonly int _hash;

        private Key(string path, object?[] values)
        {
            _path = path;
            _values = values;
            var hash = new HashCode();
            hash.Add(path, StringComparer.Ordinal);
            foreach (var value in values)
            {
                hash.Add(HashOf(value));
            }

            _hash = hash.ToHashCode();
        }

        /// <summary>
        /// The key, or null when some value could change behind the key's back (an object or array made by a
        /// template). <paramref name="values"/> is the key's own (frozen maps are replaced in it by their fingerprints).
        /// </summary>
        public static Key? Create(string path, object?[] values, bool frozenByContent = false)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!IsStable(values[i]))
                {
                    return null;
                }

                if (frozenByContent && values[i] is ModelMap map && ModelFingerprint.TryFrozen(map, out var fingerprint))
                {
                    values[i] = new FrozenMap(fingerprint);
                }
            }

            return new Key(path, values);
        }

        /// <summary>A frozen map in a key that compares maps by content.</summary>
        private readonly record struct FrozenMap(ulong Fingerprint);

        public bool Equals(Key? other)
        {
            if (other is null || other._hash != _hash || other._values.Length != _values.Length || !string.Equals(other._path, _path, StringComparison.Ordinal))
            {
                return false;
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (!Same(_values[i], other._values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;

        /// <summary>Text, numbers and booleans, and the page model's maps and lists, which templates can only read.</summary>
        private static bool IsStable(object? value) => value is null or string or ValueType or ModelMap or List<object?>;

        private static bool Same(object? a, object? b) => a switch
        {
            null => b is null,
            string s => b is string t && string.Equals(s, t, StringComparison.Ordinal),
            ValueType => a.Equals(b),
            _ => ReferenceEquals(a, b),
        };

        private static int HashOf(object? value) => value switch
        {
            null => 0,
            string s => StringComparer.Ordinal.GetHashCode(s),
            ValueType => value.GetHashCode(),
            _ => RuntimeHelpers.GetHashCode(value),
        };
    }
}
