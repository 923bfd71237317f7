using Site.Search.Analysis;

namespace Site.Search.Indexing;

/// <summary>
/// The inverted index of a built index, term-major: row <c>term × fieldCount + field</c> lists the documents
/// whose field holds the term, in add order, with the term frequency. Three flat arrays instead of a list per
/// (term, field): a large site has millions of postings, which as lists cost an object, a growth reserve and a
/// pointer each. The field vectors are the same data read the other way, so they are not stored at all: a
/// vector entry is one posting, and the writer regroups postings by vector (see <see cref="VectorEntry"/>).
/// Rows of one term are adjacent, so a term's postings are the range <see cref="TermStart"/>–<see cref="TermEnd"/>.
/// </summary>
internal sealed class Postings(int fieldCount, int[] rowStarts, int[] documents, PostingFrequencies frequencies, List<TokenSpan>[]? occurrences)
{
    public int FieldCount { get; } = fieldCount;

    /// <summary>Total number of (term, field, document) postings.</summary>
    public int Count => documents.Length;

    /// <summary>Document ordinal of each posting.</summary>
    public int[] Documents => documents;

    /// <summary>Term frequency of each posting.</summary>
    public PostingFrequencies Frequencies => frequencies;

    /// <summary>Token occurrences of each posting; null unless metadata is whitelisted.</summary>
    public List<TokenSpan>[]? Occurrences => occurrences;

    public int RowStart(int term, int field) => rowStarts[(term * FieldCount) + field];

    public int RowEnd(int term, int field) => rowStarts[(term * FieldCount) + field + 1];

    public int TermStart(int term) => rowStarts[term * FieldCount];

    public int TermEnd(int term) => rowStarts[(term + 1) * FieldCount];
}

/// <summary>
/// The term frequency of each posting in a byte, as almost all are below 255; larger ones are kept aside. Three
/// bytes less per posting than an int: a large site has ten million postings.
/// </summary>
internal sealed class PostingFrequencies(int count)
{
    private const byte Overflow = byte.MaxValue;
    private readonly byte[] _small = new byte[count];
    private Dictionary<int, int>? _large;

    public int this[int posting]
    {
        get
        {
            byte small = _small[posting];
            return small != Overflow ? small : _large![posting];
        }

        set
        {
            if (value < Overflow)
            {
                _small[posting] = (byte)value;
            }
            else
            {
                _small[posting] = Overflow;
                (_large ??= [])[posting] = value;
            }
        }
    }
}

/// <summary>
/// One entry of a field vector being written: the vector (<c>document × fieldCount + field</c>), the term (as a
/// position in the list of terms being written) and its frequency.
/// </summary>
internal readonly record struct VectorEntry(int Vector, int Term, int Frequency);
