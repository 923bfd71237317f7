using System.Collections;
using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>Member, indexer and iteration access over template values and .NET objects.</summary>
public sealed partial class TemplateContext
{
    /// <summary>Reads <c>target.name</c>; a missing member gives null (relaxed member access).</summary>
    public object? GetMember(object target, string name)
    {
        switch (target)
        {
            case ScriptObject so:
                return so.TryGetValue(this, name, out var v) ? v : null;
            case ScriptArray array:
                if (name == "size")
                {
                    return Boxes.Int(array.Count);
                }
                return array.HasProperties && array.Properties.TryGetValue(name, out var pv) ? pv : null;
            case string s:
                return name == "size" ? Boxes.Int(s.Length) : null;
            case IDictionary<string, object?> dict:
                return dict.TryGetValue(name, out var dv) ? dv : null;
            case IReadOnlyDictionary<string, object?> rdict:
                return rdict.TryGetValue(name, out var rv) ? rv : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
            case KeyValuePair<string, object?> kv:
                return name switch
                {
                    "key" => kv.Key,
                    "value" => kv.Value,
                    _ => null,
                };
            case ICollection collection when name == "size":
                return Boxes.Int(collection.Count);
        }
        if (target is IScriptFunction || target is EmptyScriptObject)
        {
            return null;
        }
        var type = target.GetType();
        if (type.IsPrimitive || target is decimal)
        {
            return null;
        }
        return TypeAccessor.Get(type).TryGet(target, name, out var value) ? value : null;
    }

    /// <summary>
    /// True when <see cref="GetMember"/> reads <paramref name="name"/> on this target through its
    /// <see cref="TypeAccessor"/> (a plain .NET object), so a call site may cache the getter for the target's type.
    /// </summary>
    internal static bool IsTypedMemberAccess(object target, string name) => target switch
    {
        ScriptObject or ScriptArray or string or IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or IDictionary => false,
        KeyValuePair<string, object?> or IScriptFunction or EmptyScriptObject or decimal => false,
        ICollection when name == "size" => false,
        _ => !target.GetType().IsPrimitive,
    };

    /// <summary>Writes <c>target.name = value</c>; returns false when the member is read-only.</summary>
    internal bool TrySetMember(ScriptNode node, object target, string name, object? value)
    {
        switch (target)
        {
            case ScriptObject so:
                return so.TrySetValue(this, name, value);
            case ScriptArray array:
                return array.Properties.TrySetValue(this, name, value);
            case IDictionary<string, object?> dict:
                dict[name] = value;
                return true;
            case IDictionary legacy:
                legacy[name] = value;
                return true;
        }
        if (TypeAccessor.Get(target.GetType()).TrySet(target, name, value))
        {
            return true;
        }
        throw new ScriptRuntimeException(node.Span, $"Cannot set the member `{name}` on an object of type `{ValueConverter.TypeName(target)}`");
    }

    internal object? GetIndex(ScriptNode node, ScriptNode indexNode, object target, object index)
    {
        switch (target)
        {
            case ScriptObject or IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or IDictionary or KeyValuePair<string, object?>:
                return GetMember(target, ObjectToString(index));
            case string s:
                {
                    var i = ValueConverter.ToInt(this, indexNode, index);
                    if (i < 0)
                    {
                        i += s.Length;
                    }
                    return (uint)i < (uint)s.Length ? s[i].ToString() : null;
                }
            case IList list:
                {
                    if (index is string key && target is ScriptArray sa)
                    {
                        return GetMember(sa, key);
                    }
                    var i = ValueConverter.ToInt(this, indexNode, index);
                    if (i < 0)
                    {
                        i += list.Count;
                    }
                    return (uint)i < (uint)list.Count ? list[i] : null;
                }
            case IReadOnlyList<object?> rlist:
                {
                    var i = ValueConverter.ToInt(this, indexNode, index);
                    if (i < 0)
                    {
                        i += rlist.Count;
                    }
                    return (uint)i < (uint)rlist.Count ? rlist[i] : null;
                }
        }
        if (ValueConverter.IsNumber(target) || target is bool)
        {
            throw new ScriptRuntimeException(node.Span, $"Cannot use the {ValueConverter.TypeName(target)} primitive `{ObjectToString(target)}` as a list.");
        }
        if (index is string name)
        {
            return GetMember(target, name);
        }
        throw new ScriptRuntimeException(node.Span, $"Cannot access the indexer on an object of type `{ValueConverter.TypeName(target)}`");
    }

    internal bool TrySetIndex(ScriptNode node, ScriptNode indexNode, object target, object index, object? value)
    {
        switch (target)
        {
            case ScriptObject or IDictionary<string, object?> or IDictionary:
                return TrySetMember(node, target, ObjectToString(index), value);
            case ScriptArray array:
                {
                    if (index is string key)
                    {
                        return TrySetMember(node, array, key, value);
                    }
                    var i = ValueConverter.ToInt(this, indexNode, index);
                    if (i < 0)
                    {
                        i += array.Count;
                        if (i < 0)
                        {
                            i = 0;
                        }
                    }
                    array[i] = value;
                    return true;
                }
            case IList list:
                {
                    var i = ValueConverter.ToInt(this, indexNode, index);
                    if (i < 0)
                    {
                        i += list.Count;
                    }
                    list[i] = value;
                    return true;
                }
        }
        if (ValueConverter.IsNumber(target) || target is bool)
        {
            throw new ScriptRuntimeException(node.Span, $"Cannot use the {ValueConverter.TypeName(target)} primitive `{ObjectToString(target)}` as a list.");
        }
        return TrySetMember(node, target, ObjectToString(index), value);
    }

    /// <summary>Enumerates a value for <c>for</c>: lists, ranges, enumerables, objects (as key/value pairs).</summary>
    internal IEnumerable<object?>? ToEnumerable(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string:
                return null;
            case ScriptObject so:
                return so.Select(static kv => (object?)kv);
            case IDictionary<string, object?> dict:
                return dict.Select(static kv => (object?)kv);
            case IReadOnlyDictionary<string, object?> rdict:
                return rdict.Select(static kv => (object?)kv);
            case IEnumerable<object?> typed:
                return typed;
            case IEnumerable e:
                return e.Cast<object?>();
        }
        return null;
    }
}
