using Site.Content.Diagnostics;
using Site.Content.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>
/// Splits a markdown file into front matter and body and parses the YAML with positions.
/// Front matter must open on the first line with `---` and close with a `---` (or `...`) line.
/// </summary>
public static partial class FrontMatterParser
{
    public static SourceDocument Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var first = FirstLine(text, 0, out var afterFirst);
        if (!IsFence(first, allowDots: false))
        {
            if (ForeignOpening(text, first, afterFirst) is { } foreign)
            {
                diagnostics.Add(source.Error(1, 1, foreign));
                return new SourceDocument(source, FrontMatterBlock.None, string.Empty, source.LineCount + 1, false);
            }

            return new SourceDocument(source, FrontMatterBlock.None, CompactText.Of(text), 1, true);
        }

        // Find the closing fence line.
        var pos = afterFirst;
        var line = 2;
        var closeStart = -1;
        var closeEnd = -1;
        while (pos < text.Length)
        {
            var l = FirstLine(text, pos, out var next);
            if (IsFence(l, allowDots: true))
            {
                closeStart = pos;
                closeEnd = next;
                break;
            }

            pos = next;
            line++;
        }

        if (closeStart < 0)
        {
            diagnostics.Add(source.Error(1, 1, "front matter is not closed: add a `---` line after the last key"));
            return new SourceDocument(source, FrontMatterBlock.None, string.Empty, source.LineCount + 1, false);
        }

        var yaml = text[afterFirst..closeStart];
        var body = CompactText.Of(text.AsSpan(closeEnd));
        var bodyStartLine = line + 1;
        var ok = TryParseYaml(source, yaml, diagnostics, out var entries);
        return new SourceDocument(source, new FrontMatterBlock(true, 1, entries), body, bodyStartLine, ok);
    }

    /// <summary>
    /// Names the key given twice and the line that gave it first (two Hugo keys that both mean `summary`, renamed as
    /// told, end up as one key twice); the parser says only that some key repeats.
    /// </summary>
    private static string DuplicateKey(SourceText source, int line, int column)
    {
        var text = source.Line(line) ?? string.Empty;
        var start = Math.Clamp(column - 1, 0, text.Length);
        var colon = text.IndexOf(':', start);
        if (colon <= start)
        {
            return "duplicate key in front matter";
        }

        var key = text[start..colon].Trim().Trim('"', '\'');
        for (var earlier = 2; earlier < line; earlier++)
        {
            var other = source.Line(earlier) ?? string.Empty;
            var at = other.IndexOf(key, StringComparison.Ordinal);
            if (at == start && other.AsSpan(at + key.Length).TrimStart().StartsWith(":"))
            {
                return $"duplicate key `{key}`: line {earlier} gives it already; keep one of the two";
            }
        }

        return $"duplicate key `{key}` in front matter: keep one of its lines";
    }

    private static bool TryParseYaml(SourceText source, string yaml, DiagnosticBag diagnostics, out IReadOnlyList<FrontMatterEntry> entries)
    {
        entries = [];
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return true;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new GuardedYamlParser(yaml));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails on some malformed input (bad surrogate escapes, broken plain scalars) with these instead of a YamlException.
            diagnostics.Add(source.Error(2, 1, "front matter is not valid YAML: look for an unclosed bracket or quote, or a bad escape such as `\\uD800`"));
            return false;
        }
        catch (YamlException ex)
        {
            var at = ToFile(source, ex.Start);
            var message = ex.InnerException is ArgumentException || ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                ? DuplicateKey(source, at.Line, at.Column)
                : "front matter is not valid YAML: " + Clean(ex.Message);
            diagnostics.Add(source.Error(Math.Max(at.Line, 2), Math.Max(at.Column, 1), message));
            return false;
        }

        if (stream.Documents.Count == 0)
        {
            return true;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(source.Error(2, 1, "front matter must hold a single YAML document"));
            return false;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" })
        {
            return true;
        }

        if (root is not YamlMappingNode map)
        {
            var p = ToFile(source, root.Start);
            diagnostics.Add(source.Error(p.Line, p.Column, "front matter must be `key: value` lines"));
            return false;
        }

        var list = new List<FrontMatterEntry>(map.Children.Count);
        var ok = true;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var kp = ToFile(source, keyNode.Start);
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                diagnostics.Add(source.Error(kp.Line, kp.Column, "front matter keys must be plain words"));
                ok = false;
                continue;
            }

            list.Add(new FrontMatterEntry(key, kp, valueNode, ToFile(source, valueNode.Start)));
        }

        entries = list;
        return ok;
    }

    /// <summary>
    /// A YAML mark as a file position. Marks are relative to the block, which starts on file line 2;
    /// their character index is used rather than their line, which YAML counts differently.
    /// </summary>
    internal static Position ToFile(SourceText source, Mark mark)
    {
        var (line, column) = source.PositionAt(source.LineStart(2) + (int)Math.Min(mark.Index, int.MaxValue));
        return new Position(line, column);
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; our position replaces it.
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        var m = i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message;
        return m.TrimEnd('.');
    }

    /// <summary>
    /// Front matter that Hugo reads and this site does not: TOML between `+++` lines, or an opening line of more
    /// than three dashes followed by keys (`------`, in a kubernetes.io post). Without this, the keys would be
    /// published as the page's first paragraph, and the page reported as having no front matter at all.
    /// </summary>
    private static string? ForeignOpening(string text, ReadOnlySpan<char> first, int afterFirst)
    {
        var line = first.TrimEnd(" \t\r");
        if (line.SequenceEqual("+++"))
        {
            return "front matter in TOML (between `+++` lines, a Hugo form) is not read here: write it as YAML between `---` lines (`title = \"X\"` becomes `title: X`)";
        }

        if (line.Length > 3 && !line.ContainsAnyExcept('-') && KeyLine().IsMatch(FirstLine(text, afterFirst, out _).ToString()))
        {
            return $"front matter opens with `{line}`: the first line must be exactly `---`";
        }

        return null;
    }

    /// <summary>A `key:` line of YAML front matter.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*\s*:")]
    private static partial System.Text.RegularExpressions.Regex KeyLine();

    private static ReadOnlySpan<char> FirstLine(string text, int start, out int next)
    {
        var nl = text.IndexOf('\n', start);
        if (nl < 0)
        {
            next = text.Length;
            return text.AsSpan(start);
        }

        next = nl + 1;
        return text.AsSpan(start, nl - start);
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool allowDots)
    {
        var t = line.TrimEnd(" \t");
        return t.SequenceEqual("---") || (allowDots && t.SequenceEqual("..."));
    }
}
