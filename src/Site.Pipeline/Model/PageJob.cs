using Site.Content.Model;

namespace Site.Pipeline.Model;

/// <summary>One page to render: its site URL, output file, layout, language and <c>page</c> object.</summary>
/// <param name="Source">The content page it comes from; null for generated pages.</param>
public sealed record PageJob(string Url, string OutputFile, string Layout, LanguageContext Language, ModelMap Page, Page? Source)
{
    /// <summary>True for real pages (sources, translations, generated lists); false for fallbacks.</summary>
    public bool IsCanonical => Source is not { IsFallback: true };

    public string Title => Page.TryGetValue("title", out var title) ? title as string ?? string.Empty : string.Empty;
}
