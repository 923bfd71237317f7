using Site.Content.Diagnostics;
using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>
/// The load after edits of known page files only (a build session's common case: a writer saved a
/// post), done from the edited files outward instead of by visiting every file: the edited files
/// are parsed, their pages and the versions that depend on them in other languages (a source's
/// translations and fallbacks, a translation's own page) are built again, and when every new page
/// takes its old page's place in the graph (<see cref="Graph.GraphSubstitution.SameShape"/>), or is a post
/// whose date alone changed (<see cref="Graph.GraphSubstitution.SamePlaceButDate"/>), they are
/// swapped into the last content. That is the content the full load's own shortcut (same scan,
/// pages swapped into the last graph) produces, without the passes over every file it makes first:
/// on a 21,600-page site those cost a text edit more than everything the edit itself needs.
/// <para>
/// Anything else gives up (null) and the full load decides: a new, deleted or unreadable file, a
/// page that fails to build or becomes a draft, a changed place in the graph, a last load whose
/// graph had problems or orphaned translations. Nothing in the cache changes before it succeeds.
/// </para>
/// </summary>
internal static class EditedPagesLoad
{
    public static LoadResult? TryLoad(ContentLoadCache cache, IReadOnlySet<string>? changed, int parallelism, bool includeDrafts)
    {
        if (changed is null || changed.Count == 0
            || cache.LastAssembly is not { Diagnostics.Count: 0 } last
            || cache.LastDiagnostics is not { } lastDiagnostics
            || last.Content.Orphans.Count > 0
            || cache.ReusableScan(changed) is not { } scan
            || scan.AuthorLists.Count > 0) // a post's `authors` is checked against them in a full load
        {
            return null;
        }

        var content = last.Content;
        var config = content.Config;
        var defaultCode = config.DefaultLanguage.Code;
        var files = changed.Select(path => scan.PagePaths[path]).Distinct().ToList();
        var bags = new DiagnosticBag[files.Count];
        var fresh = ContentLoader.ParseFiles(files, parallelism, null, bags);
        var parses = new Dictionary<string, CachedParse>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (fresh[i] is null)
            {
                return null;
            }

            parses[files[i].FullPath] = new CachedParse(fresh[i], bags[i].ToSortedList());
        }

        ParsedFile? ParseOf(string language, string id) =>
            scan.Find(language, id) is not { } file ? null
            : parses.TryGetValue(file.FullPath, out var edited) ? edited.File
            : cache.Parsed.GetValueOrDefault(file.FullPath)?.File;

        var plan = new Plan();
        foreach (var id in files.Select(f => f.Id).Distinct(StringComparer.Ordinal))
        {
            if (!Rebuild(id))
            {
                return null;
            }
        }

        bool Rebuild(string id)
        {
            var sourcePath = scan.Find(defaultCode, id)?.FullPath;
            if (sourcePath is null
                || content.Get(defaultCode, id) is not { } oldSource
                || ParseOf(defaultCode, id) is not { } sourceFile
                || cache.Parsed.GetValueOrDefault(sourcePath)?.File is not { } oldSourceFile
                || !cache.Sources.TryGetValue(oldSourceFile, out var oldSourceEntry))
            {
                return false; // a source that failed, is a draft, or is not there: the full load reports it
            }

            var source = oldSource;
            if (parses.ContainsKey(sourcePath))
            {
                if (sourceFile.Document.FrontMatter.Get("slug") is not null)
                {
                    return false; // reported by the full load, which knows the other pages of the folder
                }

                var built = CachedPage.Capture(bag => ContentLoader.BuildSource(sourceFile, bag, includeDrafts));
                if (built is not { Page: { } page, IsDraft: false } || !plan.Replace(oldSource, page))
                {
                    return false;
                }

                plan.Sources.Add((oldSourceFile, sourceFile, built));
                plan.OldDiagnostics.AddRange(oldSourceEntry.Diagnostics);
                plan.NewDiagnostics.AddRange(built.Diagnostics);
                source = page;
            }

            foreach (var language in config.Languages.Where(l => !l.IsDefault))
            {
                var old = content.Get(language.Code, id);
                var translationPath = scan.Find(language.Code, id)?.FullPath;
                if (old is null || old.IsFallback != (translationPath is null))
                {
                    return false;
                }

                if (translationPath is null)
                {
                    if (!ReferenceEquals(source, oldSource))
                    {
                        var fallback = TranslationBuilder.Fallback(source, language);
                        if (!plan.Replace(old, fallback))
                        {
                            return false;
                        }

                        plan.Fallbacks.Add((oldSource, source, language.Code, fallback));
                    }

                    continue;
                }

                if (ReferenceEquals(source, oldSource) && !parses.ContainsKey(translationPath))
                {
                    continue; // neither the source nor the translation changed
                }

                if (ParseOf(language.Code, id) is not { } translationFile
                    || cache.Parsed.GetValueOrDefault(translationPath)?.File is not { } oldTranslationFile
                    || !cache.Translations.TryGetValue((oldTranslationFile, oldSource), out var oldEntry))
                {
                    return false;
                }

                var translated = CachedPage.Capture(bag => ContentLoader.BuildTranslation(translationFile, sourceFile, source, bag, includeDrafts));
                if (translated.Page is not { } translation || !plan.Replace(old, translation))
                {
                    return false;
                }

                plan.Translations.Add(((oldTranslationFile, oldSource), (translationFile, source), translated));
                plan.OldDiagnostics.AddRange(oldEntry.Diagnostics);
                plan.NewDiagnostics.AddRange(translated.Diagnostics);
            }

            return true;
        }

