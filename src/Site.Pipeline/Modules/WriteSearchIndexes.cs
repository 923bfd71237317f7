using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.Output;
using Site.Pipeline.SearchFiles;

namespace Site.Pipeline.Modules;

/// <summary>
/// The light and full search index of every language (<c>/search/light.json</c>, <c>/zh/search/full.json</c>, …).
/// Languages are indexed one after the other: each index builder already uses two threads, pages
/// render alongside, and building all of them at once doubled the peak memory of large sites.
/// With <paramref name="writeThrough"/> (a staging folder) each file is streamed to disk as soon as
/// its language is indexed, and the index is dropped before the next language starts.
/// </summary>
public sealed class WriteSearchIndexes(string modelPipeline, IOutputWriter? writeThrough = null) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var model = Shared.Find<SiteModel>(context, modelPipeline, Keys.Model);
        if (model is null)
        {
            return inputs;
        }

        var files = new List<Document>(inputs);
        foreach (var language in model.Languages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var search = SearchIndexComposer.Compose(language);
            files.Add(File(SiteModel.LightIndexUrl(language.Info), DocumentContent.FromWriter(search.WriteLight)));
            files.Add(File(SiteModel.FullIndexUrl(language.Info), DocumentContent.FromWriter(search.WriteFull)));
        }

        return files;
    }

    private Document File(string url, DocumentContent content)
    {
        var document = new Document(null, SiteUrls.FileOf(url), content);
        if (writeThrough is null)
        {
            return document;
        }

        writeThrough.Write(document.Destination!, content);
        return new Document(null, document.Destination).WithMetadata(Keys.NoWrite, true);
    }
}
