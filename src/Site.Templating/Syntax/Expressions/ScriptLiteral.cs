using System.Text;
using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary>A constant: number, string, boolean or null.</summary>
public sealed class ScriptLiteral(object? value) : ScriptExpression
{
    public object? Value { get; } = value;

    public override object? Evaluate(TemplateContext context) => Value;

    internal override string KindName => "literal";
}

/// <summary><c>$"text {expr} text"</c>: parts are literals and expressions.</summary>
public sealed class ScriptInterpolatedString(List<ScriptExpression> parts) : ScriptExpression
{
    public IReadOnlyList<ScriptExpression> Parts { get; } = parts;

    public override object? Evaluate(TemplateContext context)
    {
        var sb = new StringBuilder();
        foreach (var part in Parts)
        {
            sb.Append(context.ObjectToString(part.Evaluate(context), part));
        }
        return sb.ToString();
    }
}

/// <summary><c>this</c>: the current global object.</summary>
public sealed class ScriptThis : ScriptExpression
{
    public override object? Evaluate(TemplateContext context) => context.CurrentGlobal;
}

/// <summary><c>[a, b]</c></summary>
public sealed class ScriptArrayInitializer(List<ScriptExpression> items) : ScriptExpression
{
    public IReadOnlyList<ScriptExpression> Items { get; } = items;

    public override object? Evaluate(TemplateContext context)
    {
        var array = new ScriptArray(Items.Count);
        foreach (var item in Items)
        {
            array.Add(item.Evaluate(context));
        }
        return array;
    }
}

/// <summary><c>{name: value, "key": value}</c></summary>
public sealed class ScriptObjectInitializer(List<KeyValuePair<string, ScriptExpression>> members) : ScriptExpression
{
    public IReadOnlyList<KeyValuePair<string, ScriptExpression>> Members { get; } = members;

    public override object? Evaluate(TemplateContext context)
    {
        var obj = new ScriptObject(Members.Count);
        foreach (var (key, value) in Members)
        {
            obj[key] = value.Evaluate(context);
        }
        return obj;
    }
}
