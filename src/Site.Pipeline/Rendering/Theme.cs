using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Site.Content.Diagnostics;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Rendering;

/// <summary>
/// A theme's templates, parsed once per build by Scriban and shared by all render threads (a
/// parsed <see cref="Template"/> is immutable; each thread renders it with its own context).
/// Every <c>*.scriban</c> file under the theme folder is read here and nowhere else: an
/// <c>include</c> is answered from this set (see <see cref="Resolve"/>), so no template can read
/// a file outside the theme folder, whatever name it asks for.
/// </summary>
public sealed class Theme
{
    public const string BaseLayout = "_base";
    public const string Extension = ".scriban";

    private const int MaxResolvedNames = 4096;

    private readonly Dictionary<string, ThemeFile> _files;

    /// <summary>Include names already resolved, with their answer; bounded, since a template may build names at run time.</summary>
    private readonly ConcurrentDictionary<string, (string? Path, string? Error)> _resolved = new(StringComparer.Ordinal);

    private Theme(string root, string displayRoot, Dictionary<string, ThemeFile> files, bool hasLayouts)
    {
        Root = root;
        DisplayRoot = displayRoot;
        _files = files;
        HasLayouts = hasLayouts;
        TemplateHashes = files.Where(f => f.Value.Text is not null).ToDictionary(f => f.Key, f => Hash64.Of(f.Value.Text!), StringComparer.Ordinal);
    }

    /// <summary>
    /// A hash of every template's text by theme-relative path (<c>layouts/post.scriban</c>,
    /// <c>partials/head.scriban</c>): comparing two loads tells which templates an edit changed,
    /// so only the pages that used them are rendered again.
    /// </summary>
    public IReadOnlyDictionary<string, ulong> TemplateHashes { get; }

    /// <summary>Theme-relative path of a layout, as recorded in dependency records.</summary>
    public static string LayoutPath(string layout) => $"layouts/{layout}{Extension}";

    public string Root { get; }

    /// <summary>The theme folder as diagnostics show it (relative to the working directory).</summary>
    public string DisplayRoot { get; }

    /// <summary>False when the theme has no layouts/ folder (reported once): no page can be rendered.</summary>
    public bool HasLayouts { get; }

    /// <summary>The parsed layout, or null when it is missing or did not parse (its errors are reported at load).</summary>
    public Template? Layout(string name) => Template(LayoutPath(name));

    /// <summary>The parsed template at a theme-relative path, or null when it is missing or did not parse.</summary>
    public Template? Template(string themeRelativePath) => _files.GetValueOrDefault(themeRelativePath)?.Parsed;

    /// <summary>A layout file exists but did not parse (its syntax errors are reported): pages using it are skipped quietly.</summary>
    public bool IsBroken(string layout) => _files.TryGetValue(LayoutPath(layout), out var file) && file.Parsed is null;

    /// <summary>
    /// The theme file an <c>include</c> names, as its theme-relative path; or null with
    /// <paramref name="error"/> saying why it is refused. A name is a path relative to the theme
    /// folder (<c>partials/toc.scriban</c>; the extension may be left out). Absolute paths,
    /// <c>..</c> segments, and files whose real path (symbolic links followed) is outside the
    /// theme folder are refused before anything is read.
    /// </summary>
    public string? Resolve(string? name, out string? error)
    {
        if (name is null)
        {
            return ResolveUncached(name, out error);
        }

        // Every page includes the same dozen names: the answer is kept (the theme's files do not change once loaded).
        if (!_resolved.TryGetValue(name, out var resolved))
        {
            resolved = (ResolveUncached(name, out var uncachedError), uncachedError);
            if (_resolved.Count < MaxResolvedNames)
            {
                _resolved.TryAdd(name, resolved);
            }
        }

        error = resolved.Error;
        return resolved.Path;
    }

    private string? ResolveUncached(string? name, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            error = "Include template name cannot be empty";
            return null;
        }

