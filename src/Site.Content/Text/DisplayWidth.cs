using System.Buffers;
using System.Text;
using Wcwidth;

namespace Site.Content.Text;

/// <summary>
/// How wide text is on a terminal: East Asian wide and full-width characters (Han, kana, Hangul,
/// full-width forms, most emoji) take two columns, combining marks and other zero-width characters
/// none. The widths come from the Wcwidth package (Unicode's East Asian Width and general category
/// data, the tables terminals use); .NET has no such lookup of its own.
/// </summary>
public static class DisplayWidth
{
    /// <summary>How many columns <paramref name="text"/> takes (a lone surrogate is one replacement character).</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Math.Max(UnicodeCalculator.GetWidth(rune), 0); // -1: a control character, which prints nothing
        }

        return width;
    }

    /// <summary>
    /// What to print before a caret so that it sits under the character at <paramref name="column"/>
    /// (1-based, counted in UTF-16 code units like every column we report) of <paramref name="line"/>:
    /// spaces for the display width of the text before it, and its tabs as they are, so that the
    /// terminal expands both lines alike.
    /// </summary>
    public static string CaretPadding(string line, int column)
    {
        var before = Math.Max(column - 1, 0);
        var inLine = Math.Min(before, line.Length);
        var padding = new StringBuilder(before + 8);
        var text = line.AsSpan(0, inLine);
        while (!text.IsEmpty)
        {
            if (text[0] == '\t')
            {
                padding.Append('\t');
                text = text[1..];
                continue;
            }

            // A lone surrogate (or a pair cut by the column) prints as one replacement character.
            var status = Rune.DecodeFromUtf16(text, out var rune, out var used);
            var width = status == OperationStatus.Done ? UnicodeCalculator.GetWidth(rune) : 1;
            padding.Append(' ', Math.Max(width, 0)); // -1: a control character, which prints nothing
            text = text[Math.Max(used, 1)..];
        }

        // A column just past the end of the line (a missing closing bracket, say).
        return padding.Append(' ', before - inLine).ToString();
    }
}
