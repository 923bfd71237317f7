using System.Text;
using Site.Content.Text;

namespace Site.Content.Markdown;

/// <summary>
/// The first and last lines of a post's body, where a line that belongs in the front matter sits when a site without
/// that field wrote it in the text: a byline (<see cref="BodyByline"/>), a note of where the post was first published
/// (<see cref="BodyRepostNote"/>). Every post is looked at while the site loads, so a long body is neither decoded nor
/// split whole: only its ends are.
/// </summary>
internal readonly record struct BodyEdges(string[] Head, string[] Tail, int TailLine)
{
    /// <summary>How many non-blank lines from the top (after a `# Title` line) and from the end are looked at.</summary>
    public const int Reach = 4;

    /// <summary>A long body is read only this far from each end (in UTF-8 bytes or characters).</summary>
    private const int Window = 4096;

    /// <summary>
    /// The body's first lines (<c>Head</c>), its last lines (<c>Tail</c>: the same array for a short body) and the
    /// 0-based body line of the tail's first. Read once per post and given to each rule that looks at its ends.
    /// </summary>
    public static BodyEdges Of(CompactText body)
    {
        if (body.Utf8 is { } utf8 && utf8.Length > 2 * Window)
        {
            var bytes = utf8.Span;
            var headEnd = Math.Max(bytes[..Window].LastIndexOf((byte)'\n'), 0);
            var tailStart = bytes.Length - Window + bytes[^Window..].IndexOf((byte)'\n') + 1;
            return new(Encoding.UTF8.GetString(bytes[..headEnd]).Split('\n'), Encoding.UTF8.GetString(bytes[tailStart..]).Split('\n'), bytes[..tailStart].Count((byte)'\n'));
        }

        return Of(body.ToString());
    }

    /// <summary>No lines: the ends of a body where no rule can find anything.</summary>
    public static BodyEdges None { get; } = new([], [], 0);

    /// <summary>Whether a rule could find something on a line (before joining it to the next), as a cheap first test.</summary>
    public delegate bool LineTest(ReadOnlySpan<char> line);

    /// <summary>
    /// The body's ends as <see cref="Of(CompactText)"/> reads them, or <see cref="None"/> when no line that
    /// <see cref="Candidates"/> could offer passes <paramref name="mayMatch"/>. The ends of almost every post hold
    /// nothing any rule looks for; their lines are then tested in place in a pooled buffer, never made into strings.
    /// Reading and splitting both ends of every post was 275 MiB of the large benchmark corpus's content load, a fifth
    /// of what the step allocated.
    /// </summary>
    public static BodyEdges Of(CompactText body, LineTest mayMatch) => AnyCandidate(body, mayMatch) ? Of(body) : None;

    /// <summary>
    /// Whether one of the first <see cref="Reach"/> + 1 non-blank lines (a `# Title` line among them or not) or the last
    /// <see cref="Reach"/> of the same windows <see cref="Of(CompactText)"/> reads passes the test: every line
    /// <see cref="Candidates"/> can give, and at most one more.
    /// </summary>
    private static bool AnyCandidate(CompactText body, LineTest mayMatch)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Min(body.Length, 2 * Window + 2));
        try
        {
            ReadOnlySpan<char> head, tail;
            if (body.Utf8 is { } utf8 && utf8.Length > 2 * Window)
            {
                var bytes = utf8.Span;
                var headEnd = Math.Max(bytes[..Window].LastIndexOf((byte)'\n'), 0);
                var tailStart = bytes.Length - Window + bytes[^Window..].IndexOf((byte)'\n') + 1;
                var headLength = Encoding.UTF8.GetChars(bytes[..headEnd], buffer);
                var tailLength = Encoding.UTF8.GetChars(bytes[tailStart..], buffer.AsSpan(headLength));
                head = buffer.AsSpan(0, headLength);
                tail = buffer.AsSpan(headLength, tailLength);
            }
            else
            {
                // Kept as a string, or short: the same text Of(string) splits (a short UTF-8 body decoded into the buffer).
                var text = body.Utf8 is null ? body.ToString().AsSpan() : Decoded(body, buffer);
                if (text.Length > 2 * Window)
                {
                    var headEnd = Math.Max(text[..(Window + 1)].LastIndexOf('\n'), 0);
                    var newline = text[^Window..].IndexOf('\n');
                    var tailStart = newline < 0 ? 0 : text.Length - Window + newline + 1;
                    head = text[..headEnd];
                    tail = text[tailStart..];
                }
                else
                {
                    head = tail = text;
                }
            }

            return AnyOfFirst(head, mayMatch) || AnyOfLast(tail, mayMatch);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        static ReadOnlySpan<char> Decoded(CompactText body, char[] buffer)
        {
            body.CopyTo(buffer);
            return buffer.AsSpan(0, body.Length);
        }

        static bool AnyOfFirst(ReadOnlySpan<char> text, LineTest mayMatch)
        {
            // Lines end at `\n` only, as Of splits them (EnumerateLines would also end them at `\r`, U+2028…).
            var seen = 0;
            for (var start = 0; start <= text.Length;)
            {
                var length = text[start..].IndexOf('\n');
                var line = length < 0 ? text[start..] : text.Slice(start, length);
                if (!line.IsWhiteSpace() && (mayMatch(line) || ++seen > Reach))
                {
                    return seen <= Reach;
                }

                start += line.Length + 1;
            }

            return false;
        }

        static bool AnyOfLast(ReadOnlySpan<char> text, LineTest mayMatch)
        {
            var seen = 0;
            var end = text.Length;
            while (end >= 0 && seen < Reach)
            {
                var start = end == 0 ? 0 : text[..end].LastIndexOf('\n') + 1;
                var line = text[start..end];
                if (!line.IsWhiteSpace())
                {
                    if (mayMatch(line))
                    {
                        return true;
                    }

                    seen++;
                }

                end = start - 1;
            }

            return false;
        }
    }

    /// <summary>The same, of a body as text.</summary>
    public static BodyEdges Of(string body)
    {
        if (body.Length > 2 * Window)
        {
            var headEnd = Math.Max(body.LastIndexOf('\n', Window), 0);
            var tailStart = body.IndexOf('\n', body.Length - Window) + 1;
            return new(body[..headEnd].Split('\n'), body[tailStart..].Split('\n'), body.AsSpan(0, tailStart).Count('\n'));
        }

        var lines = body.Split('\n');
        return new(lines, lines, 0);
    }

    /// <summary>
    /// The first <see cref="Reach"/> non-blank lines (under a `# Title` line) and the last ones, each once: the array it
    /// is in, its index there, and the body line of that array's first.
    /// </summary>
    public IEnumerable<(string[] Lines, int Index, int Offset)> Candidates()
    {
        var (head, tail, tailLine) = (Head, Tail, TailLine);
        var first = Enumerable.Range(0, head.Length).Where(i => !string.IsNullOrWhiteSpace(head[i])).Take(Reach + 1).ToList();
        if (first.Count > 0 && head[first[0]].TrimStart().StartsWith("# ", StringComparison.Ordinal))
        {
            first.RemoveAt(0);
        }

        var last = Enumerable.Range(0, tail.Length).Where(i => !string.IsNullOrWhiteSpace(tail[i])).ToList();
        var fromEnd = last.Skip(Math.Max(0, last.Count - Reach)).Where(i => !ReferenceEquals(head, tail) || !first.Take(Reach).Contains(i));
        return first.Take(Reach).Select(i => (Lines: head, Index: i, Offset: 0)).Concat(fromEnd.Select(i => (Lines: tail, Index: i, Offset: tailLine)));
    }
}
