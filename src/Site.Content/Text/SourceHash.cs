using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;

namespace Site.Content.Text;

/// <summary>
/// Short hash of a page's translatable parts. Translations quote it as `sourceHash:` so an
/// outdated translation is detected when the source's words change. Whitespace is collapsed
/// first, so reflowing a paragraph or fixing trailing spaces does not mark translations stale.
/// </summary>
public static class SourceHash
{
    public const int Length = 12;

    public static string Compute(string title, string? summary, string body) => Compute(title, summary, body.AsSpan());

    /// <summary>The hash of a body kept compact (a page's), decoded into a pooled buffer rather than a string.</summary>
    public static string Compute(string title, string? summary, CompactText body)
    {
        var decoded = ArrayPool<char>.Shared.Rent(body.Length);
        try
        {
            body.CopyTo(decoded);
            return Compute(title, summary, decoded.AsSpan(0, body.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(decoded);
        }
    }

    private static string Compute(string title, string? summary, ReadOnlySpan<char> body)
    {
        // Every page's words pass through here once per build: normalised into one pooled buffer
        // and encoded into another, rather than appended to a builder a character at a time.
        summary ??= string.Empty;
        var chars = ArrayPool<char>.Shared.Rent(title.Length + summary.Length + body.Length + 2);
        byte[]? bytes = null;
        try
        {
            var length = AppendNormalised(chars, 0, title);
            chars[length++] = '\u001f';
            length = AppendNormalised(chars, length, summary);
            chars[length++] = '\u001f';
            length = AppendNormalised(chars, length, body);
            var text = chars.AsSpan(0, length);
            bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
            var count = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(bytes.AsSpan(0, count), digest);
            return Convert.ToHexStringLower(digest)[..Length];
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>
    /// Hash of a whole markdown file as written (front matter and body), or null when its front
    /// matter cannot be read. Used on old revisions from git and by `translate --refresh`.
    /// </summary>
    public static string? ComputeForFile(string displayPath, string text)
    {
        var bag = new DiagnosticBag();
        var doc = FrontMatterParser.Parse(new SourceText(displayPath, text), bag);
        if (!doc.IsValid)
        {
            return null;
        }

        var reader = new FrontMatterReader(doc.Source, bag);
        var title = doc.FrontMatter.Get("title") is { } t ? reader.String(t) : null;
        var summary = doc.FrontMatter.Get("summary") is { } s ? reader.String(s) : null;
        return Compute(title ?? string.Empty, summary, doc.Body);
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>Appends <paramref name="text"/> at <paramref name="at"/> with each run of white space made one space and none at either end; returns the new length.</summary>
    private static int AppendNormalised(char[] buffer, int at, ReadOnlySpan<char> text)
    {
        var start = at;
        var rest = text;
        while (true)
        {
            var word = rest.IndexOfAnyExcept(WhiteSpace);
            if (word < 0)
            {
                return at;
            }

            if (word > 0 && at > start)
            {
                buffer[at++] = ' ';
            }

            rest = rest[word..];
            var end = rest.IndexOfAny(WhiteSpace);
            var run = end < 0 ? rest : rest[..end];
            run.CopyTo(buffer.AsSpan(at));
            at += run.Length;
            if (end < 0)
            {
                return at;
            }

            rest = rest[end..];
        }
    }
}
