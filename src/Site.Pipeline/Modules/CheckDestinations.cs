using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>
/// Fails the build when two documents would be written to the same file (for instance an
/// asset named like a generated page), instead of one silently overwriting the other.
/// </summary>
public sealed class CheckDestinations(IReadOnlyList<string> writingPipelines) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var owners = new Dictionary<string, (string Pipeline, Document Document)>(StringComparer.OrdinalIgnoreCase);
        foreach (var pipeline in writingPipelines)
        {
            foreach (var document in context.Outputs(pipeline))
            {
                if (document.Destination is not { } destination || document.Get(Keys.LinkCheckOnly, false))
                {
                    continue;
                }

                if (owners.TryGetValue(destination, out var first))
                {
                    context.Report(Diagnostic.Error(
                        document.Source ?? first.Document.Source ?? destination,
                        0,
                        0,
                        $"two outputs are written to /{destination}: {Describe(first.Pipeline, first.Document)} and {Describe(pipeline, document)}"));
                }
                else
                {
                    owners[destination] = (pipeline, document);
                }
            }
        }

        return inputs;
    }

    private static string Describe(string pipeline, Document document) => document.Source is null ? $"the generated {pipeline} output" : document.Source;
}
