using Site.Templating;
using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Passes <c>include</c> lookups to the theme's loader and notes every template a render asked
/// for (theme-relative paths), so each output's dependency record lists the partials it used,
/// including ones chosen at run time. One per render thread, like the template context.
/// </summary>
internal sealed class RecordingTemplateLoader(ITemplateLoader inner, string themeRoot) : ITemplateLoader
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _relative = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Used => _used;

    public void Reset() => _used.Clear();

    public void Note(string themeRelativePath) => _used.Add(themeRelativePath);

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = inner.GetPath(context, callerSpan, templateName);
        if (path is not null)
        {
            if (!_relative.TryGetValue(path, out var relative))
            {
                relative = Path.GetRelativePath(themeRoot, path).Replace('\\', '/');
                _relative[path] = relative;
            }

            _used.Add(relative);
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => inner.Load(context, callerSpan, templatePath);

    public Template? LoadParsed(TemplateContext context, SourceSpan callerSpan, string templatePath) => inner.LoadParsed(context, callerSpan, templatePath);
}
