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
public sealed class ScriptFunctionCall : ScriptExpression
{
    // True when every argument is a plain positional expression (no `name:` and no `^spread`), which allows
    // builtins to be called without building a ScriptArguments.
    private readonly bool _positionalOnly;

    public ScriptFunctionCall(ScriptExpression target, List<ScriptExpression> arguments)
    {
        Target = target;
        Arguments = arguments;
        _positionalOnly = arguments.TrueForAll(static a => a is not ScriptNamedArgument and not ScriptUnaryExpression { Operator: UnaryOperator.Spread });
    }

    public ScriptExpression Target { get; }

    public List<ScriptExpression> Arguments { get; }

    public override object? Evaluate(TemplateContext context) => Invoke(context, null);

    internal object? Invoke(TemplateContext context, ScriptBlockStatement? wrapBlock)
    {
        // Take the pipe input first, so calls nested in the target or arguments do not consume it.
        var hasPipe = context.HasPipeArgument;
        var pipe = context.PipeArgument;
        context.HasPipeArgument = false;
        context.PipeArgument = null;
        var function = EvaluateTarget(context, wrapBlock);
        return InvokeFunction(context, function, hasPipe, pipe, wrapBlock);
    }

    /// <summary>
    /// Executes the call as a whole statement: its value is written to the output. A function that produces
    /// text (<c>include</c>) writes it directly instead of returning a string.
    /// </summary>
    internal void ExecuteAsStatement(TemplateContext context, ScriptNode statement)
    {
        context.HasPipeArgument = false;
        context.PipeArgument = null;
        var function = EvaluateTarget(context, null);
        if (function is not IOutputFunction output)
        {
            var value = InvokeFunction(context, function, false, null, null);
            if (value != null)
            {
                context.Write(statement, value);
            }
            return;
        }
        var arguments = context.RentArguments();
        try
        {
            EvaluateArguments(context, arguments, false, null, null);
            context.EnterRecursive(this);
            try
            {
                output.InvokeToOutput(context, this, arguments);
            }
            finally
            {
                context.ExitRecursive();
            }
        }
        finally
        {
            context.ReturnArguments(arguments);
        }
    }

    /// <summary>
    /// Like <see cref="Invoke"/> on the right of a pipe used as a statement, writing the value: a builtin with a
    /// write body appends its text to the output directly.
    /// </summary>
    internal void WriteAsStatement(TemplateContext context, ScriptNode statement)
    {
        var hasPipe = context.HasPipeArgument;
        var pipe = context.PipeArgument;
        context.HasPipeArgument = false;
        context.PipeArgument = null;
        var function = EvaluateTarget(context, null);
        object? result;
        if (_positionalOnly && function is BuiltinFunction builtin)
        {
            if (builtin.TryWritePositional(context, this, statement, hasPipe, pipe, Arguments))
            {
                return;
            }
            if (!builtin.TryInvokePositional(context, this, hasPipe, pipe, Arguments, out result))
            {
                result = InvokeGeneral(context, function, hasPipe, pipe);
            }
        }
        else
        {
            result = InvokeGeneral(context, function, hasPipe, pipe);
        }
        if (result != null)
        {
            context.Write(statement, result);
        }
    }

    /// <summary>Calls the evaluated target: a builtin without named or spread arguments takes its arguments without a list.</summary>
    private object? InvokeFunction(TemplateContext context, IScriptFunction function, bool hasPipe, object? pipe, ScriptBlockStatement? wrapBlock)
    {
        if (wrapBlock == null && _positionalOnly && function is BuiltinFunction builtin && builtin.TryInvokePositional(context, this, hasPipe, pipe, Arguments, out var result))
        {
            return result;
        }
        return InvokeGeneral(context, function, hasPipe, pipe, wrapBlock);
    }

    /// <summary>Calls the evaluated target with its arguments evaluated into a rented list.</summary>
    private object? InvokeGeneral(TemplateContext context, IScriptFunction function, bool hasPipe, object? pipe, ScriptBlockStatement? wrapBlock = null)
    {
        var arguments = context.RentArguments();
        try
        {
            EvaluateArguments(context, arguments, hasPipe, pipe, wrapBlock);
            return CallFunction(context, this, function, arguments);
        }
        finally
        {
            context.ReturnArguments(arguments);
        }
    }

