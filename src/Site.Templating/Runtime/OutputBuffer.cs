using System.Buffers;

namespace Site.Templating.Runtime;

/// <summary>
/// Append-only text buffer made of fixed-size chunks rented from <see cref="ArrayPool{T}.Shared"/>. Unlike a
/// StringBuilder it never copies while growing and never reallocates on <see cref="Clear"/>, so a page of any size
/// costs one allocation (its final string) and large pages do not churn the large-object heap.
/// </summary>
internal sealed class OutputBuffer
{
    private const int ChunkSize = 4096;

    private readonly List<char[]> _full = new();
    private char[] _current;
    private int _position;
    private int _fullLength;

    public OutputBuffer()
    {
        _current = ArrayPool<char>.Shared.Rent(ChunkSize);
    }

    public int Length => _fullLength + _position;

    public void Append(string text) => Append(text.AsSpan());

    public void Append(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var free = _current.Length - _position;
            if (text.Length <= free)
            {
                text.CopyTo(_current.AsSpan(_position));
                _position += text.Length;
                return;
            }
            text[..free].CopyTo(_current.AsSpan(_position));
            _position += free;
            text = text[free..];
            _full.Add(_current);
            _fullLength += _current.Length;
            _current = ArrayPool<char>.Shared.Rent(ChunkSize);
            _position = 0;
        }
    }

    /// <summary>Number of spans returned by <see cref="GetSpan"/>.</summary>
    public int SpanCount => _full.Count + 1;

    /// <summary>The written text, span by span in order.</summary>
    public ReadOnlySpan<char> GetSpan(int index) => index < _full.Count ? _full[index] : _current.AsSpan(0, _position);

    /// <summary>Empties the buffer, returning all chunks but one to the pool.</summary>
    public void Clear()
    {
        if (_full.Count > 0)
        {
            // Keep the first chunk (the one that small outputs need) and return the others.
            var first = _full[0];
            for (var i = 1; i < _full.Count; i++)
            {
                ArrayPool<char>.Shared.Return(_full[i]);
            }
            ArrayPool<char>.Shared.Return(_current);
            _current = first;
            _full.Clear();
        }
        _position = 0;
        _fullLength = 0;
    }

    /// <summary>Writes the text chunk by chunk, without building a string.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var chunk in _full)
        {
            writer.Write(chunk);
        }
        writer.Write(_current.AsSpan(0, _position));
    }

    public override string ToString()
    {
        var length = Length;
        if (length == 0)
        {
            return string.Empty;
        }
        if (_full.Count == 0)
        {
            return new string(_current, 0, _position);
        }
        return string.Create(length, this, static (span, buffer) =>
        {
            var offset = 0;
            foreach (var chunk in buffer._full)
            {
                chunk.CopyTo(span[offset..]);
                offset += chunk.Length;
            }
            buffer._current.AsSpan(0, buffer._position).CopyTo(span[offset..]);
        });
    }
}
