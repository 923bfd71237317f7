using System.Text;
using System.Text.Json.Nodes;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;

namespace Site.Content.Markdown.Highlighting;

/// <summary>
/// A few patterns of the bundled YAML and Go grammars, rewritten so that Oniguruma rejects a start
/// position sooner, while matching exactly what the original matches, from every start position, with
/// the same groups. Readers see the same classes; a cold build tokenizes YAML in about half the time.
/// </summary>
/// <remarks>
/// Every rewrite is one of two kinds that keep a regex's matches by construction:
/// <list type="bullet">
/// <item>a lookahead for the characters every alternative can start with, in front of the pattern
///   (Oniguruma does not work that set out itself for these patterns, and tries all ~40 alternatives at
///   every position of the line);</item>
/// <item>a possessive quantifier where giving characters back can never let the rest of the pattern
///   match (a word run followed by something that is not a word character), so failing starts end at
///   once instead of retrying every shorter run.</item>
/// </list>
/// Tests hold each rewrite to the original: identical matches on random lines from every start
/// position, identical tokens on sample code, and each original still found in the bundled grammar
/// (a TextMateSharp.Grammars upgrade that changes one makes that test fail rather than silently
/// tokenizing with a stale rewrite; until it is updated, the grammar is used as shipped).
/// </remarks>
internal static class FasterPatterns
{
    /// <summary>The rewrites: grammar scope, where the pattern sits in the grammar's JSON, the text to find in it (exactly once) and what replaces it.</summary>
    public static IReadOnlyList<PatternRewrite> Rewrites { get; } =
    [
        // YAML's null/bool/number/timestamp test (2.6 KB of alternatives), tried wherever a plain scalar may
        // start: each alternative starts with one of these characters (\d, not 0-9: the timestamps' \d{4}
        // is any Unicode digit). Both copies, for scalars inside and outside flow collections.
        new("source.yaml", "repository/flow-scalar-plain-out-implicit-type/patterns/0/match", "(?x)", @"(?x)(?=[-+.~=<\dnNyYtTfFoO])"),
        new("source.yaml", "repository/flow-scalar-plain-in-implicit-type/patterns/0/match", "(?x)", @"(?x)(?=[-+.~=<\dnNyYtTfFoO])"),

        // Go's "names before =" (a = 1, x.y, z = ...), tried at every position of every line: a shorter word
        // run leaves a word character next, which neither ".", "," nor "\s*=" can take.
        new("source.go", "patterns/17/match", @"(?<!var)\s*(\w+(?:\.\w+)*", @"(?<!var)\s*+(\w++(?:\.\w++)*+"),
    ];

    /// <summary>Where TextMateSharp.Grammars embeds the grammars that have rewrites.</summary>
    private static readonly Dictionary<string, string> Resources = new(StringComparer.Ordinal)
    {
        ["source.yaml"] = "TextMateSharp.Grammars.Resources.Grammars.yaml.syntaxes.yaml.tmLanguage.json",
        ["source.go"] = "TextMateSharp.Grammars.Resources.Grammars.go.syntaxes.go.tmLanguage.json",
    };

    /// <summary>
    /// The bundled grammar of <paramref name="scope"/> with its rewrites applied; null when it has none,
    /// or when the bundled grammar no longer contains an original (the caller then uses it as shipped).
    /// </summary>
    public static IRawGrammar? Load(string scope)
    {
        if (Apply(scope) is not { } json)
        {
            return null;
        }

        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        return GrammarReader.ReadGrammarSync(reader);
    }

    /// <summary>The JSON of the bundled grammar of <paramref name="scope"/> with every rewrite applied, or null (see <see cref="Load"/>).</summary>
    internal static string? Apply(string scope)
    {
        if (BundledJson(scope) is not { } original || JsonNode.Parse(original) is not JsonObject grammar)
        {
            return null;
        }

        foreach (var rewrite in Rewrites)
        {
            if (rewrite.Scope != scope)
            {
                continue;
            }

            if (!rewrite.TryApply(grammar))
            {
                return null;
            }
        }

        return grammar.ToJsonString();
    }

    /// <summary>The bundled grammar's JSON as shipped, or null when the scope has no rewrites or the package no longer has it there.</summary>
    internal static string? BundledJson(string scope)
    {
        if (!Resources.TryGetValue(scope, out var resource))
        {
            return null;
        }

        using var stream = typeof(RegistryOptions).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Replace <paramref name="Find"/> (occurring exactly once) with <paramref name="Replace"/> in the pattern at <paramref name="Path"/> (slash-separated JSON keys and indexes).</summary>
    internal sealed record PatternRewrite(string Scope, string Path, string Find, string Replace)
    {
        /// <summary>The pattern as shipped, or null when the path no longer leads to a string.</summary>
        public string? Original(JsonNode grammar) => Locate(grammar, out var parent, out var key) ? Read(parent!, key!) : null;

        /// <summary>Applies the rewrite in place; false (grammar unchanged) when the original is not there as expected.</summary>
        public bool TryApply(JsonNode grammar)
        {
            // A pattern is the value of a rule's key (`match`, `begin`, …): its parent is an object.
            if (!Locate(grammar, out var parent, out var key) || parent is not JsonObject rule || Read(rule, key!) is not { } pattern)
            {
                return false;
            }

            var at = pattern.IndexOf(Find, StringComparison.Ordinal);
            if (at < 0 || pattern.IndexOf(Find, at + 1, StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            rule[key!] = string.Concat(pattern.AsSpan(0, at), Replace, pattern.AsSpan(at + Find.Length));
            return true;
        }

        private bool Locate(JsonNode grammar, out JsonNode? parent, out string? key)
        {
            var steps = Path.Split('/');
            parent = grammar;
            for (var i = 0; i < steps.Length - 1 && parent is not null; i++)
            {
                parent = Child(parent, steps[i]);
            }

            key = steps[^1];
            return parent is not null && Child(parent, key) is not null;
        }

        private static JsonNode? Child(JsonNode node, string step) => node switch
        {
            JsonObject obj => obj[step],
            JsonArray array when int.TryParse(step, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < array.Count => array[i],
            _ => null,
        };

        private static string? Read(JsonNode parent, string key) =>
            Child(parent, key) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}
