using System.Diagnostics;
using System.Reflection;
using TextMateSharp.Grammars;

namespace Site.Content.Markdown.Highlighting;

/// <summary>
/// One grammar, with the classes of the lines it has already tokenized, reused when the same line
/// comes again in the same state. Tokenizing is a pure function of (grammar, rule stack at the
/// line's start, line text), and code samples repeat lines endlessly (<c>metadata:</c>,
/// <c>kind: Deployment</c>, <c>kubectl apply -f</c>, a translation's copy of its source's blocks):
/// most lines of a build are answered here instead of by Oniguruma, with exactly the classes a
/// fresh tokenization gives.
/// </summary>
/// <remarks>
/// States are compared field by field (<see cref="SameState"/>), not with TextMateSharp's own
/// <c>StateStack.Equals</c>: that one is VS Code's "can I stop re-tokenizing" test and leaves out two
/// things the next line's tokens can depend on, each frame's name scopes and whether its begin match
/// reached the line end (the anchor of a <c>while</c> rule). Both are internal to TextMateSharp, read
/// through delegates bound once; if a later TextMateSharp renames them, <see cref="IsAvailable"/> is
/// false and every line is tokenized afresh (slower, never wrong).
/// <para>
/// Not thread-safe, like the grammar it holds: callers take <see cref="Gate"/> (see <see cref="SyntaxHighlighter"/>).
/// Bounded: two generations of at most <see cref="MaxEntries"/> lines each; a line found in the
/// older one moves to the newer, and when the newer is full the older is dropped, so lines that keep
/// coming stay and one-off lines leave.
/// </para>
/// </remarks>
internal sealed class LineTokenMemo(IGrammar grammar, int maxEntries = LineTokenMemo.DefaultMaxEntries)
{
    /// <summary>
    /// Lines per generation. The large benchmark corpus (385,000 lines of code) has about 6,800 distinct
    /// YAML lines-in-state, its most varied language; at a few hundred bytes a line, a language holds at most ~6 MB.
    /// </summary>
    public const int DefaultMaxEntries = 8_192;

    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(1);
    private static readonly Func<StateStack, object?>? NameScopes = Getter<object?>("NameScopesList");
    private static readonly Func<StateStack, object?>? ContentNameScopes = Getter<object?>("ContentNameScopesList");
    private static readonly Func<StateStack, bool>? BeginCapturedEol = Getter<bool>("BeginRuleCapturedEOL");

    private Dictionary<Key, TokenizedLine> _current = new(KeyComparer.Instance);
    private Dictionary<Key, TokenizedLine> _older = new(KeyComparer.Instance);

    /// <summary>False when this TextMateSharp does not expose what an exact state comparison needs: nothing is reused.</summary>
    public static bool IsAvailable => NameScopes is not null && ContentNameScopes is not null && BeginCapturedEol is not null;

    /// <summary>Held by whoever tokenizes with this grammar: one thread at a time.</summary>
    public Lock Gate { get; } = new();

    public IGrammar Grammar { get; } = grammar;

    public int MaxEntries { get; } = maxEntries;

    /// <summary>Lines held (both generations).</summary>
    public int Count => _current.Count + _older.Count;

    /// <summary>Lines answered from the memo since it was made.</summary>
    public long Hits { get; private set; }

    /// <summary>The classes of <paramref name="line"/> (no line end) tokenized from <paramref name="state"/> (null: the first line of a block).</summary>
    /// <param name="reuse">False: tokenize afresh and keep nothing (benchmarks, tests).</param>
    public TokenizedLine Tokenize(string line, IStateStack? state, bool reuse = true)
    {
        if (!reuse || !IsAvailable || state is not (null or StateStack))
        {
            return Compute(line, state);
        }

        var key = new Key((StateStack?)state, line);
        if (_current.TryGetValue(key, out var found))
        {
            Hits++;
            return found;
        }

        if (_older.Remove(key, out found))
        {
            Hits++;
            Add(key, found);
            return found;
        }

        found = Compute(line, state);
        if (!found.MayBeCut)
        {
            Add(key, found);
        }

        return found;
    }

