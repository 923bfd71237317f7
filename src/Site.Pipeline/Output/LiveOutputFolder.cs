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
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Relative, string Temporary, string Destination)> _staged = new();
    private StagedWriter? _stagedWriter;

    public string OutputPath { get; } = Path.GetFullPath(outputPath);

    /// <summary>Site-relative paths whose bytes changed (and were rewritten), in no particular order.</summary>
    public IReadOnlyCollection<string> Written => _written;

    /// <summary>
    /// A writer for files that may only replace the served ones once the whole rebuild succeeded
    /// (pages: they are rendered before the run knows whether some other page has an error). A
    /// changed file is written at once next to its destination under a temporary name, so its
    /// content need not stay in memory (a template edit re-renders 21,600 pages, 1.3 GB of text),
    /// and <see cref="PublishStaged"/> moves it over its destination, or <see cref="DiscardStaged"/> deletes it.
    /// </summary>
    public IOutputWriter Staged => _stagedWriter ??= new StagedWriter(this);

    /// <summary>Moves every staged file over its destination (each move atomic, as with <see cref="Write"/>), on <paramref name="parallelism"/> threads.</summary>
    public void PublishStaged(int parallelism = 1)
    {
        var staged = _staged.ToArray();
        _staged.Clear();
        Parallel.ForEach(staged, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, file =>
        {
            File.Move(file.Temporary, file.Destination, overwrite: true);
            _written.Enqueue(file.Relative);
        });
    }

    /// <summary>Deletes every staged file: the rebuild failed and the served files stay as they were.</summary>
    public void DiscardStaged()
    {
        while (_staged.TryDequeue(out var staged))
        {
            File.Delete(staged.Temporary);
        }
    }

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

    private bool Stage(string relativePath, DocumentContent content)
    {
        var path = PathUtil.CombineInside(OutputPath, relativePath);
        _directories.EnsureParentOf(path);
        if (content.StageIfChanged(path) is not { } temporary)
        {
            return false;
        }

        _staged.Enqueue((relativePath, temporary, path));
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

    /// <summary>The <see cref="Staged"/> view: writes stage, deletions are not staged (they happen after the rebuild anyway).</summary>
    private sealed class StagedWriter(LiveOutputFolder folder) : IOutputWriter
    {
        public bool Write(string relativePath, DocumentContent content) => folder.Stage(relativePath, content);

        public void Delete(string relativePath) => throw new NotSupportedException("a rebuild deletes files once it succeeded, through the folder itself");
    }
}
