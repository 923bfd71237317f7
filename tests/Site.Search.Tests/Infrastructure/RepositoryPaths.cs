namespace Site.Search.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding Site.sln) from the test binaries.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string TestProjectDir => Path.Combine(RepoRoot, "tests", "Site.Search.Tests");

    public static string NodeScript(string name) => Path.Combine(TestProjectDir, "node", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Site.sln not found above {AppContext.BaseDirectory}.");
    }
}
