using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary><c>capture target ... end</c>: renders the body into a string variable.</summary>
public sealed class ScriptCaptureStatement(ScriptExpression target, ScriptBlockStatement body) : ScriptStatement
{
    public ScriptExpression Target { get; } = target;

    public ScriptBlockStatement Body { get; } = body;

    public override void Execute(TemplateContext context)
    {
        context.PushOutput();
        string text;
        try
        {
            Body.Execute(context);
        }
        finally
        {
            text = context.PopOutput();
        }
        if (Target is not IAssignableExpression assignable)
        {
            throw new ScriptRuntimeException(Target.Span, "Unsupported target expression for capture.");
        }
        assignable.Assign(context, text);
    }
}

/// <summary><c>readonly x</c></summary>
public sealed class ScriptReadOnlyStatement(ScriptVariable variable) : ScriptStatement
{
    public ScriptVariable Variable { get; } = variable;

    public override void Execute(TemplateContext context) => context.SetReadOnly(Variable);
}

/// <summary><c>import obj</c>: copies members into the current global object.</summary>
public sealed class ScriptImportStatement(ScriptExpression expression) : ScriptStatement
{
    public ScriptExpression Expression { get; } = expression;

    public override void Execute(TemplateContext context)
    {
        var value = Expression.Evaluate(context);
        if (value == null)
        {
            return;
        }
        var target = context.CurrentGlobal;
        if (value is ScriptObject so)
        {
            foreach (var (key, v) in so)
            {
                if (!target.IsReadOnlyMember(key))
                {
                    target.TrySetValue(context, key, v);
                }
            }
            return;
        }
        throw new ScriptRuntimeException(Expression.Span, $"Unexpected value `{ValueConverter.TypeName(value)}` for import. Expecting an plain script object");
    }
}

/// <summary><c>with obj ... end</c>: pushes <c>obj</c> as the current global object.</summary>
public sealed class ScriptWithStatement(ScriptExpression target, ScriptBlockStatement body) : ScriptStatement
{
    public ScriptExpression Target { get; } = target;

    public ScriptBlockStatement Body { get; } = body;

    public override void Execute(TemplateContext context)
    {
        var value = Target.Evaluate(context);
        if (value is not ScriptObject so)
        {
            throw new ScriptRuntimeException(Target.Span, $"Invalid target property `{Target}` used for [with] statement. Must be a ScriptObject instead of `{(value == null ? "null" : ValueConverter.TypeName(value))}`");
        }
        context.PushGlobal(so);
        try
        {
            Body.Execute(context);
        }
        finally
        {
            context.PopGlobal();
        }
    }
}

/// <summary><c>wrap fn args ... end</c>: calls <c>fn</c> with the body available as <c>$$</c>.</summary>
public sealed class ScriptWrapStatement(ScriptFunctionCall call, ScriptBlockStatement body) : ScriptStatement
{
    public ScriptFunctionCall Call { get; } = call;

    public ScriptBlockStatement Body { get; } = body;

    public override void Execute(TemplateContext context)
    {
        var result = Call.Invoke(context, Body);
        if (result != null)
        {
            context.Write(this, result);
        }
    }
}

/// <summary><c>ret [value]</c></summary>
public sealed class ScriptReturnStatement(ScriptExpression? value) : ScriptStatement
{
    public ScriptExpression? Value { get; } = value;

    public override void Execute(TemplateContext context)
    {
        context.ReturnValue = Value?.Evaluate(context);
        context.FlowState = ScriptFlowState.Return;
    }
}

/// <summary><c>func name ... end</c>: stores the function in a variable.</summary>
public sealed class ScriptFunctionStatement(ScriptVariable name, ScriptFunctionDefinition function) : ScriptStatement
{
    public ScriptVariable Name { get; } = name;

    public ScriptFunctionDefinition Function { get; } = function;

    public override void Execute(TemplateContext context) => context.SetVariable(Name, Function);
}
