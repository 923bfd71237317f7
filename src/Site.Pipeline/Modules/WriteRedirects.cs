using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.Redirects;

namespace Site.Pipeline.Modules;

/// <summary>A redirect page at every alias of every language, and Netlify's <c>_redirects</c> listing them all.</summary>
public sealed class WriteRedirects(string modelPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var model = Shared.Find<SiteModel>(context.Outputs(modelPipeline), Keys.Model);
        if (model is null)
        {
            return inputs;
        }

        var content = model.Content;
        var output = new List<Document>(inputs.Count + content.Redirects.Count + 1);
        output.AddRange(inputs);
        foreach (var (oldUrl, target) in content.Redirects.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.Add(Document.FromText(null, SiteUrls.FileOf(oldUrl), RedirectFiles.Page(model, target)));
        }

        output.Add(Document.FromText(null, RedirectFiles.NetlifyFile, RedirectFiles.Netlify(model, content)));
        return output;
    }
}
