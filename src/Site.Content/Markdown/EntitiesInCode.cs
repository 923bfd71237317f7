using System.Text.RegularExpressions;
using Markdig.Syntax;
using Site.Content.Markdown.Highlighting;

namespace Site.Content.Markdown;

/// <summary>
/// `docker load &amp;lt; tikv.tar` in a shell block (Chaos Mesh): text copied from an HTML page or written for a
/// generator that decoded it keeps its character references, and a code block shows them as typed, since markdown
/// never decodes code. A block that holds markup (`&lt;p&gt;`, `&lt;/div&gt;`), or is in a markup language, may show
/// references on purpose and is left alone.
/// </summary>
internal sealed partial class MarkdownLints
{
    /// <summary>Fence languages whose code may hold character references as themselves.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkupLanguages =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "html", "htm", "xhtml", "xml", "svg", "xsl", "xslt", "rss", "atom", "markdown", "md", "mdx", "jsx", "tsx", "vue",
            "svelte", "astro", "php", "erb", "ejs", "jsp", "asp", "aspx", "razor", "cshtml", "handlebars", "hbs", "mustache",
            "liquid", "twig", "jinja", "jinja2", "django", "nunjucks", "scriban", "gotemplate", "go-html-template", "tmpl",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    private void EntitiesInCode(FencedCodeBlock fence)
    {
        if (fence.Info is { Length: > 0 } info && MarkupLanguages.Contains(CodeLanguages.FirstWordSpan(info)))
        {
            return;
        }

        (int Line, int Column, string Entity)? first = null;
        var count = 0;
        for (var i = 0; i < fence.Lines.Count; i++)
        {
            var slice = fence.Lines.Lines[i].Slice;
            var text = slice.AsSpan();
            if (MarkupTag().IsMatch(text))
            {
                return;
            }

            foreach (var match in Entity().EnumerateMatches(text))
            {
                count++;
                first ??= (fence.Lines.Lines[i].Line, fence.Lines.Lines[i].Column + match.Index + 1, text.Slice(match.Index, match.Length).ToString());
            }
        }

        if (first is { } at)
        {
            var more = count > 1 ? $" (and {count - 1} more in this block)" : string.Empty;
            Add(Diagnostics.Severity.Warning, at.Line, at.Column,
                $"`{at.Entity}` in a code block is shown as typed, not as `{Decoded(at.Entity)}`: code is never decoded; write `{Decoded(at.Entity)}`{more}");
        }
    }

    /// <summary>The character a reference stands for; a no-break space is written as a space in code.</summary>
    private static string Decoded(string entity) => entity == "&nbsp;" ? " " : System.Net.WebUtility.HtmlDecode(entity);

    /// <summary>The character references text copied from HTML carries.</summary>
    [GeneratedRegex(@"&(?:lt|gt|amp|quot|apos|nbsp|#39|#x27|#34|#60|#62);")]
    private static partial Regex Entity();

    /// <summary>A tag of markup: `&lt;p&gt;`, `&lt;/div&gt;`, `&lt;br/&gt;`, `&lt;a href=…`.</summary>
    [GeneratedRegex(@"</?[A-Za-z][\w:-]*(?:\s|/?>)")]
    private static partial Regex MarkupTag();
}
