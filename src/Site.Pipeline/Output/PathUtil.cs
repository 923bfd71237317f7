namespace Site.Pipeline.Output;

/// <summary>Path comparisons that are safe against trailing separators, <c>..</c> and symbolic links.</summary>
public static class PathUtil
{
    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Absolute path without trailing separator, with every existing symbolic link resolved.</summary>
    public static string RealPath(string path)
    {
        var full = Trim(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = new DirectoryInfo(next);
            if (!info.Exists)
            {
                // The rest does not exist yet, so it cannot contain links.
                return Trim(Path.Combine([next, .. parts[(i + 1)..]]));
            }

            var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            current = target is null ? next : Trim(Path.GetFullPath(target.FullName));
        }

        return Trim(current);
    }

    public static bool AreSame(string a, string b) => string.Equals(RealPath(a), RealPath(b), Comparison);

    /// <summary>True when <paramref name="inner"/> is strictly below <paramref name="outer"/>.</summary>
    public static bool IsInside(string inner, string outer)
    {
        var innerReal = RealPath(inner);
        var outerReal = RealPath(outer);
        var prefix = outerReal.EndsWith(Path.DirectorySeparatorChar) ? outerReal : outerReal + Path.DirectorySeparatorChar;
        return innerReal.StartsWith(prefix, Comparison) && !AreSameReal(innerReal, outerReal);
    }

    /// <summary>
    /// Joins a site-relative path (forward slashes) to <paramref name="root"/>, refusing anything
    /// that would land outside it: absolute paths, <c>..</c> segments, empty segments.
    /// </summary>
    public static string CombineInside(string root, string relative)
    {
        if (string.IsNullOrEmpty(relative) || Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('\\'))
        {
            throw new ArgumentException($"'{relative}' is not a relative output path", nameof(relative));
        }

        var segments = relative.Split('/', '\\');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.Contains('\0'))
            {
                throw new ArgumentException($"'{relative}' is not a safe output path", nameof(relative));
            }
        }

        var fullRoot = Trim(Path.GetFullPath(root));
        var combined = Path.GetFullPath(Path.Combine([fullRoot, .. segments]));
        if (!combined.StartsWith(fullRoot + Path.DirectorySeparatorChar, Comparison))
        {
            throw new ArgumentException($"'{relative}' escapes the output folder", nameof(relative));
        }

        return combined;
    }

    private static bool AreSameReal(string a, string b) => string.Equals(a, b, Comparison);

    private static string Trim(string path)
    {
        var root = Path.GetPathRoot(path);
        return path.Length > (root?.Length ?? 0) ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;
    }
}
