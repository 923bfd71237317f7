using System.Globalization;
using System.Text.RegularExpressions;
using Site.Content.FrontMatter;
using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>Reports unknown and missing front matter keys, suggesting the nearest valid key.</summary>
internal static partial class KeyValidator
{
    /// <param name="pageId">The source page's id (`blog/2024/x.md`), so that a `slug:` key can be told the page's new name; null for translations, whose name is their source's, and the home page.</param>
    /// <param name="isBundle">Whether the page is a folder's index.md, whose folder gives its name.</param>
    /// <param name="inherited">Keys a translation takes from its source: a foreign key meaning one of them is deleted, not renamed.</param>
    public static string? ReportUnknown(FrontMatterEntry e, PageSchema schema, IReadOnlyList<string> allowed, FrontMatterReader reader, string? context = null, string? pageId = null, IReadOnlyList<string>? inherited = null, bool isBundle = false)
    {
        var near = NearestMatch.Find(e.Key, allowed);
        var message = $"unknown key `{e.Key}` for {schema.Noun}{context}";
        var hint = ForeignKeyHints.For(e.Key, allowed, out var use);
        if (pageId is not null && SlugAdvice(e, pageId, isBundle) is { } slugAdvice)
        {
            message += $": {slugAdvice}";
            near = null;
        }
        else if (e.Key == "params" && e.Value is YamlDotNet.RepresentationModel.YamlMappingNode parameters && ParamsAdvice(parameters, allowed) is { } opened)
        {
            // Hugo's `params:` holds what the origin site's theme reads, the byline among it: deleting the key as told would drop it.
            message += $": Hugo's page parameters, read by the origin site's theme: {opened}";
            near = null;
        }
        else if (inherited is not null && e.Key is "slug" or "permalink" or "url")
        {
            // kubernetes.io's translations repeat their source's `slug`: here a translation's URL is its source page's.
            message += ": a translation's URL is its source page's (with the language's prefix): delete the key";
            near = null;
        }
        else if (hint is not null && use is not null && inherited?.Contains(use) == true)
        {
            // Hugo's `publishdate` in a translation: renamed to `date`, it would only be told it is inherited.
            message += $": it is `{use}` here, which a translation takes from its source page: delete the line";
            near = null;
        }
        else if (use == "authors" && e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && AuthorNames.FromLinks(text) is { } names)
        {
            // Docsy's `author` is a string of markdown links with affiliations: renamed alone it would fail twice more.
            message += $": write it as `{AuthorNames.ListLine(names)}` (names only: authors are shown as plain text)";
        }
        else if (hint is not null && use is not null && IsEmpty(e))
        {
            // `description: ""` (a Docusaurus template's blank): renamed, it would only become an empty `summary`.
            message += $": it is `{use}` here, but empty: delete the line";
            near = use;
        }
        else if (use is not null && FinishedLine(use, e) is { } line)
        {
            // The line to write, not only the key: `author_name: A, B` renamed alone would fail again as "must be a list".
            message += $": write it as `{line}`";
            near = use;
        }
        else if (hint is not null)
        {
            // A key another site generator uses: say what this site does instead, rather than the nearest spelling.
            message += $": {hint}";
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

    private static bool IsEmpty(FrontMatterEntry e) =>
        e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: var v } && string.IsNullOrWhiteSpace(v);

    /// <summary>
    /// Hugo's `slug: other-name` (the URL's last part, whatever the file is called): here the file's name (or a bundle's
    /// folder's) is the URL, so the advice names the page's new name, in lower case as Hugo makes its URLs, and the
    /// `site move` that renames it. Null for other keys and for values that are not a slug.
    /// </summary>
    private static string? SlugAdvice(FrontMatterEntry e, string pageId, bool isBundle)
    {
        if (!e.Key.Equals("slug", StringComparison.OrdinalIgnoreCase) || e.Value is not YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } written }
            || !written.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') || written.StartsWith('.') || written.StartsWith('_'))
        {
            return null;
        }

        var value = written.ToLowerInvariant();
        var name = Path.GetFileNameWithoutExtension(pageId);
        var what = isBundle ? "folder's" : "file's";
        if (value == name)
        {
            return $"the {what} name gives the page this URL already: delete the key";
        }

        var folder = pageId[..(pageId.Length - Path.GetFileName(pageId).Length)];
        var rename = isBundle ? $"rename the folder `{name}/` to `{value}/`" : $"rename the file to `{value}.md`";
        return $"the page's URL comes from its {what} name: {rename} and delete the key (`site move {pageId} {folder}{value}.md` does it for a published page and keeps its old URL working)";
    }

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
