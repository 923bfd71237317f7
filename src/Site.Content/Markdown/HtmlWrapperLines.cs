using System.Text.RegularExpressions;

namespace Site.Content.Markdown;

/// <summary>
/// `&lt;center&gt;`, `&lt;div align="center"&gt;` or `&lt;p align="center"&gt;` on a line of its own, markdown on the next
/// lines and the closing tag on its own line, with no blank line between: markdown sites that read MDX (Docusaurus)
/// render the markdown, but in CommonMark the whole run is one HTML block, so readers would get `![](…)` and `**…**`
/// as text, and the images are never checked (Volcano: 3 images lost). The tags do nothing here anyway (alignment and
/// classes come from the theme, and the sanitizer removes their attributes), so both lines are blanked before the
/// markdown is read: its text is read as markdown, at the lines where it is written, and one warning per pair says so.
/// </summary>
internal static partial class HtmlWrapperLines
{
    /// <summary><paramref name="markdown"/> with such tag lines made blank, and a warning for each pair.</summary>
    public static string Unwrap(string markdown, int firstLine, List<BodyFinding> findings)
    {
        if (!markdown.Contains('<') || !AnyOpening().IsMatch(markdown))
        {
            return markdown; // most bodies: one search, no split
        }

        var lines = markdown.Split('\n');
        var changed = false;
        char fence = '\0';
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimEnd('\r');
            if (Fence().Match(text) is { Success: true } f)
            {
                fence = fence == '\0' ? f.Value.TrimStart()[0] : (f.Value.TrimStart()[0] == fence ? '\0' : fence);
                continue;
            }

            if (fence != '\0' || Opening().Match(text) is not { Success: true } open || i + 1 >= lines.Length
                || string.IsNullOrWhiteSpace(lines[i + 1]) || lines[i + 1].TrimStart().StartsWith('<'))
            {
                continue;
            }

            // The closing line of the same element, before any blank line (a blank line would end the HTML block).
            var name = open.Groups["name"].Value;
            var close = -1;
            for (var j = i + 1; j < lines.Length && !string.IsNullOrWhiteSpace(lines[j]); j++)
            {
                if (Closing().Match(lines[j].TrimEnd('\r')) is { Success: true } c && c.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                continue;
            }

            lines[i] = Blank(lines[i]);
            lines[close] = Blank(lines[close]);
            changed = true;
            findings.Add(new BodyFinding(Diagnostics.Severity.Warning, firstLine + i, 1,
                $"removed `{text.Trim()}` and its `</{name}>` on line {firstLine + close}: around markdown without blank lines, HTML would have shown the markdown as text; it is read as markdown instead (alignment comes from the theme): delete the two lines, leaving a blank line in place of each so that the text around stays apart"));
            i = close;
        }

        return !changed ? markdown : string.Join('\n', lines);
    }

    /// <summary>Spaces in place of a line's characters: every position after it stays where it was.</summary>
    private static string Blank(string line) => new string(' ', line.TrimEnd('\r').Length) + (line.EndsWith('\r') ? "\r" : string.Empty);

    [GeneratedRegex(@"^ {0,3}<(?<name>center|div|p)(?:\s+[^<>]*)?>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^ {0,3}<(?:center|div|p)(?:\s+[^<>\n]*)?>[ \t]*\r?$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex AnyOpening();

    [GeneratedRegex(@"^ {0,3}</(?<name>center|div|p)\s*>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^ {0,3}(?:`{3,}|~{3,})")]
    private static partial Regex Fence();
}
