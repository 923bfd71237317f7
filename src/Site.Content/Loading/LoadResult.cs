using Site.Content.Diagnostics;

namespace Site.Content.Loading;

/// <summary>Outcome of <see cref="ContentLoader.Load"/>; <see cref="Content"/> is null only when site.yml is unusable.</summary>
public sealed record LoadResult(ContentSet? Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
