namespace Site.Content.Text;

/// <summary>
/// Which script a body's prose is written in, counted over the letters a reader reads: code (fences, indented
/// blocks, `spans`), addresses, HTML tags and comments and component tags are set aside, since commands, URLs and
/// identifiers are Latin in every language. Only the Han script is told apart: it is the one that says a text is
/// Chinese (or Japanese) rather than in a language written with Latin letters.
/// </summary>
public static class ProseScript
{
    /// <summary>Below this many letters a body says too little to tell its language (a stub, a list of links).</summary>
    public const int MinimumLetters = 200;

    /// <summary>Whether a language of the site is written in Han characters: Chinese (`zh`, `zh-Hans`, …) or Japanese (`ja`).</summary>
    public static bool IsHanLanguage(string code) =>
        code.Equals("zh", StringComparison.OrdinalIgnoreCase) || code.Equals("ja", StringComparison.OrdinalIgnoreCase)
        || code.StartsWith("zh-", StringComparison.OrdinalIgnoreCase) || code.StartsWith("ja-", StringComparison.OrdinalIgnoreCase);

    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>A translation into a Han language whose prose has almost none (under 1 in 20 letters): it is still in the source's language.</summary>
    public static bool ReadsAsLatin(int letters, int han) => letters >= MinimumLetters && han * 20 < letters;

    /// <summary>A page of a Latin-script language whose prose is mostly Han characters: it is the other language's text.</summary>
    public static bool ReadsAsHan(int letters, int han) => letters >= MinimumLetters && han * 2 >= letters;

    /// <summary>
    /// Whether a short text of a translation (a `description` to become its summary) is still in the source's script, where
    /// the two languages' scripts differ: Latin with almost no Han letters on a Han page (names of products in a Chinese
    /// sentence are fine), mostly Han on a Latin page. A few letters (`KubeVela`) say nothing.
    /// </summary>
    public static bool InSourceScript(string text, string pageLanguage, string sourceLanguage)
    {
        var pageIsHan = IsHanLanguage(pageLanguage);
        if (pageIsHan == IsHanLanguage(sourceLanguage))
        {
            return false;
        }

        var (letters, han) = Count(text);
        return pageIsHan ? letters >= 12 && han * 20 < letters : letters >= 4 && han * 2 >= letters;
    }

    /// <summary>The letters of the body's prose, and how many of them are Han characters.</summary>
    public static (int Letters, int Han) Count(string markdown)
    {
        var letters = 0;
        var han = 0;
        var fence = string.Empty;
        var inComment = false;
        var previousBlankOrCode = true;
        foreach (var raw in markdown.AsSpan().EnumerateLines())
        {
            var text = raw.TrimStart();
            var indent = raw.Length - text.Length;
            if (fence.Length > 0)
            {
                if (text.StartsWith(fence, StringComparison.Ordinal) && text.TrimEnd().Trim(fence[0]).IsEmpty)
                {
                    fence = string.Empty;
                }

                continue;
            }

            if (!inComment && indent < 4 && (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal)))
            {
                var run = text.Length - text.TrimStart(text[0]).Length;
                fence = new string(text[0], run);
                continue;
            }

            if (text.IsEmpty)
            {
                previousBlankOrCode = true;
                continue;
            }

            // An indented block after a blank line is code (a list's continuation is lost with it, on both sides of the ratio).
            if (!inComment && previousBlankOrCode && (indent >= 4 || raw[0] == '\t'))
            {
                continue;
            }

            previousBlankOrCode = false;
            inComment = CountLine(text, inComment, ref letters, ref han);
        }

        return (letters, han);
    }

    /// <summary>Counts one line's prose; returns whether an HTML comment is still open at its end.</summary>
    private static bool CountLine(ReadOnlySpan<char> line, bool inComment, ref int letters, ref int han)
    {
        var i = 0;
        while (i < line.Length)
        {
            var rest = line[i..];
            if (inComment)
            {
                var end = rest.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return true;
                }

                inComment = false;
                i += end + 3;
                continue;
            }

            var skip = rest switch
            {
                ['<', '!', '-', '-', ..] => -1,
                ['`', ..] => CodeSpan(rest),
                ['<', var n, ..] when char.IsAsciiLetter(n) || n == '/' => Until(rest, ">"),
                ['{', '{', '<' or '%', ..] => Until(rest, "}}"),
                [']', '(', ..] => Until(rest, ")"),
                _ when rest.StartsWith("http://", StringComparison.Ordinal) || rest.StartsWith("https://", StringComparison.Ordinal) => UntilSpace(rest),
                _ => 0,
            };
            if (skip < 0)
            {
                inComment = true;
                i += 4;
                continue;
            }

            if (skip > 0)
            {
                i += skip;
                continue;
            }

            var c = line[i++];
            if (char.IsLetter(c))
            {
                letters++;
                han += IsHan(c) ? 1 : 0;
            }
        }

        return inComment;
    }

    /// <summary>A `code` span's length from its opening run of backticks to the same run closing it; the run alone when it is never closed.</summary>
    private static int CodeSpan(ReadOnlySpan<char> text)
    {
        var run = text.Length - text.TrimStart('`').Length;
        var close = text[run..].IndexOf(text[..run]);
        return close < 0 ? run : run + close + run;
    }

    private static int Until(ReadOnlySpan<char> text, string end)
    {
        var at = text[1..].IndexOf(end, StringComparison.Ordinal);
        return at < 0 ? 1 : 1 + at + end.Length;
    }

    private static int UntilSpace(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(' ', '\t');
        return at < 0 ? text.Length : at;
    }
}
