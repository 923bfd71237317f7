using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Site.Content.Config;

namespace Site.Content.Links;

/// <summary>
/// "Did you mean" for internal links written in the path forms translators bring from other sites
/// and tools: a region or script in the language prefix (`/zh-cn/…`, `/zh-hans/…`, `/zh_CN/…`), the
/// default language spelled out (`/en/…`), the markdown file instead of the page (`…/linkerd.md`,
/// `…/_index.md`), or the file's place in a repository (`content/zh/…`, `input/zh/…`). Each form is
/// undone in turn; the first rewrite that names a page the build writes is suggested, with the reason.
/// A post's dated permalink (`/blog/2021/09/02/x/`) is looked up as the post it names.
/// A form whose page is not found keeps its reason and, for a lone slug (`/zh-cn/service-mesh/`, the
/// CNCF glossary's form), the pages of that language with that slug are offered.
/// </summary>
public static partial class PathFormSuggestion
{
    /// <summary>A rewrite of <paramref name="path"/> (site-absolute, decoded) that the site writes, with why the written form is wrong; null when no known form applies.</summary>
    public static (string Url, string Reason)? Suggest(ContentSet content, string path)
    {
        if (OldUrls.Of(content).GetValueOrDefault(path.EndsWith('/') ? path : path + "/") is { } moved)
        {
            return (moved, "the address the page's `url:`, `path:` or `permalink:` gave it on the site it comes from; here a page's URL is its file's path");
        }

        var undone = Undo(content.Config, path);
        if (DatedPermalink(content, undone?.Path ?? path) is { } post)
        {
            var why = "a dated post URL of another site (Docusaurus, Jekyll, Hugo): here a post's URL is its file's path";
            return (post, undone is { } u ? u.Reason + "; " + why : why);
        }

        if (undone is null)
        {
            return null;
        }

        var (rewritten, reason, language) = undone.Value;
        if (content.OutputUrls.Contains(rewritten))
        {
            return (rewritten, reason);
        }

        if (!rewritten.EndsWith('/') && content.OutputUrls.Contains(rewritten + "/"))
        {
            return (rewritten + "/", reason);
        }

        // A lone slug (`/zh-cn/service-mesh/` on glossary.cncf.io): the pages of that language with that slug.
        var rest = rewritten[language.UrlPrefix.Length..].Trim('/');
        if (rest.Length > 0 && !rest.Contains('/'))
        {
            var same = content.PagesIn(language.Code).Where(p => p.Slug == rest).Select(p => p.Url).Order(StringComparer.Ordinal).ToArray();
            if (same.Length > 0)
            {
                return (string.Join(" or ", same), reason);
            }
        }

        return null;
    }

    /// <summary>
    /// The site path that <paramref name="path"/> means once its foreign forms are undone, why it was
    /// wrong, and its language; null when no known form applies. The rewritten path need not be a page:
    /// the caller looks for renames, drafts and near names from there.
    /// </summary>
    public static (string Path, string Reason, LanguageInfo Language)? Undo(SiteConfig config, string path)
    {
        var reasons = new List<string>();
        var rewritten = path;
        var language = (LanguageInfo?)null;

        if (FromRepositoryPath(config, rewritten) is { } fromFile)
        {
            (rewritten, language) = fromFile;
            reasons.Add("links name a page's URL, not its file in the repository");
        }
        else if (FromLanguagePrefix(config, rewritten) is { } fromPrefix)
        {
            (rewritten, language) = (fromPrefix.Path, fromPrefix.Language);
            reasons.Add(fromPrefix.Reason);
        }

        if (FromMarkdownFile(rewritten) is { } page)
        {
            if (reasons.Count == 0)
            {
                reasons.Add("links name a page's URL, not its markdown file");
            }

            rewritten = page;
        }

        if (reasons.Count == 0)
        {
            return null;
        }

        return (rewritten, string.Join("; ", reasons), language ?? config.DefaultLanguage);
    }

