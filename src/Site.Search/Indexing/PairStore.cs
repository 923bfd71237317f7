using System.Runtime.CompilerServices;

namespace Site.Search.Indexing;

/// <summary>
/// The (term, frequency) pairs of every field vector, appended in add order and read back once, in the same
/// order, by <see cref="LunrIndexBuilder"/> when it builds the postings. A pair is one int,
/// <c>term &lt;&lt; 8 | frequency</c>, when the term is below 2^23 and the frequency below 256 (nearly always),
/// otherwise two: <c>~term</c> (negative) and the frequency. Fixed-size chunks instead of one doubling array: millions of pairs grew a 20 MB array by
/// copying, leaving as much again on the large object heap as garbage; chunks stay below the large-object
/// size and are dropped one by one as they are read.
/// </summary>
internal sealed class PairStore
{
    private const int ChunkSize = 8 * 1024;
    private const int LargeTerm = 1 << 23;
    private readonly List<int[]> _chunks = [];
    private int _used = ChunkSize;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int term, int frequency)
    {
        if (term < LargeTerm && frequency < 256)
        {
            Append((term << 8) | frequency);
        }
        else
        {
            Append(~term);
            Append(frequency);
        }
    }

    /// <summary>A reader over all pairs; it takes the chunks over and releases each once read.</summary>
    public Reader Read()
    {
        var reader = new Reader([.. _chunks]);
        _chunks.Clear();
        _used = ChunkSize;
        return reader;
    }

    private void Append(int value)
    {
        if (_used == ChunkSize)
        {
            _chunks.Add(new int[ChunkSize]);
            _used = 0;
        }

        _chunks[^1][_used++] = value;
    }

    public sealed class Reader(int[]?[] chunks)
    {
        private int _chunk = -1;
        private int _at = ChunkSize;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Next(out int term, out int frequency)
        {
            int value = NextInt();
            if (value >= 0)
            {
                term = value >> 8;
                frequency = value & 0xFF;
            }
            else
            {
                term = ~value;
                frequency = NextInt();
            }
        }

        private int NextInt()
        {
            if (_at == ChunkSize)
            {
                if (_chunk >= 0)
                {
                    chunks[_chunk] = null;
                }

                _chunk++;
                _at = 0;
            }

            return chunks[_chunk]![_at++];
        }
    }
}
