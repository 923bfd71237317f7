using System.Collections.Concurrent;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Modules;

/// <summary>
/// Renders every page job of the model pipeline in parallel (one template context per worker)
/// and returns the HTML documents in job order.
/// </summary>
public sealed class RenderPages(string modelPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var theme = Shared.Find<Theme>(inputs, LoadTheme.Key);
        var jobs = context.Outputs(modelPipeline).Where(d => d.Metadata.ContainsKey(Keys.Job)).ToList();
        if (theme is null || jobs.Count == 0)
        {
            return [];
        }

        var results = new Document?[jobs.Count];
        // A broken shared partial fails every page the same way: report each template position once, with a count.
        var failures = new ConcurrentDictionary<Diagnostic, (string FirstUrl, int Count)>();
        var chunk = Math.Max(8, jobs.Count / (context.ParallelOptions.MaxDegreeOfParallelism * 8));
        Parallel.ForEach(
            Partitioner.Create(0, jobs.Count, chunk),
            context.ParallelOptions,
            () => new PageRenderer(theme),
            (range, _, renderer) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var document = jobs[i];
                    var job = document.GetRequired<PageJob>(Keys.Job);
                    if (job.Source is { } source && (context.HasErrorsIn(source.SourcePath) || context.HasErrorsIn(source.FactsPath)))
                    {
                        // Its file already has an error; rendering half-valid data would only add follow-up errors.
                        continue;
                    }

                    var html = renderer.Render(job, out var error);
                    if (html is not null)
                    {
                        results[i] = document.WithText(html);
                    }
                    else if (error is not null)
                    {
                        failures.AddOrUpdate(error, (job.Url, 1), (_, seen) => (seen.FirstUrl, seen.Count + 1));
                    }
                }

                return renderer;
            },
            _ => { });

        foreach (var (error, (firstUrl, count)) in failures)
        {
            var pages = count == 1 ? firstUrl : $"{firstUrl} and {count - 1} other page{(count == 2 ? "" : "s")}";
            context.Report(error with { Message = $"{error.Message} (while rendering {pages})" });
        }

        return results.OfType<Document>().ToList();
    }
}
