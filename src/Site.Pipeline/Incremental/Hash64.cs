using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Site.Pipeline.Incremental;

/// <summary>
/// A streaming 64-bit hash (multiply–rotate mixing over 8-byte words, xxHash-style constants).
/// Not cryptographic: it tells "same render input as last time" apart from "changed", where a
/// 2^-64 collision chance is acceptable. The BCL has no fast non-randomised 64-bit hash.
/// </summary>
internal struct Hash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    private ulong _state;

    public Hash64(ulong seed) => _state = seed ^ Prime3;

    public readonly ulong Value
    {
        get
        {
            var h = _state;
            h ^= h >> 33;
            h *= Prime2;
            h ^= h >> 29;
            h *= Prime3;
            h ^= h >> 32;
            return h;
        }
    }

    public void Add(ulong word) => _state = BitOperations.RotateLeft(_state ^ (word * Prime2), 31) * Prime1;

    public void Add(string? text)
    {
        if (text is null)
        {
            Add(0xFFFF_FFFF_FFFF_FFFEUL);
            return;
        }

        Add((ulong)text.Length);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        var words = bytes.Length / 8;
        for (var i = 0; i < words; i++)
        {
            Add(BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i * 8, 8)));
        }

        var tail = 0UL;
        for (var i = words * 8; i < bytes.Length; i++)
        {
            tail = (tail << 8) | bytes[i];
        }

        Add(tail);
    }

    public static ulong Of(string? text)
    {
        var hash = new Hash64(0);
        hash.Add(text);
        return hash.Value;
    }
}
