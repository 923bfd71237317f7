using Site.Content;
using Site.Content.Model;

namespace Site.Pipeline.Incremental;

/// <summary>
/// Which outputs read which pages, recorded while a build session built every page model
/// (<see cref="Model.PageReads"/>), with the content, rendered bodies and
/// <see cref="SiteStructure"/> of that build. A later edit of page contents only (same
/// structure) then needs the models of just the outputs that read a page whose object or
/// rendered body changed (unchanged pages keep their objects between loads), plus those that
/// list every page by title and translation state when one of those changed. The render step still compares model fingerprints, so an output whose
/// model came out the same is not rendered again.
/// <para>
/// Outputs are recorded by their place in the plan (<see cref="Position"/>: language, then the
/// job's index in <see cref="Model.PageModelFactory.Plan"/>): the same structure plans the same
/// pages in the same order, so a rebuild finds its jobs without computing every page's file name.
/// </para>
/// </summary>
internal sealed class ModelDependencies
{
    private readonly Dictionary<string, int[]> _outputsById;
    private readonly int[] _readEveryTitleAndState;

    /// <param name="withoutPostOrder">The structure without the order of the posts (<see cref="SiteStructure.WithoutPostOrder"/>).</param>
    /// <param name="planUrls">Per language, the URL of every job in the order of the plan the positions refer to.</param>
    public ModelDependencies(ulong structure, ulong withoutPostOrder, ContentSet content, RenderedPages rendered, Dictionary<string, int[]> outputsById, int[] readEveryTitleAndState, string[][] planUrls)
    {
        Structure = structure;
        WithoutPostOrder = withoutPostOrder;
        Content = content;
        Rendered = rendered;
        _outputsById = outputsById;
        _readEveryTitleAndState = readEveryTitleAndState;
        PlanUrls = planUrls;
    }

    /// <summary>
    /// Per language, the URL of every job in plan order: what a position (<see cref="Position"/>) stood for, so a
    /// rebuild whose plan is in another order (posts moved) carries positions over without planning the old model again.
    /// </summary>
    public string[][] PlanUrls { get; }

    public ulong Structure { get; }

    /// <summary>The structure without the order of the posts (<see cref="SiteStructure.WithoutPostOrder"/>).</summary>
    public ulong WithoutPostOrder { get; }

    /// <summary>The content the models on disk were built from.</summary>
    public ContentSet Content { get; }

    public RenderedPages Rendered { get; }

    /// <summary>The same record with a new baseline: a rebuild of the same structure built the outputs that changed.</summary>
    public ModelDependencies Advance(ContentSet content, RenderedPages rendered) =>
        new(Structure, WithoutPostOrder, content, rendered, _outputsById, _readEveryTitleAndState, PlanUrls);

    /// <summary>
    /// The record after a rebuild in which posts moved in the date-ordered lists (same structure otherwise):
    /// every position is carried to the new plan (<paramref name="remap"/>: old position to new, the new plan's
    /// URLs in <paramref name="planUrls"/>), and the jobs built again (by new position) replace what they read
    /// before by what they read now (null: the job reads every title and state).
    /// </summary>
    public ModelDependencies Reorder(ulong structure, ContentSet content, RenderedPages rendered, Func<int, int> remap, IReadOnlyDictionary<int, HashSet<string>?> rebuilt, string[][] planUrls)
    {
        var built = new HashSet<int>(rebuilt.Keys);
        var outputsById = new Dictionary<string, int[]>(_outputsById.Count, StringComparer.Ordinal);
        foreach (var (id, outputs) in _outputsById)
        {
            // Most pages are read by outputs that kept their places and were not built again: their array is kept.
            var kept = outputs;
            for (var i = 0; i < outputs.Length; i++)
            {
                var moved = remap(outputs[i]);
                if (moved != outputs[i] || built.Contains(moved))
                {
                    kept = Moved(outputs, remap, built);
                    break;
                }
            }

            if (kept.Length > 0)
            {
                outputsById.Add(id, kept);
            }
        }

        var everyPage = Moved(_readEveryTitleAndState, remap, built).ToList();
        var added = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (output, ids) in rebuilt)
        {
            if (ids is null)
            {
                everyPage.Add(output);
                continue;
            }

            foreach (var id in ids)
            {
                if (!added.TryGetValue(id, out var list))
                {
                    added[id] = list = [];
                }

                list.Add(output);
            }
        }

        foreach (var (id, list) in added)
        {
            ref var outputs = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(outputsById, id, out var exists);
            outputs = exists ? [.. outputs!, .. list] : [.. list];
        }

