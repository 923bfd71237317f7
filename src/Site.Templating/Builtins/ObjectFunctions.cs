using System.Collections;
using System.Text;
using System.Text.Json;
using Site.Templating.Runtime;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>object</c> builtin object.</summary>
internal static class ObjectFunctions
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("default", P("value", "default"), (c, n, a) => a[0] == null || (a[0] is string s && s.Length == 0) ? a[1] : a[0]);
        o.Def("eval", P("value"), (c, n, a) =>
        {
            if (a[0] is IScriptFunction fn)
            {
                return ArrayFunctions.Invoke(c, n, fn, null, null);
            }
            var template = Template.Parse("{{" + c.Str(a[0]) + "}}", n.Span.Path);
            return RenderNested(c, n, template);
        });
        o.Def("eval_template", P("value"), (c, n, a) => RenderNested(c, n, Template.Parse(c.Str(a[0]), n.Span.Path)));
        o.Def("format", new[] { ParamSpec.Req("value"), ParamSpec.Req("format"), ParamSpec.Opt("culture") }, (c, n, a) =>
            a[0] is IFormattable f ? f.ToString(c.Str(a[1]), MathFunctions.Culture(c, a[2])) : c.Str(a[0]));
        o.Def("has_key", P("value", "key"), (c, n, a) => a[0] switch
        {
            ScriptObject so => so.ContainsKey(c.Str(a[1])),
            IDictionary<string, object?> d => d.ContainsKey(c.Str(a[1])),
            null => false,
            _ => TypeAccessor.Get(a[0]!.GetType()).HasMember(c.Str(a[1])),
        });
        o.Def("has_value", P("value", "key"), (c, n, a) => a[0] switch
        {
            ScriptObject so => so.ContainsKey(c.Str(a[1])) && so[c.Str(a[1])] != null,
            IDictionary<string, object?> d => d.TryGetValue(c.Str(a[1]), out var v) && v != null,
            _ => false,
        });
        o.Def("keys", P("value"), (c, n, a) => a[0] switch
        {
            ScriptObject so => new ScriptArray(so.Keys.Cast<object?>()),
            IDictionary<string, object?> d => new ScriptArray(d.Keys.Cast<object?>()),
            null => new ScriptArray(),
            _ => new ScriptArray(TypeAccessor.Get(a[0]!.GetType()).MemberNames.Cast<object?>()),
        });
        o.Def("values", P("value"), (c, n, a) => a[0] switch
        {
            ScriptObject so => new ScriptArray(so.Values),
            IDictionary<string, object?> d => new ScriptArray(d.Values),
            null => new ScriptArray(),
            _ => new ScriptArray(TypeAccessor.Get(a[0]!.GetType()).MemberNames.Select(m => c.GetMember(a[0]!, m))),
        });
        o.Def("size", P("value"), (c, n, a) => a[0] switch
        {
            null => 0,
            string s => s.Length,
            ScriptObject so => so.Count,
            ICollection col => col.Count,
            IEnumerable e => e.Cast<object?>().Count(),
            _ => 0,
        });
        o.Def("typeof", P("value"), (c, n, a) => a[0] switch
        {
            null => null,
            string => "string",
            bool => "boolean",
            ScriptRange => "iterator",
            _ when ValueConverter.IsNumber(a[0]) => "number",
            ScriptObject or IDictionary<string, object?> => "object",
            IEnumerable => "array",
            _ => "object",
        });
        o.Def("kind", P("value"), (c, n, a) => a[0] == null ? null : ValueConverter.TypeName(a[0]));
        o.Def("from_json", P("json"), (c, n, a) =>
        {
            try
            {
                using var doc = JsonDocument.Parse(c.Str(a[0]));
                return FromJson(doc.RootElement);
            }
            catch (JsonException ex)
            {
                throw new ScriptRuntimeException(n.Span, "Invalid JSON: " + ex.Message, ex);
            }
        });
        o.Def("to_json", P("value"), (c, n, a) =>
        {
            var sb = new StringBuilder();
            ToJson(c, sb, a[0], 0);
            return sb.ToString();
        });
        return o;
    }

    private static string RenderNested(TemplateContext context, Site.Templating.Syntax.ScriptNode node, Template template)
    {
        if (template.HasErrors)
        {
            throw new ScriptRuntimeException(node.Span, "Error while parsing template: " + string.Join("; ", template.Messages.Select(m => m.Message)));
        }
        return template.RenderNested(context, new ScriptArray(), null);
    }

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Aggregate(new ScriptObject(), (o, p) =>
        {
            o[p.Name] = FromJson(p.Value);
            return o;
        }),
        JsonValueKind.Array => new ScriptArray(e.EnumerateArray().Select(FromJson)),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt32(out var i) ? i : e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Compact JSON; strings are escaped so the output is safe inside a &lt;script&gt; element.</summary>
    internal static void ToJson(TemplateContext context, StringBuilder sb, object? value, int depth)
    {
        if (depth > 64)
        {
            throw new InvalidOperationException("Structure is too deeply nested or contains reference loops.");
        }
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case string s:
                sb.Append(JsonSerializer.Serialize(s));
                return;
            case DateTime dt:
                sb.Append(JsonSerializer.Serialize(dt));
                return;
            case IScriptFunction:
                sb.Append("null");
                return;
        }
        if (ValueConverter.IsNumber(value))
        {
            sb.Append(ObjectPrinter.FormatNumber(value));
            return;
        }
        IEnumerable<KeyValuePair<string, object?>>? members = value switch
        {
            ScriptObject so => so,
            IDictionary<string, object?> d => d,
            IReadOnlyDictionary<string, object?> rd => rd,
            _ => null,
        };
        if (members == null && value is not IEnumerable && !value.GetType().IsPrimitive)
        {
            var accessor = TypeAccessor.Get(value.GetType());
            members = accessor.MemberNames.Select(m => new KeyValuePair<string, object?>(m, context.GetMember(value, m)));
        }
        if (members != null)
        {
            sb.Append('{');
            var first = true;
            foreach (var (k, v) in members)
            {
                if (!first)
                {
                    sb.Append(',');
                }
                first = false;
                sb.Append(JsonSerializer.Serialize(k)).Append(':');
                ToJson(context, sb, v, depth + 1);
            }
            sb.Append('}');
            return;
        }
        if (value is IEnumerable list)
        {
            sb.Append('[');
            var first = true;
            foreach (var item in list)
            {
                if (!first)
                {
                    sb.Append(',');
                }
                first = false;
                ToJson(context, sb, item, depth + 1);
            }
            sb.Append(']');
            return;
        }
        sb.Append(JsonSerializer.Serialize(context.Str(value)));
    }
}
