using Site.Content.Diagnostics;
using Site.Content.Model;

namespace Site.Content.Markdown;

/// <summary>
/// The <see cref="RenderedMarkdown.Findings"/> of a page's body as diagnostics at the page's
/// file. A fallback page shows its source's body, whose findings are reported at the source.
/// </summary>
public static class RenderFindings
{
    public static IReadOnlyList<Diagnostic> For(Page page, RenderedMarkdown rendered)
    {
        if (page.IsFallback || rendered.Findings.Count == 0)
        {
            return [];
        }

        var found = new Diagnostic[rendered.Findings.Count];
        var body = page.Body;
        for (var i = 0; i < found.Length; i++)
        {
            var f = rendered.Findings[i];
            found[i] = new Diagnostic(f.Severity, page.SourcePath, f.Line, f.Column, ForFile(f.Message, page.SourcePath), BodyLine(page, body, f.Line));
        }

        return found;
    }

    /// <summary>
    /// A message that puts a file beside the page in its bundle, for a page that is one file: followed literally, the
    /// file would land beside the .md in its folder, which is no bundle (Strimzi's mermaid diagrams); say the move first.
    /// </summary>
    private static string ForFile(string message, string sourcePath)
    {
        if (!message.EndsWith(MarkdownLints.BesideInBundle, StringComparison.Ordinal)
            || !sourcePath.EndsWith(".md", StringComparison.Ordinal)
            || sourcePath.EndsWith("/index.md", StringComparison.Ordinal)
            || sourcePath == "index.md")
        {
            return message;
        }

        var bundle = sourcePath[..^".md".Length] + "/index.md";
        return message + $"; this page is one file, so make it a bundle first: move `{sourcePath}` to `{bundle}` and put the file beside it";
    }

    /// <summary>The text of a file line that lies in the page's body, for the excerpt beneath a diagnostic; null above the body.</summary>
    internal static string? BodyLine(Page page, int fileLine) => BodyLine(page, page.Body, fileLine);

    private static string? BodyLine(Page page, string body, int fileLine)
    {
        var index = fileLine - page.BodyStartLine;
        if (index < 0)
        {
            return null;
        }

        var start = 0;
        for (var i = 0; i < index; i++)
        {
            start = body.IndexOf('\n', start) + 1;
            if (start == 0)
            {
                return null;
            }
        }

        var end = body.IndexOf('\n', start);
        return end < 0 ? body[start..] : body[start..end];
    }
}
