using Site.Content;
using Site.Content.Model;
using Site.Content.History;
using Site.Pipeline.Assets;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Model;
using Site.Pipeline.Modules;
using Site.Pipeline.Output;

namespace Site.Pipeline.Build;

/// <summary>
/// The one place that composes the site's pipelines:
/// <code>
/// content ─┬─ model ─┬─ pages    (templates → HTML; a one-shot build makes each page's model here)
///          │         │    └─ sitemap (sitemap.xml, robots.txt; from the pages rendered)
///          │         ├─ feeds    (RSS per language)
///          │         ├─ redirects (a page at every alias, Netlify _redirects)
///          │         ├─ search   (lunr indexes per language)
///          │         └─ images   (link-preview cards, PNG; reused from the last output when unchanged)
///          └─ assets             (theme + input assets, lunr.min.js; theme files also under assets/f/ with hashed names;
///                                 project logos as the content pipeline cleaned and bounded them)
/// verify (post-process): no two outputs share a file
/// </code>
/// </summary>
public sealed class SitePipelines
{
    public const string Content = "content";
    public const string Model = "model";
    public const string Pages = "pages";
    public const string Feeds = "feeds";
    public const string Redirects = "redirects";
    public const string Sitemap = "sitemap";
    public const string Search = "search";
    public const string Assets = "assets";
    public const string Images = "images";
    public const string Verify = "verify";

    private SitePipelines(IReadOnlyList<PipelineDefinition> pipelines) => Pipelines = pipelines;

    public IReadOnlyList<PipelineDefinition> Pipelines { get; }

    /// <summary>The site's pipelines writing into a fresh staging folder (or a scratch folder for <c>check</c>).</summary>
    public static SitePipelines Create(BuildOptions options, AtomicOutputFolder output) => Create(options, output, session: null, incremental: false);

    /// <param name="output">Where files go.</param>
    /// <param name="session">Caches and dependency records of a long-lived build session, or null for a one-shot build.</param>
    /// <param name="incremental">
    /// A rebuild in place: pages whose render input did not change are skipped, and the search
    /// indexes and sitemap are left out (the session refreshes them in the background).
    /// </param>
    internal static SitePipelines Create(BuildOptions options, IOutputWriter output, SessionCaches? session, bool incremental)
    {
        var buildYear = (options.Now ?? DateTimeOffset.UtcNow).Year;
        var write = new WriteFiles(output);
        // Streaming pages straight to a staging folder keeps memory flat; `check` needs the HTML in memory for
        // its link checks. An in-place rebuild must not replace served files before it knows there is no error:
        // it streams its pages to temporary files that the session publishes once the run succeeded.
        var writeThrough = options.CheckOnly ? null : incremental ? (output as LiveOutputFolder)?.Staged : output;
        var postRender = writeThrough is not null && options.Noindex ? AddNoindex.Insert : (Func<string, string>?)null;
        var fingerprints = FingerprintsOf(options);
        // The git walk runs while the content loads; a session reads it once.
        var dates = session?.FileDates ?? Task.Run(() => FileDates.Read(options.InputPath));
        if (session is not null)
        {
            session.FileDates = dates;
        }

        var pipelines = new List<PipelineDefinition>
        {
            new(Content)
            {
                Read = [new LoadContent(options.InputPath, session)
                {
                    IncludeDrafts = options.IncludeDrafts,
                    ThemeAssetsFolder = Path.Combine(options.ThemePath, "assets"),
                    TagLabelsPath = Path.Combine(options.TranslationsPath, "tags.yml"),
                }],
                Process =
                [
                    // A one-shot build draws its link-preview cards while its bodies render (a session draws the few it needs when written).
                    .. session is null && !options.CheckOnly ? [new StartSocialCards(options.OutputPath)] : Array.Empty<IModule>(),
                    session is null ? new RenderMarkdown((MarkdownCache?)null, options.ThemePath, options.TranslationsPath) : new RenderMarkdown(session, options.ThemePath, options.TranslationsPath),
                    new ProcessLogos(options.OutputPath),
                ],
            },
            new(Model)
            {
                DependsOn = [Content],
                Process =
                [
                    new BuildSiteModel(Content, options.TranslationsPath, buildYear, () => fingerprints.Value, session)
                    {
                        Dates = () => dates.Result,
                        // Models are built where pages render and let go right after, unless something reads them all
                        // after rendering: `check` (its link checks) and a session's partial rebuild (its dependency record).
                        // A rebuild in place does not write the sitemap from the model step's jobs (the session refreshes it
                        // from the render step's), and a one-shot build's sitemap reads the render step's too.
                        DeferJobs = session is null ? writeThrough is not null : incremental,
                    },
                ],
            },
            new(Pages)
            {
                DependsOn = [Model],
                Read = [new LoadTheme(options.ThemePath, session)],
                Process = [new RenderPages(Model, writeThrough, session?.Records, postRender) { Session = session, RenderPagesWithErrors = options.CheckOnly }],
                Write = [write],
            },
            new(Feeds)
            {
                DependsOn = [Model],
                Process = [new WriteFeeds(Model)],
                Write = [write],
            },
            new(Redirects)
            {
                DependsOn = [Model],
                Process = [new WriteRedirects(Model)],
                Write = [write],
            },
        };

        if (!incremental)
        {
            pipelines.Add(new(Sitemap)
            {
                DependsOn = [Pages],
                Process = [new WriteSitemap(Model, Pages)],
                Write = [write],
            });
            pipelines.Add(new(Search)
            {
                DependsOn = [Model],
                Process = [new WriteSearchIndexes(Model, writeThrough)],
                Write = [write],
            });
        }

        if (!options.CheckOnly)
        {
            pipelines.Add(new(Images)
            {
                DependsOn = [Model],
                Process = [new WriteSocialCards(Model, Content, options.OutputPath)],
                Write = [write],
            });
        }

        pipelines.Add(new(Assets)
        {
            DependsOn = [Content],
            Read =
            [
                new ReadFiles(Path.Combine(options.ThemePath, "assets"), "assets"),
                new ReadFile(Path.Combine(options.LunrPackagePath, "lunr.min.js"), ThemeLunr, LunrMissing(options.LunrPackagePath)),
                new ReadFile(Path.Combine(options.LunrPackagePath, "LICENSE"), "assets/js/lunr.LICENSE.txt"),
                new ReadFile(options.LunrCjkScriptPath, ThemeLunrCjk),
            ],
            Process = [new CollectAssets(Content), new FingerprintAssets(() => fingerprints.Value)],
            Write = [write],
        });
        var writing = pipelines.Where(p => p.Write.Count > 0).Select(p => p.Name).ToList();
        pipelines.Add(new(Verify)
        {
            PostProcess = [new CheckDestinations(writing)],
        });
        return new SitePipelines(pipelines);
    }

