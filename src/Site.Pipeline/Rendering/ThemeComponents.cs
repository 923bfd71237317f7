using System.Collections.Concurrent;
using Site.Content.Diagnostics;
using Site.Content.Markdown.Components;
using Site.Pipeline.Incremental;
using Site.Pipeline.Model;
using Scriban.Runtime;

namespace Site.Pipeline.Rendering;

/// <summary>
/// The theme's components: declarations from <c>shortcodes/shortcodes.yml</c>, one template per
/// component in <c>shortcodes/&lt;name&gt;.scriban</c>, and the UI strings of each language. A
/// template sees <c>args</c> (declared arguments as written; absent ones are null; text to be
/// escaped), <c>inner</c> (the rendered inner markdown, safe HTML), <c>hosts</c> (the host of each
/// URL argument), <c>component</c> (<c>name</c>, and <c>id</c> unique in the page), <c>t</c>
/// and <c>lang</c>. Templates render through <see cref="PageRenderer.RenderTemplate"/>, under the
/// same rules as pages (includes only from the theme, limits, no leak after a failure), with one
/// renderer per thread. This is the only engine-specific part of components.
/// </summary>
public sealed class ThemeComponents : IComponentRenderer
{
    public const string Folder = "shortcodes";

    private readonly HashSet<string> _templates;
    private readonly ThreadLocal<PageRenderer> _renderers;
    private readonly string _translationsFolder;
    private readonly ConcurrentDictionary<string, UiStrings> _strings = new(StringComparer.Ordinal);

    private ThemeComponents(ComponentCatalog catalog, HashSet<string> templates, Theme theme, string translationsFolder, string version)
    {
        Catalog = catalog;
        _templates = templates;
        _renderers = new ThreadLocal<PageRenderer>(() => new PageRenderer(theme));
        _translationsFolder = translationsFolder;
        Version = version;
    }

    public ComponentCatalog Catalog { get; }

    public string Version { get; }

    /// <summary>
    /// Reads the declarations and templates; problems (a declared component without template, a
    /// template without declaration) are diagnostics. Syntax errors in the templates are not
    /// reported here: the theme's load (<see cref="Modules.LoadTheme"/>) reports every template's.
    /// </summary>
    public static ThemeComponents Load(string themeFolder, string translationsFolder, ICollection<Diagnostic> diagnostics)
    {
        var root = Path.GetFullPath(themeFolder);
        var display = DisplayPath(root);
        var folder = Path.Combine(root, Folder);
        var catalog = ComponentCatalog.Load(Path.Combine(folder, ComponentCatalog.FileName), $"{display}/{Folder}/{ComponentCatalog.FileName}", diagnostics);
        var theme = Theme.Load(themeFolder, new List<Diagnostic>());
        var templates = new HashSet<string>(StringComparer.Ordinal);
        var hash = new System.Text.StringBuilder();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                hash.Append(Path.GetFileName(file)).Append(':').Append(Hash64.Of(text)).Append(';');
                if (!file.EndsWith(".scriban", StringComparison.Ordinal))
                {
                    continue;
                }

                var name = Path.GetFileNameWithoutExtension(file);
                var relative = $"{Folder}/{Path.GetFileName(file)}";
                if (!catalog.Components.ContainsKey(name))
                {
                    diagnostics.Add(Diagnostic.Error($"{display}/{relative}", 1, 1, $"component template `{name}` has no declaration in {Folder}/{ComponentCatalog.FileName}: declare its arguments there"));
                    continue;
                }

                if (theme.Template(relative) is not null)
                {
                    templates.Add(name);
                }
            }
        }

        foreach (var name in catalog.Components.Keys.Where(n => !templates.Contains(n) && !File.Exists(Path.Combine(folder, n + ".scriban"))))
        {
            diagnostics.Add(Diagnostic.Error($"{display}/{Folder}/{ComponentCatalog.FileName}", 1, 1, $"component `{name}` is declared but has no template {Folder}/{name}.scriban"));
        }

        // The components' UI strings belong to the version (a translated label changes every call that shows it); other strings do not.
        if (Directory.Exists(translationsFolder))
        {
            foreach (var file in Directory.EnumerateFiles(translationsFolder, "*.yml").Order(StringComparer.Ordinal))
            {
                var strings = UiStrings.Load(translationsFolder, Path.GetFileNameWithoutExtension(file), "translations", new List<Diagnostic>());
                hash.Append(Path.GetFileName(file)).Append(':');
                AppendFlattened(hash, strings.Root.GetValueOrDefault("components"), "components");
            }
        }

        return new ThemeComponents(catalog, templates, theme, translationsFolder, Hash64.Of(hash.ToString()).ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
    }

    public string? Render(ComponentCall call, string innerHtml, string language, out string? error)
    {
        error = null;
        var name = call.Declaration.Name;
        if (!_templates.Contains(name))
        {
            error = $"the theme's template {Folder}/{name}.scriban is missing or broken (reported there)";
            return null;
        }

        var args = new ScriptObject();
        var hosts = new ScriptObject();
        foreach (var (argument, spec) in call.Declaration.Arguments)
        {
            var value = call.Arguments.GetValueOrDefault(argument);
            args[argument] = value;
            if (spec.Kind == ArgumentKind.Url && value is not null)
            {
                hosts[argument] = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;
            }
        }

        // Labels come from the page's language, else the default language's file (the UI string audit reports gaps).
        var strings = _strings.GetOrAdd(language, code => UiStrings.Load(_translationsFolder, code, "translations", new List<Diagnostic>()));
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["args"] = args,
            ["hosts"] = hosts,
            ["inner"] = innerHtml,
            ["component"] = new ScriptObject { ["name"] = name, ["id"] = $"component-{name}-{call.Index}" },
            ["t"] = strings.Root,
            ["lang"] = language,
        };
        var html = _renderers.Value!.RenderTemplate($"{Folder}/{name}.scriban", globals, out var failure);
        if (failure is not null)
        {
            error = $"{failure.Path}:{failure.Line}:{failure.Column}: {failure.Message}";
        }

        return html;
    }

    private static void AppendFlattened(System.Text.StringBuilder hash, object? value, string path)
    {
        if (value is ModelMap map)
        {
            foreach (var (key, child) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                AppendFlattened(hash, child, path + "." + key);
            }
        }
        else if (value is not null)
        {
            hash.Append(path).Append('=').Append(value).Append(';');
        }
    }

    private static string DisplayPath(string full)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
