using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>One declared parameter of a builtin: a name, an optional default, or <c>params</c>.</summary>
public readonly record struct ParamSpec(string Name, bool HasDefault = false, object? Default = null, bool IsParams = false)
{
    public static ParamSpec Req(string name) => new(name);

    public static ParamSpec Opt(string name, object? value = null) => new(name, true, value);

    public static ParamSpec Params(string name) => new(name, IsParams: true);
}

/// <summary>
/// A function implemented in C# with declared parameters. Arguments are bound by position or name
/// without reflection; the body receives them as an array in declaration order.
/// </summary>
public sealed class BuiltinFunction : IScriptFunction
{
    private readonly Func<TemplateContext, ScriptNode, object?[], object?> _body;

    public BuiltinFunction(string name, ParamSpec[] parameters, Func<TemplateContext, ScriptNode, object?[], object?> body)
    {
        Name = name;
        Parameters = parameters;
        _body = body;
        foreach (var p in parameters)
        {
            if (!p.HasDefault && !p.IsParams)
            {
                RequiredCount++;
            }
            _hasParams |= p.IsParams;
        }
    }

    private readonly bool _hasParams;

    public string Name { get; internal set; }

    public ParamSpec[] Parameters { get; }

    public int RequiredCount { get; }

    /// <summary>
    /// Set for builtins audited to never keep their argument array after returning (no lazy results or closures
    /// over it): their positional calls use arrays recycled by the context instead of a new array per call.
    /// </summary>
    internal bool ReleasesArguments { get; set; }

    public object? Invoke(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments)
    {
        var values = Bind(callerNode, arguments);
        return _body(context, callerNode, values);
    }

    /// <summary>
    /// Fast path for calls with positional arguments only: evaluates them straight into the parameter array,
    /// with no intermediate argument list. Returns false (nothing evaluated) when the general binder is needed.
    /// </summary>
    internal bool TryInvokePositional(TemplateContext context, ScriptNode callerNode, bool hasPipe, object? pipe, List<ScriptExpression>? arguments, out object? result) =>
        TryRunPositional(context, callerNode, null, hasPipe, pipe, arguments, out result);

    /// <summary>
    /// For a call whose value a statement writes: a builtin with a <see cref="WriteBody"/> appends its text to the
    /// output itself. Returns false (nothing evaluated) when the caller must invoke the function normally.
    /// </summary>
    internal bool TryWritePositional(TemplateContext context, ScriptNode callerNode, ScriptNode statement, bool hasPipe, object? pipe, List<ScriptExpression>? arguments) =>
        WriteBody != null && TryRunPositional(context, callerNode, statement, hasPipe, pipe, arguments, out _);

    /// <summary>
    /// Optional variant of the body used when the call's value is written by a statement: it writes exactly the
    /// text the body's value would print (nothing for null) with <see cref="TemplateContext.WriteText"/>.
    /// </summary>
    internal Action<TemplateContext, ScriptNode, ScriptNode, object?[]>? WriteBody { get; set; }

    // Evaluates positional arguments straight into the parameter array, then runs the body, or the write body
    // when a statement is given.
    private bool TryRunPositional(TemplateContext context, ScriptNode callerNode, ScriptNode? statement, bool hasPipe, object? pipe, List<ScriptExpression>? arguments, out object? result)
    {
        var ps = Parameters;
        var count = (arguments?.Count ?? 0) + (hasPipe ? 1 : 0);
        if (_hasParams || count > ps.Length || pipe is ScriptFunctionCall.PipeSpread)
        {
            result = null;
            return false;
        }
        var pooled = ReleasesArguments && ps.Length > 0;
        var values = ps.Length == 0 ? Array.Empty<object?>() : pooled ? context.RentValues(ps.Length) : new object?[ps.Length];
        var i = 0;
        if (hasPipe)
        {
            values[i++] = pipe;
        }
        if (arguments != null)
        {
            foreach (var argument in arguments)
            {
                values[i++] = argument.Evaluate(context);
            }
        }
        for (; i < ps.Length; i++)
        {
            if (!ps[i].HasDefault)
            {
                var end = new SourceSpan(callerNode.Span.Path, callerNode.Span.End, callerNode.Span.End);
                throw new ScriptRuntimeException(end, $"Invalid number of arguments `{count}` passed to `{Name}` while expecting `{RequiredCount}` arguments");
            }
            values[i] = ps[i].Default;
        }
        if (pooled)
        {
            // Audited bodies never call back into templates: only the depth limit applies, no stack probe.
            context.EnterRecursiveDepth(callerNode);
        }
        else
        {
            context.EnterRecursive(callerNode);
        }
        try
        {
            if (statement != null)
            {
                WriteBody!(context, callerNode, statement, values);
                result = null;
            }
            else
            {
                result = _body(context, callerNode, values);
            }
        }
        finally
        {
            context.ExitRecursive();
            if (pooled)
            {
                context.ReturnValues(values);
            }
        }
        return true;
    }

    private object?[] Bind(ScriptNode callerNode, ScriptArguments arguments)
    {
        var ps = Parameters;
        var values = new object?[ps.Length];
        var set = 0u;
        ScriptArray? rest = null;
        var paramsIndex = -1;
        for (var i = 0; i < ps.Length; i++)
        {
            if (ps[i].IsParams)
            {
                paramsIndex = i;
                rest = new ScriptArray();
                values[i] = rest;
            }
        }
        var pi = 0;
        foreach (var value in arguments.Positional)
        {
            if (pi < ps.Length && !ps[pi].IsParams)
            {
                values[pi] = value;
                set |= 1u << pi;
                pi++;
            }
            else if (rest != null)
            {
                rest.Add(value);
            }
            else
            {
                throw new ScriptRuntimeException(callerNode.Span, $"Invalid number of arguments `{arguments.Count}` passed to `{Name}` while expecting `{ps.Length}` arguments");
            }
        }
        if (arguments.Named != null)
        {
            foreach (var (name, value) in arguments.Named)
            {
                var index = Array.FindIndex(ps, p => p.Name == name);
                if (index < 0)
                {
                    throw new ScriptRuntimeException(callerNode.Span, $"Unable to find a parameter named `{name}` for the function `{Name}`");
                }
                if (index == paramsIndex)
                {
                    rest!.Add(value);
                }
                else
                {
                    values[index] = value;
                    set |= 1u << index;
                }
            }
        }
        for (var i = 0; i < ps.Length; i++)
        {
            if ((set & (1u << i)) != 0 || ps[i].IsParams)
            {
                continue;
            }
            if (ps[i].HasDefault)
            {
                values[i] = ps[i].Default;
            }
            else
            {
                var end = new SourceSpan(callerNode.Span.Path, callerNode.Span.End, callerNode.Span.End);
                throw new ScriptRuntimeException(end, $"Invalid number of arguments `{arguments.Count}` passed to `{Name}` while expecting `{RequiredCount}` arguments");
            }
        }
        return values;
    }

    public override string ToString() => Name;
}
