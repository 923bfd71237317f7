using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Site.Templating.Runtime;

/// <summary>
/// Snake_case member access for plain .NET objects. Getters and setters are compiled once per type
/// and cached, so rendering never uses reflection per access.
/// </summary>
public sealed class TypeAccessor
{
    private static readonly ConcurrentDictionary<Type, TypeAccessor> Cache = new();

    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<object, object?>> _setters = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();

    private TypeAccessor(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        foreach (var prop in type.GetProperties(flags))
        {
            if (prop.GetIndexParameters().Length != 0 || !prop.CanRead || prop.GetMethod is not { IsPublic: true })
            {
                continue;
            }
            var name = MemberRenamer.Rename(prop.Name);
            if (_getters.ContainsKey(name))
            {
                continue;
            }
            _names.Add(name);
            _getters[name] = CompileGetter(type, prop);
            if (prop.CanWrite && prop.SetMethod is { IsPublic: true } && !IsInitOnly(prop))
            {
                _setters[name] = CompileSetter(type, prop);
            }
        }
        foreach (var field in type.GetFields(flags))
        {
            var name = MemberRenamer.Rename(field.Name);
            if (_getters.ContainsKey(name))
            {
                continue;
            }
            _names.Add(name);
            _getters[name] = CompileGetter(type, field);
        }
    }

    public static TypeAccessor Get(Type type) => Cache.GetOrAdd(type, static t => new TypeAccessor(t));

    public IReadOnlyList<string> MemberNames => _names;

    public bool HasMember(string name) => _getters.ContainsKey(name);

    public bool TryGet(object target, string name, out object? value)
    {
        if (_getters.TryGetValue(name, out var getter))
        {
            value = getter(target);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>The compiled getter of a member, or null when the type has no such member.</summary>
    public Func<object, object?>? GetGetter(string name) => _getters.GetValueOrDefault(name);

    public bool TrySet(object target, string name, object? value)
    {
        if (_setters.TryGetValue(name, out var setter))
        {
            setter(target, value);
            return true;
        }
        return false;
    }

    private static bool IsInitOnly(PropertyInfo prop) =>
        prop.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static Func<object, object?> CompileGetter(Type type, MemberInfo member)
    {
        var obj = Expression.Parameter(typeof(object), "o");
        var typed = type.IsValueType ? Expression.Unbox(obj, type) : (Expression)Expression.Convert(obj, type);
        Expression access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, obj).Compile();
    }

    private static Action<object, object?> CompileSetter(Type type, PropertyInfo prop)
    {
        var obj = Expression.Parameter(typeof(object), "o");
        var value = Expression.Parameter(typeof(object), "v");
        var converted = Expression.Call(typeof(TypeAccessor).GetMethod(nameof(ConvertTo), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(prop.PropertyType), value);
        var body = type.IsValueType
            ? (Expression)Expression.Empty()
            : Expression.Assign(Expression.Property(Expression.Convert(obj, type), prop), converted);
        return Expression.Lambda<Action<object, object?>>(body, obj, value).Compile();
    }

    private static T ConvertTo<T>(object? value)
    {
        if (value is T t)
        {
            return t;
        }
        if (value is null)
        {
            return default!;
        }
        return (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
