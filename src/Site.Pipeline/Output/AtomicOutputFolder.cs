using System.Diagnostics;
using Site.Pipeline.Engine;

namespace Site.Pipeline.Output;

/// <summary>
/// Builds a site into a staging folder next to the output folder (same volume, so the final
/// step is a pair of renames) and swaps it in only on <see cref="Commit"/>. Until then the
/// previous output is untouched; if the process dies mid-build, only the staging folder is
/// left behind and the next run removes it. Nothing is written or deleted outside the output
/// folder and its marked siblings.
/// </summary>
public sealed class AtomicOutputFolder : IOutputWriter, IDisposable
{
    private const string StagingTag = ".staging-";
    private const string PreviousTag = ".previous-";

    private readonly DirectoryCache _directories = new();
    private readonly string _parent;
    private readonly string _name;
    private bool _committed;
    private bool _disposed;

    private AtomicOutputFolder(string outputPath, string stagingPath)
    {
        OutputPath = outputPath;
        StagingPath = stagingPath;
        _parent = Path.GetDirectoryName(outputPath)!;
        _name = Path.GetFileName(outputPath);
    }

    /// <summary>The final output folder (absolute).</summary>
    public string OutputPath { get; }

    /// <summary>Where this build writes; becomes <see cref="OutputPath"/> on commit.</summary>
    public string StagingPath { get; }

    /// <summary>Checks the output folder, repairs an interrupted earlier swap, and creates a fresh marked staging folder.</summary>
    public static AtomicOutputFolder Begin(string outputPath, IEnumerable<string> protectedFolders)
    {
        OutputFolderGuard.EnsureSafe(outputPath, protectedFolders);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        var parent = Path.GetDirectoryName(output)
            ?? throw new OutputFolderException($"refusing to use '{outputPath}' as output folder: it has no parent folder");
        var name = Path.GetFileName(output);

        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(parent, name, output);
        RemoveStaleSiblings(parent, name);

        var staging = Path.Combine(parent, $".{name}{StagingTag}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        OwnershipMarker.WriteTo(staging);
        return new AtomicOutputFolder(output, staging);
    }

    /// <summary>Absolute path in the staging folder for a site-relative path; refuses paths that escape it.</summary>
    public string PathFor(string relativePath) => PathUtil.CombineInside(StagingPath, relativePath);

    /// <summary>Writes one file into the staging folder (always new, so never compared). Safe to call from many threads.</summary>
    public bool Write(string relativePath, DocumentContent content)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var path = PathFor(relativePath);
        _directories.EnsureParentOf(path);
        content.WriteTo(path);
        return true;
    }

    /// <summary>The staging folder starts empty: nothing to delete.</summary>
    public void Delete(string relativePath)
    {
    }

    /// <summary>Replaces the output folder with the staging folder.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("the output was already committed");
        }

        string? previous = null;
        if (Directory.Exists(OutputPath))
        {
            // Re-checked because the folder may have changed while the site was building.
            if (!OwnershipMarker.IsPresentIn(OutputPath) && Directory.EnumerateFileSystemEntries(OutputPath).Any())
            {
                throw new OutputFolderException($"refusing to replace '{OutputPath}': it is not empty and was not created by this generator");
            }

            previous = Path.Combine(_parent, $".{_name}{PreviousTag}{Guid.NewGuid():N}");
            if (!OwnershipMarker.IsPresentIn(OutputPath))
            {
                // An empty folder someone created for us: mark it so that recovery may restore or delete it.
                OwnershipMarker.WriteTo(OutputPath);
            }

            Directory.Move(OutputPath, previous);
        }

        try
        {
            Directory.Move(StagingPath, OutputPath);
        }
        catch
        {
            if (previous is not null)
            {
                Directory.Move(previous, OutputPath);
            }

            throw;
        }

        _committed = true;
        if (previous is not null)
        {
            TryDelete(previous);
        }
    }

    /// <summary>Discards the staging folder unless committed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_committed)
        {
            TryDelete(StagingPath);
        }
    }

    /// <summary>
    /// A crash between moving the old output aside and moving the new one in leaves no output
    /// but a marked "previous" sibling: put it back so the last good site is served again.
    /// </summary>
    private static void RecoverInterruptedSwap(string parent, string name, string output)
    {
        if (Directory.Exists(output))
        {
            return;
        }

        var candidate = MarkedSiblings(parent, name, PreviousTag)
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .FirstOrDefault();
        if (candidate is not null)
        {
            Directory.Move(candidate.FullName, output);
        }
    }

    /// <summary>Deletes leftovers of earlier runs: only marked siblings, and never a staging folder of a live process.</summary>
    private static void RemoveStaleSiblings(string parent, string name)
    {
        foreach (var directory in MarkedSiblings(parent, name, PreviousTag))
        {
            TryDelete(directory.FullName);
        }

        foreach (var directory in MarkedSiblings(parent, name, StagingTag))
        {
            if (!BelongsToLiveProcess(directory.Name, name))
            {
                TryDelete(directory.FullName);
            }
        }
    }

    private static IEnumerable<DirectoryInfo> MarkedSiblings(string parent, string name, string tag) =>
        new DirectoryInfo(parent)
            .EnumerateDirectories($".{name}{tag}*")
            .Where(d => d.LinkTarget is null && OwnershipMarker.IsPresentIn(d.FullName));

    private static bool BelongsToLiveProcess(string stagingName, string name)
    {
        var rest = stagingName[$".{name}{StagingTag}".Length..];
        var dash = rest.IndexOf('-');
        if (dash <= 0 || !int.TryParse(rest[..dash], out var pid) || pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory) && OwnershipMarker.IsPresentIn(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover marked folder is removed by the next run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
