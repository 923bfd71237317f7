using Site.Content.Diagnostics;
using Site.Content.Landscape;

namespace Site.Content.Tests.Landscape;

/// <summary>The real landscape.yml of the team's shared data (cncf/landscape at 153d699b), read once per test run; tests using it are <see cref="SharedDataFactAttribute"/>s.</summary>
internal static class LandscapeData
{
    private static readonly Lazy<(LandscapeDocument Doc, IReadOnlyList<Diagnostic> Diagnostics)> Real = new(() =>
    {
        var bag = new DiagnosticBag();
        var doc = LandscapeReader.Read(new SourceText("landscape.yml", File.ReadAllText(FilePath)), bag)!;
        return (doc, bag.ToSortedList());
    });

    public static string FilePath => SharedData.LandscapeFile;

    public static string LogosFolder => SharedData.LogosFolder;

    public static string Text => File.ReadAllText(FilePath);

    public static LandscapeDocument Document => Real.Value.Doc;

    public static IReadOnlyList<Diagnostic> Diagnostics => Real.Value.Diagnostics;

    /// <summary>Reads a landscape text (a modified copy) with its diagnostics.</summary>
    public static (LandscapeDocument? Doc, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var doc = LandscapeReader.Read(new SourceText("landscape.yml", text), bag);
        return (doc, bag.ToSortedList());
    }

    /// <summary>1-based line of the first line of <paramref name="text"/> containing <paramref name="needle"/> after line <paramref name="after"/>.</summary>
    public static int LineOf(string text, string needle, int after = 0)
    {
        var lines = text.Split('\n');
        for (var i = after; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"`{needle}` not found");
    }
}
