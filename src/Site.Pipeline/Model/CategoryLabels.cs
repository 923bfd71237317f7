using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Pipeline.Model;

/// <summary>
/// Names of category pages in other languages (<c>translations/categories.yml</c>, keyed by the
/// category's slug: <c>observability-and-analysis: { zh: 可观测性与分析 }</c>). The landscape has
/// fifty-odd category names and no translations; a translator names them here in one file, and
/// every list, filter, breadcrumb and untranslated category page shows the name in the reader's
/// language. A translated category page's own title wins.
/// </summary>
public sealed class CategoryLabels
{
    public const string FileName = "categories.yml";

    private readonly Dictionary<string, Dictionary<string, string>> _labels;

    private CategoryLabels(Dictionary<string, Dictionary<string, string>> labels) => _labels = labels;

    public static CategoryLabels Empty { get; } = new(new(StringComparer.Ordinal));

    /// <summary>The name of a category in a language, or null when the file does not give one.</summary>
    public string? Label(string slug, string language) =>
        _labels.TryGetValue(slug, out var byLanguage) && byLanguage.TryGetValue(language, out var label) ? label : null;

    /// <summary>Loads the file from the translations folder; absent means no labels; problems are diagnostics.</summary>
    public static CategoryLabels Load(string folder, string displayFolder, ICollection<Diagnostic> diagnostics)
    {
        var path = Path.Combine(folder, FileName);
        var display = $"{displayFolder.TrimEnd('/')}/{FileName}";
        if (!File.Exists(path))
        {
            return Empty;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new GuardedYamlParser(File.ReadAllText(path)));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(display, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column), "invalid YAML: " + ex.Message));
            return Empty;
        }

        var labels = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Empty;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var at = keyNode.Start;
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } slug } || valueNode is not YamlMappingNode byLanguage)
            {
                diagnostics.Add(Diagnostic.Error(display, (int)at.Line, (int)at.Column, "each entry is `<category slug>: { <lang>: <name>, … }`"));
                continue;
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (langNode, nameNode) in byLanguage.Children)
            {
                if (langNode is YamlScalarNode { Value: { Length: > 0 } lang } && nameNode is YamlScalarNode { Value: { Length: > 0 } name })
                {
                    names[lang] = name.Trim();
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error(display, (int)langNode.Start.Line, (int)langNode.Start.Column, $"`{slug}`: each name is `<lang>: <text>`"));
                }
            }

            labels[slug] = names;
        }

        return new CategoryLabels(labels);
    }
}
