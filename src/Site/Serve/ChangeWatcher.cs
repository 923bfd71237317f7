namespace Site.Cli.Serve;

/// <summary>
/// Watches source folders and raises <see cref="Changed"/> once a burst of file events has
/// been quiet for the debounce interval (editors write several events per save).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ITimer _timer;
    private readonly TimeSpan _debounce;
    private readonly Lock _gate = new();
    private readonly List<string> _pending = [];
    private readonly List<string> _problems = [];

    /// <param name="time">The clock of the debounce (tests pass a fake one to decide when the quiet interval has passed).</param>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan debounce, TimeProvider? time = null)
    {
        _debounce = debounce;
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            // Overflow loses events: treat it as "anything may have changed".
            watcher.Error += (_, _) => Touch(Overflow);
            try
            {
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (IOException ex)
            {
                // Typically the inotify instance or watch limit of the machine; serving still works.
                watcher.Dispose();
                _problems.Add($"cannot watch {folder} for changes: {ex.Message}");
            }
        }
    }

    /// <summary>Folders that could not be watched, with the reason (empty when all are watched).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Stands for lost events (the watcher's buffer overflowed): rebuild as if anything changed.</summary>
    public const string Overflow = "(watcher overflow: events were lost)";

    /// <summary>Paths seen since the last <see cref="Changed"/>, not yet raised (tests wait for their events to arrive).</summary>
    internal IReadOnlyList<string> Pending
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending];
            }
        }
    }

    /// <summary>Raised on a thread-pool thread with the distinct paths that changed (or <see cref="Overflow"/>).</summary>
    public event Action<IReadOnlyList<string>>? Changed;

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (!IsEditorNoise(e.FullPath))
        {
            Touch(e.FullPath);
        }
    }

    /// <summary>Swap, backup and probe files editors write next to the real one; a save of the real file raises its own event.</summary>
    internal static bool IsEditorNoise(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0
            || name.EndsWith('~')
            || name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal)
            || name.StartsWith(".#", StringComparison.Ordinal)
            || name == "4913"; // vim's write-permission probe
    }

    private void Touch(string path)
    {
        lock (_gate)
        {
            _pending.Add(path);
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        List<string> paths;
        lock (_gate)
        {
            paths = _pending.Distinct(StringComparer.Ordinal).ToList();
            _pending.Clear();
        }

        if (paths.Count > 0)
        {
            Changed?.Invoke(paths);
        }
    }
}
