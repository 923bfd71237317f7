using System.Text;

namespace Site.Pipeline.Assets;

/// <summary>
/// Drops whole-line comments from the theme's own scripts before they are fingerprinted: the search
/// scripts carry long explanations for contributors that a reader's phone should not download (a third of
/// their gzipped size). Only lines that are nothing but a comment go (<c>// …</c>, and blocks that open at
/// the start of a line with <c>/*</c> and close at the end of one), so code is never touched. Files that
/// are already minified (<c>.min.js</c>) or whose code has a template literal (a backtick, where a line
/// starting with <c>//</c> could be text) are left as they are. No minifier package is used because this is all the
/// site needs and it keeps the served code readable.
/// </summary>
public static class ScriptComments
{
    /// <summary>The bytes to publish for <paramref name="destination"/>: stripped for a theme script, as read otherwise.</summary>
    public static byte[] Strip(string destination, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(bytes);
        if (!destination.EndsWith(".js", StringComparison.Ordinal) || destination.EndsWith(".min.js", StringComparison.Ordinal))
        {
            return bytes;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var kept = new List<string>();
        var inBlock = false;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.AsSpan().Trim();
            if (inBlock)
            {
                inBlock = !trimmed.EndsWith("*/");
                if (trimmed.Contains("*/", StringComparison.Ordinal) && inBlock)
                {
                    return bytes; // code after a comment's end on the same line: leave the file alone
                }

                continue;
            }

            if (trimmed.StartsWith("/*"))
            {
                var close = trimmed.IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    inBlock = true;
                    continue;
                }

                if (close == trimmed.Length - 2)
                {
                    continue;
                }
            }
            else if (trimmed.StartsWith("//"))
            {
                continue;
            }

            kept.Add(line);
        }

        if (inBlock || kept.Any(line => line.Contains('`', StringComparison.Ordinal)))
        {
            return bytes;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', kept));
    }
}
