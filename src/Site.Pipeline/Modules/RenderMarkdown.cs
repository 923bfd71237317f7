using Site.Content;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Modules;

/// <summary>
/// Renders every body in parallel and validates internal links and fragments (errors name file
/// and line). With a session's <see cref="MarkdownCache"/>, unchanged bodies are not rendered again.
/// </summary>
public sealed class RenderMarkdown(MarkdownCache? cache = null) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var output = new List<Document>(inputs.Count);
        foreach (var document in inputs)
        {
            if (document.TryGet<ContentSet>(Keys.Content, out var content))
            {
                var diagnostics = new List<Diagnostic>();
                var rendered = (cache ?? new MarkdownCache()).RenderAll(content, context.ParallelOptions, diagnostics);
                context.Report(diagnostics);
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
