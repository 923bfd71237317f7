namespace Site.Content.Markdown;

/// <summary>The title a body opens with, as a `# Title` line (Docusaurus pages and READMEs name themselves so).</summary>
public static class TitleLine
{
    /// <summary>The text of the body's first non-blank line when it is a level-1 `#` heading, else null.</summary>
    public static string? Of(string body)
    {
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var text = line.Trim();
            if (!text.StartsWith("# "))
            {
                return null;
            }

            // `# Title #` closes with hashes, as ATX headings may.
            var title = text[2..].TrimEnd().TrimEnd('#').Trim();
            return title.Length > 0 ? title.ToString() : null;
        }

        return null;
    }
}
