using Site.Content.Config;
using Site.Content.Diagnostics;

namespace Site.Content.Loading;

/// <summary>
/// A file published as it is: one of `input/assets/`, published at `/assets/…`, or one beside a page bundle's
/// `index.md`, published beside the page in every language that shows the page.
/// </summary>
/// <param name="RelativePath">Path below `assets/`, forward slashes; for a bundle's file, its path below `input/`.</param>
public sealed record AssetFile(string RelativePath, string FullPath, string Url)
{
    /// <summary>Id of the page whose bundle holds the file (`blog/2023/kwok.md`), or null for a file of `input/assets/`.</summary>
    public string? BundleOf { get; init; }

    /// <summary>A project logo (`input/assets/logos/&lt;slug&gt;.svg`), published processed rather than as it is.</summary>
    public bool IsLogo => BundleOf is null && AssetPolicy.IsLogo(RelativePath);

    /// <summary>How diagnostics name the file.</summary>
    public string DisplayPath => BundleOf is null ? "assets/" + RelativePath : RelativePath;
}

/// <summary>A markdown file found in a language folder.</summary>
/// <param name="Id">The page's id: its path below the language folder (`blog/2023/kwok.md`, also for `blog/2023/kwok/index.md`).</param>
internal sealed record PageFile(LanguageInfo Language, string Id, string FullPath, string DisplayPath)
{
    /// <summary>The file is a page bundle's `index.md`, with its id taken from its folder.</summary>
    public bool IsBundle { get; init; }

    /// <summary>
    /// The id its name gives, when that name is not a URL slug: the file's "must be a URL slug" error is reported, and
    /// the page is loaded as <see cref="Id"/>, the name the error tells it to take, so that everything else in it is
    /// checked in the same run (the build fails on the error all the same).
    /// </summary>
    public string? WrittenId { get; init; }

    /// <summary>
    /// The errors of its name and place, which tell it to take <see cref="Id"/> (a name that is no URL slug, Docusaurus's
    /// `.mdx`, a folder one too deep): reported as it is read under that id, so its other problems show in the same run.
    /// </summary>
    public IReadOnlyList<string> NameErrors { get; init; } = [];

    /// <summary>Its own name when it is Docusaurus's `.mdx` page (`2020-01-15-x.mdx`), read as the `.md` file its error tells it to become.</summary>
    public string? MdxName { get; init; }

    /// <summary>The error of a name that is no URL slug, which tells it to take <see cref="Id"/>, or null.</summary>
    public string? NameError { get; init; }
}

/// <summary>A file beside a page bundle's `index.md` (or in a folder below it).</summary>
/// <param name="PageId">The bundle's page (`blog/2023/kwok.md`).</param>
/// <param name="PathInBundle">Its path below the bundle folder (`diagram.png`, `images/a.png`).</param>
/// <param name="InputPath">Its path below `input/` (`en/blog/2023/kwok/diagram.png`).</param>
internal sealed record BundleFile(LanguageInfo Language, string PageId, string PathInBundle, string FullPath, string InputPath);

