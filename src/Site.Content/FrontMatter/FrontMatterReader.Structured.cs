using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>
/// Nested values (maps and lists of maps) for the keys that carry records: a project's
/// `audits`, `annualReview` and `links`. Each field is read with the same checks as a top-level
/// key and reported at its own position, so `audits[1].date` points at the line to edit.
/// </summary>
public sealed partial class FrontMatterReader
{
    /// <summary>A `key: value` map of plain words to values, each as a pseudo-entry named `key.field`; null (reported) when not a map.</summary>
    public IReadOnlyList<FrontMatterEntry>? Map(FrontMatterEntry e) => MapOf(e.Key, e.Value, e.ValuePosition);

    /// <summary>A list of maps (`- { date: …, url: … }`), each as its fields; null (reported) when not a list of maps.</summary>
    public IReadOnlyList<IReadOnlyList<FrontMatterEntry>>? ListOfMaps(FrontMatterEntry e)
    {
        if (e.Value is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" })
        {
            return [];
        }

        if (e.Value is not YamlSequenceNode seq)
        {
            Error(e.ValuePosition, $"`{e.Key}` must be a list of `- {{ key: value, … }}` items, not a {Describe(e.Value)}");
            return null;
        }

        var items = new List<IReadOnlyList<FrontMatterEntry>>(seq.Children.Count);
        var ok = true;
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i];
            var fields = MapOf($"{e.Key}[{i}]", item, ToPosition(item));
            if (fields is null)
            {
                ok = false;
                continue;
            }

            items.Add(fields);
        }

        return ok ? items : null;
    }

    /// <summary>Reports fields of a map that are not among <paramref name="allowed"/>, with a suggestion.</summary>
    public bool OnlyFields(IReadOnlyList<FrontMatterEntry> fields, string what, IReadOnlyList<string> allowed)
    {
        var ok = true;
        foreach (var f in fields)
        {
            var name = f.Key[(f.Key.LastIndexOf('.') + 1)..];
            if (allowed.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            var near = Text.NearestMatch.Find(name, allowed);
            Error(f.KeyPosition, $"unknown field `{name}` in {what}" + (near is null ? $"; valid fields: {string.Join(", ", allowed)}" : $"; did you mean `{near}`?"));
            ok = false;
        }

        return ok;
    }

    /// <summary>The field named <paramref name="name"/> of a map read by <see cref="Map"/>, or null.</summary>
    public static FrontMatterEntry? Field(IReadOnlyList<FrontMatterEntry> fields, string name)
    {
        foreach (var f in fields)
        {
            if (f.Key.EndsWith("." + name, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return null;
    }

    private IReadOnlyList<FrontMatterEntry>? MapOf(string key, YamlNode node, Position at)
    {
        if (node is not YamlMappingNode map)
        {
            Error(at, $"`{key}` must be a map of `name: value` pairs, not a {Describe(node)}");
            return null;
        }

        var fields = new List<FrontMatterEntry>(map.Children.Count);
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                Error(ToPosition(k), $"the fields of `{key}` must be plain words");
                return null;
            }

            fields.Add(new FrontMatterEntry($"{key}.{name}", ToPosition(k), v, ToPosition(v)));
        }

        return fields;
    }
}
