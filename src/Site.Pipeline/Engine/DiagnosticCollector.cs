using System.Collections.Concurrent;
using Site.Content.Diagnostics;

namespace Site.Pipeline.Engine;

/// <summary>Thread-safe sink for the diagnostics of a whole run; hands them back in a stable order.</summary>
public sealed class DiagnosticCollector
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private readonly ConcurrentDictionary<string, byte> _errorPaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Path, int Line, int Column), byte> _errorPositions = new();
    private int _errorCount;

    public int ErrorCount => Volatile.Read(ref _errorCount);

    /// <summary>True when an error was reported for the file <paramref name="path"/> (as diagnostics show it).</summary>
    public bool HasErrorsIn(string path) => _errorPaths.ContainsKey(path);

    /// <summary>True when an error was reported at <paramref name="path"/>:<paramref name="line"/>:<paramref name="column"/>.</summary>
    public bool HasErrorAt(string path, int line, int column) => _errorPositions.ContainsKey((path, line, column));

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errorCount);
            _errorPaths.TryAdd(diagnostic.Path, 0);
            _errorPositions.TryAdd((diagnostic.Path, diagnostic.Line, diagnostic.Column), 0);
        }
    }

    /// <summary>Sorted by path, line, column, then message, without duplicates (two modules may find the same problem).</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
