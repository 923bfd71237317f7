using System.Text.RegularExpressions;
using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>
/// Maps a page's id (path below the language folder) to its type and URL, and rejects
/// files in places the content model does not define.
/// </summary>
public static partial class PagePath
{
    /// <summary>
    /// The page a file is, when it is the `index.md` of a folder inside a content folder: Hugo's page bundle
    /// (a leaf bundle), `blog/2023/kwok/index.md` with its images beside it, is the page `blog/2023/kwok.md`.
    /// Null for any other file (`blog/index.md` and the language root's files are pages by their own name).
    /// </summary>
    public static string? BundlePageId(string file) =>
        file.EndsWith("/index.md", StringComparison.Ordinal) && file.AsSpan(0, file.Length - "/index.md".Length).Contains('/')
            ? file[..^"/index.md".Length] + ".md"
            : null;

    /// <summary>The bundle folder of page <paramref name="id"/> (`blog/2023/kwok/` for `blog/2023/kwok.md`).</summary>
    public static string BundleFolder(string id) => id[..^3] + "/";

    /// <summary>
    /// The file that holds a page below <paramref name="languageFolder"/>, as a file (`blog/2023/kwok.md`) or as a
    /// bundle's `blog/2023/kwok/index.md`, whichever exists; <paramref name="file"/> may name it in either shape.
    /// Null when neither exists.
    /// </summary>
    public static string? ExistingFile(string languageFolder, string file)
    {
        var id = BundlePageId(file) ?? file;
        foreach (var shape in (string[])[id, BundleFolder(id) + "index.md"])
        {
            var path = Path.Combine(languageFolder, shape.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>
    /// The id a page would have under the name its "must be a URL slug" error tells it to take (`blog/1-4-release.md`
    /// for `blog/1.4 release.md`), or null when its name is a slug already, or has no letter or digit to make one of.
    /// </summary>
    public static string? SlugId(string id)
    {
        var slash = id.LastIndexOf('/');
        var slug = id[(slash + 1)..^3];
        if (id == "_index.md" || slug.Length == 0 || slug.StartsWith('_') || slug.StartsWith('.') || SlugPattern().IsMatch(slug))
        {
            return null;
        }

        var suggested = Text.Slug.From(slug);
        return suggested.Length > 0 ? id[..(slash + 1)] + suggested + ".md" : null;
    }

    /// <summary>
    /// The id a page in a folder one too deep takes when it is moved as its error tells (`blog/misc/x.md` and the bundle
    /// `blog/misc/x/index.md` to `blog/x.md`), and whether the folder it is in now is then its page bundle (Docusaurus's
    /// `blog/2024-09-13-x/x.md`, and `blog/kwok/kwok.md`, told to become that folder's `index.md`). Null for a page that
    /// is in its place, or whose error names no single place (deeper folders, a name that is no slug).
    /// </summary>
    public static (string Id, bool FolderIsBundle)? MovedId(string id, bool bundle)
    {
        var parts = id.Split('/');
        var stem = parts[^1][..^3];
        var oneFolderDeep = parts[0] == "blog"
            ? parts.Length == 3 || (parts.Length == 4 && YearPattern().IsMatch(parts[1]))
            : parts[0] is "projects" or "categories" or "sigs" or "pages" or "glossary" && parts.Length == 3;
        if (!oneFolderDeep || Classify(id, out _, bundle) is not null || stem.StartsWith('_') || stem.StartsWith('.') || !SlugPattern().IsMatch(stem))
        {
            return null;
        }

        var folder = string.Join('/', parts[..^1]);
        var moved = bundle ? ($"{string.Join('/', parts[..^2])}/{stem}.md", false)
            : (parts[0] == "blog" && DatedFolder().IsMatch(parts[^2])) || stem == parts[^2] ? ($"{folder}.md", true)
            : ($"{string.Join('/', parts[..^2])}/{stem}.md", false);
        return Classify(moved.Item1, out _) is null ? null : moved;
    }

    /// <summary>
    /// The error of a page file one folder too deep with other files beside it and no other page in its folder
    /// (KubeEdge's `blog/cncf-lfx-EAI-benchmarking/EAI-meets-KubeEdge-Ianvs.md` among its images): moved with them as a
    /// page bundle, its links to them keep working, which a move of the page alone would break.
    /// </summary>
    public static string MoveWithFilesAdvice(string id)
    {
        var parts = id.Split('/');
        var folder = string.Join('/', parts[..^1]);
        var target = $"{string.Join('/', parts[..^2])}/{parts[^1][..^3]}";
        return $"{Layout(parts[0])}: move the folder `{folder}/` to `{target}/` and rename the file in it to `index.md`, which makes it a page bundle: the files beside the page are published with it, so its links to them keep working{KeepAddress(id)}";
    }

    /// <summary>
    /// A page moved out of a sub-folder gets another address than its place gave it on the site it comes from (KubeEdge's
    /// `/blog/cncf-lfx-EAI-benchmarking/EAI-meets-KubeEdge-Ianvs/`): the alias line that keeps links to that one working.
    /// </summary>
    private static string KeepAddress(string id) => $"; `aliases: [{UrlOf(id, string.Empty)}]` keeps the address its place gave it";

    private static string Layout(string folder) => folder == "blog"
        ? "blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`"
        : $"`{folder}/` holds pages directly: no sub-folders";

    /// <summary>Kind and slug of an id such as `blog/2019/x.md`, or an error message.</summary>
    /// <param name="bundle">The id is a page bundle's (`blog/2023/x/index.md`): messages name its folder, not a file.</param>
    public static (PageKind Kind, string Slug)? Classify(string id, out string? error, bool bundle = false)
    {
        error = null;
        if (id == "_index.md")
        {
            return (PageKind.Home, string.Empty);
        }

        var parts = id.Split('/');
        var file = parts[^1];
        var slug = file[..^3];
        if (slug.Length == 0 || slug.StartsWith('_') || slug.StartsWith('.'))
        {
            error = bundle
                ? $"folder name `{slug}` is not a page name: a page's folder may not start with `_` or `.`"
                : file == "_index.md"
                    ? "`_index.md` is the page of a folder's list on a Hugo site; here every list (the blog, its years, projects, tags) is generated: delete the file (only the language root may hold `_index.md`, the home page's text)"
                    : $"`{file}` is not a page name: only the language root may hold `_index.md`";
            return null;
        }

        if (!SlugPattern().IsMatch(slug))
        {
            error = NotASlug(file, bundle, Text.Slug.From(slug));
            return null;
        }

        var folder = parts.Length > 1 ? parts[0] : string.Empty;
        switch (folder)
        {
            case "blog" when parts.Length == 2:
                return (PageKind.Post, slug);
            case "blog" when parts.Length == 3 && YearPattern().IsMatch(parts[1]):
                return (PageKind.Post, slug);
            case "blog":
                var posts = Layout(folder);
                error = MoveAdvice(parts, (parts.Length == 4 && YearPattern().IsMatch(parts[1])) || parts.Length == 3, posts, bundle) ?? posts;
                return null;
            case "projects" or "categories" or "sigs" or "pages" or "glossary" when parts.Length == 2:
                return (folder switch
                {
                    "projects" => PageKind.Project,
                    "categories" => PageKind.Category,
                    "sigs" => PageKind.Sig,
                    "glossary" => PageKind.Term,
                    _ => PageKind.Free,
                }, slug);
            case "projects" or "categories" or "sigs" or "pages" or "glossary":
                var direct = Layout(folder);
                error = MoveAdvice(parts, parts.Length == 3, direct, bundle) ?? direct;
                return null;
            default:
                error = "pages live in `blog/`, `projects/`, `categories/`, `sigs/`, `glossary/` or `pages/` (or are the home `_index.md`)";
                return null;
        }
    }

    /// <summary>
    /// The error of a file (`x.md`) or bundle folder whose name is no URL slug, naming the one to rename it to; <paramref name="why"/>
    /// says where that name comes from when it is not the file's own made a slug (the page's `slug:`).
    /// </summary>
    public static string NotASlug(string file, bool bundle, string suggested, string? why = null)
    {
        var slug = file[..^3];
        return bundle
            ? $"folder name `{slug}` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces"
                + (suggested.Length > 0 ? $"; rename the folder to `{suggested}`{why} (the page's URL is its folder's name)" : string.Empty)
            : $"file name `{file}` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces"
                + (suggested.Length > 0 ? $"; rename it to `{suggested}.md`{why} (the page's URL is its file's name)" : string.Empty);
    }

    /// <summary>
    /// Where a page in a sub-folder goes, when one folder too deep: `blog/misc/x.md` to `blog/x.md`, a bundle
    /// `blog/misc/x/index.md` (its id `blog/misc/x.md`) to the folder `blog/x/`; `blog/kwok/kwok.md`, a page
    /// alone in a folder of its own name, is a bundle whose `index.md` has another name. Null when the path is
    /// deeper than one folder (<paramref name="oneFolderDeep"/> false), where no single destination can be named.
    /// </summary>
    private static string? MoveAdvice(string[] parts, bool oneFolderDeep, string layout, bool bundle)
    {
        if (!oneFolderDeep)
        {
            return null;
        }

        var folder = string.Join('/', parts[..^1]);
        var parent = string.Join('/', parts[..^2]);
        var stem = parts[^1][..^3];
        if (bundle)
        {
            return $"{layout}: move the folder `{folder}/{stem}/` to `{parent}/{stem}/`{KeepAddress(string.Join('/', parts))}";
        }

        // Docusaurus's `blog/2024-09-13-x/x.md`: the folder's name holds the post's date, which a move out of it would lose.
        if (parts[0] == "blog" && DatedFolder().IsMatch(parts[^2]))
        {
            return $"a Docusaurus post folder, whose name dates the post: rename the file to `{folder}/index.md`, which makes the folder a page bundle: its images stay beside it, and its name keeps the date for the `date:` line the post needs";
        }

        return stem == parts[^2]
            ? $"a page in a folder of its own is that folder's `index.md` (a page bundle: the files beside it are published with it): rename it to `{folder}/index.md`, or move it to `{parent}/{stem}.md`"
            : $"{layout}: move it to `{parent}/{stem}.md` (images beside it go to `input/assets/{folder}/`, linked as `/assets/{folder}/<file>`, or make the page a bundle: `{parent}/{stem}/index.md` with its images beside it){KeepAddress(string.Join('/', parts))}";
    }

    /// <summary>`/blog/2019/x/` for `blog/2019/x.md` in the default language, `/zh/blog/2019/x/` otherwise.</summary>
    public static string UrlOf(string id, string languagePrefix) =>
        id == "_index.md" ? languagePrefix + "/" : languagePrefix + "/" + id[..^3] + "/";

    /// <summary>Year folder of a post id, or null when the post sits directly in `blog/`.</summary>
    public static int? YearFolder(string id)
    {
        var parts = id.Split('/');
        return parts.Length == 3 && int.TryParse(parts[1], out var y) ? y : null;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_.-]+$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}-")]
    private static partial Regex DatedFolder();
}
