namespace Site.Content.Markdown.Components;

/// <summary>
/// An argument as written: its name (null when given by position), value, 0-based column in its line, and that line
/// as a count of lines after the tag's first (a tag written over several lines).
/// </summary>
public sealed record ComponentArgument(string? Name, string Value, int Column, int Line = 0);

/// <summary>
/// One Hugo-style component tag, `{{&lt; name key="value" &gt;}}`, `{{&lt; /name &gt;}}` or
/// `{{% name %}}`, read from a line, or from several when the caller allows it (Hugo reads line breaks
/// in a tag as blanks). Values may be double-, single- or back-quoted (on one line), or bare words.
/// </summary>
public sealed record ComponentTag(string Name, bool IsClosing, bool IsSelfClosing, IReadOnlyList<ComponentArgument> Arguments, int Length)
{
    /// <summary>True when the text at <paramref name="start"/> opens a tag (and is not the escaped form `{{&lt;/* … */&gt;}}`).</summary>
    public static bool StartsAt(ReadOnlySpan<char> text) =>
        text.Length >= 3 && text[0] == '{' && text[1] == '{' && (text[2] == '<' || text[2] == '%') && !text[3..].TrimStart().StartsWith("/*");

    /// <summary>The component name a tag at the start of <paramref name="text"/> gives (`image` for `{{&lt; image` or `{{&lt; /image`), or null.</summary>
    public static string? NameOf(string text)
    {
        if (!StartsAt(text))
        {
            return null;
        }

        var i = 3;
        SkipSpaces(text, ref i);
        if (i < text.Length && text[i] == '/')
        {
            i++;
            SkipSpaces(text, ref i);
        }

        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }

        return i > start && char.IsAsciiLetter(text[start]) ? text[start..i] : null;
    }

    /// <summary>Whether <paramref name="text"/> starts with the closing tag of <paramref name="name"/> (`{{&lt; /text &gt;}}`).</summary>
    public static bool Closes(string text, string name) =>
        NameOf(text) == name && Parse(text, 0, out _) is { IsClosing: true };

    /// <summary>Reads the tag at the start of <paramref name="text"/>; null with <paramref name="error"/> set when it is malformed.</summary>
    /// <param name="column">Column of the tag in its line, added to the columns of arguments on that line.</param>
    /// <param name="acrossLines">Whether line breaks in <paramref name="text"/> are blanks of the tag (the text is the tag's lines joined by `\n`).</param>
    public static ComponentTag? Parse(string text, int column, out string? error, bool acrossLines = false)
    {
        error = null;
        var delimiter = text[2];
        var close = delimiter == '<' ? ">}}" : "%}}";
        var i = 3;
        SkipSpaces(text, ref i, acrossLines);
        var isClosing = i < text.Length && text[i] == '/';
        if (isClosing)
        {
            i++;
            SkipSpaces(text, ref i, acrossLines);
        }

        var nameStart = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }

        var name = text[nameStart..i];
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            error = "a component tag starts with its name: `{{< name >}}`";
            return null;
        }

        var arguments = new List<ComponentArgument>();
        while (true)
        {
            SkipSpaces(text, ref i, acrossLines);
            if (i >= text.Length || text[i] is '\n' or '\r')
            {
                error = $"the tag of `{name}` is not closed: end it with `{close}`, before the next blank line";
                return null;
            }

            if (string.CompareOrdinal(text, i, close, 0, close.Length) == 0)
            {
                return new ComponentTag(name, isClosing, false, arguments, i + close.Length);
            }

            if (text[i] == '/' && string.CompareOrdinal(text, i + 1, close, 0, close.Length) == 0)
            {
                return new ComponentTag(name, isClosing, true, arguments, i + 1 + close.Length);
            }

            var argStart = i;
            string? key = null;
            var word = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
            {
                i++;
            }

            if (i > word && i < text.Length && text[i] == '=')
            {
                key = text[word..i];
                i++;
            }
            else
            {
                i = word;
            }

            if (ReadValue(text, ref i, close) is not { } value)
            {
                error = $"an argument of `{name}` has an unclosed quote";
                return null;
            }

            // Every turn must consume text; one that cannot read an argument would otherwise loop forever.
            if (i == argStart)
            {
                error = $"the tag of `{name}` has an unexpected `{text[i]}`: write arguments as `key=\"value\"` and end the tag with `{close}`";
                return null;
            }

            var (line, argColumn) = PositionOf(text, argStart, column);
            arguments.Add(new ComponentArgument(key, value, argColumn, line));
        }
    }

    private static string? ReadValue(string text, ref int i, string close)
    {
        if (i < text.Length && text[i] is '"' or '\'' or '`')
        {
            var quote = text[i];
            var sb = new System.Text.StringBuilder();
            for (i++; i < text.Length && text[i] is not ('\n' or '\r'); i++)
            {
                if (text[i] == '\\' && quote == '"' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    sb.Append(text[++i]);
                }
                else if (text[i] == quote)
                {
                    i++;
                    return sb.ToString();
                }
                else
                {
                    sb.Append(text[i]);
                }
            }

            return null;
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && string.CompareOrdinal(text, i, close, 0, close.Length) != 0
               && !(text[i] == '/' && string.CompareOrdinal(text, i + 1, close, 0, close.Length) == 0))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>
    /// Where <paramref name="index"/> of a tag's text is in the source: lines after the tag's first, and the 0-based
    /// column in that line (on the first line, counted from the tag's <paramref name="column"/>).
    /// </summary>
    public static (int Line, int Column) PositionOf(string text, int index, int column)
    {
        var lastBreak = text.LastIndexOf('\n', Math.Max(0, index - 1));
        return lastBreak < 0 ? (0, column + index) : (text.AsSpan(0, lastBreak + 1).Count('\n'), index - lastBreak - 1);
    }

    // Blanks; line breaks only when the tag may go on over several lines.
    private static void SkipSpaces(string text, ref int i, bool acrossLines = false)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]) && (acrossLines || text[i] is not ('\n' or '\r')))
        {
            i++;
        }
    }
}
