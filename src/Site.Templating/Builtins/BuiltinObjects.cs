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
        return root;
    }

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

    internal static ParamSpec[] P(params string[] names) => names.Select(n => n.EndsWith('?') ? ParamSpec.Opt(n.TrimEnd('?')) : ParamSpec.Req(n)).ToArray();

    internal static string Str(this TemplateContext context, object? value) => value == null ? string.Empty : context.ObjectToString(value);

    internal static int Int(this TemplateContext context, ScriptNode node, object? value) => ValueConverter.ToInt(context, node, value);
}
