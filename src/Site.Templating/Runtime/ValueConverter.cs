using System.Collections;
using System.Globalization;
using System.Numerics;
using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>Truthiness and value conversions following Scriban's rules.</summary>
public static class ValueConverter
{
    /// <summary>Only <c>null</c>, <c>false</c> and <c>empty</c> are falsy.</summary>
    public static bool ToBool(object? value) => value switch
    {
        null => false,
        bool b => b,
        EmptyScriptObject => false,
        _ => true,
    };

    public static bool IsNumber(object? value) => value is int or long or double or float or decimal or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    public static bool IsInteger(object? value) => value is int or long or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    public static int ToInt(TemplateContext? context, ScriptNode? node, object? value)
    {
        try
        {
            return value switch
            {
                null => 0,
                int i => i,
                bool b => b ? 1 : 0,
                string s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
                BigInteger bi => (int)bi,
                double d => (int)d,
                float f => (int)f,
                decimal m => (int)m,
                IConvertible c => c.ToInt32(CultureInfo.InvariantCulture),
                _ => throw new InvalidCastException(),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new ScriptRuntimeException(node?.Span ?? default, $"Unable to convert type `{TypeName(value)}` to int", ex);
        }
    }

    public static long ToLong(object? value) => value switch
    {
        null => 0,
        int i => i,
        long l => l,
        BigInteger bi => (long)bi,
        string s => long.Parse(s, CultureInfo.InvariantCulture),
        IConvertible c => c.ToInt64(CultureInfo.InvariantCulture),
        _ => 0,
    };

    public static double ToDouble(object? value) => value switch
    {
        null => 0,
        double d => d,
        int i => i,
        long l => l,
        float f => f,
        decimal m => (double)m,
        BigInteger bi => (double)bi,
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => 0,
    };

    public static decimal ToDecimal(object? value) => value switch
    {
        null => 0,
        decimal m => m,
        int i => i,
        long l => l,
        double d => (decimal)d,
        float f => (decimal)f,
        BigInteger bi => (decimal)bi,
        IConvertible c => c.ToDecimal(CultureInfo.InvariantCulture),
        _ => 0,
    };

    /// <summary>Converts a template value to a .NET parameter type (imported delegates).</summary>
    public static object? ConvertTo(TemplateContext context, ScriptNode node, object? value, Type type)
    {
        if (type == typeof(object) || (value != null && type.IsInstanceOfType(value)))
        {
            return value;
        }
        if (value == null)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }
        if (type == typeof(string))
        {
            return context.ObjectToString(value);
        }
        if (type == typeof(bool))
        {
            return ToBool(value);
        }
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(int))
        {
            return ToInt(context, node, value);
        }
        if (typeof(IEnumerable).IsAssignableFrom(type) && value is IEnumerable)
        {
            return value;
        }
        try
        {
            return Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException)
        {
            throw new ScriptRuntimeException(node.Span, $"Unable to convert type `{TypeName(value)}` to `{type.Name}`", ex);
        }
    }

    /// <summary>The Scriban-style type name used in error messages and <c>object.kind</c>.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "null",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        uint => "uint",
        ulong => "ulong",
        string => "string",
        bool => "bool",
        ScriptRange => "range",
        ScriptArray => "array",
        ScriptObject => "object",
        IScriptFunction => "function",
        DateTime => "datetime",
        TimeSpan => "timespan",
        _ => value.GetType().Name,
    };
}
