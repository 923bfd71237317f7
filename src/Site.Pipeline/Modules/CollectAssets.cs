using Site.Content;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Logos;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary>
/// Adds <c>input/assets/**</c> (as listed by the content loader, which refuses symlinks out of
/// the input, active file types and files at a theme asset's URL) to the theme assets read before,
/// project logos as processed by the content pipeline (<see cref="LogoSet"/>) instead of as they are.
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

        foreach (var asset in content.Assets.Where(a => !LogoSet.IsLogo(a)))
        {
            var destination = SiteUrls.FileOf(asset.Url);
            byDestination[destination] = new Document(asset.FullPath, destination, DocumentContent.FromFile(asset.FullPath));
        }

        // Logos are published as processed (cleaned, bounded), under content-addressed names.
        foreach (var logo in Shared.Find<LogoSet>(context, contentPipeline, Keys.Logos)?.All ?? [])
        {
            byDestination[logo.Destination] = new Document(null, logo.Destination, DocumentContent.FromOwnedBytes(logo.Bytes));
        }

        return byDestination.Values.OrderBy(d => d.Destination, StringComparer.Ordinal).ToList();
    }
}
