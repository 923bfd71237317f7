using System.Collections.Concurrent;
using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>
/// Loads <c>include</c> templates from a root folder (the theme). Refuses absolute paths, <c>..</c>
/// escapes and symlinks that leave the root. Parsed templates are cached thread-safely, so one loader
/// can serve all parallel renders of a build.
/// </summary>
public sealed class FileSystemTemplateLoader : ITemplateLoader
{
    private readonly string _root;
    private readonly string[] _extensions;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    // Name → checked full path. Resolving costs several file-system calls (existence, symlinks) and a page
    // includes the same partials thousands of times per build; the theme does not change while a loader lives.
    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    public FileSystemTemplateLoader(string rootFolder, params string[] defaultExtensions)
    {
        _root = Path.GetFullPath(rootFolder);
        _extensions = defaultExtensions.Length == 0 ? new[] { ".scriban", ".html", ".sbn" } : defaultExtensions;
    }

    public string RootFolder => _root;

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName != null && _resolved.TryGetValue(templateName, out var known))
        {
            return known;
        }
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Contains('\0'))
        {
            throw new ScriptRuntimeException(callerSpan, $"Invalid include path `{templateName}`: only paths relative to the theme are allowed");
        }
        var parts = templateName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p == ".."))
        {
            throw new ScriptRuntimeException(callerSpan, $"Invalid include path `{templateName}`: `..` is not allowed");
        }
        var candidate = Path.GetFullPath(Path.Combine(_root, Path.Combine(parts)));
        var resolved = File.Exists(candidate) ? candidate : _extensions.Select(e => candidate + e).FirstOrDefault(File.Exists);
        if (resolved == null)
        {
            throw new ScriptRuntimeException(callerSpan, $"Include template `{templateName}` was not found in `{_root}`");
        }
        EnsureInsideRoot(callerSpan, templateName, resolved);
        _resolved.TryAdd(templateName, resolved);
        return resolved;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        EnsureInsideRoot(callerSpan, templatePath, templatePath);
        return File.ReadAllText(templatePath);
    }

    public Template? LoadParsed(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _parsed.GetOrAdd(templatePath, p =>
        {
            var text = Load(context, callerSpan, p);
            var relative = Path.GetRelativePath(_root, p).Replace('\\', '/');
            return Template.Parse(text, relative);
        });

    private void EnsureInsideRoot(SourceSpan span, string name, string fullPath)
    {
        // Resolve symlinks on every segment so a link cannot point outside the theme.
        var real = ResolveLinks(fullPath);
        var root = ResolveLinks(_root);
        var rootWithSep = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!real.StartsWith(rootWithSep, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(span, $"Invalid include path `{name}`: it resolves outside the theme folder");
        }
    }

    private static string ResolveLinks(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget != null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target != null)
                {
                    current = Path.GetFullPath(target.FullName);
                }
            }
        }
        return current;
    }
}
