using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Translation;

/// <summary>UI strings of one language compared with the default language's.</summary>
/// <param name="Missing">Keys the default language has and this one lacks.</param>
/// <param name="Identical">Keys whose value is still the default language's words (not on the allow-list).</param>
/// <param name="Extra">Keys only this language has (typos or leftovers).</param>
public sealed record UiStringReport(string Language, int Total, IReadOnlyList<string> Missing, IReadOnlyList<UiStringEntry> Identical, IReadOnlyList<string> Extra)
{
    public static UiStringReport Empty(string language) => new(language, 0, [], [], []);
}

/// <summary>A UI string by dotted key (`nav.blog`) and value.</summary>
public sealed record UiStringEntry(string Key, string Value);

/// <summary>
/// Audits `translations/&lt;lang&gt;.yml` against the default language: missing keys, and strings
/// still identical to the default language's, except values on the allow-list
/// (`translations/identical-allowed.yml`: brand names such as `GitHub`) and strings without
/// letters (`{count}`, `·`, date patterns made of pattern letters are listed explicitly).
/// </summary>
public static class UiStringAudit
{
    public const string AllowListFile = "identical-allowed.yml";

    /// <summary>Compares two flattened string tables.</summary>
    public static UiStringReport Compare(
        string language,
        IReadOnlyDictionary<string, string> source,
        IReadOnlyDictionary<string, string> target,
        IReadOnlySet<string> allowed)
    {
        var missing = new List<string>();
        var identical = new List<UiStringEntry>();
        foreach (var (key, value) in source.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!target.TryGetValue(key, out var translated))
            {
                missing.Add(key);
            }
            else if (string.Equals(value.Trim(), translated.Trim(), StringComparison.Ordinal)
                && HasLetters(value) && !allowed.Contains(value.Trim()) && !allowed.Contains(key))
            {
                identical.Add(new UiStringEntry(key, value));
            }
        }

        var extra = target.Keys.Where(k => !source.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray();
        return new UiStringReport(language, source.Count, missing, identical, extra);
    }

    /// <summary>Reads the files of <paramref name="translationsFolder"/> and audits <paramref name="language"/>.</summary>
    public static UiStringReport Audit(string translationsFolder, string defaultLanguage, string language)
    {
        var source = Flatten(Path.Combine(translationsFolder, defaultLanguage + ".yml"));
        var target = Flatten(Path.Combine(translationsFolder, language + ".yml"));
        return Compare(language, source, target, LoadAllowList(translationsFolder));
    }

    /// <summary>Values (or dotted keys) that may stay identical in every language.</summary>
    public static IReadOnlySet<string> LoadAllowList(string translationsFolder)
    {
        var path = Path.Combine(translationsFolder, AllowListFile);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        if (Load(path) is YamlSequenceNode list)
        {
            foreach (var item in list.Children.OfType<YamlScalarNode>())
            {
                if (!string.IsNullOrWhiteSpace(item.Value))
                {
                    allowed.Add(item.Value.Trim());
                }
            }
        }

        return allowed;
    }

    /// <summary>A YAML file of nested mappings as `dotted.key → string`; empty when absent or unreadable.</summary>
    public static Dictionary<string, string> Flatten(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Load(path) is YamlMappingNode root)
        {
            Flatten(root, string.Empty, result);
        }

        return result;
    }

    private static void Flatten(YamlMappingNode node, string prefix, Dictionary<string, string> into)
    {
        foreach (var (k, v) in node.Children)
        {
            var key = prefix + ((k as YamlScalarNode)?.Value ?? string.Empty);
            switch (v)
            {
                case YamlMappingNode child:
                    Flatten(child, key + ".", into);
                    break;
                case YamlScalarNode scalar:
                    into[key] = scalar.Value ?? string.Empty;
                    break;
            }
        }
    }

    private static YamlNode? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException)
        {
            return null; // the build reports invalid YAML with its position
        }
    }

    private static bool HasLetters(string value)
    {
        // Placeholders such as `{count}` are not words to translate.
        var inPlaceholder = false;
        foreach (var c in value)
        {
            if (c == '{')
            {
                inPlaceholder = true;
            }
            else if (c == '}')
            {
                inPlaceholder = false;
            }
            else if (!inPlaceholder && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
