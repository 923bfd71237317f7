using System.Globalization;
using System.Text.RegularExpressions;
using Site.Content.Config;
using Site.Content.FrontMatter;
using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>Reports unknown and missing front matter keys, suggesting the nearest valid key.</summary>
internal static partial class KeyValidator
{
    /// <param name="inherited">Keys a translation takes from its source: a foreign key meaning one of them is deleted, not renamed.</param>
    /// <param name="fileName">The file's name without `.md`: a post named `2021-08-30-x.md` is dated by it, which `pub-date` is compared with.</param>
    /// <param name="block">The page's front matter: advice that meets another of its keys (`categories` beside `tags:`) gives the finished line of both.</param>
    public static string? ReportUnknown(FrontMatterEntry e, PageSchema schema, IReadOnlyList<string> allowed, FrontMatterReader reader, string? context = null, IReadOnlyList<string>? inherited = null, FrontMatterBlock? block = null, string fileName = "", AuthorList? authors = null, (LanguageInfo Page, LanguageInfo Source)? translation = null)
    {
        var near = NearestMatch.Find(e.Key, allowed);
        var message = $"unknown key `{e.Key}` for {schema.Noun}{context}";
        var hint = ForeignKeyHints.For(e.Key, allowed, out var use);
        if (e.Key == "params" && e.Value is YamlDotNet.RepresentationModel.YamlMappingNode parameters && ParamsAdvice(parameters, allowed) is { } opened)
        {
            // Hugo's `params:` holds what the origin site's theme reads, the byline among it: deleting the key as told would drop it.
            message += $": Hugo's page parameters, read by the origin site's theme: {opened}";
            near = null;
        }
        else if (inherited is null && allowed.Contains("aliases") && UrlKeyValue(e) is { } oldUrl)
        {
            // Hugo's `url: /blog/2020/12/december-update/`, Gatsby's `path:`, Jekyll's `permalink:`: the address old links use;
            // as an alias they keep working. (Gatsby's `path` renamed to the nearest key, `date`, gave a post two dates.)
            message += $": `{e.Key}` sets a page's address on {UrlKeyOrigin(e.Key)} sites; here its file's name does: to keep the old address working, write it as `aliases: [{oldUrl}]`";
            near = "aliases";
        }
        else if (inherited is not null && e.Key is "slug" or "permalink" or "url" or "path")
        {
            // kubernetes.io's translations repeat their source's `slug`: here a translation's URL is its source page's.
            message += ": a translation's URL is its source page's (with the language's prefix): delete the key";
            near = null;
        }
        else if (inherited is null && e.Key is "pub-date" or "pub-year" or "pug-year" && allowed.Contains("date"))
        {
            // KubeVirt's Jekyll posts repeat their date as `pub-date: November 22` and `pub-year: 2019`, some of them wrongly.
            message += $": {PubDateAdvice(e, block, fileName)}";
            near = null;
        }
        else if (inherited is null && e.Key is "author handle" or "author_handle" or "authorHandle" && allowed.Contains("authors"))
        {
            // Knative's `author handle: https://github.com/kahirokunn`: deleted with no word, the author seemed lost.
            message += $": {AuthorHandleAdvice(e, block)}";
            near = null;
        }
        else if (hint is not null && use is not null && inherited?.Contains(use) == true)
        {
            // Hugo's `publishdate` in a translation: renamed to `date`, it would only be told it is inherited.
            message += $": it is `{use}` here, which a translation takes from its source page: delete the line";
            near = null;
        }
        else if (use == "authors" && authors is not null && AuthorLists.Written(e) is var keysOrNames && authors.KeysIn(keysOrNames) is { } keys)
        {
            // Jekyll's `author: jakub_scholz`, a key of `_data/authors.yml`: renamed as it is, the byline showed the key.
            message += $": {authors.KeysMessage(keys, keysOrNames)}{InPlaceOf(e)}";
            near = use;
        }
        else if (use == "authors" && e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && AuthorNames.FromLinks(text) is { } linked)
        {
            // Docsy's `author` is a string of markdown links with affiliations: renamed alone it would fail twice more.
            message += $": write it as `{AuthorNames.ListLine(linked.Names)}` (without the links: authors are shown as plain text){linked.UnlinkedAdvice}";
        }
        else if (hint is not null && use is not null && IsEmpty(e))
        {
            // `description: ""` (a Docusaurus template's blank): renamed, it would only become an empty `summary`.
            message += $": it is `{use}` here, but empty: delete the line";
            near = use;
        }
        else if (use == "summary" && e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } said }
            && block?.Get("title")?.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } titled } && SummaryRepeatsTitle.Same(said, titled))
        {
            // KubeVela's Chinese posts: `description` was the title again; renamed as told, lists showed it twice.
            message += ": it is `summary` here, but it repeats the title, which lists show right above the summary: delete the line, and lists show the page's opening paragraph";
            near = use;
        }
        else if (use == "summary" && translation is { } languages && e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } words }
            && ProseScript.InSourceScript(words, languages.Page.Code, languages.Source.Code))
        {
            // KubeVela's Chinese posts kept the English `description`: renamed as told, the Chinese list showed English summaries.
            var notTranslated = $"it is `summary` here, but its text is in {languages.Source.Name}, the source's language, not in {languages.Page.Name}";
            message += block?.Get("summary") is { } own
                ? $": {notTranslated}, and `summary:` on line {own.KeyPosition.Line} gives the page's summary already: delete the line"
                : $": {notTranslated}: lists would show it to {languages.Page.Name} readers as it is; write its translation as `summary: …`, or delete the line, and lists show the page's own first paragraph";
            near = use;
        }
        else if (use is not null && use != "tags" && block?.Get(use) is { } given && given != e && TargetGivenAdvice(e, use, given) is { } kept)
        {
            // `subtitle` beside `summary:` (KubeEdge): renamed as told, it gave a duplicate key, and keeping one of the two lost a text.
            message += $": {kept}";
            near = use;
        }
        else if (use == "tags" && TagsAdvice(e, block) is { } tagsLine)
        {
            // `categories` beside `tags:`, renamed as told, gave a duplicate key, and keeping one of the two lost labels.
            message += $": {tagsLine}";
            near = use;
        }
        else if (use is not null && FinishedLine(use, e) is { } line)
        {
            // The line to write, not only the key: `author_name: A, B` renamed alone would fail again as "must be a list".
            // A value written over several lines (`description: >`) goes with it: replacing the key's line alone breaks the YAML.
            message += $": write it as `{line}`{InPlaceOf(e)}";
            near = use;
        }
        else if (hint is not null)
        {
            // A key another site generator uses: say what this site does instead, rather than the nearest spelling.
            message += $": {(hint.EndsWith("delete the line", StringComparison.Ordinal) && HasLinesUnder(e) ? hint[..^"the line".Length] + "the key and the lines of its value under it" : hint)}";
            near = use;
        }
        else if (near is not null)
        {
            message += $"; did you mean `{near}`?";
        }
        else
        {
            var owner = PageSchema.All.FirstOrDefault(s => s != schema && s.Allowed.Contains(e.Key));
            message += owner is not null
                ? $" (`{e.Key}` belongs to {owner.Noun}); valid keys: {string.Join(", ", allowed)}"
                : $"; valid keys: {string.Join(", ", allowed)}";
        }

        reader.Error(e.KeyPosition, message);
        return near;
    }

    /// <summary>
    /// What each entry of Hugo's `params:` map becomes here: the author the byline (the finished `authors` line, or where to
    /// find the name when the value is a key into the origin site's list of authors), cover and thumbnail images nothing;
    /// the rest is named as the origin theme's. Null for an empty map.
    /// </summary>
    private static string? ParamsAdvice(YamlDotNet.RepresentationModel.YamlMappingNode parameters, IReadOnlyList<string> allowed)
    {
        var parts = new List<string>();
        var images = new List<string>();
        var others = new List<string>();
        foreach (var (keyNode, value) in parameters.Children)
        {
            var key = (keyNode as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? string.Empty;
            if (key is "author" or "authors")
            {
                var names = AuthorValues(value).ToList();
                if (!allowed.Contains("authors"))
                {
                    parts.Add($"`params.{key}`: this page type shows no authors");
                }
                else if (names.Count > 0 && names.All(n => n.Contains(' ') || n.Any(char.IsUpper)))
                {
                    parts.Add($"`params.{key}` is the byline: write it as `{AuthorNames.ListLine(names)}`");
                }
                else if (names.Count > 0)
                {
                    parts.Add($"`params.{key}: {string.Join(", ", names)}` names an entry of the origin site's list of authors (Hugo's data/authors file): write the name it stands for, `authors: [Full Name]`");
                }
            }
            else if (key.Contains("cover", StringComparison.OrdinalIgnoreCase) || key.Contains("thumbnail", StringComparison.OrdinalIgnoreCase)
                || key.Contains("image", StringComparison.OrdinalIgnoreCase) || key.Contains("banner", StringComparison.OrdinalIgnoreCase))
            {
                images.Add($"`{key}`");
            }
            else if (key.Length > 0)
            {
                others.Add($"`{key}`");
            }
        }

        if (images.Count > 0)
        {
            parts.Add($"{string.Join(", ", images)}: this site shows no cover or thumbnail image (it draws each page's link-preview card itself)");
        }

        if (others.Count > 0)
        {
            parts.Add($"{string.Join(", ", others)} {(others.Count == 1 ? "is" : "are")} read only by the origin site's theme");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts) + "; then delete the key";

        // `author: flynn`, `author: {name: Ann Lee, avatar: …}`, or a list of either.
        static IEnumerable<string> AuthorValues(YamlDotNet.RepresentationModel.YamlNode node) => node switch
        {
            YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } text } => AuthorNames.FromText(text),
            YamlDotNet.RepresentationModel.YamlMappingNode map when map.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("name"), out var name) => AuthorValues(name),
            YamlDotNet.RepresentationModel.YamlSequenceNode list => list.Children.SelectMany(AuthorValues),
            _ => [],
        };
    }

    /// <summary>
    /// `key: value` for a foreign key's one-line text renamed to <paramref name="use"/>: a list key gets a list (authors
    /// split into names); null for a longer or structured value, which is renamed as it is.
    /// </summary>
    private static string? FinishedLine(string use, FrontMatterEntry e)
    {
        // A folded or literal block (`author: >`) ends in a line break; names on lines of their own are a list.
        var text = (e.Value as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value?.Trim();
        if (text is not { Length: > 0 and <= 200 } || (text.Contains('\n') && use is not ("authors" or "translators")))
        {
            return null;
        }

        return use switch
        {
            "authors" or "translators" => AuthorNames.ListLine(AuthorNames.FromText(text), use),
            "tags" or "aliases" => $"{use}: [{FrontMatterReader.FlowItem(text)}]",
            _ => $"{use}: {FrontMatterReader.FlowItem(text)}",
        };
    }

    /// <summary>
    /// `categories` (or another key that gives tags) as `tags:`: the finished `tags: […]` line, merged with the page's own
    /// `tags:` when it has one (each label once, theirs first, in order), so that no label is lost and no key given twice.
    /// Null for a value that is no list of words (a map), or beside a `tags:` that is none.
    /// </summary>
    private static string? TagsAdvice(FrontMatterEntry e, FrontMatterBlock? block)
    {
        var given = Words(e.Value);
        if (given is not { Count: > 0 })
        {
            return null;
        }

        var plural = e.Key.EndsWith('s');
        var these = plural ? $"`{e.Key}` are tags here" : $"`{e.Key}` is a tag here";
        var deleteThis = HasLinesUnder(e) ? "delete this key and the lines of its value under it" : "delete this key";
        if (block?.Get("tags") is not { } tags)
        {
            return $"write it as `tags: [{string.Join(", ", given.Select(FrontMatterReader.FlowItem))}]`{InPlaceOf(e)}";
        }

        if (Words(tags.Value) is not { } own)
        {
            return null;
        }

        // Two labels that make the same tag page (`Community`, `community`) are one tag.
        var merged = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in own.Concat(given))
        {
            var slug = Slug.From(word);
            if (seen.Add(slug.Length > 0 ? slug : word))
            {
                merged.Add(word);
            }
        }

        var line = tags.KeyPosition.Line;
        if (merged.Count == own.Count)
        {
            return $"{these}, and `tags:` on line {line} has {(plural ? "each of them" : "it")} already: {deleteThis}";
        }

        var itsLines = HasLinesUnder(tags) ? " (in place of that key and the lines of its value under it)" : string.Empty;
        return $"{these}: merge {(plural ? "them" : "it")} into `tags:` on line {line}: `tags: [{string.Join(", ", merged.Select(FrontMatterReader.FlowItem))}]`{itsLines}, and {deleteThis}";

        // `categories: [A, B]`, one `- A` per line, or `category: A`.
        static List<string>? Words(YamlDotNet.RepresentationModel.YamlNode node) => node switch
        {
            YamlDotNet.RepresentationModel.YamlScalarNode { Value: var v } => string.IsNullOrWhiteSpace(v) ? [] : [v.Trim()],
            YamlDotNet.RepresentationModel.YamlSequenceNode list when list.Children.All(c => c is YamlDotNet.RepresentationModel.YamlScalarNode) =>
                [.. list.Children.Select(c => ((YamlDotNet.RepresentationModel.YamlScalarNode)c).Value?.Trim()).OfType<string>().Where(v => v.Length > 0)],
            _ => null,
        };
    }

    /// <summary>
    /// A foreign key whose equivalent the page gives already (`subtitle` beside `summary:`, `publishDate` beside `date:`,
    /// `author` beside `authors:`): renamed, it would be a duplicate key, so the advice keeps both values in the existing
    /// line: a text it repeats is deleted, another text is folded into it, list items are merged, and two different
    /// single values (dates, addresses) are named, for the contributor to keep the right one. Null for a value of
    /// another shape (a map), which the rename advice covers.
    /// </summary>
    private static string? TargetGivenAdvice(FrontMatterEntry e, string use, FrontMatterEntry given)
    {
        var line = given.KeyPosition.Line;
        var deleteThis = HasLinesUnder(e) ? "delete this key and the lines of its value under it" : "delete this key";
        var itsLines = HasLinesUnder(given) ? " (in place of that key and the lines of its value under it)" : string.Empty;
        if (use is "authors" or "translators" or "aliases")
        {
            if (ListItems(e.Value, use) is not { Count: > 0 } these || ListItems(given.Value, use) is not { } own)
            {
                return null;
            }

            var merged = own.Concat(these).Distinct(StringComparer.Ordinal).ToList();
            return merged.Count == own.Count
                ? $"it is `{use}` here, and `{use}:` on line {line} has {(these.Count == 1 ? "it" : "each of them")} already: {deleteThis}"
                : $"it is `{use}` here: merge it into `{use}:` on line {line}: `{use}: [{string.Join(", ", merged.Select(FrontMatterReader.FlowItem))}]`{itsLines}, and {deleteThis}";
        }

        if (Scalar(e.Value) is not { Length: > 0 } text || Scalar(given.Value) is not { Length: > 0 } existing)
        {
            return null;
        }

        if (use == "summary")
        {
            // Compared as the words a reader sees: KubeEdge's `subtitle` is its `summary` with a link, or the summary's last sentence.
            var words = PlainWords(text);
            var have = PlainWords(existing);
            if (have.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                var links = MarkdownLink().Matches(text).Select(m => m.Groups[2].Value).Where(u => !existing.Contains(u, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
                var linkNote = links.Count == 0 ? string.Empty
                    : $" (a summary is shown as plain text: if the body lacks {(links.Count == 1 ? "its link" : "its links")} to {string.Join(", ", links.Select(u => $"`{u}`"))}, add {(links.Count == 1 ? "it" : "them")} there)";
                return $"it is `summary` here, and `summary:` on line {line} says this already: {deleteThis}{linkNote}";
            }

            var folded = words.Contains(have, StringComparison.OrdinalIgnoreCase) ? text : $"{existing.TrimEnd()} {text.TrimStart()}";
            return $"it is `summary` here, and `summary:` on line {line} gives the page's summary already: fold this text into it, `summary: {FrontMatterReader.FlowItem(Flat(folded))}`{itsLines}, and {deleteThis}";
        }

        var same = use == "date" && FrontMatterReader.TryParseDate(text, out var a) && FrontMatterReader.TryParseDate(existing, out var b)
            ? a == b || DateOnly.FromDateTime(a.DateTime) == DateOnly.FromDateTime(b.DateTime)
            : string.Equals(text.TrimEnd('/'), existing.TrimEnd('/'), StringComparison.Ordinal);
        return same
            ? $"it is `{use}` here, and `{use}:` on line {line} says the same: {deleteThis}"
            : $"it is `{use}` here, and `{use}:` on line {line} says `{Flat(existing)}`: find out which is right, and if it is this one, write `{use}: {FrontMatterReader.FlowItem(Flat(text))}` on line {line}; then {deleteThis}";

        static string? Scalar(YamlDotNet.RepresentationModel.YamlNode node) =>
            (node as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value?.Trim();

        static string Flat(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

        static string PlainWords(string s) => Flat(MarkdownLink().Replace(s, "$1")).TrimEnd('.', ' ');

        static List<string>? ListItems(YamlDotNet.RepresentationModel.YamlNode node, string use) => node switch
        {
            YamlDotNet.RepresentationModel.YamlScalarNode { Value: var v } when string.IsNullOrWhiteSpace(v) => [],
            YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } v } => use == "aliases" ? [v.Trim()] : [.. AuthorNames.FromText(v.Trim())],
            YamlDotNet.RepresentationModel.YamlSequenceNode list when list.Children.All(c => c is YamlDotNet.RepresentationModel.YamlScalarNode) =>
                [.. list.Children.Select(c => ((YamlDotNet.RepresentationModel.YamlScalarNode)c).Value?.Trim()).OfType<string>().Where(v => v.Length > 0)],
            _ => null,
        };
    }

    /// <summary>`[text](address)`: the text a reader sees, and the address.</summary>
    [GeneratedRegex(@"\[([^\]]*)\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    /// <summary>
    /// `pub-date: November 22` with `pub-year: 2019` (KubeVirt's Jekyll theme) repeat the post's date: compared with the
    /// `date:` line, or with the date the file's name starts with, they are deleted, or the difference is named, so that
    /// the contributor looks up which of the two is right rather than losing the one that was.
    /// </summary>
    private static string PubDateAdvice(FrontMatterEntry e, FrontMatterBlock? block, string fileName)
    {
        string? Text(string key) => block?.Get(key)?.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } v } ? v.Trim() : null;
        var dayText = Text("pub-date");
        var yearText = Text("pub-year") ?? Text("pug-year");
        int? year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 3000 ? y : null;
        var dateEntry = block?.Get("date");
        DateOnly? date = dateEntry?.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } d } && FrontMatterReader.TryParseDate(d.Trim(), out var written)
            ? DateOnly.FromDateTime(written.DateTime)
            : DateInFileName(fileName) is { } named ? DateOnly.FromDateTime(named.DateTime) : null;
        // Without `pub-year`, `pub-date: November 22` is read in the year of the post's date; KubeVirt also writes `February, 01`.
        var dayYear = year ?? date?.Year;
        DateOnly? day = null;
        if (dayText is not null && FrontMatterReader.TryParseDate(dayText, out var iso))
        {
            day = DateOnly.FromDateTime(iso.DateTime);
        }
        else if (dayText is not null && dayYear is not null
            && DateOnly.TryParseExact($"{string.Join(' ', dayText.Split([',', '.', ' '], StringSplitOptions.RemoveEmptyEntries))} {dayYear}", ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            day = parsed;
        }

        var where = dateEntry is not null ? $"`date:` on line {dateEntry.KeyPosition.Line}" : "the date the file's name starts with";
        var both = block?.Get("pub-date") is not null && yearText is not null ? $"`pub-date: {dayText}` with `{(Text("pub-year") is not null ? "pub-year" : "pug-year")}: {yearText}`" : $"`{e.Key}`";
        var what = day is not null ? $"{both} {(both.StartsWith("`pub-date:", StringComparison.Ordinal) ? "say" : "says")} {day:yyyy-MM-dd}" : null;
        if (date is null)
        {
            return day is not null
                ? $"{what}, the post's date: write it as `date: {day:yyyy-MM-dd}`, then delete `pub-date` and `{(Text("pub-year") is not null ? "pub-year" : "pug-year")}`"
                : "the day the post was published, which `date:` gives here: write `date: YYYY-MM-DD` if the post has none, then delete the key";
        }

        if (day is not null && day != date)
        {
            return $"{what}, but {where} says {date:yyyy-MM-dd}: find out which is right, and if it is this one, write `date: {day:yyyy-MM-dd}`{(dateEntry is not null ? $" on line {dateEntry.KeyPosition.Line}" : string.Empty)}; then delete the key";
        }

        if (day is null && year is not null && year != date.Value.Year && e.Key != "pub-date")
        {
            return $"`{e.Key}: {year}`, but {where} says {date:yyyy-MM-dd}: find out which year is right, and correct `date:` if it is this one; then delete the key";
        }

        return $"it repeats the post's date ({where}): delete the key";
    }

    /// <summary>`author handle: https://github.com/kahirokunn` (Knative's posts): authors are shown by name, so the name stays in `authors:`.</summary>
    private static string AuthorHandleAdvice(FrontMatterEntry e, FrontMatterBlock? block)
    {
        var text = (e.Value as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value?.Trim() ?? string.Empty;
        var named = block?.Get("authors") ?? block?.Get("author");
        if (named is not null)
        {
            return $"the author's address on the site the post comes from; this site shows authors by name only: keep the name in `authors:` (line {named.KeyPosition.Line} gives it) and delete this key";
        }

        // `https://github.com/kahirokunn` or `@kahirokunn`: the handle is the name the post has, when nothing else gives one.
        var handle = text.TrimEnd('/');
        handle = handle[(handle.LastIndexOf('/') + 1)..].TrimStart('@');
        return handle.Length > 0 && handle.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.')
            ? $"the author's address on the site the post comes from; this site shows authors by name only: write `authors: [{handle}]` (or the author's full name) and delete this key"
            : "the author's address on the site the post comes from; this site shows authors by name only: write the name as `authors: [Name]` and delete this key";
    }

    private static bool IsEmpty(FrontMatterEntry e) =>
        e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: var v } && string.IsNullOrWhiteSpace(v);

    /// <summary>
    /// For a value written over several lines (`description: >`, then its lines): the finished line replaces them all,
    /// which replacing the key's line alone would not (the lines left under it break the YAML). Empty for a one-line value.
    /// </summary>
    public static string InPlaceOf(FrontMatterEntry e) =>
        HasLinesUnder(e) ? ", in place of the key and the lines of its value under it" : string.Empty;

    /// <summary>Whether the value goes on under the key's line: a block (`description: >`) or a list of `- item` lines.</summary>
    private static bool HasLinesUnder(FrontMatterEntry e) => e.Value.End.Line > e.Value.Start.Line || e.ValuePosition.Line > e.KeyPosition.Line;

    /// <summary>The keys that give a page's address on the site it comes from, which <see cref="UrlKeyValue"/> reads.</summary>
    public static readonly string[] UrlKeys = ["url", "path", "permalink"];

    private static string UrlKeyOrigin(string key) => key switch
    {
        "path" => "Gatsby",
        "permalink" => "Jekyll and Hugo",
        _ => "Hugo",
    };

    /// <summary>
    /// A `url:`, `path:` or `permalink:` key's site path (`/blog/2020/12/x/`), with its final `/` as aliases have it; null
    /// for another key or value: a permalink pattern (`/:year/:title/`) or a `.html` address, which no alias can give.
    /// </summary>
    public static string? UrlKeyValue(FrontMatterEntry e) =>
        UrlKeys.Contains(e.Key) && e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 1 } path }
        && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.Any(char.IsWhiteSpace) && !path.Contains('#') && !path.Contains('?')
        && !path.Contains(':') && !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            ? (path.EndsWith('/') ? path : path + "/")
            : null;

    /// <summary>
    /// The name a source page's `slug:` asks for, as a file name of this site: in lower case as Hugo makes its URLs, with
    /// Docusaurus's leading `/` (`slug: /chaos_mesh_q&a`) left out and any other character the file-name rule refuses made a
    /// `-` as that rule's own advice does (`chaos-mesh-q-a`); null for another key, or a value that is no slug (a path).
    /// </summary>
    public static string? SlugValue(FrontMatterEntry e)
    {
        if (!e.Key.Equals("slug", StringComparison.OrdinalIgnoreCase) || e.Value is not YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } value })
        {
            return null;
        }

        var written = value.Trim().TrimEnd('/');
        written = written.StartsWith('/') ? written[1..] : written;
        if (written.Length == 0 || written.Contains('/') || written.StartsWith('.') || written.StartsWith('_') || written.Contains(':'))
        {
            return null;
        }

        // Followed as it was, `chaos-mesh-q&a` gave the file name a second error naming `chaos-mesh-q-a.md`.
        var name = written.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') ? written.ToLowerInvariant() : Text.Slug.From(written);
        return name.Length > 0 ? name : null;
    }

    /// <summary>
    /// Reports a source page's `slug:` once every page is known (<see cref="ContentLoader"/>): here the file's name (or a
    /// bundle's folder's) is the URL, so the advice names the page's new name and the `site move` that renames it, unless
    /// another page of the folder has that name, or several pages of the folder ask for it (their old URLs told them apart
    /// by date): then the page keeps its name. Returns the name it is told to take (`x`, for `x.md` or the folder `x/`),
    /// which the errors of its file's name then name too, so that the messages agree; null when it keeps its name.
    /// </summary>
    /// <param name="sharedBy">How many source pages of the page's folder ask for the same name (itself included).</param>
    /// <param name="takenBy">The id of another page of the folder that has that name already, or null.</param>
    /// <param name="mdxName">The page's file name when it is Docusaurus's `.mdx` (`2020-01-15-x.mdx`), which `site move` does not read.</param>
    public static string? ReportSlug(FrontMatterEntry e, string value, PageSchema schema, FrontMatterReader reader, string pageId, bool isBundle, int sharedBy, string? takenBy, string? mdxName = null, FrontMatterBlock? block = null)
    {
        var name = Path.GetFileNameWithoutExtension(pageId);
        var what = isBundle ? "folder" : "file";
        var folder = pageId[..(pageId.Length - Path.GetFileName(pageId).Length)];
        string advice;
        string? renamed = null;
        if (value == name)
        {
            advice = $"the {what}'s name gives the page this URL already: delete the key";
        }
        else if (sharedBy > 1)
        {
            advice = $"{sharedBy} pages in `{folder}` have `slug: {value}` (their old URLs told them apart by date), and here a page's URL is its {what}'s name, so they cannot all take it: keep this {what}'s name and delete the key";
        }
        else if (takenBy is not null)
        {
            advice = $"`{takenBy}` has that name already, and here a page's URL is its {what}'s name: keep this {what}'s name and delete the key";
        }
        else if (mdxName is not null)
        {
            // An MDX page is an import, never published here: a plain rename, which also makes it the `.md` file its MDX error asks for.
            renamed = value;
            var rename = isBundle ? $"rename the folder `{name}/` to `{value}/`, and `{mdxName}` in it to `index.md`" : $"rename `{mdxName}` to `{value}.md`";
            advice = $"the page's URL comes from its {what}'s name: {rename}, then delete the key{DroppedDate(name, block)}";
        }
        else
        {
            renamed = value;
            var rename = isBundle ? $"rename the folder `{name}/` to `{value}/`" : $"rename the file to `{value}.md`";
            advice = $"the page's URL comes from its {what}'s name: {rename} with `site move {pageId} {folder}{value}.md` (which moves its translations with it and rewrites links to it), then delete the key; "
                + $"the move also adds the current URL to `aliases`: delete it there if the page was never published under it (an import){DroppedDate(name, block)}";
        }

        reader.Error(e.KeyPosition, $"unknown key `{e.Key}` for {schema.Noun}: {advice}");
        return renamed;

        // Docusaurus's and Jekyll's `2020-01-15-x.md`: renamed first, the missing-date error could no longer tell the day.
        static string DroppedDate(string name, FrontMatterBlock? block) =>
            block is not null && block.Get("date") is null && DateInFileName(name) is { } day
                ? $"; add `date: {day:yyyy-MM-dd}` first: the old name starts with the post's date, which the new one drops"
                : string.Empty;
    }

    /// <summary>The error of Docusaurus's `.mdx` page, which names the `.md` file to rename it to (<see cref="InputScanner"/>).</summary>
    /// <param name="why">Why the name differs from the MDX file's own (its `slug:`), or null.</param>
    public static string MdxMessage(string mdxName, string mdName, string? why = null) =>
        $"`{mdxName}` is an MDX page (Docusaurus): pages here are markdown `.md` files: rename it to `{mdName}`{why} (an `import` line or other text only MDX reads is reported at its line)";

    /// <param name="fileSlug">The file name without `.md`: a post named `2021-08-30-x.md` (Docusaurus's and Jekyll's form, dated by its name) is told the `date:` line to add.</param>
    public static void ReportMissing(FrontMatterBlock block, PageSchema schema, FrontMatterReader reader, IReadOnlySet<string> alreadySuggested, string fileSlug = "")
    {
        foreach (var key in schema.Required)
        {
            // A misspelt key already got "did you mean"; saying it is missing too would be noise.
            if (block.Get(key) is null && !alreadySuggested.Contains(key))
            {
                var message = $"missing required key `{key}` ({schema.Noun} need {string.Join(", ", schema.Required.Select(k => $"`{k}`"))})";
                if (key == "date" && DateInFileName(fileSlug) is { } day)
                {
                    message += $"; the file's name starts with a date, which dates a post on Docusaurus and Jekyll sites but not here: add `date: {day:yyyy-MM-dd}`";
                }

                reader.Error(new Position(1, 1), message);
            }
        }
    }

    /// <summary>The day a file's name starts with (`2021-08-30-x.md`, `2020-12-7-x`, or such a name in a folder), or null.</summary>
    public static DateTimeOffset? DateInFileName(string path) =>
        DateInName().Match(Path.GetFileName(path)) is { Success: true } named
        && DateOnly.TryParseExact(named.Groups[1].Value, ["yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;

    /// <summary>`2021-08-30-` or `2020-12-7-` at the start of a file name.</summary>
    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2})-")]
    private static partial Regex DateInName();
}
