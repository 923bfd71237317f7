using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Content.FrontMatter;

/// <summary>
/// Wraps YamlDotNet's parser for untrusted YAML (front matter, site.yml, UI strings). Nesting
/// is capped because the node loader recurses once per level and a stack overflow cannot be
/// caught (it would kill the build without a message); anchors and aliases are refused because
/// no key needs them and an alias bomb expands exponentially when values are compared. Both
/// surface as <see cref="YamlException"/> at the offending position, like any syntax error.
/// </summary>
public sealed class GuardedYamlParser(string yaml) : IParser
{
    public const int MaxDepth = 64;

    private readonly Parser _inner = new(new StringReader(yaml));
    private int _depth;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        switch (_inner.Current)
        {
            case NodeEvent { Anchor.IsEmpty: false } node:
                throw new YamlException(node.Start, node.End, "anchors (`&name`) are not supported: write the value out");
            case AnchorAlias alias:
                throw new YamlException(alias.Start, alias.End, "aliases (`*name`) are not supported: write the value out");
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new YamlException(_inner.Current.Start, _inner.Current.End, $"values are nested more than {MaxDepth} levels deep");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
