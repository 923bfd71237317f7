using System.Collections.Concurrent;

namespace Site.Content.Markdown.Highlighting;

/// <summary>
/// Maps TextMate scopes to a dozen short CSS classes (<c>hl-k</c> keyword, <c>hl-s</c> string, …), so
/// the theme colours code with two small palettes (light, dark) and the HTML carries no inline
/// style (the site's CSP forbids them). A token takes the class of its most specific scope that
/// has one; punctuation inside a string or comment thereby inherits the string or comment class.
/// </summary>
public static class ScopeClasses
{
    /// <summary>Prefix rules, most specific first: a scope matches a prefix equal to it or followed by a dot.</summary>
    private static readonly (string Prefix, string Class)[] Rules =
    [
        ("comment", "hl-c"),
        ("markup.inserted", "hl-ins"),
        ("markup.deleted", "hl-del"),
        ("markup.changed", "hl-chg"),
        ("meta.diff.range", "hl-hd"),
        ("meta.diff.header", "hl-hd"),
        ("markup.heading", "hl-hd"),
        ("entity.name.section", "hl-hd"),
        ("string.regexp", "hl-s"),
        ("string", "hl-s"),
        ("constant.numeric", "hl-n"),
        ("constant.character.escape", "hl-cn"),
        ("constant", "hl-cn"),
        ("keyword.operator.aggregation", "hl-k"),
        ("keyword.operator.new", "hl-k"),
        ("keyword.operator.expression", "hl-k"),
        ("keyword.operator.logical.python", "hl-k"),
        ("keyword.operator", "hl-o"),
        ("keyword", "hl-k"),
        ("storage", "hl-k"),
        ("support.type.property-name", "hl-p"),
        ("entity.name.tag", "hl-p"),
        ("entity.other.attribute-name", "hl-a"),
        ("entity.name.function", "hl-f"),
        ("support.function", "hl-f"),
        ("entity.name.type", "hl-t"),
        ("entity.name.class", "hl-t"),
        ("entity.name.namespace", "hl-t"),
        ("entity.other.inherited-class", "hl-t"),
        ("support.type", "hl-t"),
        ("support.class", "hl-t"),
        ("support.constant", "hl-cn"),
        ("variable.language", "hl-cn"),
        ("variable.other.constant", "hl-cn"),
        ("variable.parameter", "hl-v"),
        ("variable.other.normal", "hl-v"),
        ("variable.other.bracket", "hl-v"),
        ("variable.other.special", "hl-v"),
        ("variable.other.positional", "hl-v"),
        ("support.variable", "hl-v"),
        ("entity.name.label", "hl-a"),
    ];

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The class of a token whose scopes are listed outermost first, or null for plain text.</summary>
    public static string? Of(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var found = OfScope(scopes[i]);
            if (found.Length > 0)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The class of one scope, or empty when no rule names it.</summary>
    public static string OfScope(string scope) => Cache.GetOrAdd(scope, static s =>
    {
        foreach (var (prefix, cls) in Rules)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && (s.Length == prefix.Length || s[prefix.Length] == '.'))
            {
                return cls;
            }
        }

        return string.Empty;
    });
}