    /// <summary>
    /// The theme's files hashed once per run, by whichever of the model and assets pipelines needs
    /// them first: a theme asset edit changes the URLs in every page's model and so re-renders them.
    /// </summary>
    private static Lazy<AssetFingerprints> FingerprintsOf(BuildOptions options) => new(
        () => AssetFingerprints.Read(
            Path.Combine(options.ThemePath, "assets"),
            [
                new(ThemeLunr, Path.Combine(options.LunrPackagePath, "lunr.min.js")),
                new(ThemeLunrCjk, options.LunrCjkScriptPath),
            ]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private const string ThemeLunr = "assets/js/lunr.min.js";

    /// <summary>
    /// The warning for a missing lunr.js, naming the setup script of the repository the package folder belongs to: a
    /// contributor who runs the generator from their content's folder has no tools/ of their own to run.
    /// </summary>
    private static string LunrMissing(string packagePath)
    {
        var full = Path.GetFullPath(packagePath).Replace('\\', '/');
        const string Installed = "/tools/node_modules/lunr";
        var setup = full.EndsWith(Installed, StringComparison.Ordinal) ? full[..^Installed.Length] + "/tools/setup.sh" : "tools/setup.sh";
        return $"lunr.js is not installed, so the site's search cannot work: run `bash {setup}` (it installs lunr with npm into the generator's tools/node_modules)";
    }
    private const string ThemeLunrCjk = "assets/js/lunr-cjk.js";

    /// <summary>
    /// The files a run produced: destinations of the pipelines that write (the model pipeline's
    /// page jobs carry their future file as destination too, but are not files themselves).
    /// </summary>
    public HashSet<string> OutputFiles(EngineResult result)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in Pipelines)
        {
            if (pipeline.Write.Count == 0 || !result.Outputs.TryGetValue(pipeline.Name, out var documents))
            {
                continue;
            }

            foreach (var document in documents)
            {
                if (document.Destination is { } destination)
                {
                    files.Add(destination);
                }
            }
        }

        return files;
    }

    /// <summary>The page files the content load read: its pages in every language but the fallbacks, and the source files too broken to be pages.</summary>
    public int? PagesRead(EngineResult result) =>
        result.Outputs.TryGetValue(Content, out var content)
        && content.Select(d => d.Get<ContentSet?>(Keys.Content, null)).OfType<ContentSet>().FirstOrDefault() is { } set
            ? set.Pages.Count(p => !p.IsFallback) + set.FailedSources.Count
            : null;

    /// <summary>The drafts held back by the content load, and the pages rendered from drafts (with <see cref="BuildOptions.IncludeDrafts"/>).</summary>
    public DraftSummary Drafts(EngineResult result)
    {
        var heldBack = result.Outputs.TryGetValue(Content, out var content)
            && content.Select(d => d.Get<ContentSet?>(Keys.Content, null)).OfType<ContentSet>().FirstOrDefault() is { } set
            ? set.HeldBackDrafts
            : [];
        var built = result.Outputs.TryGetValue(Pages, out var pages)
            ? pages.Count(d => d.Get<PageJob?>(Keys.Job, null) is { Source.IsDraft: true })
            : 0;
        return new DraftSummary(heldBack, built);
    }

    /// <summary>Pages per language from the rendered page jobs.</summary>
    public IReadOnlyList<LanguageSummary> Summarize(EngineResult result)
    {
        if (!result.Outputs.TryGetValue(Pages, out var pages))
        {
            return [];
        }

        return pages
            .Select(d => d.Get<PageJob?>(Keys.Job, null))
            .OfType<PageJob>()
            .GroupBy(j => j.Language)
            .Select(g => new LanguageSummary(
                g.Key.Info.Code,
                g.Key.Info.Name,
                g.Key.Info.IsDefault,
                g.Count(),
                g.Count(j => j.Source is { TranslationState: TranslationState.Source }),
                g.Count(j => j.Source is { TranslationState: TranslationState.UpToDate or TranslationState.Translated }),
                g.Count(j => j.Source is { TranslationState: TranslationState.Outdated }),
                g.Count(j => j.Source is { IsFallback: true })))
            .ToList();
    }
}
