using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Scriban's <c>html.escape</c> without its per-call writer. Scriban encodes every value through
/// a new <see cref="StringWriter"/> (to check the string limit as it writes) and copies the result
/// out, even when there is nothing to escape; a page calls it a few hundred times. The encoding
/// is the same call, <see cref="WebUtility.HtmlEncode(string)"/>, which returns the value itself
/// when nothing needs escaping; the limit is checked on the result with Scriban's message. The
/// function's signature (argument conversion, errors for a wrong call) is Scriban's own.
/// </summary>
internal sealed class HtmlEscape(IScriptCustomFunction scriban) : ScribanFunctionOverride(scriban)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Escape(context, callerContext?.Span ?? context.CurrentSpan, arguments[0]);

    /// <summary>
    /// The call's work: <paramref name="value"/> converted to a string as Scriban converts a string argument (errors
    /// placed at <paramref name="span"/>), then <see cref="WebUtility.HtmlEncode(string)"/> under Scriban's string limit.
    /// </summary>
    public static string? Escape(TemplateContext context, SourceSpan span, object? value)
    {
        var text = value is null ? null : value as string ?? (string?)context.ToObject(span, value, typeof(string));
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var escaped = WebUtility.HtmlEncode(text);
        if (context.LimitToString > 0 && escaped.Length > context.LimitToString)
        {
            throw new InvalidOperationException($"The resulting string length exceeds the configured LimitToString `{context.LimitToString}`.");
        }

        return escaped;
    }

    /// <summary>Replaces <c>html.escape</c> in a context's builtins.</summary>
    public static void Install(ScriptObject builtins)
    {
        var html = (ScriptObject)builtins["html"]!;
        html.SetValue("escape", new HtmlEscape((IScriptCustomFunction)html["escape"]!), readOnly: true);
    }
}
