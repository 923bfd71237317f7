using Site.Search.Analysis;
using Site.Search.Indexing;

namespace Site.Search.Serialization;

/// <summary>
/// Writes the lunr 2.3.9 index layout: <c>version, fields, fieldVectors, invertedIndex, pipeline</c>, with
/// JavaScript's object key order for document keys inside postings.
/// </summary>
internal sealed class LunrIndexJsonWriter
{
    private readonly Utf8JsonTextWriter _writer;
    private readonly LunrField[] _fields;
    private readonly string[] _documentRefs;
    private readonly string[] _metadata;
    private readonly long[]? _arrayIndexes;

    // Each ref as an encoded JSON string: a ref is written once per posting (millions on a large site).
    private readonly byte[][] _refKeys;

    public LunrIndexJsonWriter(Utf8JsonTextWriter writer, LunrField[] fields, string[] documentRefs, string[] metadata, EncodedRefs? encoded = null)
    {
        _writer = writer;
        _fields = fields;
        _documentRefs = documentRefs;
        _metadata = metadata;
        encoded ??= EncodedRefs.Create(documentRefs, writer);
        _arrayIndexes = encoded.ArrayIndexes;
        _refKeys = encoded.Keys;
    }

    /// <summary>
    /// The refs as encoded JSON strings and their JS array-index values, computed once per index and escaping:
    /// the thousands of shards of a large site's index would otherwise each encode every ref again.
    /// </summary>
    internal sealed class EncodedRefs(byte[][] keys, long[]? arrayIndexes)
    {
        public byte[][] Keys { get; } = keys;

        public long[]? ArrayIndexes { get; } = arrayIndexes;

        public static EncodedRefs Create(string[] documentRefs, Utf8JsonTextWriter writer)
        {
            var keys = new byte[documentRefs.Length][];
            for (int i = 0; i < documentRefs.Length; i++)
            {
                keys[i] = writer.Encode(documentRefs[i]);
            }

            return new EncodedRefs(keys, ComputeArrayIndexes(documentRefs));
        }

        public static EncodedRefs Create(string[] documentRefs, JsonEscaping escaping)
        {
            using var writer = new Utf8JsonTextWriter(Stream.Null, escaping);
            return Create(documentRefs, writer);
        }
    }

    public void Write(FieldVectors vectors, TermEntry[] sortedTerms, string[] pipeline)
    {
        WriteHeader();
        for (int v = 0; v < vectors.Count; v++)
        {
            WriteComma(v);
            WriteVector(vectors, vectors[v]);
        }

        WriteTerms(sortedTerms, 0, sortedTerms.Length, pipeline);
    }

    /// <summary>
    /// Writes the terms <c>[start, end)</c> of <paramref name="sortedTerms"/> and the field-vector entries of those
    /// terms, given as (vector, entry) pairs in vector order (<paramref name="entries"/>: flattened, vectors with no
    /// entry of the range are omitted): a valid lunr index that scores its own terms exactly like the whole index
    /// (the BM25 scores were computed over the whole index).
    /// </summary>
    public void Write(FieldVectors vectors, TermEntry[] sortedTerms, int start, int end, ReadOnlySpan<int> entries, string[] pipeline)
    {
        WriteHeader();
        int written = 0;
        for (int k = 0; k < entries.Length;)
        {
            int v = entries[k];
            FieldTerms vector = vectors[v];
            WriteComma(written++);
            _writer.WriteRaw((byte)'[');
            WriteFieldRef(_fields[vector.FieldOrdinal].Name, _documentRefs[vector.DocumentOrdinal]);
            _writer.WriteRaw(",["u8);
            for (int n = 0; k < entries.Length && entries[k] == v; k += 2, n++)
            {
                WriteComma(n);
                _writer.WriteNumber(vectors.TermIndex(vector, entries[k + 1]));
                _writer.WriteRaw((byte)',');
                _writer.WriteThousandths(vectors.ScoreThousandths(vector, entries[k + 1]));
            }

            _writer.WriteRaw("]]"u8);
        }

        WriteTerms(sortedTerms, start, end, pipeline);
    }

    private void WriteHeader()
    {
        _writer.WriteRaw("{\"version\":"u8);
        _writer.WriteString(LunrIndex.Version);
        _writer.WriteRaw(",\"fields\":["u8);
        for (int f = 0; f < _fields.Length; f++)
        {
            WriteComma(f);
            _writer.WriteString(_fields[f].Name);
        }

        _writer.WriteRaw("],\"fieldVectors\":["u8);
    }

    private void WriteTerms(TermEntry[] sortedTerms, int start, int end, string[] pipeline)
    {
        _writer.WriteRaw("],\"invertedIndex\":["u8);
        for (int t = start; t < end; t++)
        {
            WriteComma(t - start);
            WriteTerm(sortedTerms[t]);
        }

        _writer.WriteRaw("],\"pipeline\":["u8);
        for (int p = 0; p < pipeline.Length; p++)
        {
            WriteComma(p);
            _writer.WriteString(pipeline[p]);
        }

        _writer.WriteRaw("]}"u8);
    }

    private void WriteComma(int i)
    {
        if (i > 0)
        {
            _writer.WriteRaw((byte)',');
        }
    }

