using Site.Content.Loading;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Feeds;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary><c>/sitemap.xml</c> with hreflang alternates and a <c>/robots.txt</c> that points at it.</summary>
public sealed class WriteSitemap(string modelPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = context.Outputs(modelPipeline);
        var model = Shared.Find<SiteModel>(outputs, Keys.Model);
        if (model is null)
        {
            return inputs;
        }

        var jobs = outputs.Select(d => d.Get<PageJob?>(Keys.Job, null)).OfType<PageJob>();
        var sitemapUrl = model.Urls.Absolute(GeneratedUrls.Sitemap);
        return
        [
            .. inputs,
            Document.FromText(null, "sitemap.xml", SitemapWriter.Write(model, jobs)),
            Document.FromText(null, "robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n"),
        ];
    }
}
