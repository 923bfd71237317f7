using System.Text;

namespace Site.Content.Text;

/// <summary>
/// A long text kept for the length of a build (a page's markdown, its HTML, its plain text), stored
/// in the smaller of two forms: UTF-8 bytes, half the size for English, or the string itself, which
/// is smaller for Chinese. On the 21,600-page benchmark site these texts were 680 MB of the 1.1 GB
/// heap before pages render, and every garbage collection that promotes them copies them; reading
/// one back decodes it (a vectorised copy for ASCII), which each of them needs only a few times.
/// Equality is by text, so records holding one keep their value semantics.
/// </summary>
public sealed class CompactText : IEquatable<CompactText>
{
    /// <summary>Below this many characters a string is kept as it is: too small to matter, and read without decoding.</summary>
    private const int MinimumToEncode = 256;

    private readonly string? _text;
    private readonly byte[]? _utf8;

    private CompactText(string? text, byte[]? utf8, int length)
    {
        _text = text;
        _utf8 = utf8;
        Length = length;
    }

    public static CompactText Empty { get; } = new(string.Empty, null, 0);

    /// <summary>Length of the text in UTF-16 code units, as <see cref="string.Length"/>.</summary>
    public int Length { get; }

    public static CompactText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.AsSpan(), text);
    }

    /// <summary>
    /// The text of a part of a longer string (a file's body after its front matter), without making a string of
    /// it first when it is kept as UTF-8.
    /// </summary>
    public static CompactText Of(ReadOnlySpan<char> text) => Of(text, null);

    private static CompactText Of(ReadOnlySpan<char> text, string? whole)
    {
        if (text.Length == 0)
        {
            return Empty;
        }

        if (text.Length < MinimumToEncode)
        {
            return new(whole ?? new string(text), null, text.Length);
        }

        // Lone surrogates would not survive the round trip through UTF-8: such a text stays a string.
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes >= text.Length * 2 || (text.ContainsAnyInRange('\uD800', '\uDFFF') && !IsWellFormed(text)))
        {
            return new(whole ?? new string(text), null, text.Length);
        }

        var utf8 = new byte[bytes];
        Encoding.UTF8.GetBytes(text, utf8);
        return new(null, utf8, text.Length);
    }

    /// <summary>True when the text is empty or only white space, without decoding it.</summary>
    public bool IsWhiteSpace()
    {
        if (_text is not null)
        {
            return string.IsNullOrWhiteSpace(_text);
        }

        var span = _utf8.AsSpan();
        var first = span.IndexOfAnyExcept(" \t\r\n\f\v"u8);
        return first < 0 || (span[first] >= 0x80 && string.IsNullOrWhiteSpace(ToString()));
    }

    /// <summary>The text's UTF-8 bytes, without a copy, when it is kept that way; null when it is kept as a string.</summary>
    public ReadOnlyMemory<byte>? Utf8 =>
        // Typed out: a bare `null` (or a null array) converts to an empty memory here, not to no value.
        _utf8 is null ? (ReadOnlyMemory<byte>?)null : new ReadOnlyMemory<byte>(_utf8);

    /// <summary>Whether the text contains <paramref name="ascii"/> (ASCII only), without decoding it.</summary>
    public bool ContainsAscii(string ascii)
    {
        if (_text is not null)
        {
            return _text.Contains(ascii, StringComparison.Ordinal);
        }

        if (!System.Text.Ascii.IsValid(ascii))
        {
            throw new ArgumentException("expected ASCII text", nameof(ascii));
        }

        Span<byte> bytes = ascii.Length <= 256 ? stackalloc byte[ascii.Length] : new byte[ascii.Length];
        System.Text.Ascii.FromUtf16(ascii, bytes, out _);
        return _utf8.AsSpan().IndexOf(bytes) >= 0;
    }

    public override string ToString() => _text ?? Encoding.UTF8.GetString(_utf8!);

    /// <summary>Writes the text's <see cref="Length"/> characters to the start of <paramref name="destination"/>, without a string.</summary>
    public void CopyTo(Span<char> destination)
    {
        if (_text is not null)
        {
            _text.CopyTo(destination);
        }
        else
        {
            Encoding.UTF8.GetChars(_utf8, destination);
        }
    }

    public bool Equals(CompactText? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Length != other.Length)
        {
            return false;
        }

        // The form follows from the text, so equal texts have the same form.
        return _utf8 is not null && other._utf8 is not null
            ? _utf8.AsSpan().SequenceEqual(other._utf8)
            : string.Equals(_text, other._text, StringComparison.Ordinal);
    }

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode() => _text is not null ? string.GetHashCode(_text, StringComparison.Ordinal) : HashOfBytes(_utf8!);

    private static int HashOfBytes(byte[] bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
