namespace Site.Search.Tests.Infrastructure;

/// <summary>Paths of this test project inside the repository.</summary>
internal static class RepositoryPaths
{
    public static string RepoRoot => Site.TestSupport.RepositoryRoot.Path;

    public static string TestProjectDir => Path.Combine(RepoRoot, "tests", "Site.Search.Tests");

    public static string NodeScript(string name) => Path.Combine(TestProjectDir, "node", name);
}
