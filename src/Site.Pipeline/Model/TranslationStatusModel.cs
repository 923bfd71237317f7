using System.Globalization;
using Site.Content.Translation;

namespace Site.Pipeline.Model;

/// <summary>
/// <c>page.status</c> of the generated translation status page (themes/default/README.md §3):
/// the same report as the <c>status</c> command, as lists the layout only prints.
/// </summary>
internal static class TranslationStatusModel
{
    /// <summary>Pages listed per list: a 20,000-page backlog stays a readable page; `site status` lists all.</summary>
    public const int MaxItems = 200;

    public static ModelMap Build(LanguageContext lc)
    {
        var report = lc.Site.TranslationStatus;
        return new ModelMap(3)
        {
            ["complete"] = report.IsComplete,
            ["default_lang"] = report.DefaultLanguage,
            ["languages"] = report.Languages.Select(l => (object?)Language(lc, l)).ToList(),
        };
    }

    private static ModelMap Language(LanguageContext lc, LanguageStatus l)
    {
        var urls = lc.Site.Urls;

        // Paths as seen from the folder holding input/ (`input/en/…`), whatever directory the build ran in.
        var root = Path.GetDirectoryName(lc.Site.Content.InputRoot) ?? lc.Site.Content.InputRoot;
        string Shown(StatusItem i) => i.FullPath is null ? i.Path : Path.GetRelativePath(root, i.FullPath).Replace('\\', '/');
        List<object?> Items(IEnumerable<StatusItem> items) => items.Take(MaxItems).Select(i => (object?)new ModelMap(6)
        {
            ["title"] = i.Title,
            ["url"] = i.Url is null ? null : urls.Url(i.Url),
            ["source_url"] = i.SourceUrl is null ? null : urls.Url(i.SourceUrl),
            ["path"] = Shown(i),
            ["likely_source"] = i.LikelySource,
            ["command"] = i.Url is null ? null : $"site translate {Shown(i)} --to {l.Code}",
        }).ToList();

        return new ModelMap(20)
        {
            ["code"] = l.Code,
            ["name"] = l.Name,
            ["source_pages"] = l.SourcePages,
            ["translated"] = l.Translated,
            ["outdated"] = l.Outdated,
            ["unknown"] = l.Unknown,
            ["missing"] = l.Missing,
            ["orphaned"] = l.Orphaned,
            ["coverage_percent"] = ((int)Math.Floor(l.Coverage * 100)).ToString(CultureInfo.InvariantCulture),
            ["sections"] = l.Sections.Select(s => (object?)new ModelMap(7)
            {
                ["section"] = s.Section,
                ["source_pages"] = s.SourcePages,
                ["translated"] = s.Translated.Count,
                ["outdated"] = s.Outdated.Count,
                ["unknown"] = s.Unknown.Count,
                ["missing"] = s.Missing.Count,
                ["orphaned"] = s.Orphaned.Count,
            }).ToList(),
            ["outdated_items"] = Items(l.Sections.SelectMany(s => s.Outdated)),
            ["unknown_items"] = Items(l.Sections.SelectMany(s => s.Unknown)),
            ["missing_items"] = Items(l.Sections.SelectMany(s => s.Missing)),
            ["orphaned_items"] = Items(l.Sections.SelectMany(s => s.Orphaned)),
            ["outdated_more"] = Math.Max(0, l.Outdated - MaxItems),
            ["unknown_more"] = Math.Max(0, l.Unknown - MaxItems),
            ["missing_more"] = Math.Max(0, l.Missing - MaxItems),
            ["orphaned_more"] = Math.Max(0, l.Orphaned - MaxItems),
            ["ui_missing"] = l.UiStrings.Missing.Cast<object?>().ToList(),
            ["ui_identical"] = l.UiStrings.Identical.Select(e => (object?)new ModelMap(2) { ["key"] = e.Key, ["value"] = e.Value }).ToList(),
        };
    }
}
