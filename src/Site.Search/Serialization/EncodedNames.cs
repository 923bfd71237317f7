using System.Buffers;
using System.Runtime.CompilerServices;
using Site.Search.Indexing;

namespace Site.Search.Serialization;

/// <summary>
/// The document refs and field names of an index as encoded JSON bytes, in the pieces the index writer repeats:
/// a ref is written once per posting and once per field vector, millions of times on a large site, and each
/// shard would otherwise encode them again. Also knows JavaScript's key order for the refs. Built once per index
/// and escaping; immutable, so shards written at the same time share it.
/// </summary>
internal sealed class EncodedNames
{
    private readonly byte[][] _fieldKeys;
    private readonly byte[] _refKeys;
    private readonly int[] _refKeyStarts;
    private readonly byte[] _emptyPostings;
    private readonly int[] _emptyPostingStarts;
    private readonly byte[] _vectorStarts;
    private readonly int[] _vectorStartOffsets;
    private readonly long[]? _arrayIndexes;
    private readonly bool _arrayIndexesInAddOrder;

    private EncodedNames(byte[][] fieldKeys, byte[][] vectorPrefixes, byte[] refKeys, int[] refKeyStarts, long[]? arrayIndexes)
    {
        _fieldKeys = fieldKeys;
        _refKeys = refKeys;
        _refKeyStarts = refKeyStarts;
        _arrayIndexes = arrayIndexes;
        _arrayIndexesInAddOrder = InAddOrder(arrayIndexes);
        int count = refKeyStarts.Length - 1;

        // ,"ref":{}  (a posting without metadata) and  ,["field/ref",[  (the start of a vector, document by document)
        _emptyPostings = new byte[refKeys.Length + (4 * count)];
        _emptyPostingStarts = new int[count + 1];
        int prefixes = 0;
        foreach (byte[] prefix in vectorPrefixes)
        {
            prefixes += prefix.Length;
        }

        _vectorStarts = new byte[(vectorPrefixes.Length * (refKeys.Length + count)) + (count * prefixes)];
        _vectorStartOffsets = new int[(count * vectorPrefixes.Length) + 1];
        int posting = 0;
        int vector = 0;
        for (int d = 0; d < count; d++)
        {
            ReadOnlySpan<byte> key = RefKey(d);
            _emptyPostingStarts[d] = posting;
            _emptyPostings[posting++] = (byte)',';
            key.CopyTo(_emptyPostings.AsSpan(posting));
            posting += key.Length;
            ":{}"u8.CopyTo(_emptyPostings.AsSpan(posting));
            posting += 3;

            for (int f = 0; f < vectorPrefixes.Length; f++)
            {
                _vectorStartOffsets[(d * vectorPrefixes.Length) + f] = vector;
                vectorPrefixes[f].CopyTo(_vectorStarts.AsSpan(vector));
                vector += vectorPrefixes[f].Length;
                key[1..].CopyTo(_vectorStarts.AsSpan(vector));
                vector += key.Length - 1;
                ",["u8.CopyTo(_vectorStarts.AsSpan(vector));
                vector += 2;
            }
        }

        _emptyPostingStarts[count] = posting;
        _vectorStartOffsets[^1] = vector;
    }

    /// <summary>True when some refs are canonical array indexes, which JavaScript lists first in an object.</summary>
    public bool HasArrayIndexRefs => _arrayIndexes is not null;

    public static EncodedNames Create(IReadOnlyList<LunrField> fields, string[] documentRefs, Utf8JsonTextWriter like)
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonTextWriter(stream, like.Escaping);
        var fieldKeys = new byte[fields.Count][];
        var vectorPrefixes = new byte[fields.Count][];
        for (int f = 0; f < fields.Count; f++)
        {
            writer.WriteString(fields[f].Name);
            writer.Flush();
            fieldKeys[f] = stream.ToArray();
            stream.SetLength(0);

            // ,["field/  : a fieldRef is "field/ref", and escaping the two parts apart gives the same bytes (the
            // '/' between them cannot complete a surrogate pair).
            vectorPrefixes[f] = [.. ",["u8, .. fieldKeys[f].AsSpan(0, fieldKeys[f].Length - 1), (byte)'/'];
        }

