using Site.Content;
using Site.Content.Markdown;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>Renders every body in parallel and validates internal links and fragments (errors name file and line).</summary>
public sealed class RenderMarkdown : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var output = new List<Document>(inputs.Count);
        foreach (var document in inputs)
        {
            if (document.TryGet<ContentSet>(Keys.Content, out var content))
            {
                var rendered = ContentRenderer.RenderAll(content, maxParallelism: context.ParallelOptions.MaxDegreeOfParallelism);
                context.Report(rendered.Diagnostics);
                output.Add(document.WithMetadata(Keys.Rendered, rendered));
            }
            else
            {
                output.Add(document);
            }
        }

        return output;
    }
}
