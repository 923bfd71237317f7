namespace Site.Pipeline.Rendering;

/// <summary>
/// The real path of a file: every symbolic link on the way resolved (a link in a folder name
/// as well as the file's own). .NET has no <c>realpath</c>; <see cref="FileSystemInfo.ResolveLinkTarget"/>
/// resolves one name, so this walks the path a segment at a time.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40; // as Linux's ELOOP limit: a cycle of links ends here

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it (both real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Equals(folder, comparison) || path.StartsWith(prefix, comparison);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, segment);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"too many levels of symbolic links: {full}");
                }

                // A relative target is relative to the folder holding the link; the target may itself hold links.
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
