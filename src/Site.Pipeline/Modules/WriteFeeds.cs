using Site.Content.Loading;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Feeds;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary>One RSS feed per language: <c>/feed.xml</c>, <c>/zh/feed.xml</c>.</summary>
public sealed class WriteFeeds(string modelPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var model = Shared.Find<SiteModel>(context, modelPipeline, Keys.Model);
        if (model is null)
        {
            return inputs;
        }

        var feeds = new Document[model.Languages.Count];
        Parallel.For(0, feeds.Length, context.ParallelOptions, i =>
        {
            var language = model.Languages[i];
            feeds[i] = Document.FromText(null, SiteUrls.FileOf(GeneratedUrls.Feed(language.Info)), RssFeedWriter.Write(language));
        });
        return [.. inputs, .. feeds];
    }
}