    private void WriteVector(FieldVectors vectors, in FieldTerms vector)
    {
        // fieldRef = fieldName + "/" + docRef, written without building the concatenated string.
        string field = _fields[vector.FieldOrdinal].Name;
        string reference = _documentRefs[vector.DocumentOrdinal];
        _writer.WriteRaw((byte)'[');
        WriteFieldRef(field, reference);
        _writer.WriteRaw(",["u8);
        for (int i = 0; i < vector.Count; i++)
        {
            WriteComma(i);
            _writer.WriteNumber(vectors.TermIndex(vector, i));
            _writer.WriteRaw((byte)',');
            _writer.WriteThousandths(vectors.ScoreThousandths(vector, i));
        }

        _writer.WriteRaw("]]"u8);
    }

    private void WriteFieldRef(string field, string reference)
    {
        int length = field.Length + 1 + reference.Length;
        if (length <= 512)
        {
            Span<char> buffer = stackalloc char[length];
            field.AsSpan().CopyTo(buffer);
            buffer[field.Length] = '/';
            reference.AsSpan().CopyTo(buffer[(field.Length + 1)..]);
            _writer.WriteString(buffer);
        }
        else
        {
            _writer.WriteString(field + "/" + reference);
        }
    }

    private void WriteTerm(TermEntry term)
    {
        _writer.WriteRaw((byte)'[');
        _writer.WriteString(term.Term);
        _writer.WriteRaw(",{\"_index\":"u8);
        _writer.WriteNumber(term.Index);
        for (int f = 0; f < _fields.Length; f++)
        {
            _writer.WriteRaw((byte)',');
            _writer.WriteString(_fields[f].Name);
            _writer.WriteRaw(":{"u8);
            List<int>? documents = term.Documents[f];
            if (documents is not null)
            {
                WritePostingDocuments(documents, term.Occurrences?[f], f);
            }

            _writer.WriteRaw((byte)'}');
        }

        _writer.WriteRaw("}]"u8);
    }

    private void WritePostingDocuments(List<int> documents, List<List<TokenSpan>>? occurrences, int fieldOrdinal)
    {
        if (_arrayIndexes is null)
        {
            for (int i = 0; i < documents.Count; i++)
            {
                WriteComma(i);
                WriteDocumentEntry(documents[i], occurrences?[i], fieldOrdinal);
            }

            return;
        }

        // JS objects list array-index keys first (ascending), then the others in insertion order.
        var order = new List<int>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            if (_arrayIndexes[documents[i]] != JsPropertyKey.NotAnIndex)
            {
                order.Add(i);
            }
        }

        order.Sort((x, y) => _arrayIndexes[documents[x]].CompareTo(_arrayIndexes[documents[y]]));
        for (int i = 0; i < documents.Count; i++)
        {
            if (_arrayIndexes[documents[i]] == JsPropertyKey.NotAnIndex)
            {
                order.Add(i);
            }
        }

        for (int i = 0; i < order.Count; i++)
        {
            WriteComma(i);
            WriteDocumentEntry(documents[order[i]], occurrences?[order[i]], fieldOrdinal);
        }
    }

    private void WriteDocumentEntry(int documentOrdinal, List<TokenSpan>? occurrences, int fieldOrdinal)
    {
        _writer.WriteRaw(_refKeys[documentOrdinal]);
        _writer.WriteRaw(":{"u8);
        for (int m = 0; m < _metadata.Length; m++)
        {
            WriteComma(m);
            _writer.WriteString(_metadata[m]);
            _writer.WriteRaw(":["u8);
            for (int o = 0; o < occurrences!.Count; o++)
            {
                WriteComma(o);
                WriteMetadataValue(_metadata[m], occurrences[o], fieldOrdinal);
            }

            _writer.WriteRaw((byte)']');
        }

        _writer.WriteRaw((byte)'}');
    }

    private void WriteMetadataValue(string key, TokenSpan token, int fieldOrdinal)
    {
        switch (key)
        {
            case "position":
                _writer.WriteRaw((byte)'[');
                _writer.WriteNumber(token.Start);
                _writer.WriteRaw((byte)',');
                _writer.WriteNumber(token.Length);
                _writer.WriteRaw((byte)']');
                break;
            case "index":
                _writer.WriteNumber(token.Index);
                break;
            case "fields":
                _writer.WriteRaw((byte)'[');
                _writer.WriteString(_fields[fieldOrdinal].Name);
                _writer.WriteRaw((byte)']');
                break;
            default:
                // lunr pushes `undefined` for metadata the tokenizer did not set; JSON.stringify prints null.
                _writer.WriteNull();
                break;
        }
    }

    private static long[]? ComputeArrayIndexes(string[] documentRefs)
    {
        long[]? result = null;
        for (int i = 0; i < documentRefs.Length; i++)
        {
            long value = JsPropertyKey.ArrayIndexValue(documentRefs[i]);
            if (value != JsPropertyKey.NotAnIndex)
            {
                result ??= CreateFilled(documentRefs.Length);
                result[i] = value;
            }
        }

        return result;
    }

    private static long[] CreateFilled(int length)
    {
        var array = new long[length];
        Array.Fill(array, JsPropertyKey.NotAnIndex);
        return array;
    }
}
