using System.Collections.Concurrent;

namespace Site.Content.Diagnostics;

/// <summary>
/// Collects diagnostics from many threads (files are read and rendered in parallel) and hands
/// them back in a deterministic order, so two builds of the same input print the same report.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errorCount);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public int Count => _items.Count;

    public bool HasErrors => Volatile.Read(ref _errorCount) > 0;

    public int ErrorCount => Volatile.Read(ref _errorCount);

    /// <summary>Sorted by path (ordinal), line, column, then message.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = _items.ToList();
        list.Sort(DiagnosticOrder.Instance);
        return list;
    }
}

/// <summary>Path, line, column, message: the order in which a reader scans a report.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Path, y.Path);
        if (c != 0)
        {
            return c;
        }

        c = x.Line.CompareTo(y.Line);
        if (c != 0)
        {
            return c;
        }

        c = x.Column.CompareTo(y.Column);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
