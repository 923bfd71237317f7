using System.Collections;
using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary><c>name: value</c> inside a call.</summary>
public sealed class ScriptNamedArgument(string name, ScriptExpression value) : ScriptExpression
{
    public string Name { get; } = name;

    public ScriptExpression Value { get; } = value;

    public override object? Evaluate(TemplateContext context) => Value.Evaluate(context);
}

/// <summary>A call: <c>f a b</c>, <c>f(a, b)</c>, or the right side of a pipe.</summary>
public sealed class ScriptFunctionCall(ScriptExpression target, List<ScriptExpression> arguments) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;

    public List<ScriptExpression> Arguments { get; } = arguments;

    public override object? Evaluate(TemplateContext context) => Invoke(context, null);

    internal object? Invoke(TemplateContext context, ScriptBlockStatement? wrapBlock)
    {
        // Take the pipe input first, so calls nested in the target or arguments do not consume it.
        var hasPipe = context.HasPipeArgument;
        var pipe = context.PipeArgument;
        context.HasPipeArgument = false;
        context.PipeArgument = null;
        var target = Target.EvaluateNoCall(context);
        if (target is not IScriptFunction function)
        {
            if (wrapBlock != null)
            {
                throw new ScriptRuntimeException(Target.Span, $"Expecting a direct function instead of the expression `{Target}/{Target.KindName}`");
            }
            if (target == null)
            {
                throw new ScriptRuntimeException(Span, $"The function `{Target}` was not found");
            }
            throw new ScriptRuntimeException(Span, $"Invalid target function `{Target}` ({ValueConverter.TypeName(target)})");
        }
        var positional = new List<object?>(Arguments.Count + (hasPipe ? 1 : 0));
        if (hasPipe)
        {
            AddPipeArgument(positional, pipe);
        }
        var arguments = new ScriptArguments(positional) { WrapBlock = wrapBlock };
        foreach (var argument in Arguments)
        {
            switch (argument)
            {
                case ScriptNamedArgument named:
                    (arguments.Named ??= new()).Add(new(named.Name, named.Value.Evaluate(context)));
                    break;
                case ScriptUnaryExpression { Operator: UnaryOperator.Spread } spread:
                    {
                        var value = spread.Operand.Evaluate(context);
                        if (value is IEnumerable e and not string)
                        {
                            foreach (var item in e)
                            {
                                positional.Add(item);
                            }
                        }
                        else
                        {
                            positional.Add(value);
                        }
                        break;
                    }
                default:
                    positional.Add(argument.Evaluate(context));
                    break;
            }
        }
        return CallFunction(context, this, function, arguments);
    }

    /// <summary>Calls a function read from a variable/member without explicit arguments (auto-call).</summary>
    internal static object? Call(TemplateContext context, ScriptNode caller, IScriptFunction function, ScriptArguments? arguments, ScriptBlockStatement? wrapBlock)
    {
        arguments ??= new ScriptArguments(new List<object?>(1));
        if (context.HasPipeArgument)
        {
            var first = new List<object?>();
            AddPipeArgument(first, context.PipeArgument);
            arguments.Positional.InsertRange(0, first);
            context.HasPipeArgument = false;
            context.PipeArgument = null;
        }
        arguments.WrapBlock ??= wrapBlock;
        return CallFunction(context, caller, function, arguments);
    }

    private static void AddPipeArgument(List<object?> positional, object? pipe)
    {
        if (pipe is PipeSpread spread)
        {
            foreach (var item in spread.Items)
            {
                positional.Add(item);
            }
        }
        else
        {
            positional.Add(pipe);
        }
    }

    /// <summary>A pipe input written as <c>^list | f</c>: expanded into several arguments.</summary>
    internal sealed record PipeSpread(IEnumerable Items);

    private static object? CallFunction(TemplateContext context, ScriptNode caller, IScriptFunction function, ScriptArguments arguments)
    {
        context.EnterRecursive(caller);
        try
        {
            return function.Invoke(context, caller, arguments);
        }
        finally
        {
            context.ExitRecursive();
        }
    }
}

/// <summary><c>from | to</c>: the left value becomes the first argument of the call on the right.</summary>
public sealed class ScriptPipeCall(ScriptExpression from, ScriptExpression to) : ScriptExpression
{
    public ScriptExpression From { get; } = from;

    public ScriptExpression To { get; } = to;

    public override object? Evaluate(TemplateContext context)
    {
        var value = From.Evaluate(context);
        if (From is ScriptUnaryExpression { Operator: UnaryOperator.Spread } && value is IEnumerable spread and not string)
        {
            value = new ScriptFunctionCall.PipeSpread(spread);
        }
        var savedHas = context.HasPipeArgument;
        var savedArg = context.PipeArgument;
        context.HasPipeArgument = true;
        context.PipeArgument = value;
        try
        {
            var result = To.Evaluate(context);
            if (context.HasPipeArgument)
            {
                throw new ScriptRuntimeException(To.Span, $"Pipe expression destination `{To}` is not a valid function ");
            }
            return result;
        }
        finally
        {
            context.HasPipeArgument = savedHas;
            context.PipeArgument = savedArg;
        }
    }
}
