namespace Site.Tests.BadInput;

/// <summary>
/// Builds the minimal valid site once per test class; every case starts from a copy of that
/// output (ownership marker included), as if the site had been built before the bad pull request.
/// </summary>
public sealed class ValidOutputFixture : IAsyncLifetime
{
    private readonly MinimalSite _site = new();

    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        var run = await CliRun.RunAsync(_site.BuildArgs());
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Copies the valid output, dot files included, into <paramref name="site"/>'s output folder.</summary>
    public void CopyTo(MinimalSite site) => MinimalSite.CopyFolder(Output, site.Output);
}
