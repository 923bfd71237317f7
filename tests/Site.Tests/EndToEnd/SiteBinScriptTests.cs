using Site.TestSupport;
using Site.Tests.BadInput;
using Site.Tests.Cli;

namespace Site.Tests.EndToEnd;

/// <summary>
/// <c>tools/site-bin.sh</c>, the CLI as Netlify and the benchmarks run it: published ReadyToRun as one composite
/// image with the runtime. Every other test runs the CLI as compiled for the tests, so only this one would see the
/// published image behave otherwise; one did: it aborted on the Chinese glossary, whose collation data (ICU4N's
/// satellite assemblies) the image had taken in under a name the runtime then refused.
/// Publishing takes about two minutes; the result stays in the script's own cache for the same sources, where a
/// deploy or a benchmark run on this machine reuses it.
/// </summary>
public sealed class SiteBinScriptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_published_cli_builds_the_sample_site_byte_for_byte_as_the_tested_cli_does()
    {
        // Published from a copy of the sources, so that its restore and build never touch the obj folders the test
        // run is using; the copy hashes alike, so the cached binary is the one a deploy of these sources runs.
        var sources = _temp.Combine("sources");
        CopySources(RepositoryRoot.Combine("src"), Path.Combine(sources, "src"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(RepositoryRoot.Combine(file), Path.Combine(sources, file));
        }

        var published = ChildProcess.Run("bash", [RepositoryRoot.Combine("tools", "site-bin.sh"), sources]);
        Assert.True(published.Code == 0, published.Err);
        var deployedCli = published.Out.Trim();
        Assert.True(File.Exists(deployedCli), $"site-bin.sh printed `{deployedCli}`, which is not a file");

        var deployed = Build(deployedCli, _temp.Combine("deployed"));
        var tested = Build(ChildProcess.TestedCli, _temp.Combine("tested"));

        Assert.Contains("zh/glossary/index.html", tested, StringComparison.Ordinal);
        Assert.Equal(tested, deployed);
    }

    private static void CopySources(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            if (Path.GetFileName(folder) is not ("bin" or "obj"))
            {
                CopySources(folder, Path.Combine(to, Path.GetFileName(folder)));
            }
        }
    }

    /// <summary>The repository's sample site (both languages, the glossary, logos and cards), built from the repository root as a deploy does.</summary>
    private static string Build(string cli, string output)
    {
        var run = ChildProcess.Run("dotnet", [cli, "build", "--input", "input", "--output", output], RepositoryRoot.Path);
        Assert.True(run.Code == 0, $"{cli}: exit code {run.Code}\n{run.Err}");
        return MinimalSite.Snapshot(output);
    }
}
