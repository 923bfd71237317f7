namespace Site.Cli.Cli;

/// <summary>
/// Files the generator itself ships with or installs (lunr.js from npm, our CJK query helper), as
/// opposed to the site's own folders: found from the current folder, else from the repository the
/// program was built in, so that `site build` run from another folder still publishes a working search.
/// </summary>
internal static class ToolPaths
{
    /// <summary>
    /// The repository-relative <paramref name="relative"/> under the current folder when it exists there, else under the
    /// program's repository. Missing from both, it is the program's repository's path (where `tools/setup.sh` of that
    /// repository installs it, which is what a warning about it should name), or as given outside a repository.
    /// </summary>
    public static string Find(string relative) => Find(relative, AppContext.BaseDirectory);

    internal static string Find(string relative, string programFolder)
    {
        if (File.Exists(relative) || Directory.Exists(relative))
        {
            return relative;
        }

        string? inRepository = null;
        for (var folder = new DirectoryInfo(programFolder); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                continue;
            }

            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }

            inRepository ??= candidate;
        }

        return inRepository ?? relative;
    }
}
