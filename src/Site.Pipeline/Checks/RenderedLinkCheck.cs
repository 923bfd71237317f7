using System.Collections.Concurrent;
using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Model;

namespace Site.Pipeline.Checks;

/// <summary>
/// Follows every internal <c>href</c> and <c>src</c> of every rendered page, in every language,
/// to a file the build produces and, for <c>#fragment</c>s, to an element id of the target page.
/// The content validator already checks links as written in markdown; this sees the final
/// pages, so it also covers links the theme prints and relative links that break only on a
/// language's untranslated copy (<c>/zh/…</c>). A link found on many pages is reported once.
/// </summary>
public sealed class RenderedLinkCheck(string contentPipeline, string pagesPipeline, IReadOnlyList<string> writingPipelines, string themeDisplayPath) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var content = Shared.Find<ContentSet>(context, contentPipeline, Keys.Content);
        var rendered = Shared.Find<RenderedPages>(context, contentPipeline, Keys.Rendered);
        if (content is null || rendered is null)
        {
            return inputs;
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in writingPipelines)
        {
            foreach (var document in context.Outputs(pipeline))
            {
                if (document.Destination is { } destination)
                {
                    files.Add(destination);
                }
            }
        }

        // Pages skipped because of an error elsewhere still exist as far as links are concerned.
        foreach (var url in content.OutputUrls)
        {
            files.Add(SiteUrls.FileOf(Uri.UnescapeDataString(url)));
        }

        var pages = context.Outputs(pagesPipeline)
            .Where(d => d.Destination is not null && d.Content.IsText && d.Metadata.ContainsKey(Keys.Job))
            .ToList();
        var htmlByFile = pages.ToDictionary(d => d.Destination!, d => d, StringComparer.Ordinal);
        var resolver = new LinkResolver(new SiteUrls(content.Config), files, htmlByFile);
        var problems = new ConcurrentDictionary<(string Path, int Line, int Column, string Message, string? SourceLine), (string FirstPage, int Count)>();

        Parallel.For(0, pages.Count, context.ParallelOptions, i =>
        {
            var document = pages[i];
            var job = document.GetRequired<PageJob>(Keys.Job);
            // A page whose file has an error is checked too (RenderPages renders it for `check`), so that a broken
            // `#fragment` is not hidden until an unrelated error is mended; but what the theme printed from its
            // half-valid data is not reported, nor a link whose error the markdown's own check gave at that position.
            var hasErrors = job.Source is { } source && (context.HasErrorsIn(source.SourcePath) || context.HasErrorsIn(source.FactsPath));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var href in HtmlAttributes.Links(document.Content.GetText()))
            {
                // A Jekyll tag as an address (`href="{% link … %}"`) is reported, with the address it means, by the markdown check.
                if (!seen.Add(href) || Uri.UnescapeDataString(href).Contains("{%", StringComparison.Ordinal)
                    || resolver.Problem(href, document.Destination!) is not { } problem)
                {
                    continue;
                }

                foreach (var key in Locate(job, href, problem, rendered))
                {
                    var (path, line, column, _, _) = key;
                    if (hasErrors && (line == 0 || context.HasErrorAt(path, line, column)))
                    {
                        continue;
                    }

                    problems.AddOrUpdate(key, (job.Url, 1), (_, s) => (s.FirstPage, s.Count + 1));
                }
            }
        });

        foreach (var ((path, line, column, message, sourceLine), (firstPage, count)) in problems)
        {
            var where = count == 1 ? $"on {firstPage}" : $"on {firstPage} and {count - 1} other page{(count == 2 ? "" : "s")}";
            context.Report(Diagnostic.Error(path, line, column, $"{message} ({where})", sourceLine));
        }

        return inputs;
    }

    /// <summary>
    /// The markdown positions of a link a contributor wrote, every one of them (a page that writes it three times is
    /// told of all three at once); otherwise the theme layout that printed it.
    /// </summary>
    private List<(string, int, int, string, string?)> Locate(PageJob job, string href, LinkProblem problem, RenderedPages rendered)
    {
        var found = new List<(string, int, int, string, string?)>();
        if (job.Source is { } page && rendered.Get(page) is { } body)
        {
            foreach (var link in body.Links)
            {
                if (string.Equals(link.Url.Trim(), href, StringComparison.Ordinal))
                {
                    var what = link.IsImage ? "image" : "link";
                    var hint = href.StartsWith('/') || href.Contains("://", StringComparison.Ordinal) || href.StartsWith('#')
                        ? string.Empty
                        : "; a relative URL resolves against each language's copy of the page, so start it with /";
                    found.Add((page.SourcePath, link.Line, link.Column, $"{what} {href} leads to {problem.Target}: {problem.Reason}{hint}", LineOf(page, link.Line)));
                }
            }
        }

        if (found.Count == 0)
        {
            var layout = $"{themeDisplayPath}/layouts/{job.Layout}.scriban";
            found.Add((layout, 0, 0, $"the theme links to {href}, which leads to {problem.Target}: {problem.Reason}", null));
        }

        return found;
    }

    private static string? LineOf(Page page, int fileLine)
    {
        var index = fileLine - page.BodyStartLine;
        var current = 0;
        foreach (var line in page.Body.AsSpan().EnumerateLines())
        {
            if (current++ == index)
            {
                return line.ToString();
            }
        }

        return null;
    }
}
