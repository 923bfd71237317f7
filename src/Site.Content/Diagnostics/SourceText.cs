namespace Site.Content.Diagnostics;

/// <summary>
/// A decoded source file with its line starts indexed once, so a diagnostic can quote the
/// offending line without rescanning the text.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string displayPath, string text)
    {
        DisplayPath = displayPath;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>Path as printed in diagnostics.</summary>
    public string DisplayPath { get; }

    /// <summary>Text with BOM removed and line endings normalised to LF.</summary>
    public string Text { get; }

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

    public Diagnostic Error(int line, int column, string message) =>
        Diagnostic.Error(DisplayPath, line, column, message, Line(line));

    public Diagnostic Warning(int line, int column, string message) =>
        Diagnostic.Warning(DisplayPath, line, column, message, Line(line));
}
