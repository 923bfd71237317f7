using System.Globalization;
using Site.Content.Loading;
using Site.Content.Text;

namespace Site.Content.Links;

/// <summary>
/// "Did you mean …?" for a link the build writes nothing at. In order: the new name of a page
/// whose orphaned translation says it was renamed (the same guess the orphan check makes), the
/// nearest name in the link's own folder, then the same or the nearest name among every page
/// and list of the link's language, whatever its type (`/service/` → `/pages/service/`). A
/// missing image or file is not called a page: the message says that such files go in
/// `input/assets/`, and names the asset of the same or the nearest name.
/// Built once per build, on the first broken link; thread-safe to read.
/// </summary>
internal sealed class LinkSuggestions
{
    private readonly ContentSet _content;
    private readonly Dictionary<string, (string NewUrl, string Note)> _renamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _draftFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Url, string File)> _failedFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _urlsByLanguage = new(StringComparer.Ordinal);

    /// <summary>The first folders that hold pages (`blog`, `projects`, `tags`), per language: the site's sections.</summary>
    private readonly Dictionary<string, SortedSet<string>> _sectionsByLanguage = new(StringComparer.Ordinal);
    /// <summary>Shortest name looked up by spelling among all pages: a shorter one is as near to unrelated words as to its typos.</summary>
    private const int MinFuzzyLength = 5;

    private readonly List<string> _assetUrls;
    private readonly HashSet<string> _logoUrls;

    /// <summary>The page id whose bundle holds each bundle file, by the file's URL.</summary>
    private readonly Dictionary<string, string> _bundleOf;

    public LinkSuggestions(ContentSet content)
    {
        _content = content;
        foreach (var url in content.OutputUrls)
        {
            // An alias is another page's old address (a redirect): offered, it would send the link through it to that page.
            if (url.EndsWith('/') && !url.StartsWith("/assets/", StringComparison.Ordinal) && !content.Redirects.ContainsKey(url))
            {
                var language = LanguageOf(url);
                if (!_urlsByLanguage.TryGetValue(language, out var list))
                {
                    _urlsByLanguage[language] = list = [];
                }

                list.Add(url);
                if (SectionOf(url, content.Config.Language(language)!.UrlPrefix) is { } section)
                {
                    if (!_sectionsByLanguage.TryGetValue(language, out var sections))
                    {
                        _sectionsByLanguage[language] = sections = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    sections.Add(section);
                }
            }
        }

        foreach (var list in _urlsByLanguage.Values)
        {
            // Content pages before generated lists, then shorter and ordinal: suggestions do not depend on set order.
            list.Sort((a, b) =>
            {
                var byKind = (content.ByUrl(a) is null).CompareTo(content.ByUrl(b) is null);
                return byKind != 0 ? byKind : a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
            });
        }

        // Logos are published cleaned, under content-hashed names: their input URLs are not addresses to suggest.
        _assetUrls = [.. content.Assets.Where(a => !a.IsLogo).Select(a => a.Url).Order(StringComparer.Ordinal)];
        _logoUrls = content.Assets.Where(a => a.IsLogo).Select(a => a.Url).ToHashSet(StringComparer.Ordinal);
        _bundleOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in content.Assets)
        {
            if (asset.BundleOf is { } bundle)
            {
                _bundleOf.TryAdd(asset.Url, bundle);
            }
        }
        foreach (var id in content.DraftIds)
        {
            foreach (var language in content.Config.Languages)
            {
                _draftFiles.TryAdd(PagePath.UrlOf(id, language.UrlPrefix), $"{content.Config.DefaultLanguage.Code}/{id}");
            }
        }

        foreach (var (id, file) in content.FailedSources)
        {
            foreach (var language in content.Config.Languages)
            {
                var url = PagePath.UrlOf(id, language.UrlPrefix);
                _failedFiles.TryAdd(url, (url, file));
            }
        }

        var defaultCode = content.Config.DefaultLanguage.Code;
        foreach (var orphan in content.Orphans)
        {
            if (orphan.LikelySourceId is { } failedId && content.FailedSources.TryGetValue(failedId, out var failedFile))
            {
                // Renamed, and the new file has errors of its own: a link by the old name is sent there.
                foreach (var language in content.Config.Languages)
                {
                    _failedFiles.TryAdd(PagePath.UrlOf(orphan.Id, language.UrlPrefix), (PagePath.UrlOf(failedId, language.UrlPrefix), failedFile));
                }

                continue;
            }

            if (orphan.LikelySourceId is not { } newId || content.Get(defaultCode, newId) is not { } source)
            {
                continue;
            }

            foreach (var language in content.Config.Languages)
            {
                var oldUrl = PagePath.UrlOf(orphan.Id, language.UrlPrefix);
                var newUrl = content.Get(language.Code, newId)?.Url ?? (language.IsDefault ? source.Url : language.Localise(source.Url));
                if (!content.OutputUrls.Contains(oldUrl) && content.OutputUrls.Contains(newUrl))
                {
                    var note = $" Its page seems renamed to {newUrl} ({orphan.Id} → {newId}; the orphaned translation {orphan.SourcePath} still has the old name):"
                        + " rename pages with `site move <old> <new>`, which moves the translations and rewrites the links to them.";
                    _renamed.TryAdd(oldUrl, (newUrl, note));
                }
            }
        }
    }

    /// <summary>True for a link to a file rather than a page: an image, anything under /assets/, or a path ending in a file name.</summary>
    public static bool IsFile(string path, bool isImage)
    {
        if (isImage || path.StartsWith("/assets/", StringComparison.Ordinal))
        {
            return true;
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 && !name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The message for a link to a page the build does not write. <paramref name="meant"/> is the path
    /// to look from when the link was written in another site's form (<paramref name="reason"/> says
    /// which): `/zh-cn/microservices/` is looked up as `/zh/microservices/`. <paramref name="fragment"/> (`#x` or
    /// empty) goes into a full address; <paramref name="from"/>, the linking page's URL, is never offered.
    /// </summary>
    public string UnknownPage(string path, string? meant = null, string? reason = null, string fragment = "", string? from = null)
    {
        var lookup = meant ?? path;
        if (!lookup.EndsWith('/'))
        {
            lookup += "/";
        }

        // `/blog/2015/06/01/x/` of a post that is here but not built (a draft, or its file has errors): said of that post.
        var dated = PathFormSuggestion.DatedCandidates(_content.Config, lookup);
        if (dated.FirstOrDefault(u => _draftFiles.ContainsKey(u) || _failedFiles.ContainsKey(u)) is { } datedPost)
        {
            (lookup, reason) = (datedPost, "a dated post URL of another site (Docusaurus, Jekyll, Hugo): here a post's URL is its file's path");
        }

        var written = reason is null ? $"unknown page {path}" : $"unknown page {path}: {reason}";
        if (Find(_draftFiles, lookup) is { } draft)
        {
            var what = reason is null && draft.Url == lookup ? $"link to {path}, a draft" : $"link to {written}; it means {draft.Url}, a draft";
            return $"{what} that is not published ({draft.Value} has `draft: true`): publish it first, or link to it later";
        }

        if (Find(_failedFiles, lookup) is { } failed)
        {
            return $"link to {written}; did you mean {failed.Value.Url}? That page is not built because {failed.Value.File} has errors of its own (reported at that file): fix them first";
        }

        if (Find(_renamed, lookup) is { } renamed)
        {
            return $"link to {written}; did you mean {renamed.Value.NewUrl}?{renamed.Value.Note}";
        }

        var sameName = dated.Count > 0 ? PathFormSuggestion.SameNamedPost(_content, lookup) : null;
        if (sameName is var (post, _, _) && post.DateIsStandIn && post.Url != from)
        {
            // Its date is missing or unreadable (KubeVela's posts, all at once): the day cannot tell it from another post,
            // and sending the link to another site made a link to an imported post external.
            return $"link to unknown page {path}: a dated post URL of another site (Docusaurus, Jekyll, Hugo): here a post's URL is its file's path; "
                + $"did you mean {post.Url}{fragment}? It is the post of that name; its date is not known yet ({post.FactsPath} has no readable `date`, reported at that file)";
        }

        if (dated.Count > 0)
        {
            // The post it names is not here under that day. One of the same name but another day is named, not offered:
            // it may be another post (a monthly roundup), or the same one with a wrong date; the contributor knows which.
            var other = sameName is var (named, day, wholeMonth) && named.Url != from
                ? $"; the post of that name here, {named.Url}, is dated {DateOnly.FromDateTime(named.Date.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, "
                    + $"not {day.ToString(wholeMonth ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture)}: if it is the post meant, link to {named.Url}{fragment} (here a post's URL is its file's path); otherwise, "
                : "; ";
            return $"link to unknown page {path}: a dated post URL of another site (Docusaurus, Jekyll, Hugo), and no post of this site has that name and date{other}{FullAddress("post", path, fragment)}";
        }

        if (ForeignSection(lookup) is { } section)
        {
            // `/docs/…`, `/news/…`: the site the text comes from has a section this one lacks. A page of ours with a
            // near name would only be a guess by spelling (`/docs/` → `/projects/sops/`). The written form's own reason
            // (`/zh-cn/` is not our prefix) is left out: the fix is the full address, which keeps it.
            return $"link to unknown page {path}: this site has no {section} section; {FullAddress("page", path, fragment)}";
        }

        if (NearestPage(lookup, from) is { } near)
        {
            return $"link to {written}; did you mean {near}?";
        }

        // `/docs/`: a lone name that is no page here, and no near one.
        return IsLoneName(lookup)
            ? $"link to {written}: no page or section of this site has that name; {FullAddress("page", path, fragment)}"
            : $"link to {written}";
    }

    /// <summary>
    /// The message for a relative link to a page (`docs/functions`, `../docs/x`) whose first folder, as written, is a
    /// section this site lacks: text from another site that wrote it relative to that site's root (Knative's posts), which
    /// resolved against the page's URL names nothing here; null for any other link.
    /// </summary>
    /// <param name="resolved">The path it resolves to from <paramref name="from"/>, the page's URL.</param>
    /// <param name="written">The link as written.</param>
    /// <param name="fragment">`#x` or empty.</param>
    public string? RelativeIntoForeignSection(string resolved, string written, string fragment, string from)
    {
        written = written.Trim();
        if (written.StartsWith('/') || ForeignSection(resolved) is not null)
        {
            return null; // not relative, or its path is told of the section already
        }

        var rest = written;
        while (rest.StartsWith("./", StringComparison.Ordinal) || rest.StartsWith("../", StringComparison.Ordinal))
        {
            rest = rest[(rest.IndexOf('/') + 1)..];
        }

        return LinkTarget.Parse("/" + rest, "/") is { } asRoot && ForeignSection(asRoot.Path) is { } section
            ? $"link to unknown page {resolved}: the relative link `{written}` is resolved against this page's URL ({from}), and this site has no {section} section;"
                + $" {FullAddress("page", asRoot.Path, fragment)}"
            : null;
    }

    private static string FullAddress(string what, string path, string fragment) =>
        $"if the {what} is on the site the text comes from, link to it there with its full address (`https://<that site>{path}{fragment}`), or drop the link";

    /// <summary>Whether <paramref name="path"/> is one name below its language's home (`/docs/`, `/zh/news/`).</summary>
    private bool IsLoneName(string path)
    {
        var language = _content.Config.Language(LanguageOf(path))!;
        var rest = path[language.UrlPrefix.Length..].Trim('/');
        return rest.Length > 0 && !rest.Contains('/');
    }

    /// <summary>
    /// True when <paramref name="path"/> (a link that names a file, `kubelet-config.v1`) lies in a section this site
    /// lacks: a page of the site the text comes from, not a file to put in input/assets/.
    /// </summary>
    public bool IsInForeignSection(string path) => !path.StartsWith("/assets/", StringComparison.Ordinal) && ForeignSection(path) is not null;

    /// <summary>
    /// True when input/assets/ holds a file of the name <paramref name="path"/> ends in: Hugo serves its static/ folder at
    /// the site's root, so Falco's `/repo/falcosecurity-14CB7A8D.asc` is the file copied to input/assets/repo/, not a page
    /// of a section this site lacks.
    /// </summary>
    public bool IsAssetName(string path) =>
        _assetUrls.Any(u => u.StartsWith("/assets/", StringComparison.Ordinal) && string.Equals(LastSegment(u), LastSegment(path), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The first folder of <paramref name="path"/> (`/docs/` of `/docs/setup/install/`) when no page of its language is
    /// below it and it is not a misspelling of one that is; null for a lone slug (`/service/`), which may be any page's.
    /// </summary>
    private string? ForeignSection(string path)
    {
        var language = _content.Config.Language(LanguageOf(path))!;
        var rest = path[language.UrlPrefix.Length..].Trim('/');
        var slash = rest.IndexOf('/');
        if (slash <= 0 || !_urlsByLanguage.ContainsKey(language.Code))
        {
            return null;
        }

        var name = rest[..slash];
        var sections = _sectionsByLanguage.GetValueOrDefault(language.Code);
        return sections is not null && (sections.Contains(name) || NearestMatch.Find(name, sections) is not null)
            ? null
            : language.UrlPrefix + "/" + name + "/";
    }

    /// <summary>`blog` of `/zh/blog/2019/x/` (with the language's prefix `/zh`); null for a page at the top (`/search/`).</summary>
    private static string? SectionOf(string url, string prefix)
    {
        var rest = url.AsSpan(prefix.Length).Trim('/');
        var slash = rest.IndexOf('/');
        return slash <= 0 ? null : rest[..slash].ToString();
    }

    /// <summary>
    /// The entry at <paramref name="url"/>, or, for a lone slug below a language's home (`/zh/microservices/`,
    /// the glossary's form), the first entry of that language whose last segment is that slug.
    /// </summary>
    private (string Url, T Value)? Find<T>(Dictionary<string, T> map, string url)
    {
        if (map.TryGetValue(url, out var exact))
        {
            return (url, exact);
        }

        var language = _content.Config.Language(LanguageOf(url));
        var rest = language is null ? string.Empty : url[language.UrlPrefix.Length..].Trim('/');
        if (rest.Length == 0 || rest.Contains('/'))
        {
            return null;
        }

        foreach (var key in map.Keys.Where(k => LanguageOf(k) == language!.Code && LastSegment(k) == rest).Order(StringComparer.Ordinal))
        {
            return (key, map[key]);
        }

        return null;
    }

    /// <summary>The message for a link or image whose file does not exist.</summary>
    /// <param name="page">The page that links to it: a file below its URL is one its bundle should hold.</param>
    public string MissingFile(string path, bool isImage, Model.Page? page = null)
    {
        var kind = isImage ? "image" : "file";
        if (_logoUrls.Contains(path))
        {
            var project = Path.GetFileNameWithoutExtension(path);
            return $"{kind} {path} is a project logo, which is published cleaned under a content-hashed name, not at this address:"
                + $" link the project's page instead ({PagePath.UrlOf($"projects/{project}.md", string.Empty)}), where the theme shows the logo";
        }

        var beside = page is not null && path.StartsWith(page.Url, StringComparison.Ordinal) && !page.IsFallback ? path[page.Url.Length..] : null;
        var where = path.StartsWith("/assets/", StringComparison.Ordinal)
            ? $"put the file at input{path} (files in input/assets/ are published under /assets/)"
            : beside is not null && page!.SourcePath.EndsWith("/index.md", StringComparison.Ordinal)
                ? $"put it beside {page.SourcePath}, as `{beside}` (the files of a page bundle are published with its page)"
            : beside is not null
                ? $"a file beside a page is published only when the page is a folder's index.md (a page bundle): make the page one, with `{beside}` beside it, or put the file in input/assets/ and link it as /assets/…"
            : _assetUrls.Contains("/assets" + path)
                ? $"{kind}s go in input/assets/ and are linked as /assets/… (a site's static/ folder, which Hugo serves at the root, is input/assets/ here)"
            : $"{kind}s go in input/assets/ and are linked as /assets/…";
        if (beside is null)
        {
            var near = NearestAsset(path, _assetUrls);
            if (near is not null && _bundleOf.ContainsKey(near) && OwnerFile(near) is { } bundle)
            {
                // Falco's `/blog/falco-talon-v0-1-0/images/awss3.png` lacks the post's year: the file is a page bundle's, and
                // "images go in input/assets/" would contradict the address offered.
                return $"{kind} {path} does not exist; did you mean {near}? (a file of the page bundle of {bundle}, published with its page)";
            }

            return $"{kind} {path} does not exist: {where}" + (near is null ? string.Empty : $"; did you mean {near}?");
        }

        // A file of the page's own bundle is looked for there and in input/assets/ only: another page's file of the same or a
        // near name is another picture as often as not (Cilium's KubeCon EU post was offered the NA post's photo), so it is
        // named as that page's, for the contributor to judge, never offered as the one meant.
        var own = NearestAsset(path, [.. _assetUrls.Where(u => !_bundleOf.ContainsKey(u) || u.StartsWith(page!.Url, StringComparison.Ordinal))]);
        if (own is not null)
        {
            return $"{kind} {path} does not exist: {where}; did you mean {own}?";
        }

        var language = LanguageOf(path);
        var other = NearestAsset(path, [.. _assetUrls.Where(u => _bundleOf.ContainsKey(u) && LanguageOf(u) == language)]);
        if (other is null || OwnerFile(other) is not { } owner)
        {
            return $"{kind} {path} does not exist: {where}";
        }

        var likeness = string.Equals(LastSegment(other), LastSegment(path), StringComparison.OrdinalIgnoreCase) ? "of the same name" : "of a near name";
        var what = isImage ? "picture" : "file";
        return $"{kind} {path} does not exist: {where}; {other}, {likeness}, belongs to another page ({owner}): copy it beside this page only if it is the same {what}";
    }

    /// <summary>The file of the page whose bundle holds <paramref name="url"/> (its source's, for a fallback).</summary>
    private string? OwnerFile(string url)
    {
        var id = _bundleOf[url];
        var owner = _content.Get(LanguageOf(url), id);
        return (owner is { IsFallback: true } ? _content.Get(_content.Config.DefaultLanguage.Code, id) : owner)?.SourcePath;
    }

    private string? NearestPage(string path, string? from)
    {
        var language = LanguageOf(path);
        if (!_urlsByLanguage.TryGetValue(language, out var all))
        {
            return null;
        }

        var slug = LastSegment(path);
        var folder = Folder(path);
        var versions = VersionTokens(slug);

        // Never the linking page itself; never a name of another version or stage (`gateway-api-ga` is not
        // `gateway-api-v1-2`, `kubernetes-v1-29-release` not `…-v1-32-…`): another article, not a typo of the link.
        var urls = all.Where(u => u != from && VersionTokens(LastSegment(u)).SequenceEqual(versions)).ToList();

        // Same folder, nearest name (a typo); then the same name in any folder (a wrong or missing folder); then the nearest
        // name anywhere, for names long enough to tell a typo from another word (`/docs/` is not `/projects/sops/`, `/pt` not `kpt`).
        // Outside its own folder a name is matched to pages written by people only: a tag's list of posts is not the
        // page `/ecosystem/` meant on the site the text comes from.
        var pages = urls.Where(u => _content.ByUrl(u) is not null).ToList();
        return NearestMatch.FindBy(slug, urls.Where(u => Folder(u) == folder), LastSegment)
            ?? pages.FirstOrDefault(u => string.Equals(LastSegment(u), slug, StringComparison.OrdinalIgnoreCase))
            ?? (slug.Length >= MinFuzzyLength ? NearestMatch.FindBy(slug, pages, LastSegment) : null);
    }

    /// <summary>
    /// The parts of a name that tell versions and stages apart: numbers (`29`, `v1`) and `alpha`, `beta`, `ga`, `stable`,
    /// `rc`, `preview`; not a name with a digit in it (`linkerd2`, `k8s`), whose typo is still a typo.
    /// </summary>
    private static IEnumerable<string> VersionTokens(string slug) =>
        slug.Split('-', '_', '.').Where(t => IsNumber(t) || (t.Length > 1 && t[0] is 'v' or 'V' && IsNumber(t[1..]))
            || t is "alpha" or "beta" or "ga" or "stable" or "rc" or "preview");

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static string? NearestAsset(string path, IReadOnlyList<string> assetUrls)
    {
        // The same name in another folder (of several, the one whose folders end as the written path's do: two posts
        // each with a `diagram.png` are told apart by their folders); a near name in the same folder; a longer name of
        // the same stem and type there (talk.pdf → talk-2024.pdf); a near name anywhere.
        var name = LastSegment(path);
        var stem = Path.GetFileNameWithoutExtension(name);
        var folder = Folder(path);
        var written = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var alike = assetUrls.Where(u => MayBeTheSameFile(name, LastSegment(u))).ToList();
        return assetUrls.Where(u => string.Equals(LastSegment(u), name, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(u => SharedTail(written, u.Split('/', StringSplitOptions.RemoveEmptyEntries)))
                .FirstOrDefault()
            ?? NearestMatch.FindBy(name, alike.Where(u => Folder(u) == folder), LastSegment)
            ?? assetUrls.FirstOrDefault(u => Folder(u) == folder && stem.Length > 0
                && string.Equals(Path.GetExtension(u), Path.GetExtension(name), StringComparison.OrdinalIgnoreCase)
                && LastSegment(u).StartsWith(stem, StringComparison.OrdinalIgnoreCase) && MayBeTheSameFile(name, LastSegment(u)))
            ?? NearestMatch.FindBy(name, alike, LastSegment);
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> may be the file <paramref name="name"/> meant, by the words of their names (split
    /// at `-`, `_`, `.` and spaces, ignoring case): the same words (another extension, case or separator), words that only
    /// tell copies apart added to or left out of one of them (`talk` and `talk-2024`), or one word misspelt in the other. Not when a word of each is
    /// another word, or another number: Falco's `falco-mitre-attack-01.png` is not the post's cover art
    /// `falco-mitre-attack-featured.png`, nor `diagram-1.png` the picture `diagram-2.png`, however near they spell.
    /// </summary>
    internal static bool MayBeTheSameFile(string name, string candidate)
    {
        var a = FileWords(Path.GetFileNameWithoutExtension(name));
        var b = FileWords(Path.GetFileNameWithoutExtension(candidate));
        foreach (var word in a.ToList())
        {
            if (b.Remove(word))
            {
                a.Remove(word);
            }
        }

        if (a.Count == 0 || b.Count == 0)
        {
            // A word added or left out that only tells copies apart (`talk-2024`, `diagram-v2`, `logo-dark`, `shot-final`),
            // not one that names another picture: KubeVela's `addon.png` is not the 1.3 post's `addon-configuration.png`.
            return a.Concat(b).All(IsQualifier);
        }

        if (string.Concat(a) == string.Concat(b))
        {
            return true;
        }

        if (a.Count != 1 || b.Count != 1)
        {
            return false;
        }

        // One word for another: a misspelling keeps its numbers and most of its letters.
        var (x, y) = (a[0], b[0]);
        return Digits(x) == Digits(y) && x.Any(char.IsLetter)
            && NearestMatch.Distance(x, y) <= Math.Max(1, Math.Max(x.Length, y.Length) / 3);
    }

    /// <summary>A word of a file name that tells versions, sizes or variants of one picture apart: a number, `v2`, `2x`, `dark`.</summary>
    private static bool IsQualifier(string word) =>
        (word.Any(char.IsAsciiDigit) && word.Count(char.IsLetter) <= 3) || QualifierWords.Contains(word);

    private static readonly HashSet<string> QualifierWords = new(StringComparer.Ordinal)
    {
        "new", "old", "final", "latest", "updated", "update", "copy", "orig", "original", "edited", "fixed", "draft", "alt",
        "small", "large", "big", "thumb", "thumbnail", "full", "hd", "hi", "hires", "lo", "min", "compressed", "optimized",
        "resized", "cropped", "scaled", "light", "dark", "white", "black", "color", "colour", "en", "zh", "cn",
    };

    private static List<string> FileWords(string stem) =>
        [.. stem.ToLowerInvariant().Split(['-', '_', '.', ' ', '@'], StringSplitOptions.RemoveEmptyEntries)];

    private static string Digits(string word) => string.Concat(word.Where(char.IsAsciiDigit));

    /// <summary>How many path segments the two paths end with alike, ignoring case.</summary>
    private static int SharedTail(string[] a, string[] b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && string.Equals(a[^(n + 1)], b[^(n + 1)], StringComparison.OrdinalIgnoreCase))
        {
            n++;
        }

        return n;
    }

    private string LanguageOf(string url)
    {
        foreach (var language in _content.Config.Languages)
        {
            if (!language.IsDefault && url.StartsWith(language.HomeUrl, StringComparison.Ordinal))
            {
                return language.Code;
            }
        }

        return _content.Config.DefaultLanguage.Code;
    }

    private static string LastSegment(string url)
    {
        var trimmed = url.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

    private static string Folder(string url)
    {
        var trimmed = url.TrimEnd('/');
        return trimmed[..(trimmed.LastIndexOf('/') + 1)];
    }
}
