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
