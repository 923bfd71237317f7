using System.Collections;
using Site.Templating.Runtime;
using Site.Templating.Syntax;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>array</c> builtin object.</summary>
internal static class ArrayFunctions
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("add", P("list", "value"), (c, n, a) =>
        {
            var list = Copy(c, a[0]);
            list.Add(a[1]);
            return list;
        });
        o.Def("add_range", P("list1", "list2"), (c, n, a) =>
        {
            var list = Copy(c, a[0]);
            list.AddRange(Items(c, a[1]));
            return list;
        });
        o.Def("compact", P("list"), (c, n, a) => a[0] == null ? null : new ScriptArray(Items(c, a[0]).Where(x => x != null)));
        o.Def("concat", P("list1", "list2"), (c, n, a) =>
        {
            if (a[1] == null)
            {
                return a[0];
            }
            if (a[0] == null)
            {
                return a[1];
            }
            var list = Copy(c, a[0]);
            list.AddRange(Items(c, a[1]));
            return list;
        });
        o.Def("cycle", new[] { ParamSpec.Req("list"), ParamSpec.Opt("group") }, Cycle);
        o.Def("any", new[] { ParamSpec.Req("list"), ParamSpec.Req("function"), ParamSpec.Params("args") }, (c, n, a) =>
        {
            var fn = AsFunction(n, a[1]);
            foreach (var item in Items(c, a[0]))
            {
                if (ValueConverter.ToBool(Invoke(c, n, fn, item, (ScriptArray)a[2]!)))
                {
                    return true;
                }
            }
            return false;
        });
        o.Def("each", P("list", "function"), (c, n, a) =>
        {
            var fn = AsFunction(n, a[1]);
            return new ScriptArray(Items(c, a[0]).Select(item => Invoke(c, n, fn, item, null)).ToList());
        });
        o.Def("filter", P("list", "function"), (c, n, a) =>
        {
            var fn = AsFunction(n, a[1]);
            return new ScriptArray(Items(c, a[0]).Where(item => ValueConverter.ToBool(Invoke(c, n, fn, item, null))).ToList());
        });
        o.Def("first", P("list"), (c, n, a) => a[0] == null ? null : Items(c, a[0]).FirstOrDefault());
        o.Def("last", P("list"), (c, n, a) => a[0] == null ? null : Items(c, a[0]).LastOrDefault());
        o.Def("insert_at", P("list", "index", "value"), (c, n, a) =>
        {
            var list = Copy(c, a[0]);
            var index = Math.Max(0, c.Int(n, a[1]));
            while (list.Count < index)
            {
                list.Add(null);
            }
            list.Insert(index, a[2]);
            return list;
        });
        o.Def("join", new[] { ParamSpec.Req("list"), ParamSpec.Req("delimiter"), ParamSpec.Opt("function") }, (c, n, a) =>
        {
            if (a[0] == null)
            {
                return string.Empty;
            }
            var fn = a[2] == null ? null : AsFunction(n, a[2]);
            return string.Join(c.Str(a[1]), Items(c, a[0]).Select(item => c.Str(fn == null ? item : Invoke(c, n, fn, item, null))));
        });
        o.Def("limit", P("list", "count"), (c, n, a) => a[0] == null ? null : new ScriptArray(Items(c, a[0]).Take(c.Int(n, a[1]))));
        o.Def("offset", P("list", "count"), (c, n, a) => a[0] == null ? null : new ScriptArray(Items(c, a[0]).Skip(c.Int(n, a[1]))));
        o.Def("map", P("list", "member"), (c, n, a) =>
        {
            var member = c.Str(a[1]);
            return new ScriptArray(Items(c, a[0]).Select(item => item == null ? null : c.GetMember(item, member)).ToList());
        });
        o.Def("remove_at", P("list", "index"), (c, n, a) =>
        {
            var list = Copy(c, a[0]);
            var index = c.Int(n, a[1]);
            if (index < 0)
            {
                index += list.Count;
            }
            if (index >= 0 && index < list.Count)
            {
                list.RemoveAt(index);
            }
            return list;
        });
        o.Def("reverse", P("list"), (c, n, a) =>
        {
            var list = Copy(c, a[0]);
            list.Reverse();
            return list;
        });
        o.Def("size", P("list"), (c, n, a) => a[0] switch
        {
            null => 0,
            ICollection col => col.Count,
            IReadOnlyCollection<object?> rc => rc.Count,
            string s => s.Length,
            _ => Items(c, a[0]).Count(),
        });
        o.Def("sort", new[] { ParamSpec.Req("list"), ParamSpec.Opt("member") }, (c, n, a) =>
        {
            var items = Items(c, a[0]).ToList();
            if (a[1] == null)
            {
                return new ScriptArray(items.OrderBy(x => x, Comparer<object?>.Create(SortCompare)).ToList());
            }
            var path = c.Str(a[1]).Split('.');
            object? Key(object? item)
            {
                foreach (var part in path)
                {
                    if (item == null)
                    {
                        return null;
                    }
                    item = c.GetMember(item, part);
                }
                return item;
            }
            return new ScriptArray(items.OrderBy(Key, Comparer<object?>.Create(SortCompare)).ToList());
        });
        o.Def("uniq", P("list"), (c, n, a) =>
        {
            if (a[0] == null)
            {
                return null;
            }
            var result = new ScriptArray();
            foreach (var item in Items(c, a[0]))
            {
                if (!result.Any(x => Operators.AreEqual(x, item)))
                {
                    result.Add(item);
                }
            }
            return result;
        });
        o.Def("contains", P("list", "item"), (c, n, a) => Items(c, a[0]).Any(x => Operators.AreEqual(x, a[1])));
        return o;
    }

    /// <summary>Like .NET's default culture comparer for strings: case-insensitive first, lower case before upper case.</summary>
    private static int SortCompare(object? left, object? right)
    {
        if (left is string a && right is string b)
        {
            var c = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
            if (c != 0)
            {
                return c;
            }
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                if (a[i] != b[i])
                {
                    return char.IsLower(a[i]) ? -1 : 1;
                }
            }
            return a.Length.CompareTo(b.Length);
        }
        return Operators.Compare(left, right);
    }

    internal static IEnumerable<object?> Items(TemplateContext context, object? value) => value switch
    {
        null => Array.Empty<object?>(),
        string s => new object?[] { s },
        _ => context.ToEnumerable(value) ?? new[] { value },
    };

    private static ScriptArray Copy(TemplateContext context, object? value) => new(Items(context, value));

    internal static IScriptFunction AsFunction(ScriptNode node, object? value) =>
        value as IScriptFunction ?? throw new ScriptRuntimeException(node.Span, $"Expecting a function instead of `{ValueConverter.TypeName(value)}`");

    internal static object? Invoke(TemplateContext context, ScriptNode node, IScriptFunction fn, object? first, ScriptArray? extra)
    {
        var args = new List<object?> { first };
        if (extra != null)
        {
            args.AddRange(extra);
        }
        var savedHas = context.HasPipeArgument;
        context.HasPipeArgument = false;
        try
        {
            return ScriptFunctionCall.Call(context, node, fn, new ScriptArguments(args), null);
        }
        finally
        {
            context.HasPipeArgument = savedHas;
        }
    }

    private static object? Cycle(TemplateContext context, ScriptNode node, object?[] a)
    {
        var items = Items(context, a[0]).ToList();
        if (items.Count == 0)
        {
            return null;
        }
        var key = a[1] == null ? "cycle:" + string.Join(",", items.Select(context.Str)) : "cycle:" + context.Str(a[1]);
        var state = context.CycleState;
        state.TryGetValue(key, out var index);
        state[key] = index + 1;
        return items[index % items.Count];
    }
}
