using Site.Content;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Logos;

namespace Site.Pipeline.Modules;

/// <summary>
/// Cleans and bounds the project logos of <c>input/assets/logos/</c> (<see cref="LogoSet"/>) and
/// publishes the set on the content document, for the model (logo URLs and sizes in pages) and
/// the assets pipeline (the files).
/// </summary>
/// <param name="previousOutput">The output folder of the last build, whose logos are reused by content hash; null for none.</param>
public sealed class ProcessLogos(string? previousOutput) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var output = new List<Document>(inputs.Count);
        foreach (var document in inputs)
        {
            if (document.TryGet<ContentSet>(Keys.Content, out var content))
            {
                var diagnostics = new List<Diagnostic>();
                var logos = LogoSet.Build(content, previousOutput is not null && Directory.Exists(previousOutput) ? previousOutput : null, context.ParallelOptions, diagnostics);
                context.Report(diagnostics);
                output.Add(document.WithMetadata(Keys.Logos, logos));
            }
            else
            {
                output.Add(document);
            }
        }

        return output;
    }
}
