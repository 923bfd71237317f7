namespace Site.Pipeline.Build;

/// <summary>What an incremental rebuild of a <see cref="SiteBuildSession"/> did (for logs, live reload and tests).</summary>
/// <param name="MarkdownRendered">Bodies rendered again (the others came from the session's cache).</param>
/// <param name="PagesRendered">Output files of the pages rendered again (site-relative, sorted); every other page was up to date.</param>
/// <param name="FilesWritten">Output files whose bytes changed and were replaced (sorted); live reload needs only these.</param>
/// <param name="FilesDeleted">Output files the site no longer produces, removed (sorted).</param>
public sealed record IncrementalSummary(
    int MarkdownRendered,
    IReadOnlyList<string> PagesRendered,
    IReadOnlyList<string> FilesWritten,
    IReadOnlyList<string> FilesDeleted)
{
    /// <summary>Markdown files read and parsed again (the others kept their parse from the last run).</summary>
    public int FilesParsed { get; init; }

    /// <summary>
    /// Page models built (each page rendered again had one; a page whose model came out the same
    /// was not rendered). Every page of the site, unless only page files were edited and the site's
    /// shape stayed the same: then only the pages that show an edited page.
    /// </summary>
    public int PageModelsBuilt { get; init; }
}
