using System.Buffers.Text;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Site.Search.Serialization;

/// <summary>
/// Minimal streaming JSON writer producing <c>JSON.stringify</c>'s layout (no whitespace, lowercase <c>\u00xx</c>),
/// HTML-safe by default (<see cref="JsonEscaping.HtmlSafe"/>), or exactly <c>JSON.stringify</c>'s bytes
/// (<see cref="JsonEscaping.JavaScript"/>). System.Text.Json cannot do the latter: its encoders always escape
/// U+2028/DEL and use uppercase hex. The caller writes structure tokens; this class owns buffering,
/// UTF-8 encoding, string escaping and number formatting.
/// </summary>
public sealed class Utf8JsonTextWriter : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private static ReadOnlySpan<byte> Hex => "0123456789abcdef"u8;

    private readonly Stream _stream;
    private readonly JsonEscaping _escaping;
    private byte[] _buffer;
    private int _position;

    /// <summary>Creates a writer that flushes into <paramref name="stream"/> (the stream is not disposed).</summary>
    public Utf8JsonTextWriter(Stream stream, JsonEscaping escaping = JsonEscaping.HtmlSafe)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _escaping = escaping;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    /// <summary>How strings are escaped.</summary>
    internal JsonEscaping Escaping => _escaping;

    /// <summary>Writes raw ASCII punctuation or a literal such as <c>{"version":</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteRaw(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _buffer.Length - _position)
        {
            Flush();
            if (utf8.Length > _buffer.Length)
            {
                _stream.Write(utf8);
                return;
            }
        }

        utf8.CopyTo(_buffer.AsSpan(_position));
        _position += utf8.Length;
    }

    /// <summary>Writes one ASCII byte such as <c>,</c> or <c>[</c>.</summary>
    public void WriteRaw(byte b)
    {
        Ensure(1);
        _buffer[_position++] = b;
    }

    /// <summary>Writes an integer.</summary>
    public void WriteNumber(long value)
    {
        Ensure(24);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out int written);
        _position += written;
    }

    /// <summary>Writes a double with JavaScript number formatting.</summary>
    public void WriteNumber(double value)
    {
        Span<char> chars = stackalloc char[40];
        int length = JsNumberFormatter.Format(value, chars);
        Ensure(length);
        for (int i = 0; i < length; i++)
        {
            _buffer[_position++] = (byte)chars[i];
        }
    }

    /// <summary>
    /// Writes <paramref name="thousandths"/> / 1000 with JavaScript number formatting, where
    /// <paramref name="thousandths"/> is an integer-valued double (a score rounded to three decimals).
    /// </summary>
    public void WriteThousandths(double thousandths)
    {
        Ensure(MaxThousandthsLength);
        _position += JsNumberFormatter.FormatThousandths(thousandths, _buffer.AsSpan(_position));
    }

    /// <summary>The most bytes <see cref="WriteThousandths"/> writes.</summary>
    internal const int MaxThousandthsLength = 40;

    /// <summary>
    /// At least <paramref name="size"/> (at most the buffer size) free bytes at the write position, for a caller that
    /// writes many small tokens with one bounds check; <see cref="Advance"/> then commits what it wrote.
    /// </summary>
    internal Span<byte> GetSpan(int size)
    {
        Ensure(size);
        return _buffer.AsSpan(_position);
    }

    /// <summary>Commits <paramref name="count"/> bytes written into the span of <see cref="GetSpan"/>.</summary>
    internal void Advance(int count) => _position += count;

    /// <summary>The bytes <see cref="WriteString(string)"/> writes for <paramref name="value"/>, with this writer's escaping, for a value written many times.</summary>
    public byte[] Encode(string value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonTextWriter(stream, _escaping))
        {
            writer.WriteString(value);
        }

        return stream.ToArray();
    }

    /// <summary>Writes <c>null</c>.</summary>
    public void WriteNull() => WriteRaw("null"u8);

    /// <summary>Writes a quoted, escaped string; <c>null</c> writes JSON <c>null</c>.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteNull();
            return;
        }

        WriteString(value.AsSpan());
    }

    /// <summary>Writes a quoted, escaped string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteString(ReadOnlySpan<char> value)
    {
        WriteRaw((byte)'"');
        int i = 0;
        while (i < value.Length)
        {
            char c = value[i];
            if (c < 0x80)
            {
                if (NeedsEscape(c))
                {
                    WriteEscaped(c);
                }
                else
                {
                    Ensure(1);
                    _buffer[_position++] = (byte)c;
                }

                i++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                Ensure(4);
                var rune = new Rune(c, value[i + 1]);
                _position += rune.EncodeToUtf8(_buffer.AsSpan(_position));
                i += 2;
                continue;
            }

            // Lone surrogates are escaped (well-formed JSON.stringify); U+2028/9 only in the HTML-safe mode.
            if (char.IsSurrogate(c) || (_escaping == JsonEscaping.HtmlSafe && c is '\u2028' or '\u2029'))
            {
                WriteUnicodeEscape(c);
            }
            else
            {
                Ensure(3);
                _position += new Rune(c).EncodeToUtf8(_buffer.AsSpan(_position));
            }

            i++;
        }

        WriteRaw((byte)'"');
    }

    private bool NeedsEscape(char c) =>
        c < 0x20 || c == '"' || c == '\\' || (_escaping == JsonEscaping.HtmlSafe && c is '<' or '>' or '&' or '\'');

    private void WriteEscaped(char c)
    {
        ReadOnlySpan<byte> shortForm = c switch
        {
            '"' => "\\\""u8,
            '\\' => "\\\\"u8,
            '\b' => "\\b"u8,
            '\f' => "\\f"u8,
            '\n' => "\\n"u8,
            '\r' => "\\r"u8,
            '\t' => "\\t"u8,
            _ => default,
        };
        if (!shortForm.IsEmpty)
        {
            WriteRaw(shortForm);
        }
        else
        {
            WriteUnicodeEscape(c);
        }
    }

    private void WriteUnicodeEscape(char c)
    {
        Ensure(6);
        Span<byte> dest = _buffer.AsSpan(_position, 6);
        dest[0] = (byte)'\\';
        dest[1] = (byte)'u';
        dest[2] = Hex[(c >> 12) & 0xF];
        dest[3] = Hex[(c >> 8) & 0xF];
        dest[4] = Hex[(c >> 4) & 0xF];
        dest[5] = Hex[c & 0xF];
        _position += 6;
    }

    private void Ensure(int count)
    {
        if (_buffer.Length - _position < count)
        {
            Flush();
        }
    }

    /// <summary>Writes buffered bytes to the stream.</summary>
    public void Flush()
    {
        if (_position > 0)
        {
            _stream.Write(_buffer, 0, _position);
            _position = 0;
        }
    }

    /// <summary>Flushes and returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
