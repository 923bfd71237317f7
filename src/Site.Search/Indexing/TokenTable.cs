using System.Runtime.CompilerServices;

namespace Site.Search.Indexing;

/// <summary>
/// The term of every raw token seen so far: the builder looks up every token of every page (tens of millions on a
/// large site) and runs the pipeline only for a new one. Hand-written rather than a <c>Dictionary</c> keyed by
/// strings, because this lookup is the hottest code of the index build: a one-unit token indexes an array
/// directly; a two-unit token (a Chinese page is almost only Han bigrams) is a 32-bit key in an open-addressing
/// table whose slot holds key and term together, one multiplication and usually one cache miss per lookup; a
/// longer token's slot holds its hash next to its entry, so a probe compares strings only when the hashes match.
/// Terms are stored plus two, so that 0 means "not seen" and the builder's "dropped" marker (-1) still fits.
/// </summary>
internal sealed class TokenTable
{
    private const uint FibonacciMultiplier = 0x9E3779B9;

    private int[] _singles = new int[char.MaxValue + 1];
    private Slots _pairs = new();
    private Slots _long = new();
    private string[] _longTokens = new string[256];
    private int[] _longTerms = new int[256];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> token, out int term)
    {
        int stored = token.Length switch
        {
            1 => _singles[token[0]],
            2 => FindPair(PairKey(token)),
            _ => FindLong(token),
        };
        term = stored - 2;
        return stored != 0;
    }

    /// <summary>Adds a token not seen yet.</summary>
    public void Add(string token, int term)
    {
        if (token.Length == 1)
        {
            _singles[token[0]] = term + 2;
        }
        else if (token.Length == 2)
        {
            _pairs.Add(PairKey(token), term + 2);
        }
        else
        {
            int entry = _long.Count;
            if (entry == _longTokens.Length)
            {
                Array.Resize(ref _longTokens, entry * 2);
                Array.Resize(ref _longTerms, entry * 2);
            }

            _longTokens[entry] = token;
            _longTerms[entry] = term + 2;
            _long.Add(Hash(token), entry + 1);
        }
    }

    /// <summary>Frees the tables once the index is built; the table is not used afterwards.</summary>
    public void Release()
    {
        _singles = [];
        _pairs = new();
        _long = new();
        _longTokens = [];
        _longTerms = [];
    }

    private static uint PairKey(ReadOnlySpan<char> token) => ((uint)token[0] << 16) | token[1];

    // FNV-1a over the code units: tokens are short, so a simple loop beats a vectorized hash's set-up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static uint Hash(ReadOnlySpan<char> token)
    {
        uint hash = 2166136261;
        foreach (char c in token)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindPair(uint key)
    {
        ulong[] slots = _pairs.Array;
        int mask = slots.Length - 1;
        for (int i = _pairs.Home(key); ; i = (i + 1) & mask)
        {
            ulong slot = slots[i];
            if (slot == 0)
            {
                return 0;
            }

            if ((uint)(slot >> 32) == key)
            {
                return (int)(uint)slot;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindLong(ReadOnlySpan<char> token)
    {
        uint hash = Hash(token);
        ulong[] slots = _long.Array;
        int mask = slots.Length - 1;
        for (int i = _long.Home(hash); ; i = (i + 1) & mask)
        {
            ulong slot = slots[i];
            if (slot == 0)
            {
                return 0;
            }

            int entry = (int)(uint)slot - 1;
            if ((uint)(slot >> 32) == hash && _longTokens[entry].AsSpan().SequenceEqual(token))
            {
                return _longTerms[entry];
            }
        }
    }

    /// <summary>
    /// Open addressing with linear probing over slots <c>key &lt;&lt; 32 | value</c>, at most half full; 0 marks an
    /// empty slot, so values are never 0 (a pair's value is its term + 2, a long token's its entry number + 1).
    /// </summary>
    private sealed class Slots
    {
        private int _shift = 32 - 10;

        public ulong[] Array { get; private set; } = new ulong[1 << 10];

        public int Count { get; private set; }

        public int Home(uint key) => (int)((key * FibonacciMultiplier) >> _shift);

        public void Add(uint key, int value)
        {
            if (++Count * 2 > Array.Length)
            {
                Grow();
            }

            Place(Array, _shift, ((ulong)key << 32) | (uint)value);
        }

        private static void Place(ulong[] slots, int shift, ulong entry)
        {
            int mask = slots.Length - 1;
            int i = (int)(((uint)(entry >> 32) * FibonacciMultiplier) >> shift);
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = entry;
        }

        private void Grow()
        {
            var slots = new ulong[Array.Length * 2];
            int shift = _shift - 1;
            foreach (ulong entry in Array)
            {
                if (entry != 0)
                {
                    Place(slots, shift, entry);
                }
            }

            Array = slots;
            _shift = shift;
        }
    }
}
