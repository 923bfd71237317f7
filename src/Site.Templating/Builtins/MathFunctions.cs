using System.Globalization;
using Site.Templating.Runtime;
using Site.Templating.Syntax;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>math</c> builtin object.</summary>
internal static class MathFunctions
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("abs", P("value"), (c, n, a) => a[0] switch
        {
            null => null,
            int i => Math.Abs(i),
            long l => Math.Abs(l),
            double d => Math.Abs(d),
            float f => Math.Abs(f),
            decimal m => Math.Abs(m),
            System.Numerics.BigInteger b => System.Numerics.BigInteger.Abs(b),
            _ => a[0],
        });
        o.Def("ceil", P("value"), (c, n, a) => a[0] == null ? null : Round(a[0]!, Math.Ceiling));
        o.Def("floor", P("value"), (c, n, a) => a[0] == null ? null : Round(a[0]!, Math.Floor));
        o.Def("round", new[] { ParamSpec.Req("value"), ParamSpec.Opt("precision", 0) }, (c, n, a) =>
        {
            var digits = c.Int(n, a[1]);
            return a[0] switch
            {
                null => null,
                decimal m => Math.Round(m, digits),
                double d => Math.Round(d, digits),
                float f => Math.Round(f, digits),
                _ => a[0],
            };
        });
        o.Def("plus", P("value", "with"), (c, n, a) => Op(c, n, BinaryOperator.Add, a));
        o.Def("minus", P("value", "with"), (c, n, a) => Op(c, n, BinaryOperator.Subtract, a));
        o.Def("times", P("value", "with"), (c, n, a) => Op(c, n, BinaryOperator.Multiply, a));
        o.Def("modulo", P("value", "with"), (c, n, a) => Op(c, n, BinaryOperator.Modulus, a));
        o.Def("divided_by", P("value", "divisor"), (c, n, a) =>
        {
            if (a[0] == null || a[1] == null)
            {
                return null;
            }
            var op = ValueConverter.IsInteger(a[1]) ? BinaryOperator.DivideRound : BinaryOperator.Divide;
            return Operators.Evaluate(c, n, n.Span, op, a[0], a[1]);
        });
        o.Def("format", new[] { ParamSpec.Req("value"), ParamSpec.Req("format"), ParamSpec.Opt("culture") }, (c, n, a) =>
            a[0] is IFormattable f ? f.ToString(c.Str(a[1]), Culture(c, a[2])) : c.Str(a[0]));
        o.Def("is_number", P("value"), (c, n, a) => ValueConverter.IsNumber(a[0]));
        o.Def("random", P("min", "max"), (c, n, a) => Random.Shared.Next(c.Int(n, a[0]), c.Int(n, a[1])));
        o.Def("uuid", P(), (c, n, a) => Guid.NewGuid().ToString());
        return o;
    }

    internal static CultureInfo Culture(TemplateContext context, object? name) =>
        name == null ? context.CurrentCulture : CultureInfo.GetCultureInfo(context.Str(name));

    private static object? Op(TemplateContext context, ScriptNode node, BinaryOperator op, object?[] a) =>
        a[0] == null || a[1] == null ? null : Operators.Evaluate(context, node, node.Span, op, a[0], a[1]);

    private static object Round(object value, Func<double, double> round) => value switch
    {
        decimal m => round == Math.Ceiling ? Math.Ceiling(m) : Math.Floor(m),
        double d => round(d),
        float f => (float)round(f),
        _ => value,
    };
}
