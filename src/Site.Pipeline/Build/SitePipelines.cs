using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.Modules;
using Site.Pipeline.Output;

namespace Site.Pipeline.Build;

/// <summary>
/// The one place that composes the site's pipelines:
/// <code>
/// content ─┬─ model ─┬─ pages    (templates → HTML)
///          │         ├─ feeds    (RSS per language)
///          │         ├─ sitemap  (sitemap.xml, robots.txt)
///          │         └─ search   (lunr indexes per language)
///          └─ assets             (theme + input assets, lunr.min.js)
/// verify (post-process): no two outputs share a file
/// </code>
/// </summary>
public sealed class SitePipelines
{
    public const string Content = "content";
    public const string Model = "model";
    public const string Pages = "pages";
    public const string Feeds = "feeds";
    public const string Sitemap = "sitemap";
    public const string Search = "search";
    public const string Assets = "assets";
    public const string Verify = "verify";

    private static readonly string[] Writing = [Pages, Feeds, Sitemap, Search, Assets];

    private SitePipelines(IReadOnlyList<PipelineDefinition> pipelines) => Pipelines = pipelines;

    public IReadOnlyList<PipelineDefinition> Pipelines { get; }

    public static SitePipelines Create(BuildOptions options, AtomicOutputFolder output)
    {
        var buildYear = (options.Now ?? DateTimeOffset.UtcNow).Year;
        var write = new WriteFiles(output);
        IReadOnlyList<PipelineDefinition> pipelines =
        [
            new(Content)
            {
                Read = [new LoadContent(options.InputPath)],
                Process = [new RenderMarkdown()],
            },
            new(Model)
            {
                DependsOn = [Content],
                Process = [new BuildSiteModel(Content, options.TranslationsPath, buildYear)],
            },
            new(Pages)
            {
                DependsOn = [Model],
                Read = [new LoadTheme(options.ThemePath)],
                Process = [new RenderPages(Model)],
                Write = [write],
            },
            new(Feeds)
            {
                DependsOn = [Model],
                Process = [new WriteFeeds(Model)],
                Write = [write],
            },
            new(Sitemap)
            {
                DependsOn = [Model],
                Process = [new WriteSitemap(Model)],
                Write = [write],
            },
            new(Search)
            {
                DependsOn = [Model],
                Process = [new WriteSearchIndexes(Model)],
                Write = [write],
            },
            new(Assets)
            {
                DependsOn = [Content],
                Read =
                [
                    new ReadFiles(Path.Combine(options.ThemePath, "assets"), "assets"),
                    new ReadFile(Path.Combine(options.LunrPackagePath, "lunr.min.js"), "assets/js/lunr.min.js"),
                    new ReadFile(Path.Combine(options.LunrPackagePath, "LICENSE"), "assets/js/lunr.LICENSE.txt"),
                    new ReadFile(options.LunrCjkScriptPath, "assets/js/lunr-cjk.js"),
                ],
                Process = [new CollectAssets(Content)],
                Write = [write],
            },
            new(Verify)
            {
                PostProcess = [new CheckDestinations(Writing)],
            },
        ];
        return new SitePipelines(pipelines);
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
                g.Count(),
                g.Count(j => j.Source is { IsFallback: false }),
                g.Count(j => j.Source is { IsFallback: true })))
            .ToList();
    }
}
