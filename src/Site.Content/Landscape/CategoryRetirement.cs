using System.Text;
using System.Text.RegularExpressions;
using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Landscape;

/// <summary>
/// Retires category pages the landscape no longer has once no project refers to them (the old
/// tree's Monitoring, Logging and Tracing, merged by the landscape into Observability and Analysis
/// / Observability). The successor is the category most of the retired page's projects moved to.
/// Nothing written by hand is lost and no URL breaks:
/// <list type="bullet">
/// <item>the retired page's text moves to the end of its successor as a section `## Title {#slug}`, in every
/// language that has it (a language whose successor page is not translated yet gets it as a draft translation);</item>
/// <item>the successor gets the retired URL (and the retired page's own aliases) as `aliases`, so the old URL
/// redirects in every language;</item>
/// <item>links to the old URL in every page of every language point at the new section instead;</item>
/// <item>a translation that was current before stays current: its `sourceHash` follows the mechanical change of its source.</item>
/// </list>
/// A page the import made earlier that has no successor is marked `landscapeStatus: removed`;
/// one written by hand is left alone, with a warning.
/// </summary>
internal sealed partial class CategoryRetirement(ImportWorkspace workspace, SiteConfig config, DiagnosticBag diagnostics, List<ImportEvent> events, Func<string, string> display)
{
    private readonly string _en = config.DefaultLanguage.Code;

    /// <param name="candidates">Category pages the landscape does not have and nothing refers to.</param>
    /// <param name="former">Old category slug → the new primary category of each project that was in it.</param>
    /// <param name="orders">`order` of each existing category, to break ties between successors.</param>
    public void Retire(IReadOnlyList<RetirementCandidate> candidates, IReadOnlyDictionary<string, List<string>> former, IReadOnlyDictionary<string, int> orders)
    {
        var retiring = candidates.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var moved = new Dictionary<string, string>(StringComparer.Ordinal); // old slug → successor slug
        foreach (var candidate in candidates)
        {
            var successor = former.TryGetValue(candidate.Slug, out var now)
                ? now.Where(s => !retiring.Contains(s))
                    .GroupBy(s => s, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count())
                    .ThenBy(g => orders.GetValueOrDefault(g.Key, int.MaxValue))
                    .ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key)
                    .FirstOrDefault()
                : null;
            if (successor is null)
            {
                Unsucceeded(candidate);
                continue;
            }

            if (Merge(candidate, successor))
            {
                moved[candidate.Slug] = successor;
            }
        }

        if (moved.Count > 0)
        {
            RewriteLinks(moved);
        }

