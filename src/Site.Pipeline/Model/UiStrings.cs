using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Pipeline.Model;

/// <summary>
/// The theme's UI strings of one language (<c>translations/&lt;lang&gt;.yml</c>) as the nested
/// <c>t</c> object templates read, plus typed access for the strings the pipeline itself needs
/// (titles of generated pages, date patterns).
/// </summary>
public sealed class UiStrings
{
    private UiStrings(string language, ModelMap root)
    {
        Language = language;
        // Never changed once loaded; frozen so that include_cached results keyed by it survive a rebuild that loads the same strings again.
        Root = Incremental.ModelFingerprint.Freeze(root);
    }

    public string Language { get; }

    /// <summary>The <c>t</c> global.</summary>
    public ModelMap Root { get; }

    /// <summary>A string by dotted path (<c>nav.blog</c>); <paramref name="fallback"/> when missing.</summary>
    public string Get(string dottedPath, string fallback)
    {
        object? current = Root;
        foreach (var part in dottedPath.Split('.'))
        {
            if (current is not ModelMap obj || !obj.TryGetValue(part, out current))
            {
                return fallback;
            }
        }

        return current as string ?? fallback;
    }

    /// <summary>Every dotted key path, for comparing languages.</summary>
    public IEnumerable<string> KeyPaths() => KeyPaths(Root, "");

    /// <summary>Whether <paramref name="language"/> has a file in <paramref name="folder"/>.</summary>
    public static bool Exists(string folder, string language) => File.Exists(Path.Combine(folder, language + ".yml"));

    /// <summary>Loads one language's file; problems become diagnostics and an empty object.</summary>
    /// <param name="missing">
    /// The error for a missing file, given the path it was expected at; by default it names that path.
    /// The build points at the language's code in site.yml instead: the file that does not exist has no line to show.
    /// </param>
    public static UiStrings Load(string folder, string language, string displayFolder, ICollection<Diagnostic> diagnostics, Func<string, Diagnostic>? missing = null)
    {
        var path = Path.Combine(folder, language + ".yml");
        var display = $"{displayFolder.TrimEnd('/')}/{language}.yml";
        if (!File.Exists(path))
        {
            diagnostics.Add(missing?.Invoke(display) ?? Diagnostic.Error(display, 0, 0, $"UI strings for language '{language}' are missing (expected {display})"));
            return new UiStrings(language, new ModelMap(StringComparer.Ordinal));
        }

        try
        {
            var stream = new YamlStream();

            // Guarded: translations arrive by pull request, and deep nesting would overflow the stack.
            stream.Load(new GuardedYamlParser(File.ReadAllText(path)));

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(Diagnostic.Error(display, 1, 1, "UI strings must be a mapping of keys to strings"));
                return new UiStrings(language, new ModelMap(StringComparer.Ordinal));
            }

            return new UiStrings(language, Convert(mapping, display, diagnostics));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(display, (int)ex.Start.Line, (int)ex.Start.Column, "invalid YAML: " + ex.Message));
            return new UiStrings(language, new ModelMap(StringComparer.Ordinal));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails on some malformed input with these instead of a YamlException.
            diagnostics.Add(Diagnostic.Error(display, 1, 1, "invalid YAML: look for an unclosed bracket or quote"));
            return new UiStrings(language, new ModelMap(StringComparer.Ordinal));
        }
    }

    private static ModelMap Convert(YamlMappingNode mapping, string display, ICollection<Diagnostic> diagnostics)
    {
        var result = new ModelMap(mapping.Children.Count, StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            switch (valueNode)
            {
                case YamlMappingNode child:
                    result[key] = Convert(child, display, diagnostics);
                    break;
                case YamlScalarNode scalar:
                    result[key] = scalar.Value ?? string.Empty;
                    break;
                default:
                    diagnostics.Add(Diagnostic.Error(display, (int)valueNode.Start.Line, (int)valueNode.Start.Column, $"'{key}' must be a string or a mapping"));
                    break;
            }
        }

        return result;
    }

    private static IEnumerable<string> KeyPaths(ModelMap obj, string prefix)
    {
        foreach (var (key, value) in obj)
        {
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            if (value is ModelMap child)
            {
                foreach (var nested in KeyPaths(child, path))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
