using Site.Content.Diagnostics;

namespace Site.Cli.Serve.LiveReload;

/// <summary>
/// What the browser needs to know about the preview: the version of the site being served
/// (bumped by every successful build) and, when the latest build failed, why.
/// </summary>
/// <param name="Version">Number of successful builds so far; a page built from an older version reloads.</param>
/// <param name="Problems">Diagnostics of the latest build (errors make it fail; warnings are kept for the terminal only).</param>
/// <param name="Failures">Internal failures (crashed modules), one line each.</param>
public sealed record BuildStatus(int Version, bool Succeeded, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<string> Failures)
{
    public static BuildStatus Initial { get; } = new(0, true, [], []);
}