        var starts = new int[documentRefs.Length + 1];
        for (int d = 0; d < documentRefs.Length; d++)
        {
            starts[d] = (int)stream.Length;
            writer.WriteString(documentRefs[d]);
            writer.Flush();
        }

        starts[documentRefs.Length] = (int)stream.Length;
        return new EncodedNames(fieldKeys, vectorPrefixes, stream.ToArray(), starts, ArrayIndexes(documentRefs));
    }

    /// <summary>A field name as a JSON string.</summary>
    public ReadOnlySpan<byte> FieldKey(int field) => _fieldKeys[field];

    /// <summary>A ref as a JSON string.</summary>
    public ReadOnlySpan<byte> RefKey(int document) => _refKeys.AsSpan(_refKeyStarts[document], _refKeyStarts[document + 1] - _refKeyStarts[document]);

    /// <summary>Writes <c>,["field/ref",[</c> of vector <c>document × fieldCount + field</c> (without the comma for the first vector).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteVectorStart(Utf8JsonTextWriter writer, int vector, bool first)
    {
        int start = _vectorStartOffsets[vector] + (first ? 1 : 0);
        writer.WriteRaw(_vectorStarts.AsSpan(start, _vectorStartOffsets[vector + 1] - start));
    }

    /// <summary>Writes <c>,"ref":{}</c> (without the comma for the first posting).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteEmptyPosting(Utf8JsonTextWriter writer, int document, bool first)
    {
        int start = _emptyPostingStarts[document] + (first ? 1 : 0);
        writer.WriteRaw(_emptyPostings.AsSpan(start, _emptyPostingStarts[document + 1] - start));
    }

    /// <summary>
    /// The order in which JavaScript lists an object whose keys are the refs of <paramref name="documents"/>
    /// (inserted in that order): canonical array indexes first, ascending, then the other keys in insertion order.
    /// Writes positions into <paramref name="documents"/> to <paramref name="order"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void JavaScriptKeyOrder(ReadOnlySpan<int> documents, Span<int> order)
    {
        long[] indexes = _arrayIndexes!;
        int n = 0;
        for (int i = 0; i < documents.Length; i++)
        {
            if (indexes[documents[i]] != JsPropertyKey.NotAnIndex)
            {
                order[n++] = i;
            }
        }

        if (!_arrayIndexesInAddOrder && n > 1)
        {
            long[] keys = ArrayPool<long>.Shared.Rent(n);
            for (int i = 0; i < n; i++)
            {
                keys[i] = indexes[documents[order[i]]];
            }

            keys.AsSpan(0, n).Sort(order[..n]);
            ArrayPool<long>.Shared.Return(keys);
        }

        for (int i = 0; i < documents.Length; i++)
        {
            if (indexes[documents[i]] == JsPropertyKey.NotAnIndex)
            {
                order[n++] = i;
            }
        }
    }

    /// <summary>
    /// True when the array-index refs grow with the add order (base-36 position refs do: a digits-only base-36
    /// number and the decimal number with the same digits compare alike), so that a posting's array-index
    /// refs need no sort.
    /// </summary>
    private static bool InAddOrder(long[]? indexes)
    {
        if (indexes is null)
        {
            return true;
        }

        long last = -1;
        foreach (long value in indexes)
        {
            if (value == JsPropertyKey.NotAnIndex)
            {
                continue;
            }

            if (value <= last)
            {
                return false;
            }

            last = value;
        }

        return true;
    }

    private static long[]? ArrayIndexes(string[] documentRefs)
    {
        long[]? result = null;
        for (int i = 0; i < documentRefs.Length; i++)
        {
            long value = JsPropertyKey.ArrayIndexValue(documentRefs[i]);
            if (value != JsPropertyKey.NotAnIndex)
            {
                if (result is null)
                {
                    result = new long[documentRefs.Length];
                    Array.Fill(result, JsPropertyKey.NotAnIndex);
                }

                result[i] = value;
            }
        }

        return result;
    }
}
