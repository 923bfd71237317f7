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
        for (var i = 0; i < found.Length; i++)
        {
            var f = rendered.Findings[i];
            found[i] = new Diagnostic(f.Severity, page.SourcePath, f.Line, f.Column, f.Message);
        }

        return found;
    }
}