        RefreshSourceHashes();
    }

    private void Unsucceeded(RetirementCandidate candidate)
    {
        if (candidate.Managed)
        {
            if (!candidate.Delisted && workspace.Editor(candidate.Path, out _) is { } editor)
            {
                editor.Set("landscapeStatus", $"landscapeStatus: {LandscapeStatusNames.Removed}", LandscapeImport.CategoryOrder);
                workspace.Save(candidate.Path, editor);
                events.Add(new(ImportEventKind.Removed, candidate.Path, "no longer in landscape.yml and no project is listed in it: kept and marked `landscapeStatus: removed`"));
            }

            return;
        }

        diagnostics.Add(Diagnostic.Warning(display(workspace.FullPath(candidate.Path)), 1, 1,
            "this category is not in the landscape and holds no project, so the import cannot tell where its readers should go: it stays as it is; merge it into another category by hand (move its text, delete it, add its URL to that page's `aliases`)"));
    }

    /// <summary>Moves the text of a retired page (every language) to its successor, adds the alias, deletes the retired files.</summary>
    private bool Merge(RetirementCandidate candidate, string successor)
    {
        var successorPath = $"{_en}/categories/{successor}.md";
        var retiredText = workspace.Text(candidate.Path);
        var successorEditor = workspace.Editor(successorPath, out var error);
        var retiredEditor = retiredText is null ? null : FrontMatterEditor.Open(retiredText, out error);
        if (successorEditor is null || retiredEditor is null)
        {
            diagnostics.Add(Diagnostic.Error(display(workspace.FullPath(candidate.Path)), 1, 1, $"cannot retire this category into {successorPath}: {error}"));
            return false;
        }

        var oldUrl = $"/categories/{candidate.Slug}/";
        var aliases = Aliases(successorEditor);
        foreach (var alias in Aliases(retiredEditor).Prepend(oldUrl))
        {
            if (!aliases.Contains(alias, StringComparer.Ordinal))
            {
                aliases.Add(alias);
            }
        }

        successorEditor.Set("aliases", $"aliases: {YamlValueWriter.FlowList(aliases)}", LandscapeImport.CategoryOrder);
        workspace.Save(successorPath, successorEditor);
        AppendSection(successorPath, candidate.Path, candidate.Slug);
        workspace.Delete(candidate.Path);

        var languages = new List<string> { _en };
        foreach (var language in config.Languages.Where(l => !l.IsDefault))
        {
            var retiredTranslation = $"{language.Code}/categories/{candidate.Slug}.md";
            if (!workspace.Exists(retiredTranslation))
            {
                continue;
            }

            var successorTranslation = $"{language.Code}/categories/{successor}.md";
            if (!workspace.Exists(successorTranslation))
            {
                // Keep the translated text where the translator of the successor will find it, unpublished until done.
                var title = successorEditor.GetText("title") ?? successor;
                workspace.Write(successorTranslation, $"---\ntitle: {YamlValueWriter.Quote(title)}\ndraft: true\n---\n");
                diagnostics.Add(Diagnostic.Warning(display(workspace.FullPath(successorTranslation)), 1, 1,
                    $"{successorPath} has no {language.Code} translation yet: the {language.Code} text of the retired {retiredTranslation} was moved into this new draft; translate the rest, then remove `draft: true`"));
            }

            AppendSection(successorTranslation, retiredTranslation, candidate.Slug);
            workspace.Delete(retiredTranslation);
            languages.Add(language.Code);
        }

        events.Add(new(ImportEventKind.Retired, candidate.Path,
            $"→ {successorPath}: {oldUrl} redirects there (alias), its text is the section #{candidate.Slug} ({string.Join(", ", languages)})"));
        return true;
    }

    /// <summary>Appends the body of <paramref name="fromPath"/> to <paramref name="toPath"/> under `## its title {#slug}`, its own headings one level down.</summary>
    private void AppendSection(string toPath, string fromPath, string slug)
    {
        var from = workspace.Text(fromPath)!;
        var title = FrontMatterEditor.Open(from, out _)?.GetText("title") ?? slug;
        var (_, body) = ImportWorkspace.Split(from);
        var target = workspace.Text(toPath)!;
        var newline = target.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var sb = new StringBuilder(target.TrimEnd('\r', '\n', ' ', '\t'));
        if (ImportWorkspace.Split(target).Body.Trim().Length > 0)
        {
            sb.Append(newline).Append(newline);
        }
        else if (sb.Length > 0 && !target.EndsWith('\n'))
        {
            sb.Append(newline);
        }

        sb.Append("## ").Append(title.Replace("{", "\\{", StringComparison.Ordinal)).Append(" {#").Append(slug).Append('}').Append(newline);
        var demoted = Demote(body.Trim('\r', '\n'));
        if (demoted.Length > 0)
        {
            sb.Append(newline).Append(demoted.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", newline, StringComparison.Ordinal)).Append(newline);
        }

        workspace.Write(toPath, sb.ToString());
    }

    /// <summary>ATX headings one level deeper (outside code fences), so the moved text sits under its section.</summary>
    private static string Demote(string markdown)
    {
        var lines = markdown.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var marker = trimmed[..3];
                fence = fence is null ? marker : fence == marker ? null : fence;
                continue;
            }

            if (fence is null && HeadingLine().IsMatch(lines[i]))
            {
                lines[i] = "#" + lines[i].TrimStart();
            }
        }

        return string.Join('\n', lines);
    }

    private static List<string> Aliases(FrontMatterEditor editor) =>
        editor.Get("aliases") is YamlSequenceNode seq
            ? [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(v => v.Length > 0)]
            : [];

    /// <summary>Every link to a retired category, in any language's form, now points at its section in the successor.</summary>
    private void RewriteLinks(Dictionary<string, string> moved)
    {
        var prefixes = string.Join("|", config.Languages.Where(l => !l.IsDefault).Select(l => Regex.Escape(l.UrlPrefix)));
        var slugs = string.Join("|", moved.Keys.Select(Regex.Escape));
        var pattern = new Regex(
            $@"(?<=[(<""'\s]|^)(?<lang>{(prefixes.Length == 0 ? "(?!)" : prefixes)})?/categories/(?<slug>{slugs})/(?<frag>#[^\s)""'>]*)?(?=[\s)""'>]|$)",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);
        foreach (var language in config.Languages)
        {
            foreach (var path in workspace.AllMarkdown(language.Code))
            {
                if (workspace.Text(path) is not { } text)
                {
                    continue;
                }

                var (head, body) = ImportWorkspace.Split(text);
                var rewritten = pattern.Replace(body, m =>
                {
                    var slug = m.Groups["slug"].Value;
                    var fragment = m.Groups["frag"].Success ? m.Groups["frag"].Value : "#" + slug;
                    return $"{m.Groups["lang"].Value}/categories/{moved[slug]}/{fragment}";
                });
                if (rewritten != body)
                {
                    workspace.Write(path, head + rewritten);
                }
            }
        }
    }

    /// <summary>
    /// A translation that matched its source's words before this import (its `sourceHash` equals the
    /// source's old hash) is moved to the source's new hash: the source changed only by this import's
    /// mechanical edits (moved sections, rewritten links), which were made to the translation too.
    /// </summary>
    private void RefreshSourceHashes()
    {
        foreach (var path in workspace.AllMarkdown(_en))
        {
            var original = workspace.Original(path);
            var current = workspace.Text(path);
            if (original is null || current is null || original == current)
            {
                continue;
            }

            var before = ImportWorkspace.HashOf(path, original);
            var after = ImportWorkspace.HashOf(path, current);
            if (before is null || after is null || before == after)
            {
                continue;
            }

            var id = path[(_en.Length + 1)..];
            foreach (var language in config.Languages.Where(l => !l.IsDefault))
            {
                var translation = $"{language.Code}/{id}";
                if (workspace.Editor(translation, out _) is { } editor
                    && string.Equals(editor.GetText("sourceHash"), before, StringComparison.OrdinalIgnoreCase))
                {
                    editor.Set("sourceHash", $"sourceHash: {after}", ["title", "summary", "sourceHash"]);
                    workspace.Save(translation, editor);
                }
            }
        }
    }

    [GeneratedRegex(@"^ {0,3}#{1,5}(\s|$)")]
    private static partial Regex HeadingLine();
}
