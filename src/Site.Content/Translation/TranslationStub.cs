using System.Text;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;

namespace Site.Content.Translation;

/// <summary>
/// Text of translation files: the stub `translate` writes (source words kept as comments to
/// translate over, `sourceHash` pinned, `draft: true` so it stays a fallback until done) and the
/// one-line `sourceHash` update of `translate --refresh`. Only that line changes: the
/// translator's text, comments and line endings are kept byte for byte.
/// </summary>
public static class TranslationStub
{
    /// <summary>Stub for the source file <paramref name="sourceText"/>; null when its front matter is unreadable.</summary>
    public static string? Create(string sourceDisplayPath, string sourceText, string sourceHash)
    {
        var bag = new DiagnosticBag();
        var doc = FrontMatterParser.Parse(new SourceText(sourceDisplayPath, sourceText), bag);
        if (!doc.IsValid)
        {
            return null;
        }

        var reader = new FrontMatterReader(doc.Source, bag);
        var title = doc.FrontMatter.Get("title") is { } t ? reader.String(t) : null;
        var summary = doc.FrontMatter.Get("summary") is { } s ? reader.String(s) : null;
        var tags = doc.FrontMatter.Get("tags") is { } tg ? reader.List(tg) : null;

        var sb = new StringBuilder(sourceText.Length * 2);
        sb.Append("---\n");
        sb.Append("# Translation of ").Append(sourceDisplayPath).Append(".\n");
        sb.Append("# Translate title and summary, write each paragraph's translation under its\n");
        sb.Append("# commented source, delete the comments, then remove `draft: true` to publish.\n");
        if (title is not null)
        {
            sb.Append("title: ").Append(Quote(title)).Append('\n');
        }

        if (summary is not null)
        {
            sb.Append("summary: ").Append(Quote(summary)).Append('\n');
        }

        if (tags is { Count: > 0 })
        {
            sb.Append("# tags: translated tag names, or omit to keep the source's tags\n");
        }

        sb.Append("sourceHash: ").Append(sourceHash).Append('\n');
        sb.Append("draft: true\n");
        sb.Append("---\n");
        foreach (var block in Blocks(doc.Body))
        {
            sb.Append("\n<!--\n").Append(block.Replace("-->", "-- >", StringComparison.Ordinal)).Append("\n-->\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="translationText"/> with its `sourceHash:` set to <paramref name="hash"/>
    /// (added before the closing `---` when absent); null when the file has no front matter.
    /// </summary>
    public static string? Refresh(string translationText, string hash)
    {
        var newline = translationText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = translationText.Split('\n');
        var start = lines.Length > 0 && lines[0].TrimStart('\uFEFF').TrimEnd('\r') == "---" ? 0 : -1;
        if (start < 0)
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line == "---")
            {
                var list = lines.ToList();
                list.Insert(i, "sourceHash: " + hash + (newline == "\r\n" ? "\r" : string.Empty));
                return string.Join('\n', list);
            }

            if (line.StartsWith("sourceHash:", StringComparison.Ordinal))
            {
                var cr = lines[i].EndsWith('\r') ? "\r" : string.Empty;
                lines[i] = "sourceHash: " + hash + cr;
                return string.Join('\n', lines);
            }
        }

        return null;
    }

    /// <summary>
    /// Translation bodies may keep commented source text (`&lt;!-- … --&gt;` from line start, outside
    /// code fences). Comment lines become empty lines, so line numbers in diagnostics stay right.
    /// </summary>
    public static string StripComments(string body, out int commentCount)
    {
        commentCount = 0;
        if (!body.Contains("<!--", StringComparison.Ordinal))
        {
            return body;
        }

        var lines = body.Split('\n');
        string? fence = null;
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (inComment)
            {
                inComment = !lines[i].Contains("-->", StringComparison.Ordinal);
                lines[i] = string.Empty;
                continue;
            }

            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                continue;
            }

            if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                commentCount++;
                inComment = !trimmed[4..].Contains("-->", StringComparison.Ordinal);
                lines[i] = string.Empty;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Paragraph-sized blocks of a body (split at blank lines outside code fences).</summary>
    private static IEnumerable<string> Blocks(string body)
    {
        var current = new List<string>();
        string? fence = null;
        foreach (var raw in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = raw.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
            }

            if (fence is null && raw.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    yield return string.Join('\n', current);
                    current.Clear();
                }

                continue;
            }

            current.Add(raw);
        }

        if (current.Count > 0)
        {
            yield return string.Join('\n', current);
        }
    }

    private static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
