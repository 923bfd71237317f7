using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.Loading;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Incremental;

/// <summary>What a build session keeps between runs for the pipelines, and what it tells them about the current run.</summary>
internal sealed record SessionCaches(MarkdownCache Markdown, RenderRecords Records)
{
    /// <summary>Last-change dates of the input's files, read from git once per session (edits are not commits).</summary>
    public Task<Content.History.FileDates>? FileDates { get; set; }

    /// <summary>Parsed files and built pages of the last load, reused for files that did not change.</summary>
    public ContentLoadCache Load { get; } = new();

    /// <summary>The content of the last run with the load's diagnostics.</summary>
    public (ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics)? LastContent { get; set; }

    /// <summary>Set by the session when no file under the input folder changed (a template or UI-string edit): the content is not loaded again.</summary>
    public bool ReuseContent { get; set; }

    /// <summary>Files changed since the last successful run (absolute paths), or null when unknown (everything is read again).</summary>
    public IReadOnlyCollection<string>? ChangedFiles { get; set; }

    /// <summary>
    /// True when every change since the last successful run is a page's markdown file: the theme,
    /// UI strings, site settings and assets are as they were, so only page models that read an
    /// edited page can differ (when the site's structure is unchanged too; see <see cref="ModelDependencies"/>).
    /// </summary>
    public bool PagesOnly { get; set; }

    /// <summary>Set by the session when no theme file changed since the last successful run: <see cref="LastTheme"/> is reused.</summary>
    public bool ReuseTheme { get; set; }

    /// <summary>The theme of the last run, reused when no theme file changed.</summary>
    public Theme? LastTheme { get; set; }

    /// <summary>
    /// The results of <c>include_cached</c> (list cards) with the theme they were rendered with, kept for the
    /// next rebuilds while the theme is the same: a tag page of 3,000 posts re-renders the cards that changed,
    /// not all of them, also after a new page made every list item again. Keys hold the fingerprints of the
    /// items and globals they read (<see cref="IncludeCache.Key"/>), so an entry of an edited page's old item
    /// is never found again.
    /// </summary>
    public (Theme Theme, IncludeCache Cache)? Includes { get; set; }

    /// <summary>Set by the session when no file of the translations folder changed since the last successful run.</summary>
    public bool ReuseTranslations { get; set; }

    /// <summary>
    /// The theme's markdown components as the last run loaded them (with what loading them reported),
    /// reused when neither the theme nor the translations changed: loading them parses every template
    /// of the theme and reads every UI string file, which cost a text edit more than rendering its body.
    /// </summary>
    public (ThemeComponents Components, IReadOnlyList<Diagnostic> Diagnostics)? LastComponents { get; set; }

    /// <summary>The UI strings and category labels the last run loaded (with their diagnostics), reused when no translation file changed.</summary>
    public (Content.Config.SiteConfig Config, IReadOnlyDictionary<string, Model.UiStrings> Strings, Model.CategoryLabels CategoryLabels, IReadOnlyList<Diagnostic> Diagnostics)? LastTranslations { get; set; }

    /// <summary>
    /// Every page job of the output on disk as the sitemap reads it (cut down to its URL, layout, source and
    /// hreflang alternates), by URL: a rebuild that moved posts in the date-ordered lists builds a few page
    /// models but must write the sitemap again (its order and the posts' dates), from the others' kept here.
    /// </summary>
    public Dictionary<string, SitemapEntry>? SitemapJobs { get; set; }

    /// <summary>Set by the model step of a rebuild that moved posts (and built a few models): the URLs of every page in the sitemap's order.</summary>
    public List<string>? SitemapOrder { get; set; }

    /// <summary>The template model of the last successful run (list items of unchanged pages are reused from it).</summary>
    public Model.SiteModel? LastModel { get; set; }

    /// <summary>The model of the current run, until the session commits or discards it.</summary>
    public Model.SiteModel? PendingModel { get; set; }

    /// <summary>The dependency record of the models on disk (committed with the run's files).</summary>
    public ModelDependencies? Dependencies { get; set; }

    /// <summary>The record of the current run, until the session commits or discards it.</summary>
    public ModelDependencies? PendingDependencies { get; set; }

    /// <summary>
    /// How to make the current run's record once its jobs are built, when the render step builds them
    /// (<see cref="Model.DeferredJob"/>); used when <see cref="PendingDependencies"/> is null.
    /// </summary>
    public Func<ModelDependencies>? PendingRecord { get; set; }
}

/// <summary>
/// A page job as the sitemap reads it, kept by a build session without the job's language context: that holds
/// its run's whole model and content, and entries of many runs are kept side by side.
/// </summary>
internal sealed record SitemapEntry(string? SourcePath, string Url, string OutputFile, string Layout, string Language, ModelMap Page, Content.Model.Page? Source)
{
    public static SitemapEntry Of(Engine.Document document, Model.PageJob job) =>
        new(document.Source, job.Url, job.OutputFile, job.Layout, job.Language.Info.Code, job.Page, job.Source);

    /// <summary>The job document the sitemap module reads, with the language context of <paramref name="model"/>.</summary>
    public Engine.Document ToDocument(Model.SiteModel model) =>
        new Engine.Document(SourcePath, OutputFile).WithMetadata(
            Build.Keys.Job,
            new Model.PageJob(Url, OutputFile, Layout, model.Languages.First(l => l.Info.Code == Language), Page, Source));
}
