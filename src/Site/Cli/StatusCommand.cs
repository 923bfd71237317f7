using System.CommandLine;
using System.Globalization;
using Site.Content;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Content.Translation;

namespace Site.Cli.Cli;

/// <summary>
/// <c>status</c>: translation status per language and section (translated, outdated with the
/// source's diff since the pinned revision, unknown, missing, orphaned) and UI strings missing
/// or still identical to the default language. <c>--json</c> for bots; <c>--strict</c> exits 1
/// unless everything is translated and current. Every outdated translation gets its diff (an
/// import can outdate dozens at once); <c>--limit N</c> caps the git look-ups when that is slow.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliHost host)
    {
        var input = new Option<string>("--input", "-i") { Description = "Content folder", DefaultValueFactory = _ => "input" };
        var translations = new Option<string>("--translations") { Description = "Folder of UI strings", DefaultValueFactory = _ => "translations" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var noDiff = new Option<bool>("--no-diff") { Description = "Do not look up source changes in git history" };
        var strict = new Option<bool>("--strict") { Description = "Exit with 1 when anything is outdated, unknown, missing or orphaned" };
        var language = new Option<string?>("--lang") { Description = "Only this language (code, e.g. zh)" };
        var limit = new Option<int?>("--limit") { Description = "Look up the source diff of at most this many outdated translations (default: all)" };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--limit must be 0 or more");
            }
        });
        var command = new Command("status", "Report which translations are current, outdated, missing or orphaned")
        {
            input, translations, json, noDiff, strict, language, limit,
        };
        command.SetAction(parse =>
        {
            var loaded = ContentLoader.Load(parse.GetValue(input)!);
            if (loaded.Content is not { } content)
            {
                foreach (var d in loaded.Diagnostics)
                {
                    host.Error.WriteLine(d.ToString());
                }

                return 2;
            }

            var report = Build(content, parse.GetValue(translations)!, !parse.GetValue(noDiff), parse.GetValue(language), parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                host.Out.WriteLine(StatusJson.Write(report));
            }
            else
            {
                WriteText(host.Out, report, parse.GetValue(translations)!, parse.GetValue(limit));
            }

            return parse.GetValue(strict) && !report.IsComplete ? 1 : 0;
        });
        return command;
    }

    /// <summary>The report for every non-default language (or one), with git diffs when asked (at most <paramref name="maxDiffs"/> when given).</summary>
    public static TranslationStatusReport Build(ContentSet content, string translationsFolder, bool withDiffs, string? onlyLanguage = null, int? maxDiffs = null)
    {
        var defaultCode = content.Config.DefaultLanguage.Code;
        var ui = content.Config.Languages
            .Where(l => !l.IsDefault)
            .ToDictionary(l => l.Code, l => UiStringAudit.Audit(translationsFolder, defaultCode, l.Code), StringComparer.Ordinal);
        // Each diff walks git history (a few processes per revision, at most SourceHistory.MaxRevisions); --limit bounds how many.
        var diffsLeft = maxDiffs ?? int.MaxValue;
        Func<Page, string?>? diffOf = withDiffs
            ? page => page.DeclaredSourceHash is { } pinned && content.Get(defaultCode, page.Id) is { } source && diffsLeft-- > 0
                ? SourceHistory.DiffSince(source.FullPath, pinned)
                : null
            : null;
        var report = TranslationStatus.Build(content, ui, diffOf);
        return onlyLanguage is null ? report : report with { Languages = [.. report.Languages.Where(l => l.Code == onlyLanguage)] };
    }

    private static void WriteText(TextWriter o, TranslationStatusReport report, string translationsFolder, int? limit)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"Translation status (source language: {report.DefaultLanguage})");
        foreach (var lang in report.Languages)
        {
            o.WriteLine();
            o.WriteLine(string.Create(inv, $"{lang.Code} ({lang.Name}): {lang.SourcePages - lang.Missing} of {lang.SourcePages} pages translated ({lang.Coverage * 100:0}%), {lang.Translated} current, {lang.Outdated} outdated, {lang.Unknown} unknown, {lang.Missing} missing, {lang.Orphaned} orphaned"));
            o.WriteLine(string.Create(inv, $"  {"section",-12}{"translated",11}{"outdated",10}{"unknown",9}{"missing",9}{"orphaned",10}"));
            foreach (var s in lang.Sections)
            {
                o.WriteLine(string.Create(inv, $"  {s.Section,-12}{s.Translated.Count,11}{s.Outdated.Count,10}{s.Unknown.Count,9}{s.Missing.Count,9}{s.Orphaned.Count,10}"));
            }

            var outdated = lang.Sections.SelectMany(s => s.Outdated).ToArray();
            if (outdated.Length > 0)
            {
                o.WriteLine("  Outdated (the source changed since the translation's sourceHash):");
                foreach (var i in outdated)
                {
                    o.WriteLine($"    {i.Path}  sourceHash {i.DeclaredHash} -> {i.CurrentHash}");
                    if (i.Diff is null)
                    {
                        o.WriteLine(limit is { } n
                            ? $"      (no diff: no git history holding the pinned revision, --no-diff, or beyond --limit {n})"
                            : "      (no diff: no git history holding the pinned revision, or --no-diff)");
                        continue;
                    }

                    foreach (var line in i.Diff.Split('\n'))
                    {
                        o.WriteLine("      " + line);
                    }
                }

                o.WriteLine($"    After catching up: site translate --refresh <translation path>");
            }

            List("  Unknown (no sourceHash: add one with translate --refresh):", lang.Sections.SelectMany(s => s.Unknown), i => i.Path);
            List($"  Missing (start one with: site translate <source path> --to {lang.Code}):", lang.Sections.SelectMany(s => s.Missing), i => i.Path);
            List("  Orphaned (source page gone):", lang.Sections.SelectMany(s => s.Orphaned),
                i => i.Path + (i.LikelySource is null ? string.Empty : $"  (renamed? move it to {lang.Code}/{i.LikelySource})"));

            var ui = lang.UiStrings;
            o.WriteLine(string.Create(inv, $"  UI strings ({translationsFolder.TrimEnd('/')}/{lang.Code}.yml): {ui.Total} keys, {ui.Missing.Count} missing, {ui.Identical.Count} identical to {report.DefaultLanguage}, {ui.Extra.Count} extra"));
            foreach (var k in ui.Missing)
            {
                o.WriteLine($"    missing: {k}");
            }

            foreach (var e in ui.Identical)
            {
                o.WriteLine($"    identical: {e.Key} = \"{e.Value}\"  (allow it in {translationsFolder.TrimEnd('/')}/{UiStringAudit.AllowListFile})");
            }

            foreach (var k in ui.Extra)
            {
                o.WriteLine($"    extra: {k}");
            }
        }

        void List(string heading, IEnumerable<StatusItem> items, Func<StatusItem, string> show)
        {
            var all = items.ToArray();
            if (all.Length == 0)
            {
                return;
            }

            o.WriteLine(heading);
            foreach (var i in all)
            {
                o.WriteLine("    " + show(i));
            }
        }
    }
}
