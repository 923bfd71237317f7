using System.Collections.Immutable;
using System.Diagnostics;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Modules;
using Site.Pipeline.Output;

namespace Site.Pipeline.Build;

/// <summary>
/// A long-lived build for <c>serve</c>: builds the site once, then brings the output up to date
/// after edits by redoing only what they affect. Call <see cref="BuildAsync"/> at start-up and
/// <see cref="RebuildAsync"/> with the changed paths after each (debounced) batch of edits; calls
/// are serialised, so a watcher may fire at any time.
/// <para>
/// Between runs the session keeps every rendered markdown body and, for every page it wrote, a
/// dependency record: the fingerprint of the page's template model (the pages, translations,
/// tags, lists, UI strings and site settings it shows) and the templates and partials its render
/// used (<see cref="RenderRecords"/>). A rebuild reloads the content, renders the bodies whose
/// text changed, rebuilds the page models, and renders only the pages whose fingerprint or
/// templates changed: an edited post re-renders itself, its fallback, its neighbours and the lists,
/// tag pages, project and SIG pages that show it; an edited partial re-renders the pages that
/// included it; a changed <c>site.yml</c> or UI string changes every fingerprint and so re-renders all.
/// </para>
/// <para>
/// Rebuilds write in place into the live output folder: a file is replaced (temporary file +
/// rename) only when its bytes change, and files the site no longer produces are deleted. A
/// rebuild with errors writes nothing and leaves the previous output served. Search indexes and
/// the sitemap are refreshed afterwards in the background (<see cref="BackgroundWork"/>).
/// The first build (and any build after a failed first one) is a full atomic build like
/// <see cref="SiteBuilder.BuildAsync"/>.
/// </para>
/// </summary>
public sealed class SiteBuildSession : IDisposable
{
    private readonly BuildOptions _options;
    private readonly SessionCaches _caches = new(new MarkdownCache(), new RenderRecords());

    /// <summary>What the session keeps between its runs (for tests and benchmarks).</summary>
    internal SessionCaches Caches => _caches;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string[] _watchedRoots;
    private HashSet<string> _destinations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedSinceSuccess = new(StringComparer.Ordinal);
    private bool _unknownChanges;
    private bool _hasOutput;
    private CancellationTokenSource? _backgroundCancel;
    private bool _disposed;

