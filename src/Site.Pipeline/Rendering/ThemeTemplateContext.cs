using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Content.Text;
using Site.Pipeline.Model;

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
        BuiltinHtml = BuiltinObject["html"];
    }

    /// <summary>The builtin <c>html</c> object: an <see cref="EscapedExpression"/> stands for its <c>escape</c> only when <c>html</c> is this object.</summary>
    public object? BuiltinHtml { get; }

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

    /// <summary>
    /// A member read on the page model (<c>page.title</c>, <c>t.post.by</c>, <c>$tag.url</c>: a variable, then members of
    /// <see cref="ModelMap"/> objects) is answered here, straight from the maps, as <see cref="ReadOnlyMapAccessor"/>
    /// answers it; Scriban's own path resolves an accessor for every object of the chain and then calls it through an
    /// interface, about a fifth of the render step's time. Anything else (another kind of object on the way, a member
    /// the map does not have, a function) is evaluated by Scriban, from the start: reading variables and map entries has
    /// no effect to repeat.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction) =>
        // The exact type: a test any node type can answer with one comparison, where `is` walks the class hierarchy
        // (written `x.GetType() == typeof(T)` on a non-null x, the form the JIT turns into that comparison).
        scriptNode is not null && scriptNode.GetType() == typeof(ScriptMemberExpression) && TryReadModel((ScriptMemberExpression)scriptNode, out var value)
            ? value
            : base.Evaluate(scriptNode, aliasReturnedFunction);

    private bool TryReadModel(ScriptMemberExpression expression, out object? value)
    {
        value = null;
        object? target;
        switch (expression.Target)
        {
            case ScriptVariable variable:
                target = variable.GetValue(this); // as Scriban reads it: the overload of the variable's kind
                break;
            case ScriptMemberExpression inner when inner.GetType() == typeof(ScriptMemberExpression) && TryReadModel(inner, out var innerValue):
                target = innerValue;
                break;
            default:
                return false;
        }

        // Exact types again: a derived map or a function value is left to Scriban, which gives the same answer.
        if (target is null
            || target.GetType() != typeof(ModelMap)
            || expression.Member is not { } member
            || expression.DotToken?.TokenType == Scriban.Parsing.TokenType.QuestionDot
            || !((ModelMap)target).TryGetValue(member.Name, out value)
            || MayBeFunction(value))
        {
            return false;
        }

        value = ReadOnlyMapAccessor.Unwrap(value);
        return true;
    }

    /// <summary>
    /// Whether a model value could be a function, which Scriban calls when it is read. The interface test scans the
    /// value's interfaces and was a fifth of these reads' time; the model's own value types are told apart first
    /// (sealed types and exact-type comparisons, one comparison each; a <see cref="object.GetType"/> result kept in a
    /// variable is a call instead).
    /// </summary>
    private static bool MayBeFunction(object? value) =>
        value is not (null or string or bool or int or CompactText)
        && value.GetType() != typeof(ModelMap)
        && value.GetType() != typeof(List<object?>)
        && value is IScriptCustomFunction;

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
