using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>Adds one file (when it exists) at a fixed destination, e.g. <c>lunr.min.js</c> from the npm package.</summary>
public sealed class ReadFile(string path, string destination) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        File.Exists(path)
            ? [.. inputs, new Document(path.Replace('\\', '/'), destination, DocumentContent.FromFile(path))]
            : inputs;
}
