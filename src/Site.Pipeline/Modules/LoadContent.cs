using Site.Content.Loading;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>Loads <c>input/</c> with Site.Content's loader and publishes the <c>ContentSet</c>; every content problem becomes a diagnostic.</summary>
public sealed class LoadContent(string inputFolder) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var result = ContentLoader.Load(inputFolder, new ContentLoaderOptions { MaxParallelism = context.ParallelOptions.MaxDegreeOfParallelism });
        context.Report(result.Diagnostics);
        return result.Content is null ? [] : [new Document(null, null).WithMetadata(Keys.Content, result.Content)];
    }
}