        return new ModelDependencies(structure, WithoutPostOrder, content, rendered, outputsById, [.. everyPage], planUrls);
    }

    /// <summary>The outputs carried to their new positions, without those built again.</summary>
    private static int[] Moved(int[] outputs, Func<int, int> remap, HashSet<int> built)
    {
        var moved = new List<int>(outputs.Length);
        foreach (var output in outputs)
        {
            var now = remap(output);
            if (!built.Contains(now))
            {
                moved.Add(now);
            }
        }

        return [.. moved];
    }

    /// <summary>
    /// Old positions of a language to new ones after posts moved (the two plans list the same URLs): only the jobs
    /// from the first to the last place where the orders differ moved, so only their URLs are looked up.
    /// </summary>
    public static int[] Remap(string[] oldUrls, IReadOnlyList<string> newUrls)
    {
        if (oldUrls.Length != newUrls.Count)
        {
            throw new InvalidOperationException($"plans of {oldUrls.Length} and {newUrls.Count} jobs: a reordered plan lists the same pages");
        }

        var remap = new int[oldUrls.Length];
        var first = 0;
        while (first < remap.Length && string.Equals(oldUrls[first], newUrls[first], StringComparison.Ordinal))
        {
            remap[first] = first;
            first++;
        }

        var last = remap.Length - 1;
        while (last >= first && string.Equals(oldUrls[last], newUrls[last], StringComparison.Ordinal))
        {
            remap[last] = last;
            last--;
        }

        var moved = new Dictionary<string, int>(last - first + 1, StringComparer.Ordinal);
        for (var position = first; position <= last; position++)
        {
            moved[newUrls[position]] = position;
        }

        for (var position = first; position <= last; position++)
        {
            remap[position] = moved[oldUrls[position]];
        }

        return remap;
    }

    /// <summary>Ids of pages (any language) whose object or rendered body differs from the baseline.</summary>
    public HashSet<string> ChangedIds(ContentSet content, RenderedPages rendered)
    {
        if (ReferenceEquals(content.Previous, Content))
        {
            // The loader swapped edited pages into the baseline; the others keep their objects and bodies.
            return content.SwappedIn.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in content.Pages)
        {
            var before = Content.Get(page.Language, page.Id);
            if (!ReferenceEquals(before, page)
                || before is null
                || !ReferenceEquals(Rendered.Get(before), rendered.Get(page)))
            {
                changed.Add(page.Id);
            }
        }

        return changed;
    }

    /// <summary>
    /// True unless the content is the baseline with edited pages swapped in that all kept their
    /// titles and translation states (then outputs listing every page by those need no new model).
    /// </summary>
    public bool TitlesOrStatesChanged(ContentSet content) =>
        !ReferenceEquals(content.Previous, Content)
        || content.SwappedIn.Any(page => Content.Get(page.Language, page.Id) is not { } before
            || before.Title != page.Title || before.TranslationState != page.TranslationState);

    /// <summary>The key of a job: its language's index and its index in that language's plan.</summary>
    public static int Position(int language, int job) => (language << 24) | job;

    /// <summary>Positions (<see cref="Position"/>) of the jobs whose model must be built again after <paramref name="changedIds"/> changed.</summary>
    public HashSet<int> OutputsToRebuild(IEnumerable<string> changedIds, bool titlesOrStatesChanged)
    {
        var outputs = titlesOrStatesChanged ? new HashSet<int>(_readEveryTitleAndState) : [];
        foreach (var id in changedIds)
        {
            if (_outputsById.TryGetValue(id, out var readers))
            {
                outputs.UnionWith(readers);
            }
        }

        return outputs;
    }

    /// <summary>Collects, per language and job, the ids its model read; <see cref="Build"/> inverts them into the record.</summary>
    public sealed class Recorder
    {
        private readonly List<(int Output, HashSet<string> Ids)> _jobs = [];
        private readonly List<int> _readEveryTitleAndState = [];

        /// <param name="output">The job's <see cref="Position"/>.</param>
        /// <remarks>Safe to call from many threads (deferred jobs are built by the render step's workers).</remarks>
        public void Add(int output, HashSet<string> ids, bool readsEveryTitleAndState)
        {
            lock (_jobs)
            {
                if (readsEveryTitleAndState)
                {
                    _readEveryTitleAndState.Add(output);
                }
                else
                {
                    _jobs.Add((output, ids));
                }
            }
        }

        /// <param name="planUrls">Per language, the URLs of the plan the recorded positions refer to.</param>
        public static ModelDependencies Build(IEnumerable<Recorder> recorders, ulong structure, ulong withoutPostOrder, ContentSet content, RenderedPages rendered, string[][] planUrls)
        {
            var readers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var everyPage = new List<int>();
            foreach (var recorder in recorders)
            {
                everyPage.AddRange(recorder._readEveryTitleAndState);
                foreach (var (output, ids) in recorder._jobs)
                {
                    foreach (var id in ids)
                    {
                        if (!readers.TryGetValue(id, out var list))
                        {
                            readers[id] = list = [];
                        }

                        list.Add(output);
                    }
                }
            }

            var outputsById = readers.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
            return new ModelDependencies(structure, withoutPostOrder, content, rendered, outputsById, [.. everyPage], planUrls);
        }
    }
}
