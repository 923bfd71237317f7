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
            error = $"file name `{file}` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces";
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
                error = "blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`";
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
                error = $"`{folder}/` holds pages directly: no sub-folders";
                return null;
            default:
                error = "pages live in `blog/`, `projects/`, `categories/`, `sigs/`, `glossary/` or `pages/` (or are the home `_index.md`)";
                return null;
        }
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
