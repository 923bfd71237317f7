using System.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;

namespace Site.Cli.Reporting;

/// <summary>
/// Turns the per-step events of a build into one line per finished phase (with the pages
/// rendered) and a description of the running steps for a spinner. Events
/// arrive from worker threads, possibly interleaved across phases; a phase is over when every
/// pipeline with steps in it has finished its last one (see <see cref="BuildProgress"/>).
/// </summary>
internal sealed class PhaseProgress(Action<string> writeLine) : IProgress<BuildProgress>
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly SortedSet<string> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<Phase, PhaseState> _phases = [];

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            if (!_phases.TryGetValue(value.Phase, out var phase))
            {
                phase = new PhaseState(_clock.Elapsed, value.PipelinesInPhase);
                _phases[value.Phase] = phase;
            }

            var step = $"{Name(value.Phase)}: {value.Pipeline}/{value.Module}";
            if (!value.Finished)
            {
                _running.Add(step);
                return;
            }

            _running.Remove(step);
            phase.End = _clock.Elapsed;
            if (value.Pipeline == SitePipelines.Pages && value.Phase == Phase.Process && value.LastOfPipelinePhase)
            {
                phase.Pages = value.Documents;
            }

            if (value.LastOfPipelinePhase && ++phase.PipelinesDone >= phase.Pipelines)
            {
                Print(value.Phase, phase);
            }
        }
    }

    /// <summary>What runs now, e.g. <c>process: pages/RenderPages, process: search/WriteSearchIndexes</c>.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            return _running.Count == 0 ? "…" : string.Join(", ", _running);
        }
    }

    /// <summary>Prints the phases not printed yet (one whose pipelines were skipped after an error); call once the build returned.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            foreach (var (phase, state) in _phases.OrderBy(p => p.Key))
            {
                Print(phase, state);
            }
        }
    }

    private void Print(Phase phase, PhaseState state)
    {
        if (state.Printed)
        {
            return;
        }

        state.Printed = true;
        var detail = phase switch
        {
            Phase.Process when state.Pages > 0 => $"  {state.Pages} pages rendered",
            _ => string.Empty,
        };
        writeLine($"  {Name(phase),-13}{(state.End - state.Start).TotalMilliseconds,7:F0} ms{detail}");
    }

    private static string Name(Phase phase) => phase switch
    {
        Phase.Read => "read",
        Phase.Process => "process",
        Phase.PostProcess => "post-process",
        _ => "write",
    };

    private sealed class PhaseState(TimeSpan start, int pipelines)
    {
        public TimeSpan Start { get; } = start;

        public TimeSpan End { get; set; } = start;

        public int Pipelines { get; } = pipelines;

        public int PipelinesDone { get; set; }

        public int Pages { get; set; }

        public bool Printed { get; set; }
    }
}
