using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>
/// Edits the front matter of a markdown file key by key while leaving everything else as it was:
/// the body byte for byte, keys nobody asked to change (with their formatting and comments), the
/// order of keys. A tool that owns some keys (the landscape importer owns a project's maturity,
/// dates and links, a human owns its `sig`, `aliases`, words and body) sets only its keys; a value
/// equal to the one written (same YAML value, whatever its formatting) is left untouched, so
/// applying the same values twice changes no byte.
/// </summary>
/// <remarks>
/// YamlDotNet parses the block to find where each top-level key starts; an entry then runs to the
/// next key, minus the comment and blank lines just above that key, which belong to it. Its own
/// emitter is not used to write the file back: it would reformat every key and drop comments.
/// </remarks>
public sealed class FrontMatterEditor
{
    private readonly string _original;
    private readonly string _newline;
    private readonly List<string> _header;
    private readonly List<Entry> _entries;
    private readonly List<string> _trailer;
    private readonly string _closing;

    private FrontMatterEditor(string original, string newline, List<string> header, List<Entry> entries, List<string> trailer, string closing)
    {
        _original = original;
        _newline = newline;
        _header = header;
        _entries = entries;
        _trailer = trailer;
        _closing = closing;
    }

    /// <summary>True once a value was set to something else or a key removed.</summary>
    public bool Changed { get; private set; }

    /// <summary>Keys in file order.</summary>
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <summary>The newline the file uses (`\n` or `\r\n`), for values written over several lines.</summary>
    public string Newline => _newline;

    /// <summary>The editor of a file, or null with <paramref name="error"/> set when its front matter cannot be edited safely.</summary>
    public static FrontMatterEditor? Open(string text, out string? error)
    {
        error = null;
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = SplitLines(text, out var starts);
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            error = "the file has no front matter (it must open with `---`)";
            return null;
        }

