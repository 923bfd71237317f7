using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Site.Content.Text;

/// <summary>
/// Turns file bytes into the text every later stage sees: strict UTF-8 (an invalid byte is
/// reported, never silently replaced), BOM dropped, CRLF and lone CR normalised to LF so
/// line numbers agree whatever editor the contributor used.
/// </summary>
public static class SourceDecoder
{
    public readonly record struct InvalidUtf8(int Line, int Column, int ByteOffset);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out InvalidUtf8 error)
    {
        error = default;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                error = Locate(bytes, read);
                text = string.Empty;
                return false;
            }

            text = NormaliseNewlines(chars.AsSpan(0, written));
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static string NormaliseNewlines(ReadOnlySpan<char> span)
    {
        if (span.IndexOf('\r') < 0)
        {
            return new string(span);
        }

        var sb = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < span.Length && span[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static InvalidUtf8 Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Column counts characters, so decode the valid prefix of the line.
        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return new InvalidUtf8(line, column, offset);
    }
}
