using System.Collections;

namespace Site.Templating.Runtime;

/// <summary>A list of values that may also carry named properties (<c>arr.x = 1</c>).</summary>
public sealed class ScriptArray : IList<object?>, IList, IReadOnlyList<object?>
{
    private readonly List<object?> _items;
    private ScriptObject? _properties;

    public ScriptArray()
    {
        _items = new List<object?>();
    }

    public ScriptArray(int capacity)
    {
        _items = new List<object?>(capacity);
    }

    public ScriptArray(IEnumerable<object?> items)
    {
        _items = new List<object?>(items);
    }

    /// <summary>Named properties attached to the array (created on first write).</summary>
    public ScriptObject Properties => _properties ??= new ScriptObject();

    internal bool HasProperties => _properties is { Count: > 0 };

    /// <summary>Empties items and properties so a recycled array reads exactly like a new one.</summary>
    internal void ResetForReuse()
    {
        _items.Clear();
        _properties?.Clear();
    }

    public int Count => _items.Count;

    public bool IsReadOnly => false;

    bool IList.IsFixedSize => false;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    public object? this[int index]
    {
        get => (uint)index < (uint)_items.Count ? _items[index] : null;
        set
        {
            // Writing past the end grows the array, filling the gap with nulls.
            while (_items.Count <= index)
            {
                _items.Add(null);
            }
            _items[index] = value;
        }
    }

    public void Add(object? item) => _items.Add(item);

    int IList.Add(object? value)
    {
        _items.Add(value);
        return _items.Count - 1;
    }

    public void AddRange(IEnumerable<object?> items) => _items.AddRange(items);

    public void Clear() => _items.Clear();

    public bool Contains(object? item) => _items.Contains(item);

    public void CopyTo(object?[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    void ICollection.CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);

    public int IndexOf(object? item) => _items.IndexOf(item);

    public void Insert(int index, object? item) => _items.Insert(index, item);

    public bool Remove(object? item) => _items.Remove(item);

    void IList.Remove(object? value) => _items.Remove(value);

    public void RemoveAt(int index) => _items.RemoveAt(index);

    public void Reverse() => _items.Reverse();

    public List<object?>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<object?> IEnumerable<object?>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => ObjectPrinter.Print(this, null);
}
