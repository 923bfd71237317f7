using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary>A declared parameter of a parametric function.</summary>
public sealed record ScriptParameter(string Name, ScriptExpression? Default, bool IsVariadic, SourceSpan Span);

/// <summary>
/// A user function (<c>func</c>, <c>name(a) = expr</c>, <c>do ... end</c>). Simple functions read their arguments
/// through <c>$</c>; parametric functions bind named parameters in a new scope.
/// </summary>
public sealed class ScriptFunctionDefinition(string name, List<ScriptParameter>? parameters, ScriptBlockStatement body) : ScriptNode, IScriptFunction
{
    public string Name { get; } = name;

    /// <summary>Null for a simple function.</summary>
    public IReadOnlyList<ScriptParameter>? Parameters { get; } = parameters;

    public ScriptBlockStatement Body { get; } = body;

    public object? Invoke(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments)
    {
        var args = new ScriptArray(arguments.Positional);
        if (arguments.Named != null)
        {
            foreach (var (key, value) in arguments.Named)
            {
                args.Properties[key] = value;
            }
        }
        ScriptObject? scope = null;
        if (Parameters != null)
        {
            scope = BindParameters(context, callerNode, arguments);
        }
        var savedLoopDepth = context.LoopDepth;
        context.LoopDepth = 0;
        if (scope != null)
        {
            context.PushGlobal(scope);
        }
        context.PushLocal(args, arguments.WrapBlock);
        try
        {
            Body.Execute(context);
            var result = context.FlowState == ScriptFlowState.Return ? context.ReturnValue : null;
            context.FlowState = ScriptFlowState.None;
            context.ReturnValue = null;
            return result;
        }
        finally
        {
            context.PopLocal();
            if (scope != null)
            {
                context.PopGlobal();
            }
            context.LoopDepth = savedLoopDepth;
        }
    }

    private ScriptObject BindParameters(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments)
    {
        var parameters = Parameters!;
        var scope = new ScriptObject(parameters.Count);
        var positional = arguments.Positional;
        var index = 0;
        for (var p = 0; p < parameters.Count; p++)
        {
            var parameter = parameters[p];
            if (parameter.IsVariadic)
            {
                var rest = new ScriptArray();
                while (index < positional.Count)
                {
                    rest.Add(positional[index++]);
                }
                scope[parameter.Name] = rest;
                continue;
            }
            if (index < positional.Count)
            {
                scope[parameter.Name] = positional[index++];
            }
        }
        if (index < positional.Count)
        {
            throw new ScriptRuntimeException(callerNode.Span, $"Invalid number of arguments `{positional.Count}` passed to `{Name}` while expecting `{parameters.Count}` arguments");
        }
        if (arguments.Named != null)
        {
            foreach (var (key, value) in arguments.Named)
            {
                if (!parameters.Any(p => p.Name == key))
                {
                    throw new ScriptRuntimeException(callerNode.Span, $"Unable to find a parameter named `{key}` for the function `{Name}`");
                }
                scope[key] = value;
            }
        }
        foreach (var parameter in parameters)
        {
            if (scope.ContainsKey(parameter.Name))
            {
                continue;
            }
            if (parameter.Default != null)
            {
                scope[parameter.Name] = parameter.Default.Evaluate(context);
            }
            else if (!parameter.IsVariadic)
            {
                throw new ScriptRuntimeException(callerNode.Span, $"Missing argument `{parameter.Name}` when calling `{Name}`");
            }
        }
        return scope;
    }

    public override string ToString() => Name;
}
