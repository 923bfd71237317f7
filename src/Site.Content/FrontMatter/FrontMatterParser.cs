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
        var ok = TryParseYaml(source, yaml, diagnostics, out var entries, out var unread);
        return new SourceDocument(source, new FrontMatterBlock(true, 1, entries), body, bodyStartLine, ok) { BodyUsable = true, UnreadKeys = unread };
    }

    /// <summary>
    /// Names the key given twice and the line that gave it first (two Hugo keys that both mean `summary`, renamed as
    /// told, end up as one key twice); the parser says only that some key repeats. <paramref name="lines"/> are the
    /// block's lines as read so far (an earlier repeat left out), the first of them file line 2.
    /// </summary>
    private static string DuplicateKey(string[] lines, int line, int column, out int? earlierLine)
    {
        earlierLine = null;
        var text = line - 2 < lines.Length ? lines[line - 2] : string.Empty;
        var start = Math.Clamp(column - 1, 0, text.Length);
        var colon = text.IndexOf(':', start);
        if (colon <= start)
        {
            return "duplicate key in front matter";
        }

        var key = text[start..colon].Trim().Trim('"', '\'');
        for (var earlier = 2; earlier < line; earlier++)
        {
            var other = lines[earlier - 2];
            var at = other.IndexOf(key, StringComparison.Ordinal);
            if (at == start && other.AsSpan(at + key.Length).TrimStart().StartsWith(":"))
            {
                earlierLine = earlier;
                return $"duplicate key `{key}`: line {earlier} gives it already; keep one of the two";
            }
        }

        return $"duplicate key `{key}` in front matter: keep one of its lines";
    }

    /// <summary>
    /// Every key given twice at the top of the front matter, each reported on its later line with what tells the two
    /// apart: the two values, and which of them the key accepts (a `date` renamed from Gatsby's `path` holds a URL), or
    /// the merged list. Keys are read from the lines that start at the margin; an empty list when none repeats there
    /// (a key repeated inside a map), which the parser's own position then reports.
    /// </summary>
    private static List<Diagnostic> TopLevelDuplicates(SourceText source, string yaml)
    {
        var found = new List<Diagnostic>();
        var first = new Dictionary<string, (int Line, string Value, bool Under)>(StringComparer.Ordinal);
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = TopLevelKey().Match(lines[i].TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var key = match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["s"].Success ? match.Groups["s"].Value : match.Groups["k"].Value.TrimEnd();
            var value = match.Groups["rest"].Value.Trim();
            var line = i + 2;

            // A value's lines under its key (`- item`, a block's text, a list's brackets) go with it.
            var under = false;
            for (var j = i + 1; j < lines.Length && lines[j].Length > 0 && (char.IsWhiteSpace(lines[j][0]) || lines[j][0] == '-'); j++)
            {
                value += "\n" + lines[j].TrimEnd('\r');
                under = true;
            }

            if (first.TryGetValue(key, out var earlier))
            {
                found.Add(source.Error(line, 1, $"duplicate key `{key}`: line {earlier.Line} gives it already{Choice(key, (earlier.Line, earlier.Value, earlier.Under), (value, under))}"));
            }
            else
            {
                first[key] = (line, value, under);
            }
        }

        return found;
    }

    /// <summary>What to keep of two lines giving one key: said from their values when both fit on their lines.</summary>
    private static string Choice(string key, (int Line, string Value, bool Under) earlier, (string Value, bool Under) later)
    {
        const string Either = "; keep one of the two";
        var earlierLine = earlier.Line;
        var a = ValueOf(earlier.Value);
        var b = ValueOf(later.Value);
        if (a is YamlScalarNode { Value: { Length: > 0 } x } && b is YamlScalarNode { Value: { Length: > 0 } y } && !earlier.Under && !later.Under)
        {
            if (x == y)
            {
                return ", with the same value: delete this line";
            }

            if (key == "date")
            {
                // One of them is often another key renamed as told (Gatsby's `path`, a URL): that one is no date.
                var xDate = FrontMatterReader.TryParseDate(x, out _);
                var yDate = FrontMatterReader.TryParseDate(y, out _);
                if (xDate != yDate)
                {
                    return xDate
                        ? $" as `{x}`, and this line as `{y}`, which is not a date: delete this line"
                        : $" as `{x}`, which is not a date, and this line as `{y}`: delete line {earlierLine}";
                }
            }

            return $" as `{x}`, and this line as `{y}`: keep the line whose value is right and delete the other";
        }

        if (a is YamlSequenceNode la && b is YamlSequenceNode lb && la.Children.Concat(lb.Children).All(c => c is YamlScalarNode))
        {
            // Two lists (`categories` renamed to `tags` beside the page's own): one line holding each item once loses none.
            var items = la.Children.Concat(lb.Children).Select(c => ((YamlScalarNode)c).Value?.Trim() ?? string.Empty)
                .Where(v => v.Length > 0).DistinctBy(v => Slug.From(v) is { Length: > 0 } slug ? slug : v).Select(FrontMatterReader.FlowItem);
            var inPlace = earlier.Under ? $"in place of line {earlierLine} and the lines of its value under it" : $"in place of line {earlierLine}";
            var deleteThis = later.Under ? "delete this key and the lines of its value under it" : "delete this line";
            return $": merge the two lists into one line, `{key}: [{string.Join(", ", items)}]`, {inPlace}, and {deleteThis}";
        }

        return Either;

        // The value written after a key (`'/blog/x'`, `[a, b]`, `- item` lines), read as YAML; null for a block of text or none.
        static YamlNode? ValueOf(string rest)
        {
            if (rest.Length == 0 || rest[0] is '|' or '>' or '&' or '*' or '!')
            {
                return null;
            }

            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader("v: " + rest));
                return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode m ? m.Children.Values.Single() : null;
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>A `key:` line at the margin of YAML front matter: a plain, double- or single-quoted key, and what follows its colon.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:""(?<q>[^""]+)""|'(?<s>[^']+)'|(?<k>[^\s#\-\[\]{}'""?:][^#:]*?))\s*:(?:\s+(?<rest>.*))?$")]
    private static partial System.Text.RegularExpressions.Regex TopLevelKey();

    /// <summary>
    /// The block with the lines of one key left out (made blank, so that every position stays where it was): the key
    /// on <paramref name="keyLine"/> (block line, 0-based) and the lines that continue its value: more deeply indented,
    /// a `- ` item at its indent, or blank; with <paramref name="toNextKey"/> (a value that is not valid YAML, whose
    /// lines may be indented wrongly), every line up to the next `key:` line. <paramref name="through"/>: a line known
    /// to belong to the value (where its error was found).
    /// </summary>
    private static string WithoutKey(string[] lines, int keyLine, int through, bool toNextKey)
    {
        var indent = lines[keyLine].Length - lines[keyLine].TrimStart(' ').Length;
        var end = Math.Max(keyLine, through) + 1;
        while (end < lines.Length)
        {
            var next = lines[end];
            var nextIndent = next.Length - next.TrimStart(' ').Length;
            var continues = toNextKey
                ? !KeyLine().IsMatch(next)
                : string.IsNullOrWhiteSpace(next) || nextIndent > indent || (nextIndent == indent && next.AsSpan(nextIndent).StartsWith("-"));
            if (!continues)
            {
                break;
            }

            end++;
        }

        var kept = (string[])lines.Clone();
        for (var i = keyLine; i < end; i++)
        {
            kept[i] = new string(' ', kept[i].TrimEnd('\r').Length) + (kept[i].EndsWith('\r') ? "\r" : string.Empty);
        }

        return string.Join('\n', kept);
    }

    /// <summary>The block line (0-based) of the top-level key whose value holds <paramref name="line"/>, or null.</summary>
    private static int? KeyHolding(string[] lines, int line)
    {
        for (var i = Math.Min(line, lines.Length - 1); i >= 0; i--)
        {
            if (KeyLine().IsMatch(lines[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The first line after <paramref name="start"/> (0-based in the block) that starts at the margin: where a quoted value went on unindented.</summary>
    private static int? UnindentedContinuation(string[] lines, int start)
    {
        for (var i = start + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return char.IsWhiteSpace(lines[i][0]) ? null : i;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses the block. Invalid YAML is reported, and then read as far as it can be, so that the keys it holds are
    /// checked in the same run as its error: a key given twice keeps its last value (as YAML 1.1 tools do), and the key
    /// whose value is not valid YAML is left out (named in <paramref name="unread"/>). Null <paramref name="unread"/>
    /// when the keys could not be read at all.
    /// </summary>
    private static bool TryParseYaml(SourceText source, string yaml, DiagnosticBag diagnostics, out IReadOnlyList<FrontMatterEntry> entries, out IReadOnlySet<string>? unread)
    {
        entries = [];
        unread = null;
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return true;
        }

        var left = new HashSet<string>(StringComparer.Ordinal);
        List<Diagnostic>? topLevel = null;
        var read = yaml;
        YamlStream stream;
        // Each pass reads past one more problem (a block has a handful of keys; the bound keeps a pathological one cheap).
        for (var pass = 0; ; pass++)
        {
            stream = new YamlStream();
            try
            {
                stream.Load(new GuardedYamlParser(read));
                break;
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
                var lines = read.Split('\n');
                var line = Math.Max(at.Line, 2);
                int? leaveOut;
                int through;
                var duplicate = ex.InnerException is ArgumentException || ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);
                if (duplicate)
                {
                    // Said from both values when the key is at the margin (which line to keep, or the merged list).
                    var message = DuplicateKey(lines, line, at.Column, out var earlier);
                    topLevel ??= TopLevelDuplicates(source, yaml);
                    diagnostics.Add(topLevel.Find(d => d.Line == line) ?? source.Error(line, Math.Max(at.Column, 1), message));
                    leaveOut = earlier - 2;
                    through = leaveOut ?? 0;
                }
                else if (left.Count > 0)
                {
                    // Another syntax error once a key was left out may be the first one seen again from elsewhere (an
                    // unclosed bracket is found where the block ends): not reported twice, and no key is read.
                    return false;
                }
                else
                {
                    leaveOut = KeyHolding(lines, line - 2);
                    if (ex.Message.Contains("found wrong indentation", StringComparison.Ordinal) && UnindentedContinuation(lines, line - 2) is { } continued)
                    {
                        // KubeVirt's `description: "…` went on at the margin of the next line: YamlDotNet names the opening quote,
                        // but the line to mend is the one below it.
                        var key = leaveOut is { } k0 ? $" of `{lines[k0][..lines[k0].IndexOf(':', StringComparison.Ordinal)].Trim()}`" : string.Empty;
                        diagnostics.Add(source.Error(continued + 2, 1,
                            $"front matter is not valid YAML: the quoted value{key} (line {line}) goes on at line {continued + 2} without indentation:"
                            + $" indent line {continued + 2} by two spaces, or join it to line {line}"));
                    }
                    else
                    {
                        diagnostics.Add(source.Error(line, Math.Max(at.Column, 1), "front matter is not valid YAML: " + Clean(ex.Message)));
                    }

                    through = line - 2;
                    if (leaveOut is { } k)
                    {
                        left.Add(lines[k][..lines[k].IndexOf(':', StringComparison.Ordinal)].Trim());
                    }
                }

                if (leaveOut is not { } keyLine || pass >= 16)
                {
                    return false;
                }

                read = WithoutKey(lines, keyLine, through, toNextKey: !duplicate);
            }
        }

        var ok = read == yaml;
        unread = left;
        if (stream.Documents.Count == 0)
        {
            return ok;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(source.Error(2, 1, "front matter must hold a single YAML document"));
            unread = null;
            return false;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" })
        {
            return ok;
        }

        if (root is not YamlMappingNode map)
        {
            var p = ToFile(source, root.Start);
            diagnostics.Add(source.Error(p.Line, p.Column, "front matter must be `key: value` lines"));
            unread = null;
            return false;
        }

        var list = new List<FrontMatterEntry>(map.Children.Count);
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
