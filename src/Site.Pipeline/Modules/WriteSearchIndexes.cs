using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.Output;
using Site.Pipeline.SearchFiles;

namespace Site.Pipeline.Modules;

/// <summary>
/// The search files of every language (<c>/search/light.json</c>, <c>/zh/search/full.json</c>, the text-tier
/// shards <c>/search/full/N.json</c>; see <see cref="SearchIndexComposer"/>).
/// Languages are indexed one after the other: each index builder already uses two threads, pages
/// render alongside, and building all of them at once doubled the peak memory of large sites.
/// With <paramref name="writeThrough"/> (a staging folder) each language's files are streamed to disk
/// while the next language is indexed (the search step is the longest of a cold build, and writing
/// an index is a single-threaded stretch), and an index is dropped as soon as its file is written:
/// at most one language waits to be written while the next one builds.
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
        Task? writing = null;
        try
        {
            foreach (var language in model.Languages)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var search = SearchIndexComposer.Compose(language);
                var languageFiles = search.Files
                    .Select(f => new Document(null, SiteUrls.FileOf(SiteModel.SearchFileUrl(language.Info, f.Path)), DocumentContent.FromWriter(f.Write)))
                    .ToList();
                if (writeThrough is null)
                {
                    files.AddRange(languageFiles);
                    continue;
                }

                Wait(writing);
                writing = Task.Run(() =>
                {
                    foreach (var file in languageFiles)
                    {
                        WriteThrough(writeThrough, file);
                    }
                });
                files.AddRange(languageFiles.Select(Written));
            }
        }
        finally
        {
            // Also on failure: the staging folder must not be written to after this module returned.
            Wait(writing, rethrow: false);
        }

        Wait(writing);
        return files;
    }

    private static void WriteThrough(IOutputWriter output, Document file) => output.Write(file.Destination!, file.Content);

    private static Document Written(Document file) => new Document(null, file.Destination).WithMetadata(Keys.NoWrite, true);

    private static void Wait(Task? task, bool rethrow = true)
    {
        if (task is null)
        {
            return;
        }

        try
        {
            // GetResult rethrows the first writer's own exception (an IOException, say), not an AggregateException.
            task.GetAwaiter().GetResult();
        }
        catch when (!rethrow)
        {
        }
    }
}
