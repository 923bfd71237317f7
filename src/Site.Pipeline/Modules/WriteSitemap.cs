using Site.Content.Loading;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Feeds;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary>
/// <c>/sitemap.xml</c> with hreflang alternates and a <c>/robots.txt</c> that points at it.
/// </summary>
/// <param name="jobsPipeline">
/// The pipeline whose documents carry the page jobs: the model's, or the pages pipeline's when the
/// model step only planned them (its documents keep what the sitemap reads of each model).
/// </param>
public sealed class WriteSitemap(string modelPipeline, string? jobsPipeline = null) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var model = Shared.Find<SiteModel>(context.Outputs(modelPipeline), Keys.Model);
        if (model is null)
        {
            return inputs;
        }

        var jobs = context.Outputs(jobsPipeline ?? modelPipeline).Select(d => d.Get<PageJob?>(Keys.Job, null)).OfType<PageJob>();
        var sitemapUrl = model.Urls.Absolute(GeneratedUrls.Sitemap);
        return
        [
            .. inputs,
            Document.FromText(null, "sitemap.xml", SitemapWriter.Write(model, jobs)),
            Document.FromText(null, "robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n"),
        ];
    }
}
