using Site.Pipeline.Incremental;

namespace Site.Pipeline.Model;

/// <summary>
/// A page job of a build session's full rebuild whose model is built where the page is rendered and let
/// go right after (<see cref="Modules.RenderPages"/>), instead of every model of the site being built first
/// and held until the last page is rendered: on the large corpus that was 300 MB more at the peak of a
/// template or UI-string edit. Building it records the pages its model reads, as the model step does.
/// </summary>
/// <param name="Position">The job's place in the plan (<see cref="ModelDependencies.Position"/>).</param>
/// <param name="Recorder">Where a session records what the model read; null in a one-shot build, which keeps no record.</param>
internal sealed record DeferredJob(PlannedJob Planned, LanguageContext Language, int Position, ModelDependencies.Recorder? Recorder)
{
    public PageJob Build()
    {
        if (Recorder is null)
        {
            return Planned.Build();
        }

        var reads = new HashSet<string>(StringComparer.Ordinal);
        PageJob job;
        using (PageReads.Record(reads))
        {
            job = Planned.Build();
        }

        Recorder.Add(Position, reads, Planned.ReadsEveryTitleAndState);
        return job;
    }
}
