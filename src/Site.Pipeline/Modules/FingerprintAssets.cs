using Site.Pipeline.Assets;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>
/// Adds the fingerprinted copy of every theme asset next to the plain one. The plain names stay
/// (revalidated) for links written in content and for pages cached before a deploy.
/// </summary>
public sealed class FingerprintAssets(Func<AssetFingerprints> fingerprints) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var entries = fingerprints().Entries;
        var output = new List<Document>(inputs.Count + entries.Count);
        var copies = new List<Document>(entries.Count);
        foreach (var document in inputs)
        {
            // Only the theme's own files: an input asset never has a theme asset's destination (the loader refuses it).
            if (document.Destination is { } destination && entries.TryGetValue(destination, out var entry))
            {
                // Both names publish the same bytes (theme scripts without their comment lines: ScriptComments).
                output.Add(new Document(document.Source, destination, DocumentContent.FromOwnedBytes(entry.Bytes)));
                copies.Add(new Document(document.Source, entry.Fingerprinted, DocumentContent.FromOwnedBytes(entry.Bytes)));
            }
            else
            {
                output.Add(document);
            }
        }

        output.AddRange(copies);

        return output;
    }
}
