using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>Translation status of one language: what is translated, outdated, or served as a fallback.</summary>
public sealed record TranslationReport(
    string Language,
    int SourcePages,
    int Translated,
    int UpToDate,
    int Outdated,
    IReadOnlyList<string> FallbackIds,
    IReadOnlyList<string> OutdatedIds)
{
    /// <summary>Share of source pages with a translation (0..1).</summary>
    public double Coverage => SourcePages == 0 ? 1 : (double)(SourcePages - FallbackIds.Count) / SourcePages;

    internal static TranslationReport Build(string language, IReadOnlyList<Page> pages)
    {
        var fallbacks = pages.Where(p => p.IsFallback).Select(p => p.Id).ToArray();
        var outdated = pages.Where(p => p.TranslationState == TranslationState.Outdated).Select(p => p.Id).ToArray();
        return new TranslationReport(
            language,
            pages.Count,
            pages.Count(p => p.IsTranslation),
            pages.Count(p => p.TranslationState == TranslationState.UpToDate),
            outdated.Length,
            fallbacks,
            outdated);
    }
}
