using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using Site.Templating.Builtins;

namespace Site.Templating.Runtime;

/// <summary>Converts values to their template output text (Scriban's ObjectToString rules).</summary>
public static class ObjectPrinter
{
    private const int RecursionLimit = 20;

    public static string Print(object? value, TemplateContext? context)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
        }
        var sb = new StringBuilder();
        Append(sb, value, context, nested: false, depth: 0);
        return sb.ToString();
    }

    public static string FormatNumber(object value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void Append(StringBuilder sb, object? value, TemplateContext? context, bool nested, int depth)
    {
        if (depth > RecursionLimit)
        {
            throw new InvalidOperationException("Structure is too deeply nested or contains reference loops.");
        }
        switch (value)
        {
            case null:
                if (nested)
                {
                    sb.Append("null");
                }
                return;
            case string s:
                if (nested)
                {
                    AppendQuoted(sb, s);
                }
                else
                {
                    sb.Append(s);
                }
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case EmptyScriptObject:
                return;
            case DateTime dt:
                sb.Append(DateFunctions.Format(context, dt, context?.DateFormat ?? DateFunctions.DefaultFormat, null));
                return;
            case DateTimeOffset dto:
                sb.Append(DateFunctions.Format(context, dto.DateTime, context?.DateFormat ?? DateFunctions.DefaultFormat, null));
                return;
            case IScriptFunction:
                sb.Append("<function>");
                return;
            case ScriptObject so:
                AppendObject(sb, so, context, depth);
                return;
            case IDictionary<string, object?> dict:
                AppendObject(sb, dict, context, depth);
                return;
            case IReadOnlyDictionary<string, object?> rdict:
                AppendObject(sb, rdict, context, depth);
                return;
            case IDictionary legacy:
                AppendObject(sb, legacy.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString() ?? "", legacy[k])), context, depth);
                return;
            case IEnumerable enumerable:
                {
                    sb.Append('[');
                    var first = true;
                    foreach (var item in enumerable)
                    {
                        if (!first)
                        {
                            sb.Append(", ");
                        }
                        first = false;
                        Append(sb, item, context, nested: true, depth + 1);
                    }
                    sb.Append(']');
                    return;
                }
            case KeyValuePair<string, object?> kv:
                sb.Append(kv.Key).Append(": ");
                Append(sb, kv.Value, context, true, depth + 1);
                return;
        }
        if (ValueConverter.IsNumber(value))
        {
            sb.Append(FormatNumber(value));
            return;
        }
        if (value is IFormattable formattable)
        {
            sb.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
            return;
        }
        sb.Append(value.ToString());
    }

    private static void AppendObject(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> members, TemplateContext? context, int depth)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, v) in members)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            if (IsIdentifier(key))
            {
                sb.Append(key);
            }
            else
            {
                AppendQuoted(sb, key);
            }
            sb.Append(": ");
            Append(sb, v, context, nested: true, depth + 1);
        }
        sb.Append('}');
    }

    private static bool IsIdentifier(string key)
    {
        if (key.Length == 0 || !(char.IsLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }
        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Appends a double-quoted, C-style escaped string literal.</summary>
    public static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        AppendEscaped(sb, s);
        sb.Append('"');
    }

    public static void AppendEscaped(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\v': sb.Append("\\v"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
    }
}
