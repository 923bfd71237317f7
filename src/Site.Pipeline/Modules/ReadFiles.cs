using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>
/// Lists every file below a folder as a document whose content is read lazily, destined for
/// <c>destinationPrefix + relative path</c>. Hidden files and folders (dot names) are skipped,
/// so editor and VCS leftovers never reach the site. A missing folder yields nothing.
/// </summary>
public sealed class ReadFiles(string folder, string destinationPrefix, string? displayRoot = null) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            return inputs;
        }

        var display = (displayRoot ?? folder).Replace('\\', '/').TrimEnd('/');
        var prefix = destinationPrefix.Trim('/');
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var output = new List<Document>(inputs);
        foreach (var file in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            var destination = prefix.Length == 0 ? relative : $"{prefix}/{relative}";
            output.Add(new Document($"{display}/{relative}", destination, DocumentContent.FromFile(file)));
        }

        return output;
    }
}
