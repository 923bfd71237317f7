using System.Collections;
using System.Numerics;
using System.Text;
using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    DivideRound,
    Modulus,
    ShiftLeft,
    ShiftRight,
    Power,
    BinaryOr,
    BinaryAnd,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    EmptyCoalescing,
    NotEmptyCoalescing,
    RangeInclude,
    RangeExclude,
    LiquidContains,
    LiquidStartsWith,
    LiquidEndsWith,
    LiquidHasKey,
    LiquidHasValue,
}

/// <summary>Binary operator semantics: numeric widening, string rules, array operators, dates.</summary>
public static class Operators
{
    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.DivideRound => "//",
        BinaryOperator.Modulus => "%",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.Power => "^",
        BinaryOperator.BinaryOr => "|",
        BinaryOperator.BinaryAnd => "&",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        BinaryOperator.EmptyCoalescing => "??",
        BinaryOperator.NotEmptyCoalescing => "?!",
        BinaryOperator.RangeInclude => "..",
        BinaryOperator.RangeExclude => "..<",
        _ => op.ToString(),
    };

    private enum NumKind
    {
        None,
        Int,
        Long,
        BigInt,
        Float,
        Double,
        Decimal,
    }

    private static NumKind KindOf(object? v) => v switch
    {
        int or short or byte or sbyte or ushort => NumKind.Int,
        long or uint => NumKind.Long,
        BigInteger or ulong => NumKind.BigInt,
        float => NumKind.Float,
        double => NumKind.Double,
        decimal => NumKind.Decimal,
        _ => NumKind.None,
    };

    // Kept out of Evaluate: a lambda capturing a parameter would allocate its closure on every evaluation.
    private static bool HasValue(ScriptObject obj, object? value)
    {
        foreach (var v in obj.Values)
        {
            if (AreEqual(v, value))
            {
                return true;
            }
        }
        return false;
    }

    public static object? Evaluate(TemplateContext context, ScriptNode node, SourceSpan operatorSpan, BinaryOperator op, object? left, object? right)
    {
        if (left is IList ll && right is IList rl && left is not string && right is not string && op is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual)
        {
            return CompareLists(context, node, op, ll, rl);
        }
        switch (op)
        {
            case BinaryOperator.Equal:
                return Boxes.Bool(AreEqual(left, right));
            case BinaryOperator.NotEqual:
                return Boxes.Bool(!AreEqual(left, right));
            case BinaryOperator.Less:
            case BinaryOperator.LessOrEqual:
            case BinaryOperator.Greater:
            case BinaryOperator.GreaterOrEqual:
                return Boxes.Bool(CompareOp(context, node, op, left, right));
            case BinaryOperator.EmptyCoalescing:
                return left ?? right;
            case BinaryOperator.NotEmptyCoalescing:
                return left != null ? right : null;
            case BinaryOperator.RangeInclude:
            case BinaryOperator.RangeExclude:
                return MakeRange(context, node, operatorSpan, op, left, right);
            case BinaryOperator.LiquidContains:
                return LiquidContains(context, left, right);
            case BinaryOperator.LiquidStartsWith:
                return context.ObjectToString(left).StartsWith(context.ObjectToString(right), StringComparison.Ordinal);
            case BinaryOperator.LiquidEndsWith:
                return context.ObjectToString(left).EndsWith(context.ObjectToString(right), StringComparison.Ordinal);
            case BinaryOperator.LiquidHasKey:
                return left is ScriptObject so && so.ContainsKey(context.ObjectToString(right));
            case BinaryOperator.LiquidHasValue:
                return left is ScriptObject so2 && HasValue(so2, right);
        }

        // Array operators.
        if (op == BinaryOperator.ShiftLeft && left is ScriptArray appendTo)
        {
            appendTo.Add(right);
            return appendTo;
        }
        if (op == BinaryOperator.ShiftRight && right is ScriptArray prependTo)
        {
            prependTo.Insert(0, left);
            return prependTo;
        }
        if (left is IList leftList && left is not string)
        {
            return ArrayOperator(context, node, op, leftList, right);
        }

        if (left is string || right is string)
        {
            return StringOperator(context, node, operatorSpan, op, left, right);
        }

        if (left == null || right == null)
        {
            return null;
        }

        if (left is DateTime || right is DateTime || left is TimeSpan || right is TimeSpan)
        {
            return DateOperator(node, op, left, right);
        }

        var kind = (NumKind)Math.Max((int)KindOf(left), (int)KindOf(right));
        if (KindOf(left) == NumKind.None || KindOf(right) == NumKind.None)
        {
            throw Unsupported(node, op, left, right);
        }
        try
        {
            return Arithmetic(node, op, kind, left, right);
        }
        catch (DivideByZeroException ex)
        {
            throw new ScriptRuntimeException(node.Span, "Cannot divide by zero", ex);
        }
        catch (OverflowException ex)
        {
            throw new ScriptRuntimeException(node.Span, "Arithmetic overflow", ex);
        }
    }

    /// <summary>Scriban's list comparison: lengths first, then the operator must hold for every element pair.</summary>
    private static bool CompareLists(TemplateContext context, ScriptNode node, BinaryOperator op, IList left, IList right)
    {
        if (left.Count != right.Count || left.Count == 0)
        {
            return (bool)Evaluate(context, node, node.Span, op, left.Count, right.Count)!;
        }
        for (var i = 0; i < left.Count; i++)
        {
            if (!ValueConverter.ToBool(Evaluate(context, node, node.Span, op, left[i], right[i])))
            {
                return false;
            }
        }
        return true;
    }

    private static object Narrow(long v) => v is >= int.MinValue and <= int.MaxValue ? (int)v : v;

    private static object Narrow(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? Narrow((long)v) : v;

    private static object Arithmetic(ScriptNode node, BinaryOperator op, NumKind kind, object left, object right)
    {
        switch (kind)
        {
            case NumKind.Int:
            case NumKind.Long:
                {
                    var a = ValueConverter.ToLong(left);
                    var b = ValueConverter.ToLong(right);
                    switch (op)
                    {
                        case BinaryOperator.Add: return OverflowSafe(a, b, static (x, y) => checked(x + y), static (x, y) => x + y);
                        case BinaryOperator.Subtract: return OverflowSafe(a, b, static (x, y) => checked(x - y), static (x, y) => x - y);
                        case BinaryOperator.Multiply: return OverflowSafe(a, b, static (x, y) => checked(x * y), static (x, y) => x * y);
                        case BinaryOperator.Divide: return (double)a / b;
                        case BinaryOperator.DivideRound: return Narrow(a / b);
                        case BinaryOperator.Modulus: return Narrow(a % b);
                        case BinaryOperator.ShiftLeft: return Narrow(a << (int)b);
                        case BinaryOperator.ShiftRight: return Narrow(a >> (int)b);
                        case BinaryOperator.Power: return Narrow(BigInteger.Pow(a, (int)b));
                        case BinaryOperator.BinaryOr: return Narrow(a | b);
                        case BinaryOperator.BinaryAnd: return Narrow(a & b);
                    }
                    break;
                }
            case NumKind.BigInt:
                {
                    var a = ToBig(left);
                    var b = ToBig(right);
                    switch (op)
                    {
                        case BinaryOperator.Add: return Narrow(a + b);
                        case BinaryOperator.Subtract: return Narrow(a - b);
                        case BinaryOperator.Multiply: return Narrow(a * b);
                        case BinaryOperator.Divide: return (double)a / (double)b;
                        case BinaryOperator.DivideRound: return Narrow(a / b);
                        case BinaryOperator.Modulus: return Narrow(a % b);
                        case BinaryOperator.ShiftLeft: return Narrow(a << (int)b);
                        case BinaryOperator.ShiftRight: return Narrow(a >> (int)b);
                        case BinaryOperator.Power: return Narrow(BigInteger.Pow(a, (int)b));
                        case BinaryOperator.BinaryOr: return Narrow(a | b);
                        case BinaryOperator.BinaryAnd: return Narrow(a & b);
                    }
                    break;
                }
            case NumKind.Float:
                return Fractional(op, (float)ValueConverter.ToDouble(left), (float)ValueConverter.ToDouble(right), static (a, b) => MathF.Pow(a, b))
                    ?? throw Unsupported(node, op, left, right);
            case NumKind.Double:
                return Fractional(op, ValueConverter.ToDouble(left), ValueConverter.ToDouble(right), static (a, b) => Math.Pow(a, b))
                    ?? throw Unsupported(node, op, left, right);
            case NumKind.Decimal:
                return Fractional(op, ValueConverter.ToDecimal(left), ValueConverter.ToDecimal(right), static (a, b) => (decimal)Math.Pow((double)a, (double)b))
                    ?? throw Unsupported(node, op, left, right);
        }
        throw Unsupported(node, op, left, right);
    }

    /// <summary>
    /// Float, double and decimal arithmetic, the same for the three but for the power (decimal has none of its own);
    /// null for an operator they do not support.
    /// </summary>
    private static object? Fractional<T>(BinaryOperator op, T a, T b, Func<T, T, T> power)
        where T : IFloatingPoint<T> => op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => a / b,
            BinaryOperator.DivideRound => T.Floor(a / b),
            BinaryOperator.Modulus => a % b,
            BinaryOperator.Power => power(a, b),
            _ => null,
        };

    private static ScriptRuntimeException Unsupported(ScriptNode node, BinaryOperator op, object? left, object? right) =>
        new(node.Span, $"The operator `{Symbol(op)}` is not supported between `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");

    private static object OverflowSafe(long a, long b, Func<long, long, long> op, Func<BigInteger, BigInteger, BigInteger> big)
    {
        try
        {
            return Narrow(op(a, b));
        }
        catch (OverflowException)
        {
            return Narrow(big(a, b));
        }
    }

    private static BigInteger ToBig(object v) => v switch
    {
        BigInteger b => b,
        ulong u => u,
        _ => new BigInteger(ValueConverter.ToLong(v)),
    };

    private static object? StringOperator(TemplateContext context, ScriptNode node, SourceSpan operatorSpan, BinaryOperator op, object? left, object? right)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return context.ObjectToString(left) + context.ObjectToString(right);
            case BinaryOperator.Multiply:
                {
                    string text;
                    object? count;
                    if (left is string ls && right is not string)
                    {
                        text = ls;
                        count = right;
                    }
                    else if (right is string rs && left is not string)
                    {
                        text = rs;
                        count = left;
                    }
                    else
                    {
                        throw new ScriptRuntimeException(node.Span, "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
                    }
                    var n = ValueConverter.ToInt(context, node, count);
                    var sb = new StringBuilder(text.Length * Math.Max(n, 0));
                    for (var i = 0; i < n; i++)
                    {
                        sb.Append(text);
                    }
                    return sb.ToString();
                }
            case BinaryOperator.ShiftLeft when left is string:
                return context.ObjectToString(left) + context.ObjectToString(right);
        }
        throw new ScriptRuntimeException(operatorSpan, $"Operator `{Symbol(op)}` is not supported on string objects");
    }

    private static object? DateOperator(ScriptNode node, BinaryOperator op, object left, object right)
    {
        switch (op)
        {
            case BinaryOperator.Subtract when left is DateTime a && right is DateTime b:
                return a - b;
            case BinaryOperator.Add when left is DateTime a && right is TimeSpan t:
                return a + t;
            case BinaryOperator.Subtract when left is DateTime a && right is TimeSpan t:
                return a - t;
            case BinaryOperator.Add when left is TimeSpan a && right is TimeSpan b:
                return a + b;
            case BinaryOperator.Subtract when left is TimeSpan a && right is TimeSpan b:
                return a - b;
            case BinaryOperator.Add when left is TimeSpan t && right is DateTime d:
                return d + t;
        }
        throw Unsupported(node, op, left, right);
    }

    private static object? ArrayOperator(TemplateContext context, ScriptNode node, BinaryOperator op, IList left, object? right)
    {
        switch (op)
        {
            case BinaryOperator.Add when right is IEnumerable r and not string:
                {
                    var result = new ScriptArray(left.Cast<object?>());
                    foreach (var item in r)
                    {
                        result.Add(item);
                    }
                    return result;
                }
            case BinaryOperator.BinaryOr when right is IEnumerable r and not string:
                {
                    var result = new ScriptArray();
                    foreach (var item in left.Cast<object?>().Concat(r.Cast<object?>()))
                    {
                        if (!result.Any(x => AreEqual(x, item)))
                        {
                            result.Add(item);
                        }
                    }
                    return result;
                }
            case BinaryOperator.BinaryAnd when right is IEnumerable r and not string:
                {
                    var rl = r.Cast<object?>().ToList();
                    return new ScriptArray(left.Cast<object?>().Where(x => rl.Any(y => AreEqual(x, y))));
                }
            case BinaryOperator.Multiply:
                {
                    var n = ValueConverter.ToInt(context, node, right);
                    var result = new ScriptArray();
                    for (var i = 0; i < n; i++)
                    {
                        foreach (var item in left)
                        {
                            result.Add(item);
                        }
                    }
                    return result;
                }
            case BinaryOperator.Divide:
                {
                    var n = ValueConverter.ToInt(context, node, right);
                    return new ScriptArray(left.Cast<object?>().Take(left.Count / Math.Max(n, 1)));
                }
            case BinaryOperator.Modulus:
                {
                    var n = ValueConverter.ToInt(context, node, right);
                    return new ScriptArray(left.Cast<object?>().Where((_, i) => i % Math.Max(n, 1) == 0));
                }
        }
        throw Unsupported(node, op, left, right);
    }

    private static ScriptRange MakeRange(TemplateContext context, ScriptNode node, SourceSpan operatorSpan, BinaryOperator op, object? left, object? right)
    {
        if (left is string || right is string)
        {
            throw new ScriptRuntimeException(operatorSpan, $"Operator `{Symbol(op)}` is not supported on string objects");
        }
        if (!ValueConverter.IsInteger(left) || !ValueConverter.IsInteger(right))
        {
            throw new ScriptRuntimeException(operatorSpan, $"Operator `{Symbol(op)}` is only supported on integers");
        }
        var range = new ScriptRange(ValueConverter.ToLong(left), ValueConverter.ToLong(right), op == BinaryOperator.RangeInclude);
        if (context.LoopLimit > 0 && range.Count > context.LoopLimit)
        {
            throw new ScriptRuntimeException(operatorSpan, $"Range expression exceeds LoopLimit `{context.LoopLimit}`.");
        }
        return range;
    }

    private static bool LiquidContains(TemplateContext context, object? left, object? right)
    {
        if (left is string s)
        {
            return s.Contains(context.ObjectToString(right), StringComparison.Ordinal);
        }
        if (left is IEnumerable e)
        {
            foreach (var item in e)
            {
                if (AreEqual(item, right))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public static bool AreEqual(object? left, object? right)
    {
        if (left == null || right == null)
        {
            return left == null && right == null;
        }
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left is EmptyScriptObject || right is EmptyScriptObject)
        {
            var other = left is EmptyScriptObject ? right : left;
            return other switch
            {
                EmptyScriptObject => true,
                ICollection c => c.Count == 0,
                ScriptObject so => so.Count == 0,
                _ => false,
            };
        }
        if (left is string || right is string)
        {
            return string.Equals(ObjectPrinter.Print(left, null), ObjectPrinter.Print(right, null), StringComparison.Ordinal);
        }
        var lk = KindOf(left);
        var rk = KindOf(right);
        if (lk != NumKind.None && rk != NumKind.None)
        {
            return CompareNumbers(left, right) == 0;
        }
        if (left is bool lb && right is bool rb)
        {
            return lb == rb;
        }
        if (left is IList ll && right is IList rl)
        {
            if (ll.Count != rl.Count)
            {
                return false;
            }
            for (var i = 0; i < ll.Count; i++)
            {
                if (!AreEqual(ll[i], rl[i]))
                {
                    return false;
                }
            }
            return true;
        }
        return left.Equals(right);
    }

    private static int CompareNumbers(object left, object right)
    {
        var kind = (NumKind)Math.Max((int)KindOf(left), (int)KindOf(right));
        return kind switch
        {
            NumKind.Int or NumKind.Long => ValueConverter.ToLong(left).CompareTo(ValueConverter.ToLong(right)),
            NumKind.BigInt => ToBig(left).CompareTo(ToBig(right)),
            NumKind.Decimal => ValueConverter.ToDecimal(left).CompareTo(ValueConverter.ToDecimal(right)),
            _ => ValueConverter.ToDouble(left).CompareTo(ValueConverter.ToDouble(right)),
        };
    }

    /// <summary>Ordering used by comparisons and <c>array.sort</c>; null sorts first.</summary>
    public static int Compare(object? left, object? right)
    {
        if (left == null || right == null)
        {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        if (KindOf(left) != NumKind.None && KindOf(right) != NumKind.None)
        {
            return CompareNumbers(left, right);
        }
        if (left is string ls && right is string rs)
        {
            return string.CompareOrdinal(ls, rs);
        }
        if (left is IList ll && right is IList rl)
        {
            for (var i = 0; i < Math.Min(ll.Count, rl.Count); i++)
            {
                var c = Compare(ll[i], rl[i]);
                if (c != 0)
                {
                    return c;
                }
            }
            return ll.Count.CompareTo(rl.Count);
        }
        if (left is IComparable lc && left.GetType() == right.GetType())
        {
            return lc.CompareTo(right);
        }
        return string.CompareOrdinal(ObjectPrinter.Print(left, null), ObjectPrinter.Print(right, null));
    }

    private static bool CompareOp(TemplateContext context, ScriptNode node, BinaryOperator op, object? left, object? right)
    {
        if (left == null || right == null)
        {
            return false;
        }
        if (left is string || right is string)
        {
            var c = string.CompareOrdinal(context.ObjectToString(left), context.ObjectToString(right));
            return Test(op, c);
        }
        var comparable = (KindOf(left) != NumKind.None && KindOf(right) != NumKind.None)
            || (left is IList && right is IList)
            || (left.GetType() == right.GetType() && left is IComparable);
        if (!comparable)
        {
            throw Unsupported(node, op, left, right);
        }
        return Test(op, Compare(left, right));
    }

    private static bool Test(BinaryOperator op, int c) => op switch
    {
        BinaryOperator.Less => c < 0,
        BinaryOperator.LessOrEqual => c <= 0,
        BinaryOperator.Greater => c > 0,
        _ => c >= 0,
    };
}
