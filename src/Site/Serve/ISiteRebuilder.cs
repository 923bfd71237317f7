using Site.Pipeline.Build;

namespace Site.Cli.Serve;

/// <summary>
/// How <c>serve</c> rebuilds after a change. The full rebuilder runs the whole build; an
/// incremental one (over the pipeline's build session) rebuilds only what depends on the
/// changed files. Calls never overlap: <see cref="RebuildLoop"/> serialises them.
/// </summary>
public interface ISiteRebuilder
{
    /// <summary>The first build of the session.</summary>
    Task<BuildReport> BuildAsync(CancellationToken cancellationToken);

    /// <param name="changedPaths">Absolute paths reported by the file watcher since the last rebuild.</param>
    Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken);
}

/// <summary>Rebuilds everything on every change (the sample site takes well under a second).</summary>
public sealed class FullRebuilder(Func<BuildOptions, CancellationToken, Task<BuildReport>> build, BuildOptions options) : ISiteRebuilder
{
    public Task<BuildReport> BuildAsync(CancellationToken cancellationToken) => build(options, cancellationToken);

    public Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken) => build(options, cancellationToken);
}
