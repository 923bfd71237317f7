using Site.Pipeline.Engine;
using Site.Pipeline.Output;

namespace Site.Pipeline.Modules;

/// <summary>Writes every document that has a destination into the staging folder, in parallel.</summary>
public sealed class WriteFiles(AtomicOutputFolder output) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        Parallel.For(0, inputs.Count, context.ParallelOptions, i =>
        {
            var document = inputs[i];
            if (document.Destination is not null)
            {
                output.Write(document.Destination, document.Content);
            }
        });
        return inputs;
    }
}
