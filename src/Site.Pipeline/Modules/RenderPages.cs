using System.Collections.Concurrent;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Model;
using Site.Pipeline.Output;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Modules;

/// <summary>
/// Renders every page job of the model pipeline in parallel (one template context per worker)
/// and returns the HTML documents in job order.
/// <para>
/// <paramref name="writeThrough"/>: pages are written as soon as they are rendered and only their
/// destination travels on (flagged <see cref="Keys.NoWrite"/>), so a 20,000-page build never holds
/// all its HTML in memory. Only for staging folders, which are discarded when the build fails.
/// </para>
/// <para>
/// <paramref name="records"/>: a build session's dependency record; a page whose model fingerprint
/// and templates did not change since the last build is not rendered at all (flagged
/// <see cref="Keys.NoWrite"/>, its file is already up to date).
/// </para>
/// </summary>
public sealed class RenderPages(string modelPipeline, IOutputWriter? writeThrough = null, RenderRecords? records = null, Func<string, string>? postRender = null) : IModule
{
    /// <summary>
    /// `check`: a page whose file has an error is rendered too (flagged <see cref="Keys.NoWrite"/>), for the link check
    /// of the final pages only, so that its broken links and `#fragments` are reported in the same run as that error,
    /// not once it is mended. One that fails to render (its data too broken) is left out without a word, as in a build.
    /// </summary>
    public bool RenderPagesWithErrors { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var theme = Shared.Find<Theme>(inputs, LoadTheme.Key);
        var jobs = context.Outputs(modelPipeline).Where(d => d.Metadata.ContainsKey(Keys.Job) || d.Metadata.ContainsKey(Keys.DeferredJob)).ToList();
        if (theme is null || !theme.HasLayouts || jobs.Count == 0)
        {
            // A theme without layouts is reported once; rendering would only add an error per page kind.
            return [];
        }

        records?.BeginRun(theme.TemplateHashes);
        var languageSeeds = records is null ? null : LanguageSeeds(jobs);
        var results = new Document?[jobs.Count];
        // A broken shared partial fails every page the same way: report each template position once, with a count.
        var failures = new ConcurrentDictionary<Diagnostic, (string FirstUrl, int Count)>();
        // Small chunks (32 per worker), so the workers finish together: the last worker still busy with a
        // chunk is a core idle at the end of the step, and a chunk of list pages takes far longer than one
        // of posts. Few jobs (a rebuild in serve: a post and the lists that show it, one of them a 1 MB tag
        // page) go one by one.
        var chunk = Math.Max(1, jobs.Count / (context.ParallelOptions.MaxDegreeOfParallelism * 32));
        var includeCache = IncludeCacheFor(theme);
        void Fail(Diagnostic? error, PageJob job)
        {
            if (error is not null)
            {
                failures.AddOrUpdate(error, (job.Url, 1), (_, seen) => (seen.FirstUrl, seen.Count + 1));
            }
        }

        Parallel.ForEach(
            Partitioner.Create(0, jobs.Count, chunk),
            context.ParallelOptions,
            () => new PageRenderer(theme, includeCache: includeCache),
            (range, _, renderer) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var document = jobs[i];
                    var deferred = document.Get<DeferredJob?>(Keys.DeferredJob, null);
                    var hasErrors = (deferred?.Planned.Source ?? document.Get<PageJob?>(Keys.Job, null)?.Source) is { } source
                        && (context.HasErrorsIn(source.SourcePath) || context.HasErrorsIn(source.FactsPath));
                    if (hasErrors && (!RenderPagesWithErrors || writeThrough is not null))
                    {
                        // Its file already has an error; rendering half-valid data would only add follow-up errors.
                        continue;
                    }

                    var job = deferred?.Build() ?? document.GetRequired<PageJob>(Keys.Job);
                    if (deferred is not null)
                    {
                        // The model goes with this iteration; the job the later steps see keeps what the sitemap reads.
                        document = document.WithMetadata(Keys.Job, ForSitemap(job));
                    }

                    if (hasErrors)
                    {
                        // For the link check alone: never written, and a template error of its half-valid data is not
                        // the contributor's to hear about before the file's own error is mended.
                        if (renderer.Render(job, out var unreported) is { } checkedHtml)
                        {
                            results[i] = document.WithText(checkedHtml).WithMetadata(Keys.NoWrite, true).WithMetadata(Keys.LinkCheckOnly, true);
                        }

                        continue;
                    }

                    var fingerprint = 0UL;
                    if (records is not null)
                    {
                        fingerprint = Fingerprint(job, languageSeeds![job.Language]);
                        if (records.IsUpToDate(document.Destination!, fingerprint))
                        {
                            results[i] = document.WithMetadata(Keys.NoWrite, true);
                            continue;
                        }
                    }

                    if (writeThrough is not null && postRender is null)
                    {
                        // Straight from the renderer to the file as UTF-8, without a string of the whole page.
                        if (renderer.RenderUtf8(job, out var failed) is not { } utf8)
                        {
                            Fail(failed, job);
                            continue;
                        }

                        records?.Rendered(document.Destination!, fingerprint, renderer.TemplatesUsed);
                        // The renderer's buffer, written before its next page.
                        writeThrough.Write(document.Destination!, DocumentContent.FromBorrowedBytes(utf8));
                        results[i] = document.WithMetadata(Keys.NoWrite, true);
                        continue;
                    }

                    var html = renderer.Render(job, out var error);
                    if (html is null)
                    {
                        Fail(error, job);
                        continue;
                    }

                    if (postRender is not null)
                    {
                        html = postRender(html);
                    }

                    records?.Rendered(document.Destination!, fingerprint, renderer.TemplatesUsed);
                    if (writeThrough is not null)
                    {
                        writeThrough.Write(document.Destination!, DocumentContent.FromText(html));
                        results[i] = document.WithMetadata(Keys.NoWrite, true);
                    }
                    else
                    {
                        results[i] = document.WithText(html);
                    }
                }

                return renderer;
            },
            _ => { });

        foreach (var (error, (firstUrl, count)) in failures)
        {
            var pages = count == 1 ? firstUrl : $"{firstUrl} and {count - 1} other page{(count == 2 ? "" : "s")}";
            context.Report(error with { Message = $"{error.Message} (while rendering {pages})" });
        }

        return results.OfType<Document>().ToList();
    }

    /// <summary>A build session's caches: <c>include_cached</c> results are kept for its next rebuild of page edits.</summary>
    internal SessionCaches? Session { get; init; }

    /// <summary>
    /// What <c>include_cached</c> keeps: per run in a one-shot build; in a session, the last run's while the
    /// theme is the same (its templates) and the cache still keeps results. A result is keyed by what it read,
    /// the items and globals by what they hold (<see cref="IncludeCache.Key"/>), so a rebuild that built every
    /// model again (a new page) still renders only the cards that changed; results whose key no longer occurs
    /// (after a UI string edit, every card of that language's) stay until the bound, and then the cache is replaced.
    /// </summary>
    private IncludeCache IncludeCacheFor(Theme theme)
    {
        if (Session is null)
        {
            return new IncludeCache();
        }

        if (Session.Includes is { } kept && ReferenceEquals(kept.Theme, theme) && !kept.Cache.StoppedKeeping)
        {
            return kept.Cache;
        }

        var cache = new IncludeCache(frozenByContent: true);
        Session.Includes = (theme, cache);
        return cache;
    }

    /// <summary>A job with its page model cut down to what the sitemap reads of it (the hreflang alternates) and its title.</summary>
    internal static PageJob ForSitemap(PageJob job) => job with
    {
        Page = new ModelMap(2) { ["title"] = job.Page.GetValueOrDefault("title"), ["alternates"] = job.Page.GetValueOrDefault("alternates") },
    };

    /// <summary>The fingerprint of everything a page's HTML is made from besides the templates: layout, page model, and its language's globals.</summary>
    internal static ulong Fingerprint(PageJob job, ulong languageSeed)
    {
        var hash = new Hash64(languageSeed);
        hash.Add(job.Layout);
        hash.Add(ModelFingerprint.Of(job.Page));
        return hash.Value;
    }

    /// <summary>The <c>site</c>, <c>lang</c> and <c>t</c> globals are shared by all pages of a language: hashed once per run.</summary>
    private static Dictionary<LanguageContext, ulong> LanguageSeeds(List<Document> jobs)
    {
        var seeds = new Dictionary<LanguageContext, ulong>();
        foreach (var document in jobs)
        {
            var language = document.Get<DeferredJob?>(Keys.DeferredJob, null)?.Language ?? document.GetRequired<PageJob>(Keys.Job).Language;
            if (!seeds.ContainsKey(language))
            {
                var hash = new Hash64(0);
                hash.Add(ModelFingerprint.Of(language.Globals));
                hash.Add(ModelFingerprint.Of(language.Lang));
                hash.Add(ModelFingerprint.Of(language.Strings.Root));
                seeds[language] = hash.Value;
            }
        }

        return seeds;
    }
}