    private void Add(Key key, TokenizedLine value)
    {
        if (_current.Count >= MaxEntries)
        {
            (_older, _current) = (_current, _older);
            _current.Clear();
        }

        _current[key] = value;
    }

    /// <summary>Tokenizes the line and maps each token to its class; the runs cover the whole line.</summary>
    private TokenizedLine Compute(string line, IStateStack? state)
    {
        var started = Stopwatch.GetTimestamp();
        var result = Grammar.TokenizeLine(line, state, LineTimeLimit);

        // Only a line that ran out of time can have been cut short (its tokens would depend on the machine's speed): such a line is not kept.
        var mayBeCut = Stopwatch.GetElapsedTime(started) >= LineTimeLimit;
        var tokens = result.Tokens;
        var runs = new ClassRun[tokens.Length + 1];
        var count = 0;
        var end = 0;
        foreach (var token in tokens)
        {
            var from = Math.Clamp(token.StartIndex, end, line.Length);
            var to = Math.Clamp(token.EndIndex, from, line.Length);
            if (to > from)
            {
                if (from > end)
                {
                    runs[count++] = new ClassRun(null, end, from - end); // a gap between tokens (there are none in practice) stays as plain text
                }

                runs[count++] = new ClassRun(ScopeClasses.Of(token.Scopes), from, to - from);
                end = to;
            }
        }

        if (end < line.Length)
        {
            runs[count++] = new ClassRun(null, end, line.Length - end);
        }

        Array.Resize(ref runs, count);
        return new TokenizedLine(runs, result.RuleStack, mayBeCut);
    }

    /// <summary>
    /// Whether tokenizing any line from <paramref name="a"/> gives what it gives from <paramref name="b"/>:
    /// every frame has the same rule, end pattern, scopes and end-of-line capture. (The frames' positions
    /// are not compared: TextMateSharp resets them when a line starts.)
    /// </summary>
    internal static bool SameState(StateStack? a, StateStack? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetHashCode() != b.GetHashCode())
        {
            return false;
        }

        while (!ReferenceEquals(a, b))
        {
            if (a is null || b is null
                || a.Depth != b.Depth
                || !Equals(a.RuleId, b.RuleId)
                || !string.Equals(a.EndRule, b.EndRule, StringComparison.Ordinal)
                || BeginCapturedEol!(a) != BeginCapturedEol(b)
                || !Equals(NameScopes!(a), NameScopes(b))
                || !Equals(ContentNameScopes!(a), ContentNameScopes(b)))
            {
                return false;
            }

            a = a.Parent;
            b = b.Parent;
        }

        return true;
    }

    private static Func<StateStack, T>? Getter<T>(string property)
    {
        var getter = typeof(StateStack).GetProperty(property, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)?.GetMethod;
        try
        {
            return getter?.CreateDelegate<Func<StateStack, T>>();
        }
        catch (ArgumentException)
        {
            return null; // the property's type changed: no exact comparison, no memo
        }
    }

    private readonly record struct Key(StateStack? State, string Line);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) => string.Equals(x.Line, y.Line, StringComparison.Ordinal) && SameState(x.State, y.State);

        // StateStack's hash covers rules, end patterns and content scopes: states equal under SameState have equal hashes.
        public int GetHashCode(Key key) => HashCode.Combine(key.State is null ? 0 : key.State.GetHashCode(), string.GetHashCode(key.Line, StringComparison.Ordinal));
    }
}

/// <summary>A stretch of a line with one class (null: plain text).</summary>
internal readonly record struct ClassRun(string? Class, int Start, int Length);

/// <summary>A line's class runs, covering it from start to end, and the rule stack the next line starts from.</summary>
/// <param name="MayBeCut">Tokenizing ran out of time: the runs may stop short of the line's true tokens.</param>
internal sealed record TokenizedLine(ClassRun[] Runs, IStateStack? Next, bool MayBeCut);
