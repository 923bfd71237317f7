using System.Diagnostics;

namespace Site.Pipeline.Build;

/// <summary>
/// Keeps a build session's managed heap near what the session holds while it works. A rebuild that
/// renders every page, and the search refresh after each rebuild, make gigabytes of objects that live
/// a page or a language long: enough of them survive the young collections to pile up in the oldest
/// generation, which the runtime collects only once that generation grew by a share of its size (with
/// the session's gigabyte of content, hundreds of megabytes). While a run is in progress a thread looks
/// at the heap every <see cref="Interval"/> and, when it grew more than <see cref="Headroom"/> past what
/// the last full collection left, starts a background collection (concurrent: no thread waits for it).
/// A one-shot build does not use this; its heap is given back when the process ends.
/// </summary>
internal sealed class HeapWatch : IDisposable
{
    /// <summary>Growth of the heap past the last full collection's result that starts a collection.</summary>
    public const long Headroom = 128L * 1024 * 1024;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly object _gate = new();
    private readonly Func<long> _heap;
    private readonly Func<int> _fullCollections;
    private readonly Action _collect;
    private int _runs;
    private bool _disposed;
    private int _lastFull = -1;
    private long _limit;

    public HeapWatch()
        : this(() => GC.GetTotalMemory(forceFullCollection: false), () => GC.CollectionCount(GC.MaxGeneration), StartBackgroundCollection, watchOnThread: true)
    {
    }

    /// <param name="heap">Bytes in use on the heap, garbage not yet collected included.</param>
    /// <param name="fullCollections">Full collections so far.</param>
    /// <param name="collect">Starts a full collection.</param>
    /// <param name="watchOnThread">False for tests, which call <see cref="Check"/> themselves.</param>
    internal HeapWatch(Func<long> heap, Func<int> fullCollections, Action collect, bool watchOnThread)
    {
        _heap = heap;
        _fullCollections = fullCollections;
        _collect = collect;
        if (watchOnThread)
        {
            // A thread of its own: the thread pool is busy rendering pages exactly when the heap grows.
            new Thread(Watch) { IsBackground = true, Name = "serve heap watch", Priority = ThreadPriority.AboveNormal }.Start();
        }
    }

    /// <summary>Collections this watch started (for tests and benchmarks).</summary>
    public int Collections { get; private set; }

    /// <summary>Watches until the returned scope is disposed; scopes may overlap (a rebuild and the refresh after it).</summary>
    public IDisposable Watching()
    {
        lock (_gate)
        {
            _runs++;
            Monitor.PulseAll(_gate);
        }

        return new Scope(this);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// One look at the heap: a full collection since the last look sets the limit (what it left plus the
    /// headroom); past the limit, a background collection starts, and the next look after it sets a new limit.
    /// </summary>
    internal void Check()
    {
        var full = _fullCollections();
        var heap = _heap();
        if (full != _lastFull)
        {
            // A full collection ran since the last look (ours, the runtime's or the session's): measure from about what it left.
            _lastFull = full;
            _limit = heap + Headroom;
            return;
        }

        if (heap > _limit)
        {
            _collect();
            Collections++;
            _limit = long.MaxValue; // until that collection is seen to have run
        }
    }

    private static void StartBackgroundCollection() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false, compacting: false);

    private void Watch()
    {
        while (true)
        {
            lock (_gate)
            {
                while (_runs == 0 && !_disposed)
                {
                    Monitor.Wait(_gate);
                }

                if (_disposed)
                {
                    return;
                }

                Monitor.Wait(_gate, Interval);
                if (_runs == 0 || _disposed)
                {
                    continue;
                }
            }

            Check();
        }
    }

    private void Leave()
    {
        lock (_gate)
        {
            _runs--;
            Debug.Assert(_runs >= 0, "more scopes left than entered");
        }
    }

    private sealed class Scope(HeapWatch watch) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                watch.Leave();
            }
        }
    }
}