        foreach (var file in files)
        {
            plan.OldDiagnostics.AddRange(cache.Parsed.GetValueOrDefault(file.FullPath)?.Diagnostics ?? []);
            plan.NewDiagnostics.AddRange(parses[file.FullPath].Diagnostics);
        }

        var diagnostics = SameDiagnostics(plan.OldDiagnostics, plan.NewDiagnostics) ? lastDiagnostics : Patch(lastDiagnostics, plan.OldDiagnostics, plan.NewDiagnostics);
        var statesChanged = plan.Replacements.Any(r => r.Key.TranslationState != r.Value.TranslationState || r.Key.IsTranslation != r.Value.IsTranslation);
        var pages = content.Pages.ToArray();
        foreach (var (before, after) in plan.Replacements)
        {
            // A reference scan: cheaper than looking every page up in the replacements.
            for (var i = 0; i < pages.Length; i++)
            {
                if (ReferenceEquals(pages[i], before))
                {
                    pages[i] = after;
                    break;
                }
            }
        }

        var reports = statesChanged
            ? config.Languages.Where(l => !l.IsDefault).Select(l => TranslationReport.Build(l.Code, pages.Where(p => p.Language == l.Code).ToArray())).ToArray()
            : content.TranslationReports;
        var substituted = content.Substitute(pages, plan.Replacements, reports);

        foreach (var (path, parse) in parses)
        {
            cache.Parsed[path] = parse;
        }

        foreach (var (oldFile, file, entry) in plan.Sources)
        {
            cache.Sources.Remove(oldFile);
            cache.Sources[file] = entry;
        }

        foreach (var (oldKey, key, entry) in plan.Translations)
        {
            cache.Translations.Remove(oldKey);
            cache.Translations[key] = entry;
        }

        foreach (var (oldSource, source, language, fallback) in plan.Fallbacks)
        {
            cache.Fallbacks.Remove((oldSource, language));
            cache.Fallbacks[(source, language)] = fallback;
        }

        cache.LastAssembly = last with { Content = substituted };
        cache.LastDiagnostics = diagnostics;
        cache.LastScanReused = true;
        cache.LastGraphReused = true;
        cache.LastParsed = files.Count;
        cache.LastEditsOnly = true;
        return new LoadResult(substituted, diagnostics);
    }

    /// <summary>True when the edited files report exactly what they reported before (usually nothing).</summary>
    private static bool SameDiagnostics(List<Diagnostic> before, List<Diagnostic> now)
    {
        if (before.Count != now.Count)
        {
            return false;
        }

        before.Sort(DiagnosticOrder.Instance);
        now.Sort(DiagnosticOrder.Instance);
        return before.SequenceEqual(now);
    }

    /// <summary>The last load's diagnostics with the edited files' old findings replaced by their new ones, in report order.</summary>
    private static IReadOnlyList<Diagnostic> Patch(IReadOnlyList<Diagnostic> last, List<Diagnostic> before, List<Diagnostic> now)
    {
        var list = last.ToList();
        foreach (var diagnostic in before)
        {
            list.Remove(diagnostic);
        }

        list.AddRange(now);
        list.Sort(DiagnosticOrder.Instance);
        return list;
    }

    /// <summary>What the load changes, applied to the cache only once every edited page was built.</summary>
    private sealed class Plan
    {
        public Dictionary<Page, Page> Replacements { get; } = [];

        public List<(ParsedFile OldFile, ParsedFile File, CachedPage Entry)> Sources { get; } = [];

        public List<((ParsedFile, Page) OldKey, (ParsedFile, Page) Key, CachedPage Entry)> Translations { get; } = [];

        public List<(Page OldSource, Page Source, string Language, Page Fallback)> Fallbacks { get; } = [];

        public List<Diagnostic> OldDiagnostics { get; } = [];

        public List<Diagnostic> NewDiagnostics { get; } = [];

        /// <summary>
        /// Plans <paramref name="before"/> → <paramref name="after"/>; false when the new page would not take the old one's
        /// place (a post with another date may move in the date-ordered lists: the substituted graph sorts them again).
        /// </summary>
        public bool Replace(Page before, Page after)
        {
            if (!Graph.GraphSubstitution.SameShape(before, after) && !Graph.GraphSubstitution.SamePlaceButDate(before, after))
            {
                return false;
            }

            Replacements[before] = after;
            return true;
        }
    }
}
