using System.Text.RegularExpressions;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Markdown.Components;

/// <summary>What an argument of a component holds, and so how it is checked.</summary>
public enum ArgumentKind
{
    /// <summary>Any text (the template escapes it).</summary>
    Text,

    /// <summary>An http(s) URL or a path within the site; a site path is checked like a link.</summary>
    Url,

    /// <summary>An image of the site's own (`/assets/…`), checked like a markdown image.</summary>
    Image,

    /// <summary>`true` or `false`.</summary>
    Boolean,
}

/// <summary>One argument a component accepts.</summary>
public sealed record ArgumentDeclaration(string Name, bool Required, ArgumentKind Kind, Regex? Pattern, IReadOnlyList<string> Values, string Summary);

/// <summary>
/// A component (Hugo-style shortcode) a theme offers: its arguments, which of them may be given
/// without a name (`{{&lt; youtube w7Ft2ymGmfc &gt;}}`), other names accepted for Hugo content,
/// and whether it wraps markdown (`{{&lt; note &gt;}}…{{&lt; /note &gt;}}`).
/// </summary>
public sealed record ComponentDeclaration(
    string Name,
    bool HasInner,
    IReadOnlyList<string> Positional,
    IReadOnlyDictionary<string, ArgumentDeclaration> Arguments,
    IReadOnlyDictionary<string, string> Aliases,
    string Summary);

/// <summary>
/// The components a theme declares in <c>shortcodes/shortcodes.yml</c> (data, not code, so a
/// theme adds a component with a declaration and a template). Problems in the file are
/// diagnostics at their line and column.
/// </summary>
public sealed class ComponentCatalog
{
    public const string FileName = "shortcodes.yml";

    private static readonly HashSet<string> ComponentKeys = new(StringComparer.Ordinal) { "summary", "inner", "positional", "aliases", "args" };
    private static readonly HashSet<string> ArgumentKeys = new(StringComparer.Ordinal) { "summary", "required", "kind", "pattern", "values" };

    public ComponentCatalog(IReadOnlyDictionary<string, ComponentDeclaration> components) => Components = components;

    public static ComponentCatalog Empty { get; } = new(new Dictionary<string, ComponentDeclaration>());

    public IReadOnlyDictionary<string, ComponentDeclaration> Components { get; }

    /// <summary>The declaration file as shown to contributors (`themes/default/shortcodes/shortcodes.yml`), named by "unknown component".</summary>
    public string DeclaredIn { get; private init; } = FileName;

    /// <summary>The names, sorted, for messages.</summary>
    public string Names => Components.Count == 0 ? "(none: the theme declares no components)" : string.Join(", ", Components.Keys.Order(StringComparer.Ordinal));

