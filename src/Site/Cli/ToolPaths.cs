namespace Site.Cli.Cli;

/// <summary>
/// Files the generator itself ships with or installs (lunr.js from npm, our CJK query helper), as
/// opposed to the site's own folders: found from the current folder, else from the repository the
/// program was built in, so that `site build` run from another folder still publishes a working search.
/// </summary>
internal static class ToolPaths
{
    /// <summary>The repository-relative <paramref name="relative"/> under the current folder when it exists there, else under the program's repository, else as given.</summary>
    public static string Find(string relative)
    {
        if (File.Exists(relative) || Directory.Exists(relative))
        {
            return relative;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")) && (File.Exists(candidate) || Directory.Exists(candidate)))
            {
                return candidate;
            }
        }

        return relative;
    }
}
