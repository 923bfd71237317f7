using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Answers <c>include</c> from the theme's templates (see <see cref="Theme.Resolve"/>): a name
/// that is absolute, has <c>..</c>, leaves the theme through a symbolic link or does not exist
/// fails the render at the include. Notes every template a render used (theme-relative paths,
/// including ones chosen at run time) for the page's dependency record. One per render thread.
/// </summary>
internal sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Used => _used;

    public void Reset() => _used.Clear();

    public void Note(string themeRelativePath) => _used.Add(themeRelativePath);

    /// <returns>The theme-relative path, which is also the key of the parsed template shared by all contexts.</returns>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = theme.Resolve(templateName, out var error) ?? throw new ScriptRuntimeException(callerSpan, error!);
        _used.Add(path);
        return path;
    }

    /// <summary>Only asked for a template that did not parse (<see cref="ThemeTemplateContext"/> serves the parsed ones), so that Scriban reports its errors at the include.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => theme.TextOf(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
