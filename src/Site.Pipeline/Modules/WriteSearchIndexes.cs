using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.SearchFiles;

namespace Site.Pipeline.Modules;

/// <summary>The light and full search index of every language (<c>/search/light.json</c>, <c>/zh/search/full.json</c>, …).</summary>
public sealed class WriteSearchIndexes(string modelPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var model = Shared.Find<SiteModel>(context, modelPipeline, Keys.Model);
        if (model is null)
        {
            return inputs;
        }

        var files = new Document[model.Languages.Count * 2];
        Parallel.For(0, model.Languages.Count, context.ParallelOptions, i =>
        {
            var language = model.Languages[i];
            var (light, full) = SearchIndexComposer.Build(language);
            files[2 * i] = new Document(null, SiteUrls.FileOf(SiteModel.LightIndexUrl(language.Info)), Engine.DocumentContent.FromOwnedBytes(light));
            files[(2 * i) + 1] = new Document(null, SiteUrls.FileOf(SiteModel.FullIndexUrl(language.Info)), Engine.DocumentContent.FromOwnedBytes(full));
        });
        return [.. inputs, .. files];
    }
}
