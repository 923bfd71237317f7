using Site.Content.Diagnostics;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>
/// Adds one file (when it exists) at a fixed destination, e.g. <c>lunr.min.js</c> from the npm package.
/// With <paramref name="whenMissing"/>, an absent file is a warning saying what breaks without it: a site
/// built before `tools/setup.sh` installed lunr.js is published with a search box that cannot work.
/// </summary>
public sealed class ReadFile(string path, string destination, string? whenMissing = null) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (File.Exists(path))
        {
            return [.. inputs, new Document(path.Replace('\\', '/'), destination, DocumentContent.FromFile(path))];
        }

        if (whenMissing is not null)
        {
            context.Report(Diagnostic.Warning(Path.GetFullPath(path).Replace('\\', '/'), 0, 0, whenMissing));
        }

        return inputs;
    }
}
