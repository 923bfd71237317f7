using Site.Pipeline.Engine;

namespace Site.Pipeline.Output;

/// <summary>
/// Updates an already built output folder in place, for incremental rebuilds while serving:
/// a file is rewritten only when its bytes change, and through a temporary file renamed over
/// the old one, so the server never hands out half a page and unchanged files keep their
/// timestamps (browsers and live reload see only real changes).
/// </summary>
public sealed class LiveOutputFolder(string outputPath) : IOutputWriter
{
    private readonly DirectoryCache _directories = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _written = new();

    public string OutputPath { get; } = Path.GetFullPath(outputPath);

    /// <summary>Site-relative paths whose bytes changed (and were rewritten), in no particular order.</summary>
    public IReadOnlyCollection<string> Written => _written;

    public bool Write(string relativePath, DocumentContent content)
    {
        var path = PathUtil.CombineInside(OutputPath, relativePath);
        if (content.FilePath is { } source && string.Equals(source, path, StringComparison.Ordinal))
        {
            // The file is its own content (a link-preview card kept from the output's last build): nothing to compare.
            return false;
        }

        _directories.EnsureParentOf(path);
        if (!content.WriteIfChanged(path))
        {
            return false;
        }

        _written.Enqueue(relativePath);
        return true;
    }

    public void Delete(string relativePath)
    {
        var path = PathUtil.CombineInside(OutputPath, relativePath);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone with its folder.
        }
    }
}