    /// <summary>Reads a declaration file; a missing file is an empty catalog.</summary>
    public static ComponentCatalog Load(string path, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            return Parse(File.ReadAllText(path), displayPath, diagnostics);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            var (line, column) = ex is YamlException y ? ((int)y.Start.Line, (int)y.Start.Column) : (1, 1);
            diagnostics.Add(Diagnostic.Error(displayPath, line, column, "invalid YAML: " + ex.Message));
            return Empty;
        }
    }

    public static ComponentCatalog Parse(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        stream.Load(new GuardedYamlParser(yaml));
        var components = new Dictionary<string, ComponentDeclaration>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Empty;
        }

        void Error(YamlNode node, string message) =>
            diagnostics.Add(Diagnostic.Error(displayPath, (int)node.Start.Line, (int)node.Start.Column, message));

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!Regex.IsMatch(name, "^[a-z][a-z0-9_-]*$"))
            {
                Error(keyNode, $"component name `{name}` must be lower-case letters, digits, `-` or `_`");
                continue;
            }

            if (valueNode is not YamlMappingNode body)
            {
                Error(valueNode, $"component `{name}` must be a mapping (summary, inner, positional, aliases, args)");
                continue;
            }

            var arguments = new Dictionary<string, ArgumentDeclaration>(StringComparer.Ordinal);
            var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
            var positional = new List<string>();
            var hasInner = false;
            var summary = string.Empty;
            foreach (var (k, v) in body.Children)
            {
                var key = ((YamlScalarNode)k).Value ?? string.Empty;
                switch (key)
                {
                    case "summary":
                        summary = Scalar(v) ?? string.Empty;
                        break;
                    case "inner":
                        var inner = Scalar(v);
                        if (inner is not ("none" or "required"))
                        {
                            Error(v, "`inner` must be `none` or `required`");
                        }

                        hasInner = inner == "required";
                        break;
                    case "positional":
                        positional.AddRange(v is YamlSequenceNode seq ? seq.Children.Select(c => Scalar(c) ?? string.Empty) : []);
                        break;
                    case "aliases":
                        if (v is YamlMappingNode map)
                        {
                            foreach (var (ak, av) in map.Children)
                            {
                                aliases[Scalar(ak) ?? string.Empty] = Scalar(av) ?? string.Empty;
                            }
                        }

                        break;
                    case "args":
                        if (v is YamlMappingNode args)
                        {
                            foreach (var (ak, av) in args.Children)
                            {
                                if (Argument(Scalar(ak) ?? string.Empty, av, Error) is { } argument)
                                {
                                    arguments[argument.Name] = argument;
                                }
                            }
                        }

                        break;
                    default:
                        Error(k, $"unknown key `{key}` for component `{name}`; it takes {string.Join(", ", ComponentKeys.Order(StringComparer.Ordinal))}");
                        break;
                }
            }

            foreach (var p in positional.Where(p => !arguments.ContainsKey(p)))
            {
                Error(body, $"component `{name}` lists `{p}` as positional but has no such argument");
            }

            foreach (var (alias, target) in aliases.Where(a => !arguments.ContainsKey(a.Value)))
            {
                Error(body, $"component `{name}` aliases `{alias}` to `{target}`, which is no argument of it");
            }

            components[name] = new ComponentDeclaration(name, hasInner, positional, arguments, aliases, summary);
        }

        return new ComponentCatalog(components) { DeclaredIn = displayPath };
    }

    private static ArgumentDeclaration? Argument(string name, YamlNode node, Action<YamlNode, string> error)
    {
        var (required, kind, summary) = (false, ArgumentKind.Text, string.Empty);
        Regex? pattern = null;
        var values = new List<string>();
        if (node is YamlMappingNode map)
        {
            foreach (var (k, v) in map.Children)
            {
                var key = Scalar(k) ?? string.Empty;
                switch (key)
                {
                    case "summary":
                        summary = Scalar(v) ?? string.Empty;
                        break;
                    case "required":
                        required = Scalar(v) == "true";
                        break;
                    case "kind":
                        if (!Enum.TryParse(Scalar(v), ignoreCase: true, out kind))
                        {
                            error(v, "`kind` must be text, url, image or boolean");
                        }

                        break;
                    case "pattern":
                        try
                        {
                            pattern = new Regex(Scalar(v) ?? string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
                        }
                        catch (ArgumentException ex)
                        {
                            error(v, "`pattern` is not a valid regular expression: " + ex.Message);
                        }

                        break;
                    case "values":
                        values.AddRange(v is YamlSequenceNode seq ? seq.Children.Select(c => Scalar(c) ?? string.Empty) : []);
                        break;
                    default:
                        error(k, $"unknown key `{key}` for argument `{name}`; it takes {string.Join(", ", ArgumentKeys.Order(StringComparer.Ordinal))}");
                        break;
                }
            }
        }

        if (kind == ArgumentKind.Boolean && values.Count == 0)
        {
            values.AddRange(["true", "false"]);
        }

        return new ArgumentDeclaration(name, required, kind, pattern, values, summary);
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;
}
