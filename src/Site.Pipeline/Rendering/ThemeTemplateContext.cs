using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// A Scriban context bound to one theme, with the safety settings every render needs:
/// includes only from the theme (<see cref="ThemeTemplateLoader"/>), the explicit
/// <see cref="RenderLimits"/> (limits throw; nothing is truncated), and <c>\n</c> line ends on
/// every platform. Included templates are the theme's parsed ones, shared by all threads: a
/// context never parses. Not thread-safe: one per render thread.
/// </summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    private readonly Theme _theme;

    public ThemeTemplateContext(Theme theme, RenderLimits limits, IsolatedIncludes? includes)
        : base(Builtins())
    {
        _theme = theme;
        Includes = includes;
        Loader = new ThemeTemplateLoader(theme);
        TemplateLoader = Loader;
        NewLine = "\n";
        LoopLimit = limits.LoopIterations;
        RecursiveLimit = limits.RecursionDepth;
        LimitToString = limits.OutputLength;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = limits.OutputLength;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        ObjectRecursionLimit = limits.ObjectDepth;
        RegexTimeOut = limits.RegexTimeout;
    }

    public ThemeTemplateLoader Loader { get; }

    /// <summary>Where <c>include_cached</c> renders; null in that side context itself, where it is a plain include.</summary>
    public IsolatedIncludes? Includes { get; }

    /// <summary>
    /// Scriban's builtins, with <see cref="ThemeInclude"/> as <c>include</c>, <see cref="ThemeIncludeCached"/>
    /// as <c>include_cached</c> and <see cref="HtmlEscape"/> as <c>html.escape</c>.
    /// </summary>
    private static ScriptObject Builtins()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", new ThemeInclude(), readOnly: true);
        builtins.SetValue(ThemeIncludeCached.Name, new ThemeIncludeCached(), readOnly: true);
        HtmlEscape.Install(builtins);
        return builtins;
    }

    /// <summary>The page model's maps and lists are read directly and read-only (<see cref="ReadOnlyMapAccessor"/>).</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) => target switch
    {
        ModelMap => ReadOnlyMapAccessor.Instance,
        List<object?> => ReadOnlyListAccessor.Instance,
        _ => base.GetMemberAccessorImpl(target),
    };

    protected override IListAccessor? GetListAccessorImpl(object target, Type type) =>
        target is List<object?> ? ReadOnlyListAccessor.Instance : base.GetListAccessorImpl(target, type);

    /// <summary>The theme's parsed template; a template with syntax errors fails the include with those errors.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        if (_theme.Template(templatePath) is { } parsed)
        {
            return parsed;
        }

        var errors = string.Join("; ", _theme.ErrorsOf(templatePath).Select(d => d.Headline));
        throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan, $"Error while parsing template `{templatePath}`: {errors}");
    }
}
