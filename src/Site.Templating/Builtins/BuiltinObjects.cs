using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Templating.Builtins;

/// <summary>Builds the shared, frozen builtin object (array, date, html, math, object, regex, string, timespan, include).</summary>
public static class BuiltinObjects
{
    private static readonly Lazy<ScriptObject> SharedInstance = new(Create);

    /// <summary>One read-only instance shared by all contexts (builtins keep per-render state in the context).</summary>
    public static ScriptObject Shared => SharedInstance.Value;

    private static ScriptObject Create()
    {
        var root = new ScriptObject();
        root.SetValue("array", Freeze("array", ArrayFunctions.Create()), readOnly: true);
        root.SetValue("date", Freeze("date", DateFunctions.Create()), readOnly: true);
        root.SetValue("html", Freeze("html", HtmlFunctions.Create()), readOnly: true);
        root.SetValue("math", Freeze("math", MathFunctions.Create()), readOnly: true);
        root.SetValue("object", Freeze("object", ObjectFunctions.Create()), readOnly: true);
        root.SetValue("regex", Freeze("regex", RegexFunctions.Create()), readOnly: true);
        root.SetValue("string", Freeze("string", StringFunctions.Create()), readOnly: true);
        root.SetValue("timespan", Freeze("timespan", TimeSpanFunctions.Create()), readOnly: true);
        root.SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        root.SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        IncludeFunctions.Register(root);
        root.IsFrozen = true;
        foreach (var name in ReleasingArguments)
        {
            var dot = name.IndexOf('.');
            if (root[name[..dot]] is ScriptObject owner && owner[name[(dot + 1)..]] is BuiltinFunction function)
            {
                function.ReleasesArguments = true;
            }
        }
        return root;
    }

    // Builtins called per item in page loops whose bodies read their arguments eagerly and keep no reference to
    // the argument array (checked by reading each body): they may use recycled arrays. Add a name only after the
    // same check; a body returning a lazy sequence or a closure over `a` must never be listed.
    private static readonly string[] ReleasingArguments =
    [
        "date.to_string",
        "html.escape", "html.strip", "html.url_encode", "html.url_escape",
        "string.append", "string.prepend", "string.contains", "string.downcase", "string.upcase", "string.ends_with",
        "string.starts_with", "string.handleize", "string.strip", "string.size", "string.truncate", "string.replace",
    ];

    private static ScriptObject Freeze(string name, ScriptObject obj)
    {
        foreach (var (key, value) in obj)
        {
            if (value is BuiltinFunction function)
            {
                function.Name = name + "." + key;
            }
        }
        obj.IsFrozen = true;
        return obj;
    }

    internal static void Def(this ScriptObject obj, string name, ParamSpec[] parameters, Func<TemplateContext, ScriptNode, object?[], object?> body) =>
        obj.SetValue(name, new BuiltinFunction(name, parameters, body), readOnly: true);

    /// <summary>Gives a builtin defined with <see cref="Def"/> a body that writes its text when a statement prints the call.</summary>
    internal static void DefWrite(this ScriptObject obj, string name, Action<TemplateContext, ScriptNode, ScriptNode, object?[]> write) =>
        ((BuiltinFunction)obj[name]!).WriteBody = write;

    internal static ParamSpec[] P(params string[] names) => names.Select(n => n.EndsWith('?') ? ParamSpec.Opt(n.TrimEnd('?')) : ParamSpec.Req(n)).ToArray();

    internal static string Str(this TemplateContext context, object? value) => value == null ? string.Empty : context.ObjectToString(value);

    internal static int Int(this TemplateContext context, ScriptNode node, object? value) => ValueConverter.ToInt(context, node, value);
}
