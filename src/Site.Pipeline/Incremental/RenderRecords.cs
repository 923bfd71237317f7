using System.Collections.Concurrent;

namespace Site.Pipeline.Incremental;

/// <summary>What one output was rendered from: its model fingerprint and the templates it used (theme-relative paths).</summary>
public sealed record OutputRecord(ulong Fingerprint, IReadOnlyList<string> Templates);

/// <summary>
/// The dependency record of a build session's rendered pages: for each output file, the
/// fingerprint of its template model (every page, translation, tag, list and site setting it
/// shows; see <see cref="ModelFingerprint"/>) and the templates and partials its render used.
/// A page is rendered again only when its fingerprint differs or one of its templates changed.
/// Records of a run become current only with <see cref="Commit"/>, after its files were written,
/// so the record always describes what is on disk; a failed run is <see cref="Discard"/>ed.
/// </summary>
public sealed class RenderRecords
{
    private readonly ConcurrentDictionary<string, OutputRecord> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _rendered = [];
    private Dictionary<string, OutputRecord> _current = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, ulong> _templates = new Dictionary<string, ulong>();
    private IReadOnlyDictionary<string, ulong>? _pendingTemplates;
    private HashSet<string> _changedTemplates = new(StringComparer.Ordinal);

    /// <summary>Outputs with a committed record.</summary>
    public int Count => _current.Count;

    /// <summary>Destinations rendered by the current (or last) run, unordered.</summary>
    public IReadOnlyCollection<string> RenderedThisRun => _rendered;

    public OutputRecord? this[string destination] => _current.GetValueOrDefault(destination);

    /// <summary>Starts a run with the theme as loaded now; templates whose text changed since the committed run are marked changed.</summary>
    public void BeginRun(IReadOnlyDictionary<string, ulong> templateHashes)
    {
        _pending.Clear();
        _rendered.Clear();
        _pendingTemplates = templateHashes;
        _changedTemplates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, hash) in templateHashes)
        {
            if (!_templates.TryGetValue(path, out var old) || old != hash)
            {
                _changedTemplates.Add(path);
            }
        }

        foreach (var path in _templates.Keys)
        {
            if (!templateHashes.ContainsKey(path))
            {
                _changedTemplates.Add(path);
            }
        }
    }

    /// <summary>True when the output on disk was rendered from the same model with templates that did not change since.</summary>
    public bool IsUpToDate(string destination, ulong fingerprint)
    {
        if (!_current.TryGetValue(destination, out var record) || record.Fingerprint != fingerprint)
        {
            return false;
        }

        foreach (var template in record.Templates)
        {
            if (_changedTemplates.Contains(template))
            {
                return false;
            }
        }

        _pending[destination] = record;
        return true;
    }

    public void Rendered(string destination, ulong fingerprint, IEnumerable<string> templates)
    {
        _pending[destination] = new OutputRecord(fingerprint, templates.Order(StringComparer.Ordinal).ToArray());
        _rendered.Add(destination);
    }

    /// <summary>
    /// The run's files are on disk: its records replace the old ones (outputs that no longer exist
    /// drop out), or, after a run that rendered only some outputs (<paramref name="partial"/>),
    /// update theirs and keep the others.
    /// </summary>
    public void Commit(bool partial = false)
    {
        if (partial)
        {
            foreach (var (destination, record) in _pending)
            {
                _current[destination] = record;
            }
        }
        else
        {
            _current = new Dictionary<string, OutputRecord>(_pending, StringComparer.Ordinal);
        }

        _templates = _pendingTemplates ?? _templates;
        _pending.Clear();
    }

    /// <summary>The run wrote nothing: keep the records of the last committed run.</summary>
    public void Discard()
    {
        _pending.Clear();
        _pendingTemplates = null;
    }
}
