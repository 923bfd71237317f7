using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>Resolves and loads templates for <c>include</c>.</summary>
public interface ITemplateLoader
{
    /// <summary>Maps a template name to a cache key / path; throw or return null to refuse it.</summary>
    string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName);

    /// <summary>Returns the template text for a path returned by <see cref="GetPath"/>.</summary>
    string Load(TemplateContext context, SourceSpan callerSpan, string templatePath);

    /// <summary>Optionally returns an already parsed template (loaders may cache parsing across renders).</summary>
    Template? LoadParsed(TemplateContext context, SourceSpan callerSpan, string templatePath) => null;
}