    public SiteBuildSession(BuildOptions options)
    {
        _options = options;
        _watchedRoots = new[] { options.InputPath, options.ThemePath, options.TranslationsPath, options.LunrPackagePath, options.LunrCjkScriptPath }
            .Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)))
            .ToArray();
    }

    public BuildOptions Options => _options;

    /// <summary>
    /// After a successful <see cref="BuildAsync"/>, rebuild one unchanged post in the background (as
    /// <see cref="BackgroundWork"/>): the code of a page edit's rebuild (the edited-pages load, the dependency
    /// record, the partial model) runs once before the first real edit, which otherwise waits for its
    /// compilation (a text edit took 230 ms the first time, 30–50 ms after). Nothing is written: the page's
    /// output comes out the same. A rebuild that arrives meanwhile cancels it or waits for it to end.
    /// </summary>
    public bool WarmUp { get; init; }

    /// <summary>The search index and sitemap refresh started by the last rebuild; completed when there is none.</summary>
    public Task BackgroundWork { get; private set; } = Task.CompletedTask;

    /// <summary>A full build (staging folder, swapped in when it succeeds) that also fills the session's caches and records.</summary>
    /// <exception cref="OutputFolderException">The output folder is unsafe; nothing was touched.</exception>
    public async Task<BuildReport> BuildAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopBackgroundAsync().ConfigureAwait(false);
            var report = await FullAsync(cancellationToken).ConfigureAwait(false);
            if (report.Succeeded && WarmUp)
            {
                StartWarmUp();
            }

            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>See <see cref="WarmUp"/>. Runs under the session's gate, after the build that started it released it.</summary>
    private void StartWarmUp()
    {
        var post = _caches.LastContent?.Content.Pages
            .OfType<Content.Model.PostPage>()
            .FirstOrDefault(p => !p.IsFallback && File.Exists(p.SourcePath));
        if (post is null)
        {
            return;
        }

        var cancel = new CancellationTokenSource();
        _backgroundCancel = cancel;
        BackgroundWork = Task.Run(async () =>
        {
            try
            {
                await _gate.WaitAsync(cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return; // a rebuild came first: it is warm-up enough
            }

            try
            {
                Classify([post.SourcePath]);
                await IncrementalAsync(cancel.Token, refresh: false).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // A rebuild is waiting; the post stays among the changed paths, which is harmless (it did not change).
            }
            finally
            {
                _gate.Release();
            }
        });
    }

    /// <summary>
    /// Brings the output up to date after <paramref name="changedPaths"/> changed (files or folders,
    /// absolute or relative to the working directory; deleted and new files included). Paths outside
    /// the input, theme and translations are ignored; an empty collection means "something changed, check everything".
    /// </summary>
    public async Task<BuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(changedPaths);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopBackgroundAsync().ConfigureAwait(false);
            if (!_hasOutput)
            {
                return await FullAsync(cancellationToken).ConfigureAwait(false);
            }

            if (changedPaths.Count > 0 && !changedPaths.Any(IsWatched))
            {
                return new BuildReport(true, [], [], [], 0, TimeSpan.Zero, Path.GetFullPath(_options.OutputPath), [])
                {
                    Incremental = new IncrementalSummary(0, [], [], []),
                };
            }

            Classify(changedPaths);
            return await IncrementalAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _backgroundCancel?.Cancel();
        _backgroundCancel?.Dispose();
        _gate.Dispose();
    }

    private async Task<BuildReport> FullAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        _caches.ReuseContent = false;
        _caches.ReuseTheme = false;
        _caches.ReuseTranslations = false;
        _caches.PagesOnly = false;
        _caches.ChangedFiles = null;
        using var output = AtomicOutputFolder.Begin(_options.OutputPath, SiteBuilder.ProtectedFolders(_options));
        var site = SitePipelines.Create(_options, output, _caches, incremental: false);
        var engine = new PipelineEngine(BuildDecorations.Apply(site.Pipelines, _options), _options.MaxDegreeOfParallelism);
        var result = await engine.RunAsync(cancellationToken).ConfigureAwait(false);
        var destinations = site.OutputFiles(result);
        if (result.Succeeded)
        {
            output.Commit();
            _caches.SitemapJobs = SitemapJobs(result.Outputs.GetValueOrDefault(SitePipelines.Model, []));
            CommitRun();
            _destinations = destinations;
            _hasOutput = true;
        }
        else
        {
            DiscardRun();
        }

        CompactHeap();

        return new BuildReport(
            result.Succeeded,
            result.Diagnostics,
            result.Failures,
            result.Succeeded ? site.Summarize(result) : [],
            result.Succeeded ? destinations.Count : 0,
            stopwatch.Elapsed,
            output.OutputPath,
            result.ModuleTimings)
        {
            Drafts = result.Succeeded ? site.Drafts(result) : DraftSummary.None,
        };
    }

    /// <param name="refresh">Refresh the search indexes and sitemap in the background afterwards (not after a <see cref="WarmUp"/>, which changes nothing).</param>
    private async Task<BuildReport> IncrementalAsync(CancellationToken cancellationToken, bool refresh = true)
    {
        var stopwatch = Stopwatch.StartNew();
        var live = new LiveOutputFolder(_options.OutputPath);
        var site = SitePipelines.Create(_options, live, _caches, incremental: true);
        var engine = new PipelineEngine(BuildDecorations.Apply(site.Pipelines, _options), _options.MaxDegreeOfParallelism);
        EngineResult result;
        try
        {
            result = await engine.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            live.DiscardStaged();
            DiscardRun();
            throw;
        }

        if (result.Succeeded)
        {
            // The rendered pages went to temporary files as they were rendered; now they may replace the served ones.
            live.PublishStaged(_options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        }
        else
        {
            live.DiscardStaged();
            DiscardRun();
            return new BuildReport(false, result.Diagnostics, result.Failures, [], 0, stopwatch.Elapsed, live.OutputPath, result.ModuleTimings)
            {
                Incremental = new IncrementalSummary(MarkdownRendered(result), [], [], []),
            };
        }

        var modelDocuments = result.Outputs.GetValueOrDefault(SitePipelines.Model, []);
        var partial = modelDocuments.Any(d => d.Get(Keys.PartialModel, false));
        var background = BackgroundPipelines(modelDocuments, result.Outputs.GetValueOrDefault(SitePipelines.Pages, []), partial, live);
        List<string> deleted;
        if (partial)
        {
            // Only the outputs that read an edited page were built; the site's shape, and so its files, are as
            // before: nothing is deleted, and the set of files is updated in place rather than copied (44,000 on the large corpus).
            _destinations.UnionWith(site.OutputFiles(result));
            _destinations.UnionWith(background.Destinations);
            deleted = [];
        }
        else
        {
            var current = site.OutputFiles(result);
            current.UnionWith(background.Destinations);
            deleted = _destinations.Where(d => !current.Contains(d)).Order(StringComparer.Ordinal).ToList();
            foreach (var destination in deleted)
            {
                live.Delete(destination);
            }

            _destinations = current;
        }

        CommitRun(partial);
        var rendered = _caches.Records.RenderedThisRun.Order(StringComparer.Ordinal).ToList();
        var written = live.Written.Order(StringComparer.Ordinal).ToList();
        if (refresh)
        {
            StartBackground(background.Pipelines, live, collectFirst: !partial);
        }

        return new BuildReport(true, result.Diagnostics, result.Failures, site.Summarize(result), written.Count, stopwatch.Elapsed, live.OutputPath, result.ModuleTimings)
        {
            Incremental = new IncrementalSummary(MarkdownRendered(result), rendered, written, deleted)
            {
                FilesParsed = _caches.ReuseContent ? 0 : _caches.Load.LastParsed,
                PageModelsBuilt = modelDocuments.Count(d => d.Metadata.ContainsKey(Keys.Job) || d.Metadata.ContainsKey(Keys.DeferredJob)),
            },
        };
    }

    /// <summary>
    /// Search indexes and the sitemap of the new model, run by their usual modules in an engine of
    /// their own whose "model" pipeline hands over the documents the rebuild already made: the site
    /// model, and the page jobs as the render step passed them on (in job order).
    /// </summary>
    private (IReadOnlyList<PipelineDefinition> Pipelines, IReadOnlyCollection<string> Destinations) BackgroundPipelines(
        ImmutableArray<Document> modelDocuments, ImmutableArray<Document> pageDocuments, bool partial, LiveOutputFolder live)
    {
        var model = Shared.Find<Model.SiteModel>(modelDocuments, Keys.Model);
        if (model is null)
        {
            return ([], []);
        }

        var destinations = new List<string> { "sitemap.xml", "robots.txt" };
        foreach (var language in model.Languages)
        {
            destinations.Add(Model.SiteUrls.FileOf(Model.SiteModel.LightIndexUrl(language.Info)));
            destinations.Add(Model.SiteUrls.FileOf(Model.SiteModel.FullIndexUrl(language.Info)));
        }

        if (!partial)
        {
            // Shards are named after the build: the previous ones stay while the refresh
            // runs (a page may still fetch them) and the refresh deletes those it did not write again.
            // (A partial rebuild keeps every file it had, these included.)
            destinations.AddRange(_destinations.Where(IsSearchPart));
        }

        var write = new WriteFiles(live);
        // The search indexes read the site model alone; the sitemap also reads each page job's URL, layout, page and
        // hreflang alternates. The rest of every page's model (all 21,600 of them after a full rebuild) is let go now.
        var siteModel = modelDocuments.Where(d => d.Metadata.ContainsKey(Keys.Model));
        var sitemapJobs = pageDocuments.Where(d => d.Metadata.ContainsKey(Keys.Job)).Select(ForSitemap);
        ImmutableArray<Document> handedOver;
        var order = _caches.SitemapOrder;
        _caches.SitemapOrder = null;
        if (!partial)
        {
            var all = sitemapJobs.ToList();
            _caches.SitemapJobs = SitemapJobs(all);
            handedOver = [.. siteModel, .. all];
        }
        else
        {
            // The models built again replace their pages' kept sitemap entries.
            if (_caches.SitemapJobs is { } kept)
            {
                foreach (var document in sitemapJobs)
                {
                    var job = document.GetRequired<Model.PageJob>(Keys.Job);
                    kept[job.Url] = SitemapEntry.Of(document, job);
                }
            }

            handedOver = order is not null && _caches.SitemapJobs is { } entries
                ? [.. siteModel, .. order.Select(url => entries[url].ToDocument(model))]
                : [.. siteModel];
        }

        var pipelines = new List<PipelineDefinition>
        {
            // Process, not Read: the engine sorts Read output by path, and the sitemap lists pages in job order.
            new(SitePipelines.Model) { Process = [new DelegateModule("ReuseModel", (_, _) => handedOver)] },
            // Streamed to the live folder a language at a time (each file replaced atomically), so that one language's
            // index is let go before the next is built: holding both until a write phase doubled the refresh's memory.
            new(SitePipelines.Search) { DependsOn = [SitePipelines.Model], Process = [new WriteSearchIndexes(SitePipelines.Model, live)], Write = [write] },
        };
        if (!partial || order is not null)
        {
            // After a partial rebuild the sitemap cannot have changed: its URLs, post dates and
            // language versions are all part of the site's shape, which that rebuild found unchanged
            // (unless posts moved in the date-ordered lists: then it is written in the new order, with the new dates).
            pipelines.Add(new(SitePipelines.Sitemap) { DependsOn = [SitePipelines.Model], Process = [new WriteSitemap(SitePipelines.Model)], Write = [write] });
        }

        return (pipelines, destinations);
    }

    /// <summary>The sitemap's entries of a run that built every page job (<see cref="SessionCaches.SitemapJobs"/>).</summary>
    private static Dictionary<string, SitemapEntry> SitemapJobs(IEnumerable<Document> documents)
    {
        var jobs = new Dictionary<string, SitemapEntry>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Get<Model.PageJob?>(Keys.Job, null) is { } job)
            {
                jobs[job.Url] = SitemapEntry.Of(document, RenderPages.ForSitemap(job));
            }
        }

        return jobs;
    }

    /// <summary>A page job document as the sitemap reads it (its page model cut down to the hreflang alternates), with nothing else.</summary>
    private static Document ForSitemap(Document document) =>
        new Document(document.Source, document.Destination).WithMetadata(Keys.Job, RenderPages.ForSitemap(document.GetRequired<Model.PageJob>(Keys.Job)));

    /// <param name="collectFirst">
    /// Collect the rebuild's garbage before the refresh starts (a rebuild that built every page's model
    /// leaves hundreds of megabytes of it in the oldest generation, where the refresh would add its own).
    /// </param>
    private void StartBackground(IReadOnlyList<PipelineDefinition> pipelines, LiveOutputFolder live, bool collectFirst)
    {
        if (pipelines.Count == 0)
        {
            return;
        }

        var cancel = new CancellationTokenSource();
        _backgroundCancel = cancel;
        var run = new BackgroundRun(new PipelineEngine(pipelines, _options.MaxDegreeOfParallelism));
        BackgroundWork = Task.Run(async () =>
        {
            try
            {
                if (collectFirst)
                {
                    // Compacting: the refresh's young objects need fresh memory, which the free space a
                    // non-compacting collection leaves among the old objects cannot give them.
                    CompactHeap();
                }

                if (await run.RunAsync(cancel.Token).ConfigureAwait(false) is { } searchFiles)
                {
                    PruneSearchParts(searchFiles, live);
                }

                if (!cancel.IsCancellationRequested)
                {
                    CompactHeap();
                }
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // A newer rebuild started; it refreshes the indexes itself.
            }
        });
    }

    /// <summary>
    /// Compacts the heap once a run is finished: a blocking, compacting collection of every generation. A
    /// session lives for hours between edits; without it the garbage of a full build or of a rebuild that
    /// re-rendered every page (a template, a UI string) stayed in the heap, and serve's working set on a
    /// 21,600-page site grew to twice what the session keeps alive. It runs when the output is already
    /// complete (after a full build, or after the background search refresh), so no edit waits for it.
    /// Not <see cref="GCCollectionMode.Aggressive"/>, which also hands the free memory back to the system:
    /// the next edit then faults it all in again (the collector clears every page it hands out), and in
    /// back-to-back 30-edit runs on that site text edits took p50 87 / p95 112 ms and date changes 358 ms
    /// with it, 49 / 85 ms and 212 ms without, for a working set of 1,025-1,120 MiB between edits instead
    /// of 911-990 (bench/README.md).
    /// </summary>
    private static void CompactHeap() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>A text-tier shard of a language's search folder (<c>zh/search/full/3.json</c>).</summary>
    private static bool IsSearchPart(string destination) => destination.Contains("search/full/", StringComparison.Ordinal);

    /// <summary>
    /// After the background refresh wrote the search files: deletes the shards it did not write
    /// again (fewer shards), so the output stays what a full build writes. The next rebuild
    /// waits for this (it stops the background work first), so the destinations are not shared meanwhile.
    /// </summary>
    private void PruneSearchParts(HashSet<string> kept, LiveOutputFolder live)
    {
        foreach (var stale in _destinations.Where(d => IsSearchPart(d) && !kept.Contains(d)).ToList())
        {
            live.Delete(stale);
            _destinations.Remove(stale);
        }

        _destinations.UnionWith(kept);
    }

    private async Task StopBackgroundAsync()
    {
        if (_backgroundCancel is { } cancel)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            await BackgroundWork.ConfigureAwait(false);
            cancel.Dispose();
            _backgroundCancel = null;
            BackgroundWork = Task.CompletedTask;
        }
    }

    private bool IsWatched(string path) => _watchedRoots.Any(root => IsUnder(path, root));

    /// <summary>
    /// Tells the pipelines what may have changed since the last successful run (changes of failed
    /// runs accumulate: their effects were never written): a template or UI-string edit reuses
    /// the content; edits of page files only reload just those files and, when the site's shape
    /// stays the same, build just the page models that read them; anything else reloads everything.
    /// </summary>
    private void Classify(IReadOnlyCollection<string> changedPaths)
    {
        if (changedPaths.Count == 0 || _unknownChanges)
        {
            _unknownChanges = true;
        }
        else
        {
            _changedSinceSuccess.UnionWith(changedPaths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))));
        }

        var changed = _unknownChanges ? null : _changedSinceSuccess;
        var input = Root(_options.InputPath);
        var theme = Root(_options.ThemePath);
        var translations = Root(_options.TranslationsPath);
        var tagLabels = Path.Combine(translations, "tags.yml");
        bool Under(string root) => changed is not null && changed.All(p => IsUnder(p, root));

        // Tag labels are part of the content (tag names and slugs); theme assets are link targets of it.
        _caches.ReuseContent = changed is not null && changed.All(p =>
            p != tagLabels && (IsUnder(p, translations) || IsUnder(p, Path.Combine(theme, "layouts")) || IsUnder(p, Path.Combine(theme, "partials"))));
        // Only file paths are trusted as a change list: a folder event (a rename, a deletion) may stand for any file in it.
        _caches.ChangedFiles = Under(input) && changed!.All(p => p.EndsWith(".md", StringComparison.Ordinal) || File.Exists(p)) ? changed!.ToList() : null;
        _caches.PagesOnly = Under(input) && changed!.All(p =>
            p.EndsWith(".md", StringComparison.Ordinal) && !IsUnder(p, Path.Combine(input, "assets")));
        _caches.ReuseTheme = changed is not null && !changed.Any(p => IsUnder(p, theme));
        _caches.ReuseTranslations = changed is not null && !changed.Any(p => IsUnder(p, translations));
    }

    /// <summary>The run's files are on disk: what it was built from becomes the baseline of the next one.</summary>
    private void CommitRun(bool partial = false)
    {
        _caches.Records.Commit(partial);
        _caches.Dependencies = _caches.PendingDependencies ?? _caches.PendingRecord?.Invoke();
        _caches.PendingDependencies = null;
        _caches.PendingRecord = null;
        _caches.LastModel = _caches.PendingModel;
        _caches.PendingModel = null;
        _changedSinceSuccess.Clear();
        _unknownChanges = false;
    }

    private void DiscardRun()
    {
        _caches.Records.Discard();
        _caches.PendingDependencies = null;
        _caches.PendingRecord = null;
        _caches.PendingModel = null;
    }

    private static string Root(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/>, inside it, or a folder containing it (a deleted or renamed folder).</summary>
    private static bool IsUnder(string path, string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return full == root
            || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || root.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static int MarkdownRendered(EngineResult result) =>
        Shared.Find<RenderedPages>(result.Outputs.GetValueOrDefault(SitePipelines.Content, []), Keys.Rendered)?.RenderedCount ?? 0;

    /// <summary>
    /// The background engine, let go as soon as it finished: the collection that follows it (see
    /// <see cref="CompactHeap"/>) must not find the page jobs and search documents it held still
    /// reachable from the task's state.
    /// </summary>
    private sealed class BackgroundRun(PipelineEngine engine)
    {
        private PipelineEngine? _engine = engine;

        /// <returns>The search files written, or null when the run did not succeed.</returns>
        public async Task<HashSet<string>?> RunAsync(CancellationToken cancellationToken)
        {
            var engine = Interlocked.Exchange(ref _engine, null) ?? throw new InvalidOperationException("the background run already ran");
            var result = await engine.RunAsync(cancellationToken).ConfigureAwait(false);
            return result.Succeeded
                ? result.Outputs.GetValueOrDefault(SitePipelines.Search, []).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal)
                : null;
        }
    }
}