    /// <summary>
    /// The post that a dated permalink means: `/blog/2021/09/02/x/` (Docusaurus, Jekyll), `/2021/09/02/x/` or
    /// `/blog/2020/12/x/` (Hugo settings), after a language prefix or not: the post of that language dated that day
    /// (or month) whose name is `x` once spelt as a URL (`announcing-linkerd-2.11` is `announcing-linkerd-2-11`). Its name is its file's or
    /// folder's, with or without the date those sites put first (`2021-09-02-x.md`, Hugo's `0902-x/`), or the `slug:`
    /// it still declares, or else its title (Hugo's `:slug` without a `slug:`). Never a post of another day: several
    /// posts share a name (a monthly roundup). Null when none or several match.
    /// </summary>
    private static string? DatedPermalink(ContentSet content, string path)
    {
        if (DatedParts(content.Config, path) is not var (language, year, month, day, slug))
        {
            return null;
        }

        // `/blog/2020/12/december-update/` (Hugo's `:year/:month/:slug`): the post of that month.
        var firstOfMonth = day == 0 ? $"{year}-{month}-1" : $"{year}-{month}-{day}";
        if (!DateOnly.TryParseExact(firstOfMonth, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var matches = DatedPosts.Of(content).Find(language.Code, date, DatedPosts.NameOf(slug), wholeMonth: day == 0);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// The one post of that language named as <paramref name="path"/>'s dated permalink names it, whatever its date,
    /// with the day the link gives (the month's first for a month link); null for another form, or when none or several
    /// posts have that name. A post whose date is missing or differs is likely the one meant: the link is offered it, with its date.
    /// </summary>
    public static (Model.PostPage Post, DateOnly Day, bool WholeMonth)? SameNamedPost(ContentSet content, string path)
    {
        if (DatedParts(content.Config, path) is not var (language, year, month, day, slug)
            || !DateOnly.TryParseExact($"{year}-{month}-{Math.Max(day, 1)}", "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var posts = DatedPosts.Of(content).Named(language.Code, DatedPosts.NameOf(slug));
        return posts.Count == 1 ? (posts[0], date, day == 0) : null;
    }

    /// <summary>The URLs a post of <paramref name="path"/>'s dated permalink would have here, in the order looked for; empty for another form.</summary>
    public static IReadOnlyList<string> DatedCandidates(SiteConfig config, string path)
    {
        if (DatedParts(config, path) is not var (language, year, month, day, slug))
        {
            return [];
        }

        var blog = language.UrlPrefix + "/blog/";
        return day == 0 ? [$"{blog}{year}/{slug}/", $"{blog}{slug}/"] :
        [
            $"{blog}{year}-{month:00}-{day:00}-{slug}/", $"{blog}{year}-{month}-{day}-{slug}/", $"{blog}{year}/{year}-{month:00}-{day:00}-{slug}/",
            $"{blog}{year}/{slug}/", $"{blog}{slug}/",
        ];
    }

    private static (LanguageInfo Language, string Year, int Month, int Day, string Slug)? DatedParts(SiteConfig config, string path)
    {
        var segments = path.Trim('/').Split('/');
        var language = config.Languages.FirstOrDefault(l => !l.IsDefault && segments[0] == l.Code);
        var start = language is null ? 0 : 1;
        if (start < segments.Length && segments[start] == "blog")
        {
            start++;
        }

        // `yyyy/mm/dd/name` or, with day 0, `yyyy/mm/name` (a month's posts).
        var withDay = segments.Length == start + 4 && IsNumber(segments[start + 2], 1, 2);
        if ((!withDay && segments.Length != start + 3) || !IsNumber(segments[start], 4, 4) || !IsNumber(segments[start + 1], 1, 2)
            || int.Parse(segments[start + 1], CultureInfo.InvariantCulture) is < 1 or > 12)
        {
            return null;
        }

        return (language ?? config.DefaultLanguage, segments[start], int.Parse(segments[start + 1], CultureInfo.InvariantCulture),
            withDay ? int.Parse(segments[start + 2], CultureInfo.InvariantCulture) : 0, segments[^1]);

        static bool IsNumber(string s, int min, int max) => s.Length >= min && s.Length <= max && s.All(char.IsAsciiDigit);
    }

    /// <summary>`content/zh/projects/x.md`, `input/en/…` anywhere in the path (a relative link resolves below the page).</summary>
    private static (string Path, LanguageInfo Language)? FromRepositoryPath(SiteConfig config, string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            if (segments[i] is "content" or "input" && config.Language(segments[i + 1]) is { } language)
            {
                var rest = string.Join('/', segments[(i + 2)..]);
                return (language.UrlPrefix + "/" + rest, language);
            }
        }

        return null;
    }

    /// <summary>`/zh-cn/…`, `/zh-Hans/…`, `/zh_CN/…` → `/zh/…`; `/en/…` and `/en-us/…` → `/…` for the default language.</summary>
    private static (string Path, LanguageInfo Language, string Reason)? FromLanguagePrefix(SiteConfig config, string path)
    {
        if (path.Length < 2 || path[0] != '/')
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        var first = end < 0 ? path[1..] : path[1..end];
        var rest = end < 0 ? "/" : path[end..];
        foreach (var language in config.Languages)
        {
            var exact = first == language.Code;
            var variant = first.Length > language.Code.Length
                && first.StartsWith(language.Code, StringComparison.OrdinalIgnoreCase)
                && first[language.Code.Length] is '-' or '_';
            var sameLetters = !exact && string.Equals(first, language.Code, StringComparison.OrdinalIgnoreCase);
            if (!(variant || sameLetters || (exact && language.IsDefault)))
            {
                continue;
            }

            var reason = language.IsDefault
                ? $"{language.Name} pages have no language prefix: drop `/{first}/`"
                : $"`/{first}/` is not a language prefix of this site: {language.Name} pages are under `{language.HomeUrl}`";
            return (language.UrlPrefix + rest, language, reason);
        }

        return null;
    }

    /// <summary>`/projects/linkerd.md` → `/projects/linkerd/`; `/zh/_index.md` or `…/index.md` → the folder.</summary>
    private static string? FromMarkdownFile(string path)
    {
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var withoutExtension = path[..^3];
        var slash = withoutExtension.LastIndexOf('/');
        var name = withoutExtension[(slash + 1)..];
        return name is "_index" or "index" or "README" ? withoutExtension[..(slash + 1)] : withoutExtension + "/";
    }

    /// <summary>The pages by the address their `url:`, `path:` or `permalink:` gave them on the site they come from (<see cref="Model.Page.OldUrl"/>), once per content.</summary>
    private static class OldUrls
    {
        private static readonly ConditionalWeakTable<ContentSet, Dictionary<string, string>> Built = new();

        public static Dictionary<string, string> Of(ContentSet content) => Built.GetValue(content, c =>
        {
            var urls = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in c.Pages)
            {
                if (page.OldUrl is { } old && page.Language == c.Config.DefaultLanguage.Code)
                {
                    urls.TryAdd(old, page.Url);
                }
            }

            return urls;
        });
    }

    /// <summary>The posts of each language by day and by every name a dated permalink may give them, built once per content.</summary>
    private sealed partial class DatedPosts
    {
        private static readonly ConditionalWeakTable<ContentSet, DatedPosts> Built = new();

        private readonly Dictionary<(string Language, DateOnly Day, string Name), List<string>> _urls = [];

        /// <summary>The same, by month (the day is the month's first).</summary>
        private readonly Dictionary<(string Language, DateOnly Day, string Name), List<string>> _monthUrls = [];

        /// <summary>The same, whatever the day.</summary>
        private readonly Dictionary<(string Language, string Name), List<Model.PostPage>> _named = [];

        private DatedPosts(ContentSet content)
        {
            foreach (var post in content.Pages.OfType<Model.PostPage>())
            {
                var names = new HashSet<string>(StringComparer.Ordinal) { NameOf(post.Slug) };
                if (DatePrefix().Match(post.Slug) is { Success: true } dated)
                {
                    names.Add(NameOf(dated.Groups[1].Value));
                }

                // Hugo's `:slug` is the `slug:` key, else the title made a URL.
                names.Add(NameOf(post.DeclaredSlug ?? post.Title));
                foreach (var name in names.Where(n => n.Length > 0))
                {
                    if (!_named.TryGetValue((post.Language, name), out var named))
                    {
                        _named[(post.Language, name)] = named = [];
                    }

                    if (!named.Contains(post))
                    {
                        named.Add(post);
                    }
                }

                // Hugo builds the permalink from the date as written (with its own offset); a site may have used UTC.
                var days = new HashSet<DateOnly> { DateOnly.FromDateTime(post.Date.DateTime), DateOnly.FromDateTime(post.Date.UtcDateTime) };
                foreach (var day in days)
                {
                    foreach (var name in names.Where(n => n.Length > 0))
                    {
                        Add(_urls, (post.Language, day, name), post.Url);
                        Add(_monthUrls, (post.Language, new DateOnly(day.Year, day.Month, 1), name), post.Url);
                    }
                }
            }
        }

        public static DatedPosts Of(ContentSet content) => Built.GetValue(content, c => new DatedPosts(c));

        /// <summary>A name as URLs spell it, apostrophes dropped as Hugo drops them (`September's` → `septembers`).</summary>
        public static string NameOf(string text) => Text.Slug.From(text.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal));

        public IReadOnlyList<string> Find(string language, DateOnly day, string name, bool wholeMonth) =>
            (wholeMonth ? _monthUrls : _urls).TryGetValue((language, wholeMonth ? new DateOnly(day.Year, day.Month, 1) : day, name), out var urls) ? urls : [];

        public IReadOnlyList<Model.PostPage> Named(string language, string name) => _named.TryGetValue((language, name), out var posts) ? posts : [];

        private static void Add(Dictionary<(string Language, DateOnly Day, string Name), List<string>> map, (string, DateOnly, string) key, string url)
        {
            if (!map.TryGetValue(key, out var urls))
            {
                map[key] = urls = [];
            }

            if (!urls.Contains(url))
            {
                urls.Add(url);
            }
        }

        /// <summary>`2021-09-02-x`, `2021-9-2-x` (Docusaurus, Jekyll) or `0902-x` (Hugo bundles in a year folder): x.</summary>
        [GeneratedRegex(@"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}|\d{2}-\d{2})-(.+)$")]
        private static partial Regex DatePrefix();
    }
}
