namespace Site.Pipeline.Output;

/// <summary>
/// Decides, before anything is built, whether a folder may be used as the output folder.
/// The output is replaced wholesale on success, so a wrong <c>--output</c> must never point at
/// sources, a repository, a home or root folder, or someone else's non-empty folder.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Throws <see cref="OutputFolderException"/> with the reason when <paramref name="output"/> is unsafe.</summary>
    /// <param name="output">The requested output folder.</param>
    /// <param name="protectedFolders">Source folders (input, theme, translations) the output must neither be, contain, nor sit inside.</param>
    public static void EnsureSafe(string output, IEnumerable<string> protectedFolders)
    {
        var full = Path.GetFullPath(output);
        var real = PathUtil.RealPath(full);

        if (Path.GetPathRoot(real) == real || real == PathUtil.RealPath(Path.GetPathRoot(real)!))
        {
            throw new OutputFolderException($"refusing to use the filesystem root '{real}' as output folder");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home) && (PathUtil.AreSame(real, home) || PathUtil.IsInside(home, real)))
        {
            throw new OutputFolderException($"refusing to use '{output}' as output folder: it is or contains the home folder");
        }

        if (PathUtil.AreSame(real, Environment.CurrentDirectory) || PathUtil.IsInside(Environment.CurrentDirectory, real))
        {
            throw new OutputFolderException($"refusing to use '{output}' as output folder: it is or contains the current directory");
        }

        foreach (var folder in protectedFolders)
        {
            if (PathUtil.AreSame(real, folder))
            {
                throw new OutputFolderException($"refusing to use '{output}' as output folder: it is the source folder '{folder}'");
            }

            if (PathUtil.IsInside(folder, real))
            {
                throw new OutputFolderException($"refusing to use '{output}' as output folder: it contains the source folder '{folder}'");
            }

            if (PathUtil.IsInside(real, folder))
            {
                throw new OutputFolderException($"refusing to use '{output}' as output folder: it is inside the source folder '{folder}'");
            }
        }

        if (File.Exists(full))
        {
            throw new OutputFolderException($"refusing to use '{output}' as output folder: it is a file");
        }

        var directory = new DirectoryInfo(full);
        if (!directory.Exists)
        {
            return;
        }

        if (directory.LinkTarget is not null)
        {
            throw new OutputFolderException($"refusing to use '{output}' as output folder: it is a symbolic link");
        }

        if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git")))
        {
            throw new OutputFolderException($"refusing to use '{output}' as output folder: it is a git repository");
        }

        if (!OwnershipMarker.IsPresentIn(full) && directory.EnumerateFileSystemInfos().Any())
        {
            throw new OutputFolderException(
                $"refusing to replace '{output}': it is not empty and was not created by this generator (no {OwnershipMarker.FileName} file); delete it or choose another --output");
        }
    }
}
