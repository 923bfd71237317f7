namespace Site.Pipeline.Model;

/// <summary>A page of the site before its model is built: the file it becomes and how to build it.</summary>
public sealed record PlannedJob(string OutputFile, Func<PageJob> Build)
{
    /// <summary>
    /// Its model depends on every page (the translation status report): a rebuild always builds
    /// it again (and renders it only when its model changed).
    /// </summary>
    public bool ReadsEveryPage { get; init; }
}
