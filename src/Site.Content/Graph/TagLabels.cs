using Site.Content.Diagnostics;
using Site.Content.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Graph;

/// <summary>
/// Tags keyed once and labelled per language (`translations/tags.yml`: `service-mesh: { en:
/// Service mesh, zh: 服务网格 }`). A tag written by key or by any language's label resolves to the
/// key, which is its slug in every language; the label of the page's language names it.
/// Precomputed maps: resolving a tag is one dictionary lookup.
/// </summary>
public sealed class TagLabels
{
    private readonly Dictionary<string, Dictionary<string, string>> _labels;
    private readonly Dictionary<string, string> _keyBySlug;

    // A site writes a few hundred distinct tags tens of thousands of times: resolve each spelling once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _slugOfTag = new(StringComparer.Ordinal);

    private TagLabels(Dictionary<string, Dictionary<string, string>> labels)
    {
        _labels = labels;
        _keyBySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in labels.Keys)
        {
            _keyBySlug[Slug.From(key)] = key;
        }

        // Labels second, so a key never loses to another tag's label.
        foreach (var (key, byLanguage) in labels.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var label in byLanguage.Values)
            {
                _keyBySlug.TryAdd(Slug.From(label), key);
            }
        }
    }

    public static TagLabels Empty { get; } = new(new(StringComparer.Ordinal));

    public int Count => _labels.Count;

    /// <summary>The slug a tag as written belongs to: its key when known, else its own slug.</summary>
    public string SlugOf(string tag) => _slugOfTag.GetOrAdd(tag, Resolve);

    private string Resolve(string tag)
    {
        var slug = Slug.From(tag);
        return _keyBySlug.TryGetValue(slug, out var key) ? Slug.From(key) : slug;
    }

    /// <summary>Label of a tag slug in a language, or null when tags.yml does not give one.</summary>
    public string? Label(string slug, string language) =>
        _keyBySlug.TryGetValue(slug, out var key) && _labels[key].TryGetValue(language, out var label) ? label : null;

    /// <summary>Loads the file; absent means no labels; problems are diagnostics.</summary>
    public static TagLabels Load(string? path, string displayPath, DiagnosticBag diagnostics)
    {
        if (path is null || !File.Exists(path))
        {
            return Empty;
        }

        YamlStream stream;
        try
        {
            stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, (int)ex.Start.Line, (int)ex.Start.Column, "invalid YAML: " + ex.Message));
            return Empty;
        }

        var labels = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Empty;
        }

        foreach (var (k, v) in root.Children)
        {
            var key = (k as YamlScalarNode)?.Value;
            var line = (int)k.Start.Line;
            if (string.IsNullOrWhiteSpace(key) || Slug.From(key) != key)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, line, (int)k.Start.Column, $"tag key `{key}` must be a slug (lower case, letters, digits and `-`)"));
                continue;
            }

            if (v is not YamlMappingNode byLanguage)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, line, (int)v.Start.Column, $"tag `{key}`: give labels per language, e.g. `{{ en: Service mesh, zh: 服务网格 }}`"));
                continue;
            }

            labels[key] = byLanguage.Children
                .Where(c => c.Key is YamlScalarNode { Value: not null } && c.Value is YamlScalarNode { Value: { Length: > 0 } })
                .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!.Trim(), StringComparer.Ordinal);
        }

        return new TagLabels(labels);
    }
}
