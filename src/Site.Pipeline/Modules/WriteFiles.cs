using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Output;

namespace Site.Pipeline.Modules;

/// <summary>
/// Writes every document that has a destination, in parallel, except those flagged
/// <see cref="Keys.NoWrite"/> (already written while rendering, or unchanged since the last build).
/// </summary>
public sealed class WriteFiles(IOutputWriter output) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        Parallel.For(0, inputs.Count, context.ParallelOptions, i =>
        {
            var document = inputs[i];
            if (document.Destination is not null && !document.Get(Keys.NoWrite, false))
            {
                output.Write(document.Destination, document.Content);
            }
        });
        return inputs;
    }
}
