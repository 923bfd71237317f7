using Site.Pipeline.Build;

namespace Site.Tests.EndToEnd;

/// <summary>The sample site built once and shared by the read-only end-to-end tests.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
    {
        Site = new SampleSite();
        Report = SiteBuilder.BuildAsync(Site.Options).GetAwaiter().GetResult();
    }

    public SampleSite Site { get; }

    public BuildReport Report { get; }

    public void Dispose() => Site.Dispose();
}
