using Site.Content;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary>
/// Adds <c>input/assets/**</c> (as listed by the content loader, which refuses symlinks out of
/// the input, active file types and files at a theme asset's URL) to the theme assets read before.
/// </summary>
public sealed class CollectAssets(string contentPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var content = Shared.Find<ContentSet>(context, contentPipeline, Keys.Content);
        if (content is null)
        {
            return inputs;
        }

        var byDestination = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in inputs)
        {
            byDestination[document.Destination!] = document;
        }

        foreach (var asset in content.Assets)
        {
            var destination = SiteUrls.FileOf(asset.Url);
            byDestination[destination] = new Document(asset.FullPath, destination, DocumentContent.FromFile(asset.FullPath));
        }

        return byDestination.Values.OrderBy(d => d.Destination, StringComparer.Ordinal).ToList();
    }
}
