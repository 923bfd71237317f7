using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>One `key: value` of a front matter block, with where the key and value sit in the file.</summary>
public sealed record FrontMatterEntry(string Key, Position KeyPosition, YamlNode Value, Position ValuePosition);

/// <summary>
/// The parsed YAML between the `---` lines. Entries keep file positions (not YAML-relative ones)
/// so every diagnostic points at the line the contributor must edit.
/// </summary>
public sealed class FrontMatterBlock
{
    private readonly Dictionary<string, FrontMatterEntry> _byKey;

    public FrontMatterBlock(bool present, int openLine, IReadOnlyList<FrontMatterEntry> entries)
    {
        Present = present;
        OpenLine = openLine;
        Entries = entries;
        _byKey = new Dictionary<string, FrontMatterEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            _byKey.TryAdd(e.Key, e);
        }
    }

    public static FrontMatterBlock None { get; } = new(false, 0, []);

    /// <summary>False when the file has no front matter at all.</summary>
    public bool Present { get; }

    /// <summary>Line of the opening `---` (1), or 0 when absent.</summary>
    public int OpenLine { get; }

    public IReadOnlyList<FrontMatterEntry> Entries { get; }

    public FrontMatterEntry? Get(string key) => _byKey.GetValueOrDefault(key);
}
