using Site.Pipeline.Build;

namespace Site.Cli.Serve;

/// <summary>
/// Incremental rebuilds over the pipeline's <see cref="SiteBuildSession"/>: an edit re-renders
/// only the pages that show it (the page, its lists, cross-linked pages, feeds) and rewrites
/// only files whose bytes changed.
/// </summary>
public sealed class SessionRebuilder(SiteBuildSession session) : ISiteRebuilder, IDisposable
{
    public Task<BuildReport> BuildAsync(CancellationToken cancellationToken) => session.BuildAsync(cancellationToken);

    public Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken) =>
        session.RebuildAsync(changedPaths, cancellationToken);

    public void Dispose() => session.Dispose();
}
