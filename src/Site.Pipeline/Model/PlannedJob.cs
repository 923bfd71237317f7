namespace Site.Pipeline.Model;

/// <summary>A page of the site before its model is built: the file it becomes and how to build it.</summary>
public sealed record PlannedJob(string OutputFile, Func<PageJob> Build)
{
    /// <summary>
    /// Its model lists every page by title and translation state (the translation status report):
    /// a rebuild builds it again whenever an edited page's title or translation state changed, or
    /// when it cannot tell which pages were edited.
    /// </summary>
    public bool ReadsEveryTitleAndState { get; init; }
}
