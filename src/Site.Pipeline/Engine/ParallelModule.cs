using Site.Content.Diagnostics;

namespace Site.Pipeline.Engine;

/// <summary>
/// Base for modules that handle each document on its own: runs <see cref="Transform"/> over all
/// inputs in parallel (bounded by the engine's degree of parallelism) and returns the results in
/// input order, so output is deterministic whatever the scheduling.
/// </summary>
public abstract class ParallelModule : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = new Document?[inputs.Count];
        Parallel.For(0, inputs.Count, context.ParallelOptions, i =>
        {
            try
            {
                results[i] = Transform(inputs[i], context);
            }
            catch (DiagnosticException ex)
            {
                // One bad document must not hide the problems of the others.
                context.Report(ex.Diagnostics);
            }
        });

        var output = new List<Document>(inputs.Count);
        foreach (var document in results)
        {
            if (document is not null)
            {
                output.Add(document);
            }
        }

        return output;
    }

    /// <summary>Returns the transformed document, or null to drop it.</summary>
    protected abstract Document? Transform(Document input, PipelineContext context);
}
