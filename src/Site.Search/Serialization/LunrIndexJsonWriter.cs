using System.Buffers;
using System.Runtime.CompilerServices;
using Site.Search.Analysis;
using Site.Search.Indexing;

namespace Site.Search.Serialization;

/// <summary>
/// Writes the lunr 2.3.9 index layout: <c>version, fields, fieldVectors, invertedIndex, pipeline</c>, with
/// JavaScript's object key order for document keys inside postings. The field vectors are not stored: the
/// postings of the terms written are regrouped by vector (each posting is one vector entry), in lunr's vector
/// order (document, then field) and, within a vector, by ascending term index.
/// </summary>
internal sealed class LunrIndexJsonWriter(
    Utf8JsonTextWriter writer,
    EncodedNames names,
    string[] terms,
    int[] sortedTerms,
    Postings postings,
    ScoreTable scores,
    int[] vectorTermCounts,
    string[] metadata,
    string[] pipeline)
{
    // A term's "index," text (at most 11 bytes) is copied as a whole slot, a constant-size copy.
    private const int TermTextSlot = 16;

    // A vector entry is at most a comma, a term's slot and a score.
    private const int MaxEntryLength = 1 + TermTextSlot + Utf8JsonTextWriter.MaxThousandthsLength;

    private readonly int _fieldCount = postings.FieldCount;

    /// <summary>The whole index: every vector (empty ones too) and every term.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteAll()
    {
        WriteHeader();

        // Counting sort by vector: visiting terms by ascending index leaves each vector's entries sorted by term index.
        int vectorCount = vectorTermCounts.Length;
        int[] cursor = ArrayPool<int>.Shared.Rent(vectorCount);
        VectorEntry[] entries = ArrayPool<VectorEntry>.Shared.Rent(postings.Count);
        int[] termIds = ArrayPool<int>.Shared.Rent(terms.Length);
        try
        {
            int next = 0;
            for (int v = 0; v < vectorCount; v++)
            {
                cursor[v] = next;
                next += vectorTermCounts[v];
            }

            int[] documents = postings.Documents;
            PostingFrequencies frequencies = postings.Frequencies;
            for (int term = 0; term < terms.Length; term++)
            {
                termIds[term] = term;
                for (int f = 0; f < _fieldCount; f++)
                {
                    for (int p = postings.RowStart(term, f), end = postings.RowEnd(term, f); p < end; p++)
                    {
                        int vector = (documents[p] * _fieldCount) + f;
                        entries[cursor[vector]++] = new VectorEntry(vector, term, frequencies[p]);
                    }
                }
            }

            WriteVectors(entries.AsSpan(0, postings.Count), vectorCount, termIds.AsSpan(0, terms.Length));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(cursor);
            ArrayPool<VectorEntry>.Shared.Return(entries);
            ArrayPool<int>.Shared.Return(termIds);
        }

        WriteTerms(0, sortedTerms.Length);
    }

    /// <summary>
    /// Writes the terms <c>[start, end)</c> of the sorted terms and the field-vector entries of those terms
    /// (vectors with no entry of the range are omitted): a valid lunr index that scores its own terms exactly
    /// like the whole index (the BM25 scores were computed over the whole index).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteShard(int start, int end)
    {
        WriteHeader();
        int termCount = end - start;
        int[] byIndex = ArrayPool<int>.Shared.Rent(termCount);
        int count = 0;
        for (int t = start; t < end; t++)
        {
            byIndex[t - start] = sortedTerms[t];
            count += postings.TermEnd(sortedTerms[t]) - postings.TermStart(sortedTerms[t]);
        }

        Array.Sort(byIndex, 0, termCount);
        VectorEntry[] entries = ArrayPool<VectorEntry>.Shared.Rent(count);
        VectorEntry[] scratch = ArrayPool<VectorEntry>.Shared.Rent(count);
        try
        {
            // Listed by ascending term index; a stable sort by vector keeps that order within each vector. An entry
            // names its term by its position in byIndex.
            int[] documents = postings.Documents;
            PostingFrequencies frequencies = postings.Frequencies;
            int n = 0;
            for (int i = 0; i < termCount; i++)
            {
                int term = byIndex[i];
                for (int f = 0; f < _fieldCount; f++)
                {
                    for (int p = postings.RowStart(term, f), rowEnd = postings.RowEnd(term, f); p < rowEnd; p++)
                    {
                        entries[n++] = new VectorEntry((documents[p] * _fieldCount) + f, i, frequencies[p]);
                    }
                }
            }

            Span<VectorEntry> sorted = RadixSortByVector(entries.AsSpan(0, count), scratch.AsSpan(0, count), vectorTermCounts.Length - 1);
            WriteVectors(sorted, vectorCount: 0, byIndex.AsSpan(0, termCount));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(byIndex);
            ArrayPool<VectorEntry>.Shared.Return(entries);
            ArrayPool<VectorEntry>.Shared.Return(scratch);
        }

        WriteTerms(start, end);
    }

    /// <summary>
    /// Stable LSD radix sort of <paramref name="entries"/> by vector, a byte per pass (two passes up to 65,536
    /// vectors); returns whichever of the two spans holds the result. Linear, unlike a comparison sort, and it
    /// keeps the term order of entries of the same vector without comparing terms.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Span<VectorEntry> RadixSortByVector(Span<VectorEntry> entries, Span<VectorEntry> scratch, int maxVector)
    {
        if (entries.Length < 2)
        {
            return entries;
        }

        Span<int> offsets = stackalloc int[256];
        for (int shift = 0; shift < 32 && (maxVector >> shift) != 0; shift += 8)
        {
            offsets.Clear();
            foreach (VectorEntry e in entries)
            {
                offsets[(e.Vector >> shift) & 0xFF]++;
            }

            if (offsets[(entries[0].Vector >> shift) & 0xFF] == entries.Length)
            {
                continue; // one bucket: this byte is the same everywhere
            }

            int sum = 0;
            for (int b = 0; b < 256; b++)
            {
                int size = offsets[b];
                offsets[b] = sum;
                sum += size;
            }

            foreach (VectorEntry e in entries)
            {
                scratch[offsets[(e.Vector >> shift) & 0xFF]++] = e;
            }

            Span<VectorEntry> swap = entries;
            entries = scratch;
            scratch = swap;
        }

        return entries;
    }

    /// <summary>
    /// Writes vector entries sorted by vector; an entry's term is a position in <paramref name="termIds"/>. With
    /// <paramref name="vectorCount"/> every vector up to it is written, the empty ones as <c>[fieldRef,[]]</c>;
    /// with 0 only the vectors that have entries.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteVectors(ReadOnlySpan<VectorEntry> entries, int vectorCount, ReadOnlySpan<int> termIds)
    {
        // Each term's "index," text and idf, once per write instead of once per entry.
        byte[] termTexts = ArrayPool<byte>.Shared.Rent(termIds.Length * TermTextSlot);
        byte[] termTextLengths = ArrayPool<byte>.Shared.Rent(termIds.Length);
        double[] idf = ArrayPool<double>.Shared.Rent(termIds.Length);
        for (int t = 0; t < termIds.Length; t++)
        {
            Span<byte> slot = termTexts.AsSpan(t * TermTextSlot, TermTextSlot);
            int length = JsNumberFormatter.WriteDigits((uint)termIds[t], slot);
            slot[length] = (byte)',';
            termTextLengths[t] = (byte)(length + 1);
            idf[t] = scores.Idf(termIds[t]);
        }

        int written = 0;
        int k = 0;
        int vector = 0;
        double k1 = scores.K1;
        while (k < entries.Length || vector < vectorCount)
        {
            if (vectorCount == 0)
            {
                vector = entries[k].Vector; // only vectors with entries
            }

            names.WriteVectorStart(writer, vector, first: written++ == 0);
            ref readonly VectorFactors factors = ref scores.Vector(vector);
            double lengthNormalization = factors.LengthNormalization;
            double fieldBoost = factors.FieldBoost;
            double documentBoost = factors.DocumentBoost;
            for (int n = 0; k < entries.Length && entries[k].Vector == vector; k++, n++)
            {
                VectorEntry entry = entries[k];
                double thousandths = Bm25.ScoreThousandths(idf[entry.Term], entry.Frequency, lengthNormalization, k1, fieldBoost, documentBoost);
                Span<byte> span = writer.GetSpan(MaxEntryLength);
                span[0] = (byte)',';
                int at = n > 0 ? 1 : 0;
                termTexts.AsSpan(entry.Term * TermTextSlot, TermTextSlot).CopyTo(span[at..]);
                at += termTextLengths[entry.Term];
                at += JsNumberFormatter.FormatThousandths(thousandths, span[at..]);
                writer.Advance(at);
            }

            writer.WriteRaw("]]"u8);
            vector++;
        }

        ArrayPool<byte>.Shared.Return(termTexts);
        ArrayPool<byte>.Shared.Return(termTextLengths);
        ArrayPool<double>.Shared.Return(idf);
    }

    private void WriteHeader()
    {
        writer.WriteRaw("{\"version\":"u8);
        writer.WriteString(LunrIndex.Version);
        writer.WriteRaw(",\"fields\":["u8);
        for (int f = 0; f < _fieldCount; f++)
        {
            WriteComma(f);
            writer.WriteRaw(names.FieldKey(f));
        }

        writer.WriteRaw("],\"fieldVectors\":["u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteTerms(int start, int end)
    {
        writer.WriteRaw("],\"invertedIndex\":["u8);
        int[]? order = null;
        try
        {
            for (int t = start; t < end; t++)
            {
                WriteComma(t - start);
                int term = sortedTerms[t];
                writer.WriteRaw((byte)'[');
                writer.WriteString(terms[term]);
                writer.WriteRaw(",{\"_index\":"u8);
                writer.WriteNumber(term);
                for (int f = 0; f < _fieldCount; f++)
                {
                    writer.WriteRaw((byte)',');
                    writer.WriteRaw(names.FieldKey(f));
                    writer.WriteRaw(":{"u8);
                    int rowStart = postings.RowStart(term, f);
                    int rowEnd = postings.RowEnd(term, f);
                    if (names.HasArrayIndexRefs && rowEnd > rowStart)
                    {
                        if (order is null || order.Length < rowEnd - rowStart)
                        {
                            if (order is not null)
                            {
                                ArrayPool<int>.Shared.Return(order);
                            }

                            order = ArrayPool<int>.Shared.Rent(rowEnd - rowStart);
                        }

                        names.JavaScriptKeyOrder(postings.Documents.AsSpan(rowStart, rowEnd - rowStart), order);
                        for (int i = 0; i < rowEnd - rowStart; i++)
                        {
                            WritePosting(rowStart + order[i], f, i == 0);
                        }
                    }
                    else
                    {
                        for (int p = rowStart; p < rowEnd; p++)
                        {
                            WritePosting(p, f, p == rowStart);
                        }
                    }

                    writer.WriteRaw((byte)'}');
                }

                writer.WriteRaw("}]"u8);
            }
        }
        finally
        {
            if (order is not null)
            {
                ArrayPool<int>.Shared.Return(order);
            }
        }

        writer.WriteRaw("],\"pipeline\":["u8);
        for (int p = 0; p < pipeline.Length; p++)
        {
            WriteComma(p);
            writer.WriteString(pipeline[p]);
        }

        writer.WriteRaw("]}"u8);
    }

    private void WriteComma(int i)
    {
        if (i > 0)
        {
            writer.WriteRaw((byte)',');
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WritePosting(int posting, int fieldOrdinal, bool first)
    {
        int document = postings.Documents[posting];
        if (metadata.Length == 0)
        {
            names.WriteEmptyPosting(writer, document, first);
            return;
        }

        if (!first)
        {
            writer.WriteRaw((byte)',');
        }

        writer.WriteRaw(names.RefKey(document));
        writer.WriteRaw(":{"u8);
        List<TokenSpan> occurrences = postings.Occurrences![posting];
        for (int m = 0; m < metadata.Length; m++)
        {
            WriteComma(m);
            writer.WriteString(metadata[m]);
            writer.WriteRaw(":["u8);
            for (int o = 0; o < occurrences.Count; o++)
            {
                WriteComma(o);
                WriteMetadataValue(metadata[m], occurrences[o], fieldOrdinal);
            }

            writer.WriteRaw((byte)']');
        }

        writer.WriteRaw((byte)'}');
    }

    private void WriteMetadataValue(string key, TokenSpan token, int fieldOrdinal)
    {
        switch (key)
        {
            case "position":
                writer.WriteRaw((byte)'[');
                writer.WriteNumber(token.Start);
                writer.WriteRaw((byte)',');
                writer.WriteNumber(token.Length);
                writer.WriteRaw((byte)']');
                break;
            case "index":
                writer.WriteNumber(token.Index);
                break;
            case "fields":
                writer.WriteRaw((byte)'[');
                writer.WriteRaw(names.FieldKey(fieldOrdinal));
                writer.WriteRaw((byte)']');
                break;
            default:
                // lunr pushes `undefined` for metadata the tokenizer did not set; JSON.stringify prints null.
                writer.WriteNull();
                break;
        }
    }
}
