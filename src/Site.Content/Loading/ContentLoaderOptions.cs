namespace Site.Content.Loading;

/// <summary>Options of <see cref="ContentLoader"/>.</summary>
public sealed record ContentLoaderOptions
{
    /// <summary>
    /// Folder that diagnostic paths are relative to (default: the current directory). Paths
    /// outside it are shown absolute.
    /// </summary>
    public string? DisplayRoot { get; init; }

    /// <summary>Degree of parallelism for reading and parsing files (default: processor count).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Tag labels per language (`tags.yml`). Null: `translations/tags.yml` next to the input
    /// folder, the repository layout; absent file: tags keep their own names and slugs.
    /// </summary>
    public string? TagLabelsPath { get; init; }

    /// <summary>
    /// The theme's `assets/` folder, published under `/assets/` next to `input/assets/`. Its files
    /// are known link targets, and an input asset at the same URL is an error (a content pull
    /// request must not replace theme code). Null or missing folder: no theme assets.
    /// </summary>
    public string? ThemeAssetsFolder { get; init; }

    /// <summary>
    /// A build session's cache: unchanged files and pages of the previous load are reused (see
    /// <see cref="ContentLoadCache"/>). Null (a one-shot build): everything is read.
    /// </summary>
    public ContentLoadCache? Cache { get; init; }

    /// <summary>
    /// With <see cref="Cache"/>: the files changed since the previous load (absolute paths, deleted
    /// and new ones included); only they are read again. Null: unknown, every file is read again.
    /// </summary>
    public IReadOnlyCollection<string>? ChangedFiles { get; init; }

    /// <summary>
    /// Builds the pages marked `draft: true` (and their translations) like published ones, each with
    /// <see cref="Model.Page.IsDraft"/> set: a preview (`--drafts`), never a deploy. Default: drafts are held back.
    /// </summary>
    public bool IncludeDrafts { get; init; }
}
