using System.Runtime.CompilerServices;

namespace Site.Search.Indexing;

/// <summary>
/// The term of every raw token of one or two UTF-16 code units seen so far (a Chinese page is almost only Han
/// bigrams: tens of millions of lookups on a large site). Hand-written rather than a <c>Dictionary</c>: a one-unit
/// token indexes an array directly, and a two-unit token is a 32-bit key in an open-addressing table whose slot
/// holds key and term together, so a lookup costs one multiplication and usually one cache miss, where a
/// dictionary costs a hash call, a bucket read and an entry read. Terms are stored plus two, so that 0 means
/// "not seen" and the builder's "dropped" marker (-1) still fits.
/// </summary>
internal sealed class ShortTokenTable
{
    private const uint FibonacciMultiplier = 0x9E3779B9;

    private int[] _singles = new int[char.MaxValue + 1];
    private ulong[] _pairs = new ulong[1 << 12];
    private int _shift = 32 - 12;
    private int _pairCount;

    /// <summary>True for the tokens this table holds (one or two code units).</summary>
    public static bool Holds(ReadOnlySpan<char> token) => token.Length is 1 or 2;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> token, out int term)
    {
        int stored = token.Length == 1 ? _singles[token[0]] : FindPair(Key(token));
        term = stored - 2;
        return stored != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> token, int term)
    {
        if (token.Length == 1)
        {
            _singles[token[0]] = term + 2;
            return;
        }

        if (++_pairCount * 2 > _pairs.Length)
        {
            Grow();
        }

        Insert(_pairs, _shift, ((ulong)Key(token) << 32) | (uint)(term + 2));
    }

    /// <summary>Frees the tables once the index is built; the table is not used afterwards.</summary>
    public void Release()
    {
        _singles = [];
        _pairs = [];
        _pairCount = 0;
    }

    private static uint Key(ReadOnlySpan<char> token) => ((uint)token[0] << 16) | token[1];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindPair(uint key)
    {
        ulong[] pairs = _pairs;
        int mask = pairs.Length - 1;
        for (int i = (int)((key * FibonacciMultiplier) >> _shift); ; i = (i + 1) & mask)
        {
            ulong slot = pairs[i];
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

    private static void Insert(ulong[] pairs, int shift, ulong entry)
    {
        int mask = pairs.Length - 1;
        int i = (int)(((uint)(entry >> 32) * FibonacciMultiplier) >> shift);
        while (pairs[i] != 0)
        {
            i = (i + 1) & mask;
        }

        pairs[i] = entry;
    }

    private void Grow()
    {
        var pairs = new ulong[_pairs.Length * 2];
        int shift = _shift - 1;
        foreach (ulong entry in _pairs)
        {
            if (entry != 0)
            {
                Insert(pairs, shift, entry);
            }
        }

        _pairs = pairs;
        _shift = shift;
    }
}