/// <summary>
/// Walks `input/` without following symbolic links out of it (a contributor's symlink must not
/// publish files from elsewhere on the build machine), skipping dot-files, in a deterministic order.
/// </summary>
internal sealed class InputScanner(string root, SiteConfig config, IReadOnlySet<string> themeAssetUrls, Func<string, string> display, DiagnosticBag diagnostics)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public List<PageFile> Pages { get; } = [];

    public List<AssetFile> Assets { get; } = [];

    /// <summary>Files of page bundles, published with their page (<see cref="PageBundles"/> decides where).</summary>
    public List<BundleFile> Bundles { get; } = [];

    /// <summary>Docusaurus author lists (`blog/authors.yml`), read so that posts naming their keys are told the names.</summary>
    public List<AuthorList> AuthorLists { get; } = [];

    public void Scan()
    {
        var known = new HashSet<string>(config.Languages.Select(l => l.Code), StringComparer.Ordinal) { "assets" };
        foreach (var entry in new DirectoryInfo(_root).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry is DirectoryInfo data && entry.Name == "_data")
            {
                // Jekyll's data files are no content (a warning, not the unknown folder's error); its authors.yml names the
                // authors its posts give by key (`author: jakub_scholz`), so those posts are told the names (Strimzi).
                var list = data.EnumerateFiles().Where(f => Loading.AuthorLists.IsAuthorFileName(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault() is { } file
                    ? Loading.AuthorLists.Read(config.DefaultLanguage, file.FullName, display(file.FullName), Loading.AuthorLists.Jekyll)
                    : null;
                if (list is not null)
                {
                    AuthorLists.Add(list);
                }

                diagnostics.Add(Diagnostic.Warning(display(entry.FullName), 0, 0, "folder `_data` holds Jekyll's data files, which this site neither reads nor publishes: "
                    + (list is null
                        ? "delete it (a picture or download in it goes in input/assets/)"
                        : "posts that name an author by a key of its authors.yml are told the name to write (authors are shown by name only, without the links and pictures listed there); once none does, delete the folder")));
            }
            else if (entry is DirectoryInfo && !known.Contains(entry.Name))
            {
                // An error, not a warning: the pages in it would silently not be published.
                diagnostics.Add(Diagnostic.Error(display(entry.FullName), 0, 0, UnknownFolderMessage(entry.Name)));
            }
            else if (entry is FileInfo && entry.Name != "site.yml")
            {
                diagnostics.Add(Diagnostic.Warning(display(entry.FullName), 0, 0, $"file `{entry.Name}` is ignored: only site.yml belongs at the top of input/"));
            }
        }

        foreach (var language in config.Languages)
        {
            var folder = Path.Combine(_root, language.Code);
            if (!Directory.Exists(folder))
            {
                if (language.IsDefault)
                {
                    diagnostics.Add(Diagnostic.Error(display(folder), 0, 0, $"the default language folder `{language.Code}/` is missing"));
                }

                continue;
            }

            ScanLanguage(language, folder);
        }

        ReportLeftFiles();

        var assets = Path.Combine(_root, "assets");
        if (Directory.Exists(assets))
        {
            Walk(assets, string.Empty, (rel, full) =>
            {
                var url = "/assets/" + rel;
                if (AssetPolicy.Problem(url, themeAssetUrls) is { } problem)
                {
                    diagnostics.Add(Diagnostic.Error(display(full), 0, 0, problem));
                    return;
                }

                Assets.Add(new AssetFile(rel, full, url));
            });
        }

        Pages.Sort((a, b) =>
        {
            var c = a.Language.IsDefault.CompareTo(b.Language.IsDefault);
            return c != 0 ? -c : string.CompareOrdinal(a.Language.Code + "/" + a.Id, b.Language.Code + "/" + b.Id);
        });
        Assets.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        Bundles.Sort((a, b) => string.CompareOrdinal(a.InputPath, b.InputPath));
    }

    /// <summary>
    /// One language folder: its markdown files are pages, a folder's `index.md` (inside a content folder) is the
    /// page named after the folder, a page bundle, and the other files in that folder go with it. Any other file
    /// is ignored with a warning that says where it belongs.
    /// </summary>
    private void ScanLanguage(LanguageInfo language, string folder)
    {
        var markdown = new List<(string Rel, string Full)>();
        var others = new List<(string Rel, string Full)>();
        var mdx = new List<(string Rel, string Full)>();
        Walk(folder, string.Empty, (rel, full) =>
            (rel.EndsWith(".md", StringComparison.Ordinal) ? markdown : rel.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase) ? mdx : others).Add((rel, full)));

        // A Docusaurus MDX page (`blog/x/index.mdx`) is a page to rename, not a download to move to assets: it is read as
        // the `.md` file it is told to become, so that its other problems show in the same run; unless that file is there.
        var mdxNames = new Dictionary<string, string>(StringComparer.Ordinal); // `.md` path it is read as → its own name
        var present = markdown.Select(m => m.Rel).ToHashSet(StringComparer.Ordinal);
        foreach (var (rel, full) in mdx)
        {
            var md = rel[..^4] + ".md";
            if (present.Contains(md))
            {
                diagnostics.Add(Diagnostic.Error(display(full), 0, 0,
                    $"`{Path.GetFileName(rel)}` is an MDX page (Docusaurus): pages here are markdown `.md` files, and `{Path.GetFileName(md)}` beside it is one already: keep one of the two"));
                continue;
            }

            markdown.Add((md, full));
            mdxNames[md] = Path.GetFileName(rel);
        }

        var plain = markdown.Select(m => m.Rel).ToHashSet(StringComparer.Ordinal);
        // A name that is not a URL slug (`blog/1.4 release.md`) is read as the name it is told to take, unless another
        // file has that name (or two would take it): then it is not loaded, as that page is already there.
        var written = markdown.Select(m => PagePath.BundlePageId(m.Rel) ?? m.Rel).ToList();
        var writtenIds = written.ToHashSet(StringComparer.Ordinal);
        var renamed = written.Select(id => PagePath.SlugId(id) is { } slugId && !writtenIds.Contains(slugId) ? slugId : null).ToList();
        var taken = renamed.OfType<string>().GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var named = written.Select((id, i) => renamed[i] is { } slugId && !taken.Contains(slugId) ? slugId : id).ToList();
        // So is a page one folder too deep (`blog/misc/x.md`): read where it is told to move, unless a page is there.
        var moves = named.Select((id, i) => PagePath.MovedId(id, PagePath.BundlePageId(markdown[i].Rel) is not null)).ToList();
        var namedIds = named.ToHashSet(StringComparer.Ordinal);
        var moveTaken = moves.OfType<(string Id, bool FolderIsBundle)>().GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1 || namedIds.Contains(g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var bundles = new Dictionary<string, string>(StringComparer.Ordinal); // bundle folder (`blog/2023/kwok/`) → page id
        for (var i = 0; i < markdown.Count; i++)
        {
            var (rel, full) = markdown[i];
            var bundleId = PagePath.BundlePageId(rel);
            var errors = new List<string>();
            // Its MDX error is reported as the file is read (ContentLoader): a `slug:` in it changes the name to rename it to.
            mdxNames.TryGetValue(rel, out var mdxName);

            var id = named[i];
            string? nameError = null;
            if (id != written[i])
            {
                // Reported as the file is read (ContentLoader): a `slug:` in it changes the name to rename it to.
                PagePath.Classify(written[i], out nameError, bundleId is not null);
            }

            string? folderOfFiles = bundleId is not null ? PagePath.BundleFolder(bundleId) : null;
            if (moves[i] is { } move && !moveTaken.Contains(move.Id))
            {
                PagePath.Classify(id, out var placeError, bundleId is not null);
                var here = rel[..(rel.LastIndexOf('/') + 1)];
                if (bundleId is null && (move.FolderIsBundle || AloneWithFiles(here)))
                {
                    // Its images beside it go with it: read as the bundle it is told to become, its links to them resolve.
                    folderOfFiles = here;
                    placeError = move.FolderIsBundle ? placeError : PagePath.MoveWithFilesAdvice(id);
                }

                errors.Add(placeError!);
                id = move.Id;
            }

            if (folderOfFiles is not null)
            {
                bundles[folderOfFiles] = id;
            }

            if (bundleId is not null && plain.Contains(bundleId))
            {
                diagnostics.Add(Diagnostic.Error(display(full), 0, 0,
                    $"`{rel}` and `{bundleId}` are the same page: a folder's index.md is the page named after the folder (a page bundle); keep one of them"));
                continue;
            }

            Pages.Add(new PageFile(language, id, full, display(full)) { IsBundle = folderOfFiles is not null, WrittenId = id == (bundleId ?? rel) ? null : bundleId ?? rel, NameErrors = errors, MdxName = mdxName, NameError = nameError });
        }

        // A page file alone in its folder (no other page there or below) with other files beside it, its images.
        bool AloneWithFiles(string dir) =>
            markdown.Count(m => m.Rel.StartsWith(dir, StringComparison.Ordinal)) == 1
            && others.Any(o => o.Rel.StartsWith(dir, StringComparison.Ordinal));

        foreach (var (rel, full) in others)
        {
            var input = language.Code + "/" + rel;
            if (BundleOf(rel, bundles) is { } bundle)
            {
                if (AssetPolicy.BundleProblem(rel) is { } refused)
                {
                    diagnostics.Add(Diagnostic.Error(display(full), 0, 0, refused));
                    continue;
                }

                Bundles.Add(new BundleFile(language, bundle.Id, rel[bundle.Folder.Length..], full, input));
                continue;
            }

            if (Loading.AuthorLists.IsAuthorList(rel))
            {
                // A list that is read is told, once the posts are read, how many of them still name its keys (AuthorLists.Check).
                if (Loading.AuthorLists.Read(language, full, display(full)) is { } list)
                {
                    AuthorLists.Add(list);
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(display(full), 0, 0, Loading.AuthorLists.IgnoredMessage));
                }
                continue;
            }

            // A file where a page bundle would be, with no page there (`zh/blog/x/images/a.png` once the untranslated
            // `zh/blog/x/index.md` is deleted): what it is depends on the default language's pages, known once all are scanned.
            var place = BundlePlace(rel);
            if (place is not null && !markdown.Any(m => m.Rel.StartsWith(place, StringComparison.Ordinal) || m.Rel == place[..^1] + ".md"))
            {
                _left.Add((language, rel, full, place));
                continue;
            }

            // Hugo's layout, `blog/2021/x.md` beside `blog/2021/x/figure-1.png`: the page's error offers to make it a bundle
            // first, and so must this one; told to move the file to assets, etcd's importers would have moved it away from
            // the bundle the page's error made.
            var page = place?[..^1] + ".md";
            if (page is not null && markdown.Any(m => m.Rel == page) && !markdown.Any(m => m.Rel.StartsWith(place!, StringComparison.Ordinal))
                && AssetPolicy.BundleProblem(rel) is null)
            {
                Ignored(language, rel, full, (mdxNames.TryGetValue(page, out var mdxPage) ? page[..(page.LastIndexOf('/') + 1)] + mdxPage : page, place!));
                continue;
            }

            Ignored(language, rel, full);
        }
    }

    /// <summary>Files where a page bundle would be but no page is (<see cref="ReportLeftFiles"/>).</summary>
    private readonly List<(LanguageInfo Language, string Rel, string Full, string Place)> _left = [];

    /// <summary>
    /// The outermost folder holding <paramref name="rel"/> whose `index.md` would be a page (`blog/x/` for
    /// `blog/x/images/a.png`, `blog/2023/x/` in a year folder), or null for a file of no such folder (`blog/a.png`).
    /// </summary>
    private static string? BundlePlace(string rel)
    {
        for (var slash = rel.IndexOf('/'); slash > 0 && slash < rel.LastIndexOf('/') + 1; slash = rel.IndexOf('/', slash + 1))
        {
            var folder = rel[..(slash + 1)];
            if (folder.Count(c => c == '/') > 1 && !(folder.StartsWith("blog/", StringComparison.Ordinal) && PagePath.YearFolder(folder + "x.md") is not null) && PagePath.Classify(folder[..^1] + ".md", out _, bundle: true) is not null)
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>
    /// A file in a folder that has no page, where a page bundle would be: the files of a translation that is not there (the
    /// default language has that page, whose own files every language shows), or of a page that is gone. Nothing shows
    /// them, so they can go; moving them to input/assets/ (the advice for a file beside no page) would publish dead files.
    /// </summary>
    private void ReportLeftFiles()
    {
        var sources = Pages.Where(p => p.Language.IsDefault).GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().DisplayPath, StringComparer.Ordinal);
        foreach (var (language, rel, full, place) in _left)
        {
            var shown = display(full);
            var folder = shown.EndsWith(rel, StringComparison.Ordinal) ? shown[..^rel.Length] + place : place;
            var asset = language.IsDefault ? rel : language.Code + "/" + rel;
            var elsewhere = $"(if a page links to it, move it to `input/assets/{asset}` and link it as `/assets/{asset}`)";
            var message = !language.IsDefault && sources.TryGetValue(place[..^1] + ".md", out var source)
                ? $"ignored: `{folder}` has no index.md, so this is a file of the {language.Name} translation of {source}, which is not there: {language.Name} readers get the {config.DefaultLanguage.Name} page, with its own files: delete it, unless you put the translation back as `{folder}index.md`"
                : $"ignored: `{folder}` has no index.md, so this is a file of a page bundle whose page is not there (gone, or moved): delete it, unless you put the page back as `{folder}index.md` {elsewhere}";
            diagnostics.Add(Diagnostic.Warning(display(full), 0, 0, message));
        }
    }

    /// <param name="sibling">The page beside the folder the file is in, named like it (`blog/2021/x.md` for `blog/2021/x/a.png`), and that folder.</param>
    private void Ignored(LanguageInfo language, string rel, string full, (string Page, string Folder)? sibling = null)
    {
        // Named where it would go, so that a folder copied from another site (images beside their page) is quick to sort out.
        var asset = language.IsDefault ? rel : language.Code + "/" + rel;
        if (sibling is var (page, folder) && AssetPolicy.Problem("/assets/" + asset, themeAssetUrls) is null)
        {
            var pageName = page[(page.LastIndexOf('/') + 1)..];
            diagnostics.Add(Diagnostic.Warning(display(full), 0, 0,
                $"ignored: only .md files are pages, and a folder named like the page beside it (`input/{language.Code}/{folder}` beside `{pageName}`, Hugo's layout) is published only as that page's bundle: "
                + $"move `{pageName}` into it as `index.md` (`input/{language.Code}/{folder}index.md`), and the page is published with its files, its links to them unchanged; "
                + $"or move this file to `input/assets/{asset}` and link it as `/assets/{asset}`"));
            return;
        }

        diagnostics.Add(Diagnostic.Warning(display(full), 0, 0, AssetPolicy.Problem("/assets/" + asset, themeAssetUrls) is { } problem
            ? $"ignored: only .md files are pages, and input/assets/ would not publish it either: {problem}"
            : $"ignored: only .md files are pages; images and downloads go in input/assets/ (move it to `input/assets/{asset}` and link it as `/assets/{asset}`), or beside their page when it is a folder's index.md (a page bundle)"));
    }

    /// <summary>The innermost bundle folder holding <paramref name="rel"/>, if any.</summary>
    private static (string Folder, string Id)? BundleOf(string rel, Dictionary<string, string> bundles)
    {
        for (var slash = rel.LastIndexOf('/'); slash > 0; slash = rel.LastIndexOf('/', slash - 1))
        {
            if (bundles.TryGetValue(rel[..(slash + 1)], out var id))
            {
                return (rel[..(slash + 1)], id);
            }
        }

        return null;
    }

    private string UnknownFolderMessage(string name)
    {
        var languages = string.Join(", ", config.Languages.Select(l => l.Code));
        return LooksLikeLanguageCode(name)
            ? $"folder `{name}` is not a language of site.yml ({languages}), so its pages are not published: add `{name}` to `languages:` in site.yml, or move the pages into a listed language's folder"
            : $"folder `{name}` is not published: input/ holds one folder per language of site.yml ({languages}) and assets/; put images and downloads under input/assets/";
    }

    /// <summary>`fr`, `pt-BR`, `zh-Hant`: two or three letters, optionally a subtag.</summary>
    private static bool LooksLikeLanguageCode(string name)
    {
        var dash = name.IndexOf('-');
        var primary = dash < 0 ? name : name[..dash];
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetter)
            && (dash < 0 || (name.Length - dash - 1 is >= 2 and <= 8 && name[(dash + 1)..].All(char.IsAsciiLetterOrDigit)));
    }

    private void Walk(string folder, string prefix, Action<string, string> onFile)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var rel = prefix + entry.Name;
            if (entry.LinkTarget is not null)
            {
                var target = SafeResolve(entry);
                if (target is null || !IsInside(target.FullName))
                {
                    diagnostics.Add(Diagnostic.Error(display(entry.FullName), 0, 0, "symbolic link points outside input/ and is not followed"));
                    continue;
                }

                if (target is DirectoryInfo)
                {
                    diagnostics.Add(Diagnostic.Warning(display(entry.FullName), 0, 0, "symbolic link to a folder is not followed; move the files instead"));
                    continue;
                }
            }

            if (entry is DirectoryInfo)
            {
                Walk(entry.FullName, rel + "/", onFile);
            }
            else
            {
                onFile(rel, entry.FullName);
            }
        }
    }

    private static FileSystemInfo? SafeResolve(FileSystemInfo entry)
    {
        try
        {
            var t = entry.ResolveLinkTarget(returnFinalTarget: true);
            return t is { Exists: true } ? t : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private bool IsInside(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
