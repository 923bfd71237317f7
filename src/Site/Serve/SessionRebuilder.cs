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

    /// <remarks>After lost watcher events the session is given no paths, which it takes as "check everything".</remarks>
    public Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken) =>
        session.RebuildAsync(changedPaths.Contains(ChangeWatcher.Overflow) ? [] : changedPaths, cancellationToken);

    public void Dispose() => session.Dispose();
}
