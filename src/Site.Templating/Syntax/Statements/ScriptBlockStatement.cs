using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary>A sequence of statements; stops early when a break/continue/return is signalled.</summary>
public class ScriptBlockStatement : ScriptStatement
{
    public List<ScriptStatement> Statements { get; } = new();

    public override void Execute(TemplateContext context)
    {
        var statements = Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            try
            {
                statements[i].Execute(context);
            }
            catch (Exception ex) when (ex is OverflowException or FormatException or InvalidCastException)
            {
                // A value conversion deep in an expression (e.g. a range bound beyond Int64) has no span
                // of its own: report it at the innermost statement, as every runtime error must be.
                throw new ScriptRuntimeException(statements[i].Span, ex.Message, ex);
            }

            if (context.FlowState != ScriptFlowState.None)
            {
                return;
            }
        }
    }
}

/// <summary>The root of a parsed template.</summary>
public sealed class ScriptPage : ScriptBlockStatement
{
}

/// <summary>Text outside code blocks.</summary>
public sealed class ScriptRawStatement(string text) : ScriptStatement
{
    public string Text { get; } = text;

    public override void Execute(TemplateContext context) => context.WriteRaw(this, Text);
}

/// <summary>Marks entering (<c>{{</c>) or leaving (<c>}}</c>) a code block; carries the auto-indent.</summary>
public sealed class ScriptCodeMarker(bool entering, string? indent) : ScriptStatement
{
    public bool IsEntering { get; } = entering;

    public string? Indent { get; } = indent;

    public override void Execute(TemplateContext context)
    {
        context.CurrentIndent = IsEntering ? Indent : null;
        context.ResetIndentState();
    }
}

/// <summary>An expression used as a statement: its value is written to the output.</summary>
public sealed class ScriptExpressionStatement(ScriptExpression expression) : ScriptStatement
{
    public ScriptExpression Expression { get; } = expression;

    public override void Execute(TemplateContext context)
    {
        if (Expression is ScriptFunctionCall call)
        {
            call.ExecuteAsStatement(context, this);
            return;
        }
        if (Expression is ScriptPipeCall { To: ScriptFunctionCall or ScriptMemberExpression } pipe)
        {
            pipe.ExecuteAsStatement(context, this);
            return;
        }
        var value = Expression.Evaluate(context);
        if (value != null && Expression is not ScriptAssignExpression)
        {
            context.Write(this, value);
        }
    }
}
