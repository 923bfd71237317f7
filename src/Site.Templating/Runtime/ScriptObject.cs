using System.Collections;
using System.Reflection;

namespace Site.Templating.Runtime;

/// <summary>String-keyed ordered object used for scopes, object literals and imported .NET members.</summary>
public class ScriptObject : IDictionary<string, object?>, IReadOnlyDictionary<string, object?>
{
    private readonly OrderedDictionary<string, object?> _values;
    private HashSet<string>? _readOnly;

    public ScriptObject()
    {
        _values = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
    }

    public ScriptObject(int capacity)
    {
        _values = new OrderedDictionary<string, object?>(capacity, StringComparer.Ordinal);
    }

    /// <summary>When true, template code cannot add or change members (builtin objects).</summary>
    public bool IsFrozen { get; internal set; }

    public int Count => _values.Count;

    public ICollection<string> Keys => _values.Keys;

    public ICollection<object?> Values => _values.Values;

    IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => _values.Keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => _values.Values;

    public bool IsReadOnly => false;

    public object? this[string key]
    {
        get => _values.TryGetValue(key, out var v) ? v : null;
        set => SetValue(key, value);
    }

    public void Add(string key, object? value) => _values[key] = value;

    public void Add(KeyValuePair<string, object?> item) => _values[item.Key] = item.Value;

    /// <summary>Sets a member, optionally marking it read-only for template code.</summary>
    public void SetValue(string key, object? value, bool readOnly = false)
    {
        _values[key] = value;
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
        }
    }

    public virtual bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);

    /// <summary>Context-aware lookup, overridden by builtins that keep per-render state.</summary>
    public virtual bool TryGetValue(TemplateContext context, string key, out object? value) => TryGetValue(key, out value);

    /// <summary>Context-aware write; returns false when the member is read-only.</summary>
    public virtual bool TrySetValue(TemplateContext context, string key, object? value)
    {
        if (IsFrozen || IsReadOnlyMember(key))
        {
            return false;
        }
        _values[key] = value;
        return true;
    }

    public bool IsReadOnlyMember(string key) => _readOnly != null && _readOnly.Contains(key);

    public void SetReadOnly(string key, bool readOnly)
    {
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
        }
        else
        {
            _readOnly?.Remove(key);
        }
    }

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool Remove(string key)
    {
        _readOnly?.Remove(key);
        return _values.Remove(key);
    }

    public void Clear()
    {
        _values.Clear();
        _readOnly = null;
    }

    /// <summary>Imports the public instance properties and fields of <paramref name="obj"/> under snake_case names.</summary>
    public void Import(object obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (obj is ScriptObject so)
        {
            foreach (var kv in so)
            {
                this[kv.Key] = kv.Value;
            }
            return;
        }
        if (obj is Delegate d)
        {
            Import(MemberRenamer.Rename(d.Method.Name), d);
            return;
        }
        var accessor = TypeAccessor.Get(obj.GetType());
        foreach (var name in accessor.MemberNames)
        {
            accessor.TryGet(obj, name, out var value);
            this[name] = value;
        }
    }

    /// <summary>Imports the public static methods of a type as functions (snake_case names).</summary>
    public void Import(Type type)
    {
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (!method.IsSpecialName)
            {
                this[MemberRenamer.Rename(method.Name)] = DelegateFunction.FromMethod(method, null);
            }
        }
    }

    /// <summary>Imports a delegate as a function callable from templates.</summary>
    public void Import(string name, Delegate function) => this[name] = DelegateFunction.FromMethod(function.Method, function.Target);

    public bool Contains(KeyValuePair<string, object?> item) => _values.Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)_values).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object?> item) => Remove(item.Key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void CopyTo(ScriptObject target)
    {
        foreach (var kv in _values)
        {
            target._values[kv.Key] = kv.Value;
        }
        if (_readOnly != null)
        {
            foreach (var k in _readOnly)
            {
                target.SetReadOnly(k, true);
            }
        }
    }

    public override string ToString() => ObjectPrinter.Print(this, null);
}
