namespace Site.Tests.BadInput;

/// <summary>
/// One bad-input case: what it does to the minimal valid site, and what the build must answer.
/// </summary>
/// <param name="Name">Shown as the test case name.</param>
/// <param name="Arrange">Overlays files on the valid site (or deletes, links, corrupts them).</param>
/// <param name="ExitCode">Expected exit code of <c>build</c>: 0 for input that is accepted, 1 for an error.</param>
/// <param name="Path">File a diagnostic must name (<c>input/en/x.md</c>): an error when the case fails, a warning when it is accepted; null for no diagnostic.</param>
/// <param name="Line">Line that diagnostic must name; null when the problem concerns the whole file.</param>
/// <param name="Fragment">Part of the message, so the contributor learns what is wrong.</param>
public sealed record BadInputCase(string Name, Action<MinimalSite> Arrange, int ExitCode, string? Path, int? Line, string Fragment)
{
    /// <summary>More checks on a build that was expected to succeed (escaping, what was written).</summary>
    public Action<MinimalSite, CliRun>? Verify { get; init; }

    public bool Accepted => ExitCode == 0;

    public override string ToString() => Name;
}