        var normalized = name.Replace('\\', '/');
        if (Path.IsPathRooted(name) || normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':'))
        {
            error = $"Invalid include path `{name}`: only paths relative to the theme are allowed";
            return null;
        }

        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Contains(".."))
        {
            error = $"Invalid include path `{name}`: `..` is not allowed";
            return null;
        }

        var relative = string.Join('/', segments.Where(s => s != "."));
        foreach (var candidate in relative.EndsWith(Extension, StringComparison.Ordinal) ? [relative] : new[] { relative, relative + Extension })
        {
            if (_files.TryGetValue(candidate, out var file))
            {
                if (file.Text is null)
                {
                    error = $"Invalid include path `{name}`: it is a symbolic link to a file outside the theme folder";
                    return null;
                }

                return candidate;
            }
        }

        error = $"Include template `{name}` was not found in `{DisplayRoot}`";
        return null;
    }

    /// <summary>The text of a theme file found by <see cref="Resolve"/> (the one that was hashed and parsed).</summary>
    internal string TextOf(string themeRelativePath) => _files[themeRelativePath].Text ?? throw new InvalidOperationException($"{themeRelativePath} is outside the theme");

    /// <summary>The syntax errors of a theme file that did not parse, as the user sees them (1-based <c>path:line:col</c>).</summary>
    internal IEnumerable<Diagnostic> ErrorsOf(string themeRelativePath) =>
        _files.TryGetValue(themeRelativePath, out var file) && file.Messages is { } messages ? messages.Select(m => ToDiagnostic(m)) : [];

    /// <summary>Reads and parses every template; syntax errors become diagnostics (all of them, not just the first).</summary>
    public static Theme Load(string themeFolder, ICollection<Diagnostic> diagnostics)
    {
        var root = Path.GetFullPath(themeFolder);
        var display = DisplayPath(root);
        var files = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        var layoutFolder = Path.Combine(root, "layouts");
        if (!Directory.Exists(layoutFolder))
        {
            diagnostics.Add(Diagnostic.Error(display, 0, 0, "theme has no layouts/ folder"));
            return new Theme(root, display, files, hasLayouts: false);
        }

        var realRoot = RealPath.Of(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive };
        foreach (var file in Directory.EnumerateFiles(root, "*" + Extension, options).Order(StringComparer.Ordinal))
        {
            var relative = Relative(root, file);
            if (relative.StartsWith("assets/", StringComparison.Ordinal))
            {
                continue; // copied to the output as they are, never templates
            }

            if (!RealPath.IsInside(RealPath.Of(file), realRoot))
            {
                // Never read: a template cannot be used to publish a file from elsewhere on the machine.
                files[relative] = new ThemeFile(null, null, null);
                if (relative.StartsWith("layouts/", StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Error($"{display}/{relative}", 0, 0, "layout is a symbolic link to a file outside the theme folder"));
                }

                continue;
            }

            var text = File.ReadAllText(file);
            var template = Scriban.Template.Parse(text, relative);
            if (template.HasErrors)
            {
                var messages = template.Messages.ToList();
                files[relative] = new ThemeFile(text, null, messages);
                foreach (var message in messages)
                {
                    diagnostics.Add(ToDiagnostic(display, message));
                }
            }
            else
            {
                EmptyIndents.RemoveFrom(template.Page);
                EscapePipes.RewriteIn(template.Page);
                files[relative] = new ThemeFile(text, template, null);
            }
        }

        if (!files.ContainsKey(LayoutPath(BaseLayout)))
        {
            diagnostics.Add(Diagnostic.Error($"{display}/layouts", 0, 0, $"theme has no layouts/{BaseLayout}{Extension}"));
        }

        return new Theme(root, display, files, hasLayouts: true);
    }

    /// <summary>A Scriban message as a diagnostic at the template file as the user sees it.</summary>
    public Diagnostic ToDiagnostic(LogMessage message) => ToDiagnostic(DisplayRoot, message);

    // Scriban counts lines and columns from 0; diagnostics (and editors) from 1.
    private static Diagnostic ToDiagnostic(string display, LogMessage message)
    {
        var span = message.Span;
        var path = string.IsNullOrEmpty(span.FileName) ? display : $"{display}/{span.FileName}";
        return message.Type == ParserMessageType.Error
            ? Diagnostic.Error(path, span.Start.Line + 1, span.Start.Column + 1, message.Message)
            : Diagnostic.Warning(path, span.Start.Line + 1, span.Start.Column + 1, message.Message);
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static string DisplayPath(string full)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }

    /// <param name="Text">Null for a file whose real path is outside the theme (never read).</param>
    /// <param name="Parsed">Null when the text has syntax errors (<paramref name="Messages"/>).</param>
    private sealed record ThemeFile(string? Text, Template? Parsed, List<LogMessage>? Messages);
}
