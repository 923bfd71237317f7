using Site.Content.Diagnostics;
using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// Where a fact was written (file, position, the line's text), kept so that checks running after
/// loading (unknown category, sig, project) can point at the exact line without the file in memory.
/// </summary>
public sealed record FactLocation(string Path, Position Position, string? LineText)
{
    public Diagnostic Error(string message) => Diagnostic.Error(Path, Position.Line, Position.Column, message, LineText);

    public Diagnostic Warning(string message) => Diagnostic.Warning(Path, Position.Line, Position.Column, message, LineText);
}
