using System.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;

namespace Site.Cli.Reporting;

/// <summary>
/// Turns the per-step events of a build into one line per finished phase (with the pages
/// rendered and files written) and a description of what runs right now for a spinner.
/// Events arrive from worker threads; the engine finishes a phase everywhere before the next starts.
/// </summary>
internal sealed class PhaseProgress(Action<string> writeLine) : IProgress<BuildProgress>
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _phaseClock = new();
    private readonly SortedSet<string> _running = new(StringComparer.Ordinal);
    private Phase? _phase;
    private int _pages;
    private int _files;

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            if (_phase != value.Phase)
            {
                FinishPhase();
                _phase = value.Phase;
                _phaseClock.Restart();
            }

            var step = $"{value.Pipeline}/{value.Module}";
            if (!value.Finished)
            {
                _running.Add(step);
                return;
            }

            _running.Remove(step);
            if (value.Pipeline == SitePipelines.Pages && value.Phase == Phase.Process)
            {
                _pages = value.Documents;
            }
            else if (value.Phase == Phase.Write)
            {
                _files += value.Documents;
            }
        }
    }

    /// <summary>What runs now, e.g. <c>process: pages/RenderPages, search/WriteSearchIndexes</c>.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            return _phase is null ? "starting" : $"{Name(_phase.Value)}: {(_running.Count == 0 ? "…" : string.Join(", ", _running))}";
        }
    }

    /// <summary>Prints the line of the last phase; call once the build returned.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            FinishPhase();
            _phase = null;
        }
    }

    private void FinishPhase()
    {
        if (_phase is not { } phase)
        {
            return;
        }

        var detail = phase switch
        {
            Phase.Process when _pages > 0 => $"  {_pages} pages rendered",
            Phase.Write => $"  {_files} files written",
            _ => string.Empty,
        };
        writeLine($"  {Name(phase),-13}{_phaseClock.Elapsed.TotalMilliseconds,7:F0} ms{detail}");
    }

    private static string Name(Phase phase) => phase switch
    {
        Phase.Read => "read",
        Phase.Process => "process",
        Phase.PostProcess => "post-process",
        _ => "write",
    };
}
