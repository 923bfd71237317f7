using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Content.Text;

namespace Site.Content.Landscape;

/// <summary>Settings of one import.</summary>
public sealed record LandscapeImportOptions
{
    /// <summary>The content folder (`input/`).</summary>
    public required string InputRoot { get; init; }

    /// <summary>Folder of the landscape's logo files (`hosted_logos/`), or null to leave logos alone.</summary>
    public string? LogosFolder { get; init; }

    /// <summary>Also take the landscape's name and description as title and summary of pages that have them already.</summary>
    public bool RefreshWords { get; init; }

    /// <summary>How paths are shown in messages (relative to the working folder).</summary>
    public Func<string, string> Display { get; init; } = p => p;
}

/// <summary>
/// Plans the pages of an import of landscape.yml into the content folder: one project page per
/// CNCF project and one category page per landscape category and subcategory that lists one,
/// with `parent:` linking a subcategory to its category. Who owns what in a page's front matter:
/// <list type="bullet">
/// <item>the import owns the facts it takes from the file (<see cref="ProjectKeys"/>, <see cref="CategoryKeys"/>):
/// it sets them, changes them and removes those the file no longer states;</item>
/// <item>people own everything else: the body, `sig`, `aliases`, any other key, and the words
/// (`title`, `summary`), which the import writes only on a page it creates (or with
/// <see cref="LandscapeImportOptions.RefreshWords"/>), so translations stay current;</item>
/// <item>a page whose item left the file is kept and marked `landscapeStatus: removed`, never deleted.</item>
/// </list>
/// Pages are matched to items by the `landscape:` name the import records, else by repository,
/// homepage or slug, so existing URLs stay. A category page of the old tree that no longer holds a
/// project is retired into the category most of its projects moved to (<see cref="CategoryRetirement"/>).
/// </summary>
public static class LandscapeImport
{
    /// <summary>Front matter keys of a project page the import owns.</summary>
    public static readonly IReadOnlyList<string> ProjectKeys =
        ["maturity", "category", "alsoIn", "accepted", "incubating", "graduated", "archived", "homepage", "repo", "annualReview", "audits", "links", "landscape", "landscapeStatus"];

    /// <summary>Front matter keys of a category page the import owns.</summary>
    public static readonly IReadOnlyList<string> CategoryKeys = ["parent", "order", "landscape", "landscapeStatus"];

    /// <summary>Where keys go in a project page (new keys are inserted after the nearest one before them).</summary>
    internal static readonly IReadOnlyList<string> ProjectOrder =
        ["title", "maturity", "category", "alsoIn", "sig", "accepted", "incubating", "graduated", "archived", "homepage", "repo", "summary", "annualReview", "audits", "links", "landscape", "landscapeStatus", "aliases"];

    internal static readonly IReadOnlyList<string> CategoryOrder = ["title", "parent", "summary", "order", "landscape", "landscapeStatus", "aliases"];

    private static readonly string[] DateKeys = ["accepted", "incubating", "graduated", "archived"];

    /// <summary>Plans the import; reads the input folder and the logos, writes nothing.</summary>
    public static LandscapeImportResult Plan(LandscapeDocument doc, LandscapeImportOptions options, DiagnosticBag diagnostics)
    {
        var workspace = new ImportWorkspace(options.InputRoot);
        var siteYml = workspace.FullPath("site.yml");
        var config = SiteConfigLoader.Load(siteYml, options.Display(siteYml), diagnostics);
        if (config is null)
        {
            return new LandscapeImportResult([], [], diagnostics.ToSortedList(), Totals(doc, 0, 0));
        }

        var run = new Run(doc, options, workspace, config, diagnostics);
        run.Execute();
        return new LandscapeImportResult(
            [.. run.Events.OrderBy(e => e.Kind).ThenBy(e => e.Path, StringComparer.Ordinal)],
            workspace.Edits(),
            diagnostics.ToSortedList(),
            Totals(doc, run.CategoryPageCount, run.LogoCount));
    }

    /// <summary>Writes the planned files (each through a temporary file, so a file is never half written) and deletes retired ones.</summary>
    public static void Apply(LandscapeImportResult result)
    {
        foreach (var edit in result.Edits)
        {
            if (edit.Content is null)
            {
                if (File.Exists(edit.FullPath))
                {
                    File.Delete(edit.FullPath);
                }

                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(edit.FullPath)!);
            var temp = edit.FullPath + ".import-tmp";
            File.WriteAllBytes(temp, edit.Content);
            File.Move(temp, edit.FullPath, overwrite: true);
        }
    }

