using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>Anything callable from a template: builtins, imported delegates, <c>func</c> definitions.</summary>
public interface IScriptFunction
{
    object? Invoke(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments);
}

/// <summary>Function test for values read by variables and members, the hottest check of a render.</summary>
internal static class ScriptFunctions
{
    /// <summary>
    /// The value as a function, or null. Strings and plain script objects, most of what templates read, are
    /// rejected by an exact type compare before the slower interface cast.
    /// </summary>
    public static IScriptFunction? As(object? value)
    {
        if (value is null or string || value.GetType() == typeof(ScriptObject))
        {
            return null;
        }
        return value as IScriptFunction;
    }
}

/// <summary>
/// A function whose result is text it can write straight into the current output (<c>include</c>):
/// used when the call is a whole statement, so the text is never materialised as a string.
/// </summary>
internal interface IOutputFunction : IScriptFunction
{
    void InvokeToOutput(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments);
}

/// <summary>Evaluated call arguments: positional values, named values and an optional wrap block.</summary>
public sealed class ScriptArguments
{
    public static ScriptArguments Empty() => new(new List<object?>(0));

    public ScriptArguments(List<object?> positional)
    {
        Positional = positional;
    }

    public List<object?> Positional { get; }

    public List<KeyValuePair<string, object?>>? Named { get; set; }

    /// <summary>The body of a <c>wrap</c> statement, available as <c>$$</c>.</summary>
    public ScriptBlockStatement? WrapBlock { get; set; }

    public int Count => Positional.Count;

    private List<KeyValuePair<string, object?>>? _spareNamed;

    internal void AddNamed(string name, object? value) => (Named ??= _spareNamed ?? new()).Add(new(name, value));

    /// <summary>Empties the instance so the context can hand it to the next call.</summary>
    internal void Reset()
    {
        Positional.Clear();
        if (Named != null)
        {
            Named.Clear();
            _spareNamed = Named;
            Named = null;
        }
        WrapBlock = null;
    }
}
