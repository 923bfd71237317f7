using System.Text.RegularExpressions;
using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>
/// Maps a page's id (path below the language folder) to its type and URL, and rejects
/// files in places the content model does not define.
/// </summary>
public static partial class PagePath
{
    /// <summary>Kind and slug of an id such as `blog/2019/x.md`, or an error message.</summary>
    public static (PageKind Kind, string Slug)? Classify(string id, out string? error)
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
            error = $"`{file}` is not a page name: only the language root may hold `_index.md`";
            return null;
        }

        if (!SlugPattern().IsMatch(slug))
        {
            var suggested = Text.Slug.From(slug);
            error = $"file name `{file}` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces"
                + (suggested.Length > 0 ? $"; rename it to `{suggested}.md` (the page's URL is its file's name)" : string.Empty);
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
                const string posts = "blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`";
                error = MoveAdvice(parts, (parts.Length == 4 && YearPattern().IsMatch(parts[1])) || parts.Length == 3, posts) ?? posts;
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
                var direct = $"`{folder}/` holds pages directly: no sub-folders";
                error = MoveAdvice(parts, parts.Length == 3, direct) ?? direct;
                return null;
            default:
                error = "pages live in `blog/`, `projects/`, `categories/`, `sigs/`, `glossary/` or `pages/` (or are the home `_index.md`)";
                return null;
        }
    }

    /// <summary>
    /// Where a page in a sub-folder goes: `blog/2023/kwok/index.md` (with its images beside it) is Hugo's page
    /// bundle, common in posts brought from a Hugo or Docsy site. Null when the path is deeper than one folder
    /// (<paramref name="oneFolderDeep"/> false), where no single destination can be named.
    /// </summary>
    private static string? MoveAdvice(string[] parts, bool oneFolderDeep, string layout)
    {
        if (!oneFolderDeep)
        {
            return null;
        }

        var folder = string.Join('/', parts[..^1]);
        var parent = string.Join('/', parts[..^2]);
        var stem = parts[^1][..^3];
        var destination = $"{parent}/{(stem == "index" ? parts[^2] : stem)}.md";
        var images = $"`input/assets/{folder}/`, linked as `/assets/{folder}/<file>`";
        return stem == "index" || stem == parts[^2]
            ? $"a page in a folder of its own (a page bundle, in Hugo's terms) is not read here: move it to `{destination}` in the same language folder, and the images beside it to {images}"
            : $"{layout}: move it to `{destination}` (images beside it go to {images})";
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
}
