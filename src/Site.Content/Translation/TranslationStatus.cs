using Site.Content.Model;

namespace Site.Content.Translation;

/// <summary>State of one page in a status report.</summary>
/// <param name="Id">Page id (`projects/linkerd.md`).</param>
/// <param name="Title">Title in the report's language (the source title when missing).</param>
/// <param name="Url">Site URL of the page in that language (fallback included).</param>
/// <param name="SourceUrl">Site URL of the source page, or null (orphans).</param>
/// <param name="Path">Display path of the file to edit: the translation, or the source for a missing one.</param>
/// <param name="DeclaredHash">`sourceHash:` the translation states, or null.</param>
/// <param name="CurrentHash">The source's hash now (what `translate --refresh` writes).</param>
/// <param name="LikelySource">For an orphan: the source id it was probably renamed to.</param>
/// <param name="Diff">For an outdated page when asked and git knows the pinned revision: the source's changes since.</param>
/// <param name="FullPath">Absolute path of the file <paramref name="Path"/> shows.</param>
public sealed record StatusItem(
    string Id,
    string Title,
    string? Url,
    string? SourceUrl,
    string Path,
    string? DeclaredHash,
    string? CurrentHash,
    string? LikelySource = null,
    string? Diff = null,
    string? FullPath = null);

/// <summary>One section (`blog`, `projects`, …) of one language.</summary>
/// <param name="Unknown">Translations without `sourceHash:`: their freshness cannot be told.</param>
public sealed record SectionStatus(
    string Section,
    IReadOnlyList<StatusItem> Translated,
    IReadOnlyList<StatusItem> Outdated,
    IReadOnlyList<StatusItem> Unknown,
    IReadOnlyList<StatusItem> Missing,
    IReadOnlyList<StatusItem> Orphaned)
{
    public int SourcePages => Translated.Count + Outdated.Count + Unknown.Count + Missing.Count;
}

/// <summary>Translation status of one non-default language.</summary>
public sealed record LanguageStatus(string Code, string Name, IReadOnlyList<SectionStatus> Sections, UiStringReport UiStrings)
{
    public int SourcePages => Sections.Sum(s => s.SourcePages);

    public int Translated => Sections.Sum(s => s.Translated.Count);

    public int Outdated => Sections.Sum(s => s.Outdated.Count);

    public int Unknown => Sections.Sum(s => s.Unknown.Count);

    public int Missing => Sections.Sum(s => s.Missing.Count);

    public int Orphaned => Sections.Sum(s => s.Orphaned.Count);

    /// <summary>Share of source pages with a translation, current or not (0..1).</summary>
    public double Coverage => SourcePages == 0 ? 1 : (double)(SourcePages - Missing) / SourcePages;
}

/// <summary>The whole report: every non-default language, sections in navigation order.</summary>
public sealed record TranslationStatusReport(string DefaultLanguage, IReadOnlyList<LanguageStatus> Languages)
{
    /// <summary>True when nothing is outdated, unknown, missing, orphaned or untranslated in the UI.</summary>
    public bool IsComplete => Languages.All(l => l.Outdated + l.Unknown + l.Missing + l.Orphaned == 0
        && l.UiStrings.Missing.Count == 0 && l.UiStrings.Identical.Count == 0);
}

/// <summary>
/// Builds the translation status report from a loaded <see cref="ContentSet"/>: per language
/// and section, translated (current), outdated, unknown (no `sourceHash`), missing (served as a
/// fallback) and orphaned translations, plus the UI string audit. One pass over the pages.
/// </summary>
public static class TranslationStatus
{
    /// <summary>Sections in the order the site navigation shows them.</summary>
    public static readonly IReadOnlyList<string> SectionOrder = ["home", "blog", "projects", "categories", "sigs", "glossary", "pages"];

    /// <param name="uiStrings">UI string audit per language code (absent: an empty audit).</param>
    /// <param name="diffOf">When given, computes the source diff of an outdated translation (git).</param>
    public static TranslationStatusReport Build(
        ContentSet content,
        IReadOnlyDictionary<string, UiStringReport>? uiStrings = null,
        Func<Page, string?>? diffOf = null)
    {
        var config = content.Config;
        var languages = new List<LanguageStatus>();
        foreach (var language in config.Languages.Where(l => !l.IsDefault))
        {
            var buckets = SectionOrder.ToDictionary(s => s, _ => new Buckets(), StringComparer.Ordinal);
            foreach (var page in content.PagesIn(language.Code))
            {
                var source = content.Get(config.DefaultLanguage.Code, page.Id);
                var b = buckets[SectionOf(page.Id)];
                var item = new StatusItem(page.Id, page.Title, page.Url, source?.Url,
                    page.SourcePath, page.DeclaredSourceHash, page.SourceHash, FullPath: page.FullPath);
                switch (page.TranslationState)
                {
                    case TranslationState.UpToDate:
                        b.Translated.Add(item);
                        break;
                    case TranslationState.Outdated:
                        b.Outdated.Add(diffOf is null ? item : item with { Diff = diffOf(page) });
                        break;
                    case TranslationState.Translated:
                        b.Unknown.Add(item);
                        break;
                    case TranslationState.Fallback:
                        b.Missing.Add(item);
                        break;
                }
            }

            foreach (var orphan in content.Orphans.Where(o => o.Language == language.Code))
            {
                buckets[SectionOf(orphan.Id)].Orphaned.Add(new StatusItem(
                    orphan.Id, orphan.Title ?? orphan.Id, null, null, orphan.SourcePath, orphan.DeclaredHash, null, orphan.LikelySourceId, FullPath: orphan.FullPath));
            }

            var sections = SectionOrder
                .Select(s => buckets[s].ToStatus(s))
                .Where(s => s.SourcePages + s.Orphaned.Count > 0)
                .ToArray();
            var ui = uiStrings?.GetValueOrDefault(language.Code) ?? UiStringReport.Empty(language.Code);
            languages.Add(new LanguageStatus(language.Code, language.Name, sections, ui));
        }

        return new TranslationStatusReport(config.DefaultLanguage.Code, languages);
    }

    /// <summary>`blog/2019/x.md` → `blog`; `_index.md` → `home`.</summary>
    public static string SectionOf(string id)
    {
        var slash = id.IndexOf('/');
        return slash < 0 ? "home" : id[..slash] switch
        {
            "blog" or "projects" or "categories" or "sigs" or "glossary" => id[..slash],
            _ => "pages",
        };
    }

    private sealed class Buckets
    {
        public List<StatusItem> Translated { get; } = [];

        public List<StatusItem> Outdated { get; } = [];

        public List<StatusItem> Unknown { get; } = [];

        public List<StatusItem> Missing { get; } = [];

        public List<StatusItem> Orphaned { get; } = [];

        public SectionStatus ToStatus(string section) =>
            new(section, Sorted(Translated), Sorted(Outdated), Sorted(Unknown), Sorted(Missing), Sorted(Orphaned));

        private static StatusItem[] Sorted(List<StatusItem> items) => [.. items.OrderBy(i => i.Id, StringComparer.Ordinal)];
    }
}
