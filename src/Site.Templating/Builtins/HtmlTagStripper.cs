using System.Text;

namespace Site.Templating.Builtins;

/// <summary>
/// <c>html.strip</c> without a regular expression. Removes, scanning left to right, whichever comes first of:
/// a <c>&lt;script…&lt;/script&gt;</c> or <c>&lt;style…&lt;/style&gt;</c> element (case-insensitive, shortest),
/// an HTML comment, or a tag <c>&lt;…&gt;</c> whose <c>=</c> signs introduce quoted or unquoted attribute values.
/// A <c>&lt;</c> that starts none of these is kept.
/// </summary>
internal static class HtmlTagStripper
{
    public static string Strip(string text)
    {
        var lt = text.IndexOf('<');
        if (lt < 0)
        {
            return text;
        }
        var sb = StringBuilderCache.Acquire(text.Length);
        var copied = 0;
        var i = lt;
        while (i >= 0 && i < text.Length)
        {
            var end = MatchAt(text, i);
            if (end < 0)
            {
                i = text.IndexOf('<', i + 1);
                continue;
            }
            sb.Append(text, copied, i - copied);
            copied = end;
            i = end < text.Length ? text.IndexOf('<', end) : -1;
        }
        if (copied == 0)
        {
            StringBuilderCache.ToStringAndRelease(sb);
            return text;
        }
        sb.Append(text, copied, text.Length - copied);
        return StringBuilderCache.ToStringAndRelease(sb);
    }

    /// <summary>The end (exclusive) of the markup starting at <paramref name="start"/> (a <c>&lt;</c>), or -1.</summary>
    private static int MatchAt(string text, int start)
    {
        var rest = text.AsSpan(start);
        var end = MatchElement(text, start, "<script", "</script>");
        if (end >= 0)
        {
            return end;
        }
        end = MatchElement(text, start, "<style", "</style>");
        if (end >= 0)
        {
            return end;
        }
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (close >= 0)
            {
                return close + 3;
            }
        }
        return MatchTag(text, start);
    }

    private static int MatchElement(string text, int start, string open, string close)
    {
        if (!text.AsSpan(start).StartsWith(open, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        var found = text.IndexOf(close, start + open.Length, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? -1 : found + close.Length;
    }

    /// <summary>
    /// A tag: any characters except <c>&gt;</c> and <c>=</c>, where <c>=</c> must start <c>='…'</c>, <c>="…"</c>
    /// or <c>=</c> + one non-quote character + non-space, non-<c>&gt;</c> characters; then <c>&gt;</c>.
    /// </summary>
    private static int MatchTag(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '>')
            {
                return i + 1;
            }
            if (c != '=')
            {
                i++;
                continue;
            }
            if (i + 1 >= text.Length)
            {
                return -1;
            }
            var next = text[i + 1];
            if (next is '\'' or '"')
            {
                var close = text.IndexOf(next, i + 2);
                if (close < 0)
                {
                    return -1;
                }
                i = close + 1;
                continue;
            }
            i += 2;
            while (i < text.Length && text[i] != '>' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
        return -1;
    }
}
