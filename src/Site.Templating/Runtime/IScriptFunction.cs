using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>Anything callable from a template: builtins, imported delegates, <c>func</c> definitions.</summary>
public interface IScriptFunction
{
    object? Invoke(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments);
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
}
