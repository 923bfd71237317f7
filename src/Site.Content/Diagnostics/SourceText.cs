namespace Site.Content.Diagnostics;

/// <summary>
/// A decoded source file with its line starts indexed once, so a diagnostic can quote the
/// offending line without rescanning the text.
/// </summary>
public sealed class SourceText
{
    private int[] _lineStarts;

    public SourceText(string displayPath, string text)
    {
        DisplayPath = displayPath;
        Text = text;
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>Path as printed in diagnostics.</summary>
    public string DisplayPath { get; }

    /// <summary>Text with BOM removed and line endings normalised to LF.</summary>
    public string Text { get; private set; }

    /// <summary>
    /// Lets go of every line after the first <paramref name="count"/> (at least one is kept): the loader keeps
    /// each page file's parse until its pages are built (a build session, until the file changes), and needs
    /// only the front matter's lines to quote in diagnostics; the body lives on, compact, in its page (on the
    /// large corpus the rest was 280 MB, copied by each collection that promoted it).
    /// Lines past the kept ones read as missing (<see cref="Line"/> returns null).
    /// </summary>
    internal void KeepLines(int count)
    {
        count = Math.Max(1, count);
        if (count >= _lineStarts.Length)
        {
            return;
        }

        // Up to the last kept line's end, without its line break, so that line reads as it did.
        Text = Text[..(_lineStarts[count] - 1)];
        _lineStarts = _lineStarts[..count];
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line's text without its line break, or null when out of range.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return null;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end];
    }

    /// <summary>Offset (0-based) of the first character of the 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>
    /// The 1-based line and column of a character offset, counting only `\n` as a line break, as
    /// editors do (YAML also breaks lines at U+0085, U+2028 and U+2029, so its own line numbers
    /// can run past the end of the file).
    /// </summary>
    public (int Line, int Column) PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    public Diagnostic Error(int line, int column, string message) =>
        Diagnostic.Error(DisplayPath, line, column, message, Line(line));

    public Diagnostic Warning(int line, int column, string message) =>
        Diagnostic.Warning(DisplayPath, line, column, message, Line(line));
}