        var close = -1;
        for (var i = 1; i < lines.Count; i++)
        {
            var t = lines[i].TrimEnd(' ', '\t');
            if (t is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            error = "the front matter is not closed with a `---` line";
            return null;
        }

        var block = lines.GetRange(1, close - 1);
        var yaml = string.Join("\n", block);
        var keyLines = new List<(string Key, int Line, YamlNode Value)>();
        if (yaml.Trim().Length > 0)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new GuardedYamlParser(yaml));
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
            {
                error = "the front matter is not valid YAML";
                return null;
            }

            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                var blockStarts = LineStarts(yaml);
                foreach (var (k, v) in map.Children)
                {
                    if (k is not YamlScalarNode { Value: { } key })
                    {
                        error = "the front matter has a key that is not a plain word";
                        return null;
                    }

                    var line = LineOf(blockStarts, (int)k.Start.Index);
                    if (block[line].Length == 0 || char.IsWhiteSpace(block[line][0]) || keyLines.Any(x => x.Key == key))
                    {
                        error = "the front matter's layout is unusual (a key not at the start of its line, or repeated)";
                        return null;
                    }

                    keyLines.Add((key, line, v));
                }
            }
            else if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: null or "" })
            {
                error = "the front matter is not a map of `key: value` lines";
                return null;
            }
        }

        var header = block.GetRange(0, keyLines.Count == 0 ? block.Count : keyLines[0].Line);
        var entries = new List<Entry>(keyLines.Count);
        var trailer = new List<string>();
        List<string> pendingLeading = [];
        for (var i = 0; i < keyLines.Count; i++)
        {
            var from = keyLines[i].Line;
            var to = i + 1 < keyLines.Count ? keyLines[i + 1].Line : block.Count;
            var own = block.GetRange(from, to - from);
            // Comment and blank lines just above the next key describe that key.
            var moved = new List<string>();
            while (own.Count > 1 && IsCommentOrBlank(own[^1]))
            {
                moved.Insert(0, own[^1]);
                own.RemoveAt(own.Count - 1);
            }

            entries.Add(new Entry(keyLines[i].Key, pendingLeading, own, keyLines[i].Value));
            pendingLeading = moved;
        }

        trailer.AddRange(pendingLeading);
        var closing = text[starts[close]..];
        return new FrontMatterEditor(text, newline, header, entries, trailer, closing);
    }

    /// <summary>The parsed value of a key, or null when absent.</summary>
    public YamlNode? Get(string key) => _entries.FirstOrDefault(e => e.Key == key)?.Value;

    /// <summary>The value of a key as plain text (scalars only), or null.</summary>
    public string? GetText(string key) => Get(key) is YamlScalarNode { Value: { } v } ? v : null;

    public bool Has(string key) => _entries.Any(e => e.Key == key);

    /// <summary>
    /// Sets <paramref name="key"/> to the YAML written in <paramref name="written"/> (the whole
    /// entry, `key: value` or `key:` with indented lines, lines separated by `\n`). An equal value
    /// keeps its text. A new key goes after the nearest key that precedes it in <paramref name="order"/>.
    /// </summary>
    /// <returns>True when the value differed (or the key was new).</returns>
    public bool Set(string key, string written, IReadOnlyList<string> order)
    {
        var node = ParseEntry(written, key);
        var lines = written.Split('\n').ToList();
        var index = _entries.FindIndex(e => e.Key == key);
        if (index >= 0)
        {
            if (FrontMatterReader.Normalise(_entries[index].Value) == FrontMatterReader.Normalise(node) && SameShape(_entries[index].Value, node))
            {
                return false;
            }

            _entries[index] = _entries[index] with { Lines = lines, Value = node };
            Changed = true;
            return true;
        }

        _entries.Insert(InsertionPoint(key, order), new Entry(key, [], lines, node));
        Changed = true;
        return true;
    }

    /// <summary>Removes a key (its leading comments stay, above the next key).</summary>
    public bool Remove(string key)
    {
        var index = _entries.FindIndex(e => e.Key == key);
        if (index < 0)
        {
            return false;
        }

        var leading = _entries[index].Leading;
        _entries.RemoveAt(index);
        if (leading.Count > 0)
        {
            if (index < _entries.Count)
            {
                _entries[index] = _entries[index] with { Leading = [.. leading, .. _entries[index].Leading] };
            }
            else
            {
                _trailer.InsertRange(0, leading);
            }
        }

        Changed = true;
        return true;
    }

    /// <summary>The file with the edits; exactly the original text when nothing changed.</summary>
    public string ToText()
    {
        if (!Changed)
        {
            return _original;
        }

        var lines = new List<string> { "---" };
        lines.AddRange(_header);
        foreach (var e in _entries)
        {
            lines.AddRange(e.Leading);
            lines.AddRange(e.Lines);
        }

        lines.AddRange(_trailer);
        return string.Join(_newline, lines) + _newline + _closing;
    }

    private int InsertionPoint(string key, IReadOnlyList<string> order)
    {
        var rank = IndexIn(order, key);
        if (rank < 0)
        {
            return _entries.Count;
        }

        // After the last present key that comes before it in the canonical order.
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var r = IndexIn(order, _entries[i].Key);
            if (r >= 0 && r < rank)
            {
                return i + 1;
            }
        }

        // Else before the first present key that comes after it.
        for (var i = 0; i < _entries.Count; i++)
        {
            if (IndexIn(order, _entries[i].Key) > rank)
            {
                return i;
            }
        }

        return _entries.Count;
    }

    private static int IndexIn(IReadOnlyList<string> order, string key)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A list stays a list and a map a map: `[]` written over an empty value is a change of kind.</summary>
    private static bool SameShape(YamlNode a, YamlNode b) => a.GetType() == b.GetType();

    private static YamlNode ParseEntry(string written, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(written));
        if (stream.Documents[0].RootNode is YamlMappingNode map && map.Children.Count == 1
            && map.Children.First().Key is YamlScalarNode { Value: { } k } && k == key)
        {
            return map.Children.First().Value;
        }

        throw new ArgumentException($"`{written}` is not one `{key}:` entry", nameof(written));
    }

    private static bool IsCommentOrBlank(string line)
    {
        var t = line.TrimStart();
        return t.Length == 0 || t[0] == '#';
    }

    private static List<string> SplitLines(string text, out List<int> starts)
    {
        var lines = new List<string>();
        starts = [];
        var pos = 0;
        while (pos <= text.Length)
        {
            starts.Add(pos);
            var nl = text.IndexOf('\n', pos);
            if (nl < 0)
            {
                lines.Add(text[pos..].TrimEnd('\r'));
                break;
            }

            lines.Add(text[pos..nl].TrimEnd('\r'));
            pos = nl + 1;
        }

        return lines;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> starts, int index)
    {
        var i = starts.BinarySearch(index);
        return i >= 0 ? i : ~i - 1;
    }

    private sealed record Entry(string Key, List<string> Leading, List<string> Lines, YamlNode Value);
}
