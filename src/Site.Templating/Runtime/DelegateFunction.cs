using System.Linq.Expressions;
using System.Reflection;
using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>
/// Wraps a .NET method imported with <see cref="ScriptObject.Import(string, Delegate)"/>. The call is compiled
/// once into a <c>Func&lt;object?[], object?&gt;</c>; a leading <see cref="TemplateContext"/> parameter is injected.
/// </summary>
public sealed class DelegateFunction : IScriptFunction
{
    private readonly Func<object?[], object?> _invoker;
    private readonly ParameterInfo[] _parameters;
    private readonly bool _injectContext;

    private DelegateFunction(MethodInfo method, object? target)
    {
        Name = MemberRenamer.Rename(method.Name);
        var all = method.GetParameters();
        _injectContext = all.Length > 0 && all[0].ParameterType == typeof(TemplateContext);
        _parameters = _injectContext ? all[1..] : all;
        var args = Expression.Parameter(typeof(object?[]), "args");
        var callArgs = all.Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType)).ToArray();
        Expression call = method.IsStatic
            ? Expression.Call(method, callArgs)
            : Expression.Call(Expression.Convert(Expression.Constant(target), method.DeclaringType!), method, callArgs);
        Expression body = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        _invoker = Expression.Lambda<Func<object?[], object?>>(body, args).Compile();
    }

    public string Name { get; }

    public static DelegateFunction FromMethod(MethodInfo method, object? target) => new(method, target);

    public object? Invoke(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments)
    {
        var offset = _injectContext ? 1 : 0;
        var values = new object?[_parameters.Length + offset];
        var set = new bool[_parameters.Length];
        if (_injectContext)
        {
            values[0] = context;
        }
        var paramsIndex = _parameters.Length > 0 && _parameters[^1].IsDefined(typeof(ParamArrayAttribute)) ? _parameters.Length - 1 : -1;
        List<object?>? rest = paramsIndex >= 0 ? new() : null;
        var pi = 0;
        foreach (var value in arguments.Positional)
        {
            if (pi < _parameters.Length && pi != paramsIndex)
            {
                values[pi + offset] = value;
                set[pi] = true;
                pi++;
            }
            else if (rest != null)
            {
                rest.Add(value);
            }
            else
            {
                throw new ScriptRuntimeException(callerNode.Span, $"Invalid number of arguments `{arguments.Count}` passed to `{Name}` while expecting `{_parameters.Length}` arguments");
            }
        }
        if (arguments.Named != null)
        {
            foreach (var (name, value) in arguments.Named)
            {
                var index = Array.FindIndex(_parameters, p => p.Name == name || MemberRenamer.Rename(p.Name!) == name);
                if (index < 0)
                {
                    throw new ScriptRuntimeException(callerNode.Span, $"Unable to find a parameter named `{name}` for the function `{Name}`");
                }
                if (index == paramsIndex)
                {
                    rest!.Add(value);
                    continue;
                }
                values[index + offset] = value;
                set[index] = true;
            }
        }
        for (var i = 0; i < _parameters.Length; i++)
        {
            var p = _parameters[i];
            if (i == paramsIndex)
            {
                var elementType = p.ParameterType.GetElementType()!;
                var array = Array.CreateInstance(elementType, rest!.Count);
                for (var j = 0; j < rest.Count; j++)
                {
                    array.SetValue(ValueConverter.ConvertTo(context, callerNode, rest[j], elementType), j);
                }
                values[i + offset] = array;
                continue;
            }
            if (!set[i])
            {
                if (!p.HasDefaultValue)
                {
                    throw new ScriptRuntimeException(callerNode.Span, $"Invalid number of arguments `{arguments.Count}` passed to `{Name}` while expecting `{_parameters.Length}` arguments");
                }
                values[i + offset] = p.DefaultValue;
                continue;
            }
            values[i + offset] = ValueConverter.ConvertTo(context, callerNode, values[i + offset], p.ParameterType);
        }
        return _invoker(values);
    }
}
