using Site.Content;
using Site.Content.Diagnostics;
using Site.Pipeline.Assets;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary>
/// Loads the theme's UI strings and builds the template model: one shared document holding
/// the <see cref="SiteModel"/>, and one document per page to render (destination = its file).
/// </summary>
/// <param name="assets">The theme's fingerprinted assets, whose URLs go into <c>site.assets</c> (null: plain names).</param>
public sealed class BuildSiteModel(string contentPipeline, string translationsFolder, int buildYear, Func<AssetFingerprints>? assets = null) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var content = Shared.Find<ContentSet>(context, contentPipeline, Keys.Content);
        var rendered = Shared.Find<RenderedPages>(context, contentPipeline, Keys.Rendered);
        if (content is null || rendered is null)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>();
        var display = DisplayPath(translationsFolder);
        var strings = content.Config.Languages.ToDictionary(
            l => l.Code,
            l => UiStrings.Load(translationsFolder, l.Code, display, diagnostics),
            StringComparer.Ordinal);
        CompareKeys(strings, content.Config.DefaultLanguage.Code, display, diagnostics);
        context.Report(diagnostics);

        var model = new SiteModel(content, rendered.Get, strings, buildYear, assets is null ? null : AssetUrls.From(assets())) { TranslationsFolder = translationsFolder };
        var jobs = new List<PageJob>[model.Languages.Count];
        Parallel.For(0, model.Languages.Count, context.ParallelOptions, i => jobs[i] = new PageModelFactory(model.Languages[i]).All().ToList());

        var output = new List<Document> { new Document(null, null).WithMetadata(Keys.Model, model) };
        foreach (var job in jobs.SelectMany(j => j))
        {
            output.Add(new Document(job.Source?.SourcePath, job.OutputFile).WithMetadata(Keys.Job, job));
        }

        return output;
    }

    /// <summary>A key missing in one language prints as an empty string there: worth a warning, not a failed build.</summary>
    private static void CompareKeys(Dictionary<string, UiStrings> strings, string defaultCode, string display, List<Diagnostic> diagnostics)
    {
        var reference = strings[defaultCode].KeyPaths().ToHashSet(StringComparer.Ordinal);
        foreach (var (code, ui) in strings)
        {
            if (code == defaultCode)
            {
                continue;
            }

            var keys = ui.KeyPaths().ToHashSet(StringComparer.Ordinal);
            foreach (var missing in reference.Except(keys).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Warning($"{display}/{code}.yml", 0, 0, $"UI string '{missing}' is missing (present in {defaultCode}.yml)"));
            }
        }
    }

    private static string DisplayPath(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(folder));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(folder) : relative).Replace('\\', '/');
    }
}
