namespace Site.TestSupport;

/// <summary>The repository root (the folder holding <c>Site.sln</c>), found once from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path below the repository root, given as segments (<c>"themes", "default"</c>).</summary>
    public static string Combine(params string[] segments) => System.IO.Path.Combine([Path, .. segments]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Site.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"repository root (Site.sln) not found above {AppContext.BaseDirectory}");
    }
}
