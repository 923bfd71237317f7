using Site.Content.Diagnostics;
using Site.Content.Model;

namespace Site.Content.Markdown;

/// <summary>
/// Generated ids are always unique, but two explicit `{#id}`s can clash; a duplicate id makes
/// `#fragment` links ambiguous, so it is an error at the second heading.
/// </summary>
public static class HeadingIdValidator
{
    public static IReadOnlyList<Diagnostic> Validate(Page page, RenderedMarkdown rendered)
    {
        // Run for every rendered body by both renderers, so a body that could not be parsed is reported here too.
        if (rendered.Problem is not null && !page.IsFallback)
        {
            return [Diagnostic.Error(page.SourcePath, page.BodyStartLine, 1, rendered.Problem)];
        }

        if (page.IsFallback || rendered.Headings.Count < 2)
        {
            return [];
        }

        List<Diagnostic>? found = null;
        var seen = new Dictionary<string, Heading>(StringComparer.Ordinal);
        foreach (var h in rendered.Headings)
        {
            if (seen.TryGetValue(h.Id, out var first))
            {
                (found ??= []).Add(Diagnostic.Error(page.SourcePath, h.Line, 1,
                    $"heading id `{h.Id}` is already used by the heading on line {first.Line}; give one of them another `{{#id}}`"));
            }
            else
            {
                seen[h.Id] = h;
            }
        }

        return found ?? (IReadOnlyList<Diagnostic>)[];
    }
}