    private static ImportTotals Totals(LandscapeDocument doc, int categories, int logos) => new(
        doc.Projects.Count, doc.CountOf(Maturity.Graduated), doc.CountOf(Maturity.Incubating), doc.CountOf(Maturity.Sandbox), doc.CountOf(Maturity.Archived), categories, logos,
        doc.Projects.Count(p => p.Description is null));

    /// <summary>One planning run: the state shared by its steps.</summary>
    private sealed class Run(LandscapeDocument doc, LandscapeImportOptions options, ImportWorkspace workspace, SiteConfig config, DiagnosticBag diagnostics)
    {
        private readonly string _en = config.DefaultLanguage.Code;
        private readonly Dictionary<LandscapeProject, string> _projectSlug = [];
        private readonly Dictionary<string, string> _categorySlug = new(StringComparer.Ordinal); // landscape path → slug
        private readonly Dictionary<string, ExistingProject> _existingProjects = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ExistingCategory> _existingCategories = new(StringComparer.Ordinal);

        public List<ImportEvent> Events { get; } = [];

        public int CategoryPageCount => _categorySlug.Count;

        public int LogoCount { get; private set; }

        private string ProjectPath(string slug) => $"{_en}/projects/{slug}.md";

        private string CategoryPath(string slug) => $"{_en}/categories/{slug}.md";

        public void Execute()
        {
            ReadExisting();
            MatchProjects();
            var held = HeldCategories();
            MatchCategories(held);
            foreach (var project in doc.Projects)
            {
                WriteProject(project);
            }

            foreach (var existing in _existingProjects.Values.Where(p => p.Match is null))
            {
                MarkProjectDelisted(existing);
            }

            WriteCategories(held);
            new CategoryRetirement(workspace, config, diagnostics, Events, options.Display).Retire(
                RetirementCandidates(),
                FormerProjects(),
                _existingCategories.ToDictionary(c => c.Key, c => c.Value.Order ?? int.MaxValue, StringComparer.Ordinal));
            if (options.LogosFolder is { } logos)
            {
                ImportLogos(logos);
            }
        }

        // ---- reading ---------------------------------------------------------------------

        private void ReadExisting()
        {
            foreach (var path in workspace.MarkdownIn($"{_en}/projects"))
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                var editor = workspace.Editor(path, out var error);
                _existingProjects[slug] = new ExistingProject(slug, path, editor, error)
                {
                    LandscapeName = editor?.GetText("landscape"),
                    Repo = editor?.GetText("repo"),
                    Homepage = editor?.GetText("homepage"),
                    Category = editor?.GetText("category"),
                    AlsoIn = editor?.Get("alsoIn") is YamlDotNet.RepresentationModel.YamlSequenceNode seq
                        ? [.. seq.Children.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(s => s.Value ?? string.Empty)]
                        : [],
                    Title = editor?.GetText("title"),
                    IsDelisted = editor?.GetText("landscapeStatus") == LandscapeStatusNames.Removed,
                };
            }

