using Site.Content.Diagnostics;
using Site.Pipeline.Incremental;
using Site.Templating;
using Site.Templating.Runtime;

namespace Site.Pipeline.Rendering;

/// <summary>
/// A theme's templates, parsed once per build and shared by all render threads (parsed
/// templates are immutable). Partials are served to <c>include</c> by a loader rooted at the
/// theme folder, which refuses paths that leave it.
/// </summary>
public sealed class Theme
{
    public const string BaseLayout = "_base";

    private readonly Dictionary<string, Template> _layouts;

    private Theme(string root, string displayRoot, Dictionary<string, Template> layouts, FileSystemTemplateLoader loader, Dictionary<string, ulong> templateHashes, bool hasLayouts)
    {
        HasLayouts = hasLayouts;
        Root = root;
        DisplayRoot = displayRoot;
        _layouts = layouts;
        Loader = loader;
        TemplateHashes = templateHashes;
    }

    /// <summary>
    /// A hash of every template's text by theme-relative path (<c>layouts/post.scriban</c>,
    /// <c>partials/head.scriban</c>): comparing two loads tells which templates an edit changed,
    /// so only the pages that used them are rendered again.
    /// </summary>
    public IReadOnlyDictionary<string, ulong> TemplateHashes { get; }

    /// <summary>Theme-relative path of a layout, as recorded in dependency records.</summary>
    public static string LayoutPath(string layout) => $"layouts/{layout}.scriban";

    public string Root { get; }

    /// <summary>The theme folder as diagnostics show it (relative to the working directory).</summary>
    public string DisplayRoot { get; }

    public ITemplateLoader Loader { get; }

    public Template? Layout(string name) => _layouts.GetValueOrDefault(name);

    /// <summary>False when the theme has no layouts/ folder (reported once): no page can be rendered.</summary>
    public bool HasLayouts { get; }

    /// <summary>A layout file exists but did not parse (its syntax errors are reported): pages using it are skipped quietly.</summary>
    public bool IsBroken(string layout) => !_layouts.ContainsKey(layout) && TemplateHashes.ContainsKey(LayoutPath(layout));

    /// <summary>Parses every layout and partial; syntax errors become diagnostics (all of them, not just the first).</summary>
    public static Theme Load(string themeFolder, ICollection<Diagnostic> diagnostics)
    {
        var root = Path.GetFullPath(themeFolder);
        var display = DisplayPath(root);
        var loader = new FileSystemTemplateLoader(root, ".scriban");
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var layoutFolder = Path.Combine(root, "layouts");
        if (!Directory.Exists(layoutFolder))
        {
            diagnostics.Add(Diagnostic.Error(display, 0, 0, "theme has no layouts/ folder"));
            return new Theme(root, display, layouts, loader, hashes, hasLayouts: false);
        }

        foreach (var file in Directory.EnumerateFiles(layoutFolder, "*.scriban").Order(StringComparer.Ordinal))
        {
            var template = Parse(root, display, file, diagnostics, hashes);
            if (template is not null)
            {
                layouts[Path.GetFileNameWithoutExtension(file)] = template;
            }
        }

        var partials = Path.Combine(root, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.scriban", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // Parsed through the loader so that include finds the same (cached) instance later.
                hashes[Relative(root, file)] = Hash64.Of(File.ReadAllText(file));
                var template = loader.LoadParsed(new TemplateContext(), default, file);
                if (template is not null)
                {
                    Report(display, template, diagnostics);
                }
            }
        }

        if (!layouts.ContainsKey(BaseLayout))
        {
            diagnostics.Add(Diagnostic.Error($"{display}/layouts", 0, 0, $"theme has no layouts/{BaseLayout}.scriban"));
        }

        return new Theme(root, display, layouts, loader, hashes, hasLayouts: true);
    }

    /// <summary>A template message as a diagnostic whose path is the template file as the user sees it.</summary>
    public Diagnostic ToDiagnostic(LogMessage message) => ToDiagnostic(DisplayRoot, message);

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static Template? Parse(string root, string display, string file, ICollection<Diagnostic> diagnostics, Dictionary<string, ulong> hashes)
    {
        var relative = Relative(root, file);
        var text = File.ReadAllText(file);
        hashes[relative] = Hash64.Of(text);
        var template = Template.Parse(text, relative);
        Report(display, template, diagnostics);
        return template.HasErrors ? null : template;
    }

    private static void Report(string display, Template template, ICollection<Diagnostic> diagnostics)
    {
        foreach (var message in template.Messages)
        {
            diagnostics.Add(ToDiagnostic(display, message));
        }
    }

    private static Diagnostic ToDiagnostic(string display, LogMessage message)
    {
        var path = message.Path is null ? display : $"{display}/{message.Path}";
        return message.Type == ParserMessageType.Error
            ? Diagnostic.Error(path, message.Line, message.Column, message.Message)
            : Diagnostic.Warning(path, message.Line, message.Column, message.Message);
    }

    private static string DisplayPath(string full)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
