namespace Site.Content.Translation;

/// <summary>
/// A translation file whose source page no longer exists (usually renamed or deleted).
/// </summary>
/// <param name="Language">Language code of the translation (`zh`).</param>
/// <param name="Id">Its id (`projects/linkerd-old.md`), which no source page has.</param>
/// <param name="SourcePath">Display path of the translation file.</param>
/// <param name="Title">Its translated title, as written.</param>
/// <param name="LikelySourceId">Id of the source page it most probably belongs to now, or null.</param>
/// <param name="FullPath">Absolute path of the translation file.</param>
/// <param name="DeclaredHash">The `sourceHash:` the file states, or null.</param>
public sealed record OrphanTranslation(string Language, string Id, string SourcePath, string? Title, string? LikelySourceId, string? FullPath = null, string? DeclaredHash = null);
