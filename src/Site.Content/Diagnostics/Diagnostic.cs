namespace Site.Content.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// A message about one position in a source file. Every problem the generator finds in
/// contributors' files (content, templates, translations, site.yml) is reported as one of these,
/// so that `check`, `build` and CI annotations all print the same thing.
/// </summary>
/// <param name="Path">Path as the user should see it: relative to the working directory, forward slashes.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the file as a whole.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="SourceLine">The offending line's text, printed beneath the message when known.</param>
public sealed record Diagnostic(
    Severity Severity,
    string Path,
    int Line,
    int Column,
    string Message,
    string? SourceLine = null)
{
    public static Diagnostic Error(string path, int line, int column, string message, string? sourceLine = null) =>
        new(Severity.Error, path, line, column, message, sourceLine);

    public static Diagnostic Warning(string path, int line, int column, string message, string? sourceLine = null) =>
        new(Severity.Warning, path, line, column, message, sourceLine);

    public bool IsError => Severity == Severity.Error;

    /// <summary>`path:line:col: severity: message`, the single-line form (no source excerpt).</summary>
    public string Headline => $"{Path}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {SeverityLabel}: {Message}";

    public string SeverityLabel => Severity == Severity.Error ? "error" : "warning";

    /// <summary>
    /// The headline followed, when known, by the source line and a caret under the column. The caret
    /// is placed by display width (a Chinese character takes two columns on a terminal); the column in
    /// the headline stays a character count.
    /// </summary>
    public override string ToString()
    {
        if (SourceLine is null)
        {
            return Headline;
        }

        var line = SourceLine.TrimEnd('\r', '\n');
        return $"{Headline}\n    {line}\n    {Text.DisplayWidth.CaretPadding(line, Column)}^";
    }
}

/// <summary>Thrown to abort a build with every diagnostic collected so far.</summary>
public sealed class DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(diagnostics.Count == 0 ? "build failed" : diagnostics[0].Headline)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