            foreach (var path in workspace.MarkdownIn($"{_en}/categories"))
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                var editor = workspace.Editor(path, out var error);
                _existingCategories[slug] = new ExistingCategory(slug, path, editor, error)
                {
                    LandscapePath = editor?.GetText("landscape"),
                    Title = editor?.GetText("title"),
                    Parent = editor?.GetText("parent"),
                    Order = int.TryParse(editor?.GetText("order"), out var order) ? order : null,
                };
            }
        }

        // ---- projects ----------------------------------------------------------------------

        private void MatchProjects()
        {
            var unmatched = _existingProjects.Values.ToList();
            ExistingProject? Take(Func<ExistingProject, bool> test)
            {
                var found = unmatched.FirstOrDefault(test);
                if (found is not null)
                {
                    unmatched.Remove(found);
                }

                return found;
            }

            // Pass by pass, so a page recorded for one item is never taken by another item's looser match.
            var passes = new (string How, Func<LandscapeProject, ExistingProject, bool> Test)[]
            {
                ("name", (p, e) => e.LandscapeName == p.Name),
                ("repository", (p, e) => e.LandscapeName is null && p.Repo is not null && SameUrl(e.Repo, p.Repo)),
                ("homepage", (p, e) => e.LandscapeName is null && SameUrl(e.Homepage, p.Homepage)),
                ("slug", (p, e) => e.LandscapeName is null && e.Slug == Slug.From(p.Name)),
            };
            foreach (var (how, test) in passes)
            {
                foreach (var project in doc.Projects.Where(p => !_projectSlug.ContainsKey(p)))
                {
                    if (Take(e => test(project, e)) is { } page)
                    {
                        page.Match = project;
                        page.MatchedBy = how;
                        _projectSlug[project] = page.Slug;
                    }
                }
            }

            var taken = new HashSet<string>(_existingProjects.Keys, StringComparer.Ordinal);
            foreach (var project in doc.Projects.Where(p => !_projectSlug.ContainsKey(p)))
            {
                var slug = Slug.From(project.Name);
                if (slug.Length == 0 || taken.Contains(slug))
                {
                    var wanted = slug;
                    slug = $"{slug}-{Slug.From(project.Listing.Category)}".Trim('-');
                    for (var n = 2; taken.Contains(slug); n++)
                    {
                        slug = $"{wanted}-{n}";
                    }

                    Warning(project.At, $"the slug `{wanted}` of `{project.Name}` is taken by {ProjectPath(wanted)}, which is another project: its page is {ProjectPath(slug)}");
                }

                taken.Add(slug);
                _projectSlug[project] = slug;
            }
        }

        private void WriteProject(LandscapeProject project)
        {
            var slug = _projectSlug[project];
            var path = ProjectPath(slug);
            _existingProjects.TryGetValue(slug, out var existing);
            if (existing is { Editor: null })
            {
                Error(project.At, $"cannot update {options.Display(workspace.FullPath(path))} for `{project.Name}`: {existing.Error}; fix its front matter and import again");
                return;
            }

            var isNew = existing is null;
            var editor = existing?.Editor ?? FrontMatterEditor.Open($"---\ntitle: {YamlValueWriter.Quote(project.Name)}\n---\n", out _)!;
            var before = Snapshot(editor, ProjectKeys);
            var oldMaturity = editor.GetText("maturity");
            var wasDelisted = existing?.IsDelisted == true;

            // Words: only on a new page, when the title still is the landscape name recorded last time, or on request.
            var oldName = editor.GetText("landscape");
            if (isNew || options.RefreshWords || (oldName is not null && oldName != project.Name && editor.GetText("title") == oldName))
            {
                editor.Set("title", $"title: {YamlValueWriter.Quote(project.Name)}", ProjectOrder);
            }

            if (project.Description is { } description && (isNew || options.RefreshWords))
            {
                editor.Set("summary", $"summary: {YamlValueWriter.Quote(description)}", ProjectOrder);
            }

            Set(editor, "maturity", project.Maturity.ToSlug());
            Set(editor, "category", _categorySlug[project.Listing.Path]);
            SetOrRemove(editor, "alsoIn", project.AlsoIn.Count == 0 ? null : YamlValueWriter.FlowList(project.AlsoIn.Select(s => _categorySlug[s.Path])));
            foreach (var key in DateKeys)
            {
                if (project.UnreadableKeys.Contains(key))
                {
                    continue; // reported; the page keeps what it had
                }

                var date = key switch
                {
                    "accepted" => project.Accepted,
                    "incubating" => project.Incubating,
                    "graduated" => project.Graduated,
                    _ => project.Archived,
                };
                SetOrRemove(editor, key, date is { } d ? YamlValueWriter.Date(d) : null);
            }

            Set(editor, "homepage", YamlValueWriter.Scalar(project.Homepage));
            SetOrRemove(editor, "repo", project.Repo is null ? null : YamlValueWriter.Scalar(project.Repo));
            SetOrRemove(editor, "annualReview", project.AnnualReview is { } review
                ? YamlValueWriter.FlowMap(review.Url is null
                    ? [("date", YamlValueWriter.Date(review.Date))]
                    : [("date", YamlValueWriter.Date(review.Date)), ("url", YamlValueWriter.Scalar(review.Url, flow: true))])
                : null);
            if (!project.UnreadableKeys.Contains("audits"))
            {
                if (project.Audits.Count == 0)
                {
                    editor.Remove("audits");
                }
                else
                {
                    editor.Set("audits", YamlValueWriter.BlockList("audits", project.Audits.Select(AuditText)), ProjectOrder);
                }
            }

            if (project.Links.Count == 0)
            {
                editor.Remove("links");
            }
            else
            {
                editor.Set("links", YamlValueWriter.BlockMap("links", project.Links.Select(l => (l.Name, YamlValueWriter.Scalar(l.Url)))), ProjectOrder);
            }

            Set(editor, "landscape", YamlValueWriter.Scalar(project.Name));
            editor.Remove("landscapeStatus");
            workspace.Save(path, editor);

            var where = $"{project.Listing.Path}";
            if (isNew)
            {
                Events.Add(new(ImportEventKind.Added, path, $"{project.Name} ({project.Maturity.ToSlug()}, {where})"));
                return;
            }

            var changes = Describe(before, Snapshot(editor, ProjectKeys));
            if (wasDelisted)
            {
                Events.Add(new(ImportEventKind.Returned, path, $"{project.Name} is in landscape.yml again" + (changes.Length > 0 ? $"; {changes}" : string.Empty)));
            }
            else if (oldMaturity != "archived" && project.Maturity == Maturity.Archived)
            {
                Events.Add(new(ImportEventKind.Archived, path, $"{project.Name}: {oldMaturity ?? "?"} → archived" + (project.Archived is { } a ? $" on {YamlValueWriter.Date(a)}" : string.Empty)));
            }
            else if (changes.Length > 0)
            {
                var matched = existing!.LandscapeName is null ? $" (matched to `{project.Name}` by {existing.MatchedBy})" : string.Empty;
                Events.Add(new(ImportEventKind.Changed, path, changes + matched));
            }
        }

        private void MarkProjectDelisted(ExistingProject existing)
        {
            if (existing.Editor is not { } editor || existing.IsDelisted)
            {
                return;
            }

            editor.Set("landscapeStatus", $"landscapeStatus: {LandscapeStatusNames.Removed}", ProjectOrder);
            workspace.Save(existing.Path, editor);
            var why = existing.LandscapeName is null
                ? "no item of landscape.yml matches it (by name, repository, homepage or slug)"
                : $"`{existing.LandscapeName}` is no longer in landscape.yml";
            Events.Add(new(ImportEventKind.Removed, existing.Path, $"{why}: kept and marked `landscapeStatus: removed`"));
        }

        private static string AuditText(Audit audit)
        {
            var fields = new List<(string, string)> { ("date", YamlValueWriter.Date(audit.Date)), ("type", YamlValueWriter.Scalar(audit.Type, flow: true)) };
            if (audit.Vendor is { } vendor)
            {
                fields.Add(("vendor", YamlValueWriter.Scalar(vendor, flow: true)));
            }

            fields.Add(("url", YamlValueWriter.Scalar(audit.Url, flow: true)));
            return YamlValueWriter.FlowMap(fields);
        }

        // ---- categories --------------------------------------------------------------------

        /// <summary>Top-level categories and subcategories listing at least one project (first listing or `second_path`), in file order.</summary>
        private List<(LandscapeCategory Category, List<LandscapeSubcategory> Subcategories)> HeldCategories()
        {
            var listed = doc.Projects.SelectMany(p => p.AlsoIn.Prepend(p.Listing)).ToHashSet();
            return doc.Categories
                .Select(c => (c, c.Subcategories.Where(listed.Contains).ToList()))
                .Where(x => x.Item2.Count > 0)
                .ToList();
        }

        private void MatchCategories(List<(LandscapeCategory Category, List<LandscapeSubcategory> Subcategories)> held)
        {
            var paths = held.SelectMany(h => h.Subcategories.Select(s => s.Path).Prepend(h.Category.Path)).ToHashSet(StringComparer.Ordinal);
            foreach (var c in _existingCategories.Values.Where(c => c.LandscapePath is { } p && paths.Contains(p)).OrderBy(c => c.Slug, StringComparer.Ordinal))
            {
                _categorySlug.TryAdd(c.LandscapePath!, c.Slug);
            }

            // Pages written before the import: matched by name, preferring the subcategory most of their projects are now listed in.
            var unmanaged = _existingCategories.Values.Where(c => c.LandscapePath is null && c.Editor is not null).OrderBy(c => c.Slug, StringComparer.Ordinal).ToList();
            foreach (var page in unmanaged)
            {
                var projectsHere = _existingProjects.Values.Where(p => p.Category == page.Slug && p.Match is not null).Select(p => p.Match!).ToList();
                var subs = held.SelectMany(h => h.Subcategories)
                    .Where(s => !_categorySlug.ContainsKey(s.Path) && SameName(page, s.Name))
                    .OrderByDescending(s => projectsHere.Count(p => p.Listing == s))
                    .ThenBy(s => s.CategoryIndex).ThenBy(s => s.Index)
                    .ToList();
                if (subs.Count > 0)
                {
                    _categorySlug[subs[0].Path] = page.Slug;
                    page.Matched = true;
                    continue;
                }

                if (held.Select(h => h.Category).FirstOrDefault(c => !_categorySlug.ContainsKey(c.Path) && SameName(page, c.Name)) is { } top)
                {
                    _categorySlug[top.Path] = page.Slug;
                    page.Matched = true;
                }
            }

            // New pages: a category takes its name's slug, a subcategory too unless taken, else `category-subcategory`.
            var taken = new HashSet<string>(_existingCategories.Keys, StringComparer.Ordinal);
            taken.UnionWith(_categorySlug.Values);
            string Claim(string wanted, string fallback)
            {
                var slug = wanted.Length > 0 && !taken.Contains(wanted) ? wanted : fallback;
                for (var n = 2; taken.Contains(slug); n++)
                {
                    slug = $"{fallback}-{n}";
                }

                taken.Add(slug);
                return slug;
            }

            foreach (var (category, _) in held.Where(h => !_categorySlug.ContainsKey(h.Category.Path)))
            {
                _categorySlug[category.Path] = Claim(Slug.From(category.Name), Slug.From(category.Name) + "-category");
            }

            foreach (var sub in held.SelectMany(h => h.Subcategories).Where(s => !_categorySlug.ContainsKey(s.Path)))
            {
                _categorySlug[sub.Path] = Claim(Slug.From(sub.Name), $"{Slug.From(sub.Category)}-{Slug.From(sub.Name)}");
            }
        }

        private static bool SameName(ExistingCategory page, string name) =>
            page.Slug == Slug.From(name) || (page.Title is { } t && (string.Equals(t, name, StringComparison.OrdinalIgnoreCase) || Slug.From(t) == Slug.From(name)));

        private void WriteCategories(List<(LandscapeCategory Category, List<LandscapeSubcategory> Subcategories)> held)
        {
            foreach (var (category, subs) in held)
            {
                var top = _categorySlug[category.Path];
                WriteCategory(top, category.Name, category.Path, parent: null, order: (category.Index + 1) * 100);
                foreach (var sub in subs)
                {
                    WriteCategory(_categorySlug[sub.Path], sub.Name, sub.Path, top, ((sub.CategoryIndex + 1) * 100) + sub.Index + 1);
                }
            }
        }

        private void WriteCategory(string slug, string name, string landscapePath, string? parent, int order)
        {
            var path = CategoryPath(slug);
            _existingCategories.TryGetValue(slug, out var existing);
            if (existing is { Editor: null })
            {
                diagnostics.Add(Diagnostic.Error(options.Display(workspace.FullPath(path)), 1, 1, $"cannot update this page for `{landscapePath}`: {existing.Error}"));
                return;
            }

            var isNew = existing is null;
            var editor = existing?.Editor ?? FrontMatterEditor.Open($"---\ntitle: {YamlValueWriter.Quote(name)}\n---\n", out _)!;
            var before = Snapshot(editor, CategoryKeys);
            if (options.RefreshWords && !isNew)
            {
                editor.Set("title", $"title: {YamlValueWriter.Quote(name)}", CategoryOrder);
            }

            SetOrRemove(editor, "parent", parent, CategoryOrder);
            Set(editor, "order", order.ToString(System.Globalization.CultureInfo.InvariantCulture), CategoryOrder);
            Set(editor, "landscape", YamlValueWriter.Scalar(landscapePath), CategoryOrder);
            editor.Remove("landscapeStatus");
            workspace.Save(path, editor);
            if (isNew)
            {
                Events.Add(new(ImportEventKind.Added, path, landscapePath));
            }
            else if (Describe(before, Snapshot(editor, CategoryKeys)) is { Length: > 0 } changes)
            {
                Events.Add(new(ImportEventKind.Changed, path, changes + (existing!.LandscapePath is null ? $" (matched to `{landscapePath}` by name)" : string.Empty)));
            }
        }

        /// <summary>Category pages the landscape does not have (any more), with whether the import made them.</summary>
        private List<RetirementCandidate> RetirementCandidates()
        {
            var kept = _categorySlug.Values.ToHashSet(StringComparer.Ordinal);
            // Still referenced: by a project page (as written after the import) or as a parent.
            var referenced = new HashSet<string>(StringComparer.Ordinal);
            foreach (var project in doc.Projects)
            {
                referenced.Add(_categorySlug[project.Listing.Path]);
                referenced.UnionWith(project.AlsoIn.Select(s => _categorySlug[s.Path]));
            }

            foreach (var page in _existingProjects.Values.Where(p => p.Match is null))
            {
                if (page.Category is { } c)
                {
                    referenced.Add(c);
                }

                referenced.UnionWith(page.AlsoIn);
            }

            foreach (var page in _existingCategories.Values.Where(c => !kept.Contains(c.Slug) && c.Parent is not null))
            {
                referenced.Add(page.Parent!);
            }

            return _existingCategories.Values
                .Where(c => !kept.Contains(c.Slug) && !referenced.Contains(c.Slug))
                .OrderBy(c => c.Slug, StringComparer.Ordinal)
                .Select(c => new RetirementCandidate(c.Slug, c.Path, c.LandscapePath is not null, c.Editor?.GetText("landscapeStatus") == LandscapeStatusNames.Removed))
                .ToList();
        }

        /// <summary>For each category slug before the import, the categories its projects are in now (one entry per project).</summary>
        private Dictionary<string, List<string>> FormerProjects()
        {
            var former = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var page in _existingProjects.Values.Where(p => p.Match is not null && p.Category is not null))
            {
                var now = _categorySlug[page.Match!.Listing.Path];
                foreach (var was in page.AlsoIn.Prepend(page.Category!).Distinct(StringComparer.Ordinal))
                {
                    if (!former.TryGetValue(was, out var list))
                    {
                        former[was] = list = [];
                    }

                    list.Add(now);
                }
            }

            return former;
        }

        // ---- logos -------------------------------------------------------------------------

        private void ImportLogos(string folder)
        {
            var root = Path.GetFullPath(folder);
            if (!Directory.Exists(root))
            {
                diagnostics.Add(Diagnostic.Error(options.Display(root), 0, 0, "the logos folder does not exist"));
                return;
            }

            foreach (var project in doc.Projects)
            {
                if (project.Logo is not { } logo)
                {
                    continue;
                }

                var source = Path.GetFullPath(Path.Combine(root, logo));
                if (!source.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    Warning(project.LogoAt, $"logo `{logo}` of `{project.Name}` leaves the logos folder: ignored");
                    continue;
                }

                if (!File.Exists(source))
                {
                    Warning(project.LogoAt, $"logo `{logo}` of `{project.Name}` is not in {options.Display(root)}: the page has no logo");
                    continue;
                }

                if (!logo.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
                {
                    Warning(project.LogoAt, $"logo `{logo}` of `{project.Name}` is not an SVG file: only SVG logos are imported");
                    continue;
                }

                var cleaned = Logos.SvgSanitizer.Clean(File.ReadAllBytes(source));
                if (cleaned.IsRefused)
                {
                    Error(project.LogoAt, $"logo {options.Display(source)} of `{project.Name}` is refused: {cleaned.Refusal}");
                    continue;
                }

                LogoCount++;
                var target = $"assets/logos/{_projectSlug[project]}.svg";
                var existed = workspace.FileExists(target);
                if (workspace.WriteBytes(target, System.Text.Encoding.UTF8.GetBytes(cleaned.Svg!)))
                {
                    var removed = cleaned.Removed.Count == 0 ? string.Empty : "; removed " + string.Join(", ", cleaned.Removed.Select(r => $"{r.Value} {r.Key}{(r.Value == 1 ? string.Empty : "s")}"));
                    Events.Add(new(ImportEventKind.Logo, target, (existed ? "updated from " : "from ") + logo + removed));
                }
            }
        }

        // ---- helpers -----------------------------------------------------------------------

        private static Dictionary<string, string?> Snapshot(FrontMatterEditor editor, IReadOnlyList<string> keys) =>
            keys.ToDictionary(k => k, k => editor.Get(k) is { } node ? FrontMatterReader.Normalise(node) : null, StringComparer.Ordinal);

        private static string Describe(Dictionary<string, string?> before, Dictionary<string, string?> after)
        {
            var parts = new List<string>();
            foreach (var (key, was) in before)
            {
                var now = after[key];
                if (was == now)
                {
                    continue;
                }

                parts.Add((was, now) switch
                {
                    (null, _) => $"+{key}",
                    (_, null) => $"-{key}",
                    _ when !was.Contains('\u001f') && !was.Contains('\u001e') && !now.Contains('\u001f') && !now.Contains('\u001e') && was.Length <= 40 && now.Length <= 40 => $"{key}: {Short(was)} → {Short(now)}",
                    _ => $"{key} updated",
                });
            }

            return string.Join(", ", parts);
        }

        private static string Short(string value) => value.Length > 10 && value[10] == 'T' && value.EndsWith("+00:00", StringComparison.Ordinal) ? value[..10] : value;

        private static void Set(FrontMatterEditor editor, string key, string written) => Set(editor, key, written, ProjectOrder);

        private static void Set(FrontMatterEditor editor, string key, string written, IReadOnlyList<string> order) => editor.Set(key, $"{key}: {written}", order);

        private static void SetOrRemove(FrontMatterEditor editor, string key, string? written) => SetOrRemove(editor, key, written, ProjectOrder);

        private static void SetOrRemove(FrontMatterEditor editor, string key, string? written, IReadOnlyList<string> order)
        {
            if (written is null)
            {
                editor.Remove(key);
            }
            else
            {
                editor.Set(key, $"{key}: {written}", order);
            }
        }

        /// <summary>Two URLs name the same place: scheme, `www.`, letter case, a trailing `/` and `.git` aside.</summary>
        private static bool SameUrl(string? a, string? b) => a is not null && b is not null && UrlKey(a) == UrlKey(b);

        private static string UrlKey(string url)
        {
            var u = url.Trim().ToLowerInvariant();
            u = u.StartsWith("https://", StringComparison.Ordinal) ? u[8..] : u.StartsWith("http://", StringComparison.Ordinal) ? u[7..] : u;
            u = u.StartsWith("www.", StringComparison.Ordinal) ? u[4..] : u;
            u = u.TrimEnd('/');
            return u.EndsWith(".git", StringComparison.Ordinal) ? u[..^4] : u;
        }

        private void Warning(Position at, string message) => diagnostics.Add(Diagnostic.Warning(doc.DisplayPath, at.Line, at.Column, message));

        private void Error(Position at, string message) => diagnostics.Add(Diagnostic.Error(doc.DisplayPath, at.Line, at.Column, message));
    }

    private sealed record ExistingProject(string Slug, string Path, FrontMatterEditor? Editor, string? Error)
    {
        public string? LandscapeName { get; init; }

        public string? Repo { get; init; }

        public string? Homepage { get; init; }

        public string? Category { get; init; }

        public IReadOnlyList<string> AlsoIn { get; init; } = [];

        public string? Title { get; init; }

        public bool IsDelisted { get; init; }

        public LandscapeProject? Match { get; set; }

        public string? MatchedBy { get; set; }
    }

    private sealed record ExistingCategory(string Slug, string Path, FrontMatterEditor? Editor, string? Error)
    {
        public string? LandscapePath { get; init; }

        public string? Title { get; init; }

        public string? Parent { get; init; }

        public int? Order { get; init; }

        public bool Matched { get; set; }
    }
}

/// <summary>A category page the landscape does not have and no project refers to any more.</summary>
/// <param name="Managed">It was written by an earlier import (has `landscape:`).</param>
/// <param name="Delisted">It is already marked `landscapeStatus: removed`.</param>
internal sealed record RetirementCandidate(string Slug, string Path, bool Managed, bool Delisted);