    private IScriptFunction EvaluateTarget(TemplateContext context, ScriptBlockStatement? wrapBlock)
    {
        var target = Target.EvaluateNoCall(context);
        if (target is BuiltinFunction builtin)
        {
            return builtin;
        }
        if (target is IScriptFunction function)
        {
            return function;
        }
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

    private void EvaluateArguments(TemplateContext context, ScriptArguments arguments, bool hasPipe, object? pipe, ScriptBlockStatement? wrapBlock)
    {
        var positional = arguments.Positional;
        if (hasPipe)
        {
            AddPipeArgument(positional, pipe);
        }
        arguments.WrapBlock = wrapBlock;
        foreach (var argument in Arguments)
        {
            switch (argument)
            {
                case ScriptNamedArgument named:
                    arguments.AddNamed(named.Name, named.Value.Evaluate(context));
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
    }

    /// <summary>Calls a function read from a variable/member without explicit arguments (auto-call).</summary>
    internal static object? Call(TemplateContext context, ScriptNode caller, IScriptFunction function, ScriptArguments? arguments, ScriptBlockStatement? wrapBlock)
    {
        var hasPipe = context.HasPipeArgument;
        var pipe = context.PipeArgument;
        if (hasPipe)
        {
            context.HasPipeArgument = false;
            context.PipeArgument = null;
        }
        if (arguments == null && wrapBlock == null && function is BuiltinFunction builtin && builtin.TryInvokePositional(context, caller, hasPipe, pipe, null, out var result))
        {
            return result;
        }
        var rented = arguments == null ? context.RentArguments() : null;
        arguments ??= rented!;
        try
        {
            if (hasPipe)
            {
                if (arguments.Count == 0)
                {
                    AddPipeArgument(arguments.Positional, pipe);
                }
                else
                {
                    var first = new List<object?>();
                    AddPipeArgument(first, pipe);
                    arguments.Positional.InsertRange(0, first);
                }
            }
            arguments.WrapBlock ??= wrapBlock;
            return CallFunction(context, caller, function, arguments);
        }
        finally
        {
            if (rented != null)
            {
                context.ReturnArguments(rented);
            }
        }
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

    public override object? Evaluate(TemplateContext context) => Run(context, null);

    /// <summary>
    /// Executes the pipe as a whole statement whose last stage is a call: its value is written to the output, and
    /// builtins that can write their text (<c>html.escape</c>, <c>date.to_string</c>) do so without a string.
    /// </summary>
    internal void ExecuteAsStatement(TemplateContext context, ScriptNode statement) => Run(context, statement);

    /// <summary>
    /// <c>value | html.escape</c> as a statement: the function read from the member is called with the pipe input
    /// exactly as <see cref="ScriptMemberExpression.Evaluate"/> would, but a builtin with a write body writes its text.
    /// </summary>
    private static void WriteMemberAsStatement(TemplateContext context, ScriptMemberExpression member, ScriptNode statement)
    {
        var value = member.EvaluateNoCall(context);
        var function = ScriptFunctions.As(value);
        if (function is BuiltinFunction { WriteBody: not null } builtin && context.HasPipeArgument)
        {
            var pipe = context.PipeArgument;
            context.HasPipeArgument = false;
            context.PipeArgument = null;
            if (builtin.TryWritePositional(context, member, statement, true, pipe, null))
            {
                return;
            }
            // Not eligible (nothing was evaluated): the general call below consumes the pipe input.
            context.HasPipeArgument = true;
            context.PipeArgument = pipe;
        }
        // A plain value is written only when the pipe input was consumed; otherwise Run reports the error first.
        var result = function == null ? (context.HasPipeArgument ? null : value) : ScriptFunctionCall.Call(context, member, function, null, null);
        if (result != null)
        {
            context.Write(statement, result);
        }
    }

    private object? Run(TemplateContext context, ScriptNode? statement)
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
            object? result;
            if (statement != null && To is ScriptFunctionCall call)
            {
                call.WriteAsStatement(context, statement);
                result = null;
            }
            else if (statement != null && To is ScriptMemberExpression member)
            {
                WriteMemberAsStatement(context, member, statement);
                result = null;
            }
            else
            {
                result = To.Evaluate(context);
            }
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
