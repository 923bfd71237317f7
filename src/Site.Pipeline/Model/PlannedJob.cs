namespace Site.Pipeline.Model;

/// <summary>A page of the site before its model is built: its URL and how to build it.</summary>
public sealed record PlannedJob(string Url, Func<PageJob> Build)
{
    /// <summary>The file the page becomes (computed on use: a rebuild in <c>serve</c> plans every page and builds a few).</summary>
    public string OutputFile => SiteUrls.FileOf(Url);

    /// <summary>The content page it shows; null for generated pages (lists, indexes, search, 404).</summary>
    public Site.Content.Model.Page? Source { get; init; }

    /// <summary>
    /// Its model lists every page by title and translation state (the translation status report):
    /// a rebuild builds it again whenever an edited page's title or translation state changed, or
    /// when it cannot tell which pages were edited.
    /// </summary>
    public bool ReadsEveryTitleAndState { get; init; }
}
