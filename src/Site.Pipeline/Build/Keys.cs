namespace Site.Pipeline.Build;

/// <summary>Metadata keys the site's modules use to hand data to each other.</summary>
public static class Keys
{
    /// <summary>The loaded <c>ContentSet</c> (on the single shared document of the content pipeline).</summary>
    public const string Content = "content";

    /// <summary>Rendered bodies of every page (<c>Site.Pipeline.Incremental.RenderedPages</c>).</summary>
    public const string Rendered = "rendered";

    /// <summary>The project logos of the build (<c>Site.Pipeline.Logos.LogoSet</c>), on the content pipeline's shared document.</summary>
    public const string Logos = "logos";

    /// <summary>The link-preview cards being drawn since the content loaded (<c>Site.Pipeline.Images.SocialCardDrawing</c>), on the content pipeline's shared document of a one-shot build.</summary>
    public const string SocialCardDrawing = "social-card-drawing";

    /// <summary>The template <c>SiteModel</c> (on the shared document of the model pipeline).</summary>
    public const string Model = "model";

    /// <summary>A <c>PageJob</c>: one page to render.</summary>
    public const string Job = "job";

    /// <summary>
    /// A <c>DeferredJob</c>: one page to render whose model the render step builds (a session's full rebuild);
    /// the render step's document then carries the built <see cref="Job"/>, its model cut down to what the sitemap reads.
    /// </summary>
    public const string DeferredJob = "deferred-job";

    /// <summary>
    /// True on a document whose file needs no write in the Write phase: it was already written
    /// while rendering (cold builds stream pages to the staging folder to keep memory flat), or
    /// its render input did not change since the last build of a session.
    /// </summary>
    public const string NoWrite = "no-write";

    /// <summary>
    /// True on a page `check` renders although its file has an error, for the link check alone: it is never written
    /// (<see cref="NoWrite"/> is set too), so it claims no output file.
    /// </summary>
    public const string LinkCheckOnly = "link-check-only";

    /// <summary>
    /// True on the model document when a session rebuild built only the page jobs that read an
    /// edited page (the others are unchanged on disk and are not among the run's documents).
    /// </summary>
    public const string PartialModel = "partial-model";
}
