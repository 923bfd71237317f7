using System.Text.RegularExpressions;
using Site.Content.FrontMatter;

namespace Site.Content.Loading;

/// <summary>
/// A post's `authors:` or a translation's `translators:`, names shown as plain text, in the source or in a translation
/// (which may write a name as readers of its language know it: 金喆 for Zhe Jin). A markdown link (Docsy's
/// `author: "[Name](https://…)"`) would show its brackets and address, so it is an error that gives the name alone.
/// </summary>
internal static partial class AuthorNames
{
    /// <param name="origin">The origin site's list of authors for the page's language: keys of it are reported by <see cref="AuthorLists.Check"/>.</param>
    public static IReadOnlyList<string> Read(FrontMatterEntry entry, FrontMatterReader reader, AuthorList? origin = null)
    {
        if (entry.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && FromLinks(text) is { } linked)
        {
            // Docsy's `author: "[Name](https://…) (Org), [Other](https://…)"`: the finished list, not a list of that text.
            reader.Error(entry.ValuePosition, $"`{entry.Key}` is a list of names, shown as plain text: write `{ListLine(linked.Names, entry.Key)}`{KeyValidator.InPlaceOf(entry)}{linked.UnlinkedAdvice}");
            return linked.Names;
        }

        if (entry.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } plain } && plain.Trim().Length > 0)
        {
            // `authors: A and B` (a byline): the finished list, not a list of that one text.
            var names = FromText(plain);
            if (origin?.KeysIn(names) is not null)
            {
                // `authors: cwen`: its one message gives the names (AuthorLists.Check); told `authors: [cwen]` here as well, at
                // the same place, Chaos Mesh's importers followed that, deleted authors.yml, and "cwen" was the byline.
                return names;
            }

            reader.Error(entry.ValuePosition, $"`{entry.Key}` must be a list of names: write `{ListLine(names, entry.Key)}`{KeyValidator.InPlaceOf(entry)}");
            return names;
        }

        if (entry.Value is YamlDotNet.RepresentationModel.YamlSequenceNode { Children.Count: > 0 } people
            && people.Children.All(p => p is YamlDotNet.RepresentationModel.YamlMappingNode m && Field(m, "name") is not null))
        {
            // Docusaurus's inline authors (`- name: Kevin Wang`, `title: Huawei Cloud`, `url`, `image_url`): the names, each
            // with its title as the byline's affiliation, as posts here write it.
            var named = people.Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>()
                .Select(m => Field(m, "title") is { } title ? $"{Field(m, "name")} ({title})" : Field(m, "name")!).ToList();
            reader.Error(entry.ValuePosition, $"`{entry.Key}` is a list of names, shown as plain text (a Docusaurus author's `url` and picture are not shown): write `{ListLine(named, entry.Key)}`, in place of the key and the lines of its value under it");
            return named;
        }

        if (reader.ListWithPositions(entry) is not { } items)
        {
            return [];
        }

        foreach (var (value, position) in items)
        {
            var name = MarkdownLink().Replace(value, "$1");
            if (name != value)
            {
                reader.Error(position, $"`{entry.Key}` holds names, shown as plain text: `{value}` would show its brackets and address; write `{name}`");
            }
        }

        return items.Select(i => i.Value).ToArray();
    }

    private static string? Field(YamlDotNet.RepresentationModel.YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode(key), out var value)
        && value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    /// <summary>
    /// The people of a byline that names some of them as markdown links (Docsy's `[Reese Lee](https://github.com/x) (New
    /// Relic), [Adriana Villela](…)`): each link's text, with the words after it up to the next separator as its
    /// affiliation (`Reese Lee (New Relic)`, `[Benjamin Wang](…) Broadcom` → `Benjamin Wang (Broadcom)`), as a byline
    /// written as text keeps them. A part with no link is a name of its own (etcd's `[Han Kang](…), [Marek
    /// Siarkowicz](…), Frederico Muñoz` names three people) unless it reads as a company (`[Gyuho Lee](…), Amazon Web
    /// Services`): only the writer can tell for sure, so <see cref="LinkedByline.UnlinkedAdvice"/> offers the other reading.
    /// Null when the text has no link.
    /// </summary>
    public static LinkedByline? FromLinks(string text)
    {
        var links = new List<string>();
        var marked = MarkdownLink().Replace(text, m =>
        {
            links.Add(m.Groups[1].Value.Trim());
            return $"\u0001{links.Count - 1}\u0002";
        });
        if (links.Count == 0)
        {
            return null;
        }

        var names = new List<string>();
        var unlinked = new List<(string Name, string After, bool AsAffiliation)>();
        string? bareLinked = null; // the last name, when it is a link's text with nothing after it (no affiliation yet)
        var parts = BylineSeparator().Split(marked);
        for (var i = 0; i < parts.Length; i += 2)
        {
            var part = parts[i].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var pieces = LinkMark().Split(part);
            if (pieces.Length == 1)
            {
                if (names.Count > 0 && char.IsLower(part[0]) && part.Contains(' '))
                {
                    names[^1] += parts[i - 1] + part;
                }
                else if (bareLinked is not null && LooksLikeOrganisation(part))
                {
                    // `[Gyuho Lee](…), Amazon Web Services`: the company of the person before it, as written without a comma.
                    unlinked.Add((part, bareLinked, AsAffiliation: true));
                    names[^1] = $"{bareLinked} ({part})";
                }
                else if (!IsBylineWord(part))
                {
                    names.Add(part);
                }

                bareLinked = null;
                continue;
            }

            // Split keeps each mark's number (the pattern's group) at odd places, the text around the marks at even places.
            var leading = pieces[0].Trim();
            if (leading.Length > 0 && !IsBylineWord(leading))
            {
                names.Add(leading);
            }

            bareLinked = null;

            for (var j = 1; j < pieces.Length; j += 2)
            {
                var name = links[int.Parse(pieces[j], System.Globalization.CultureInfo.InvariantCulture)];
                var after = pieces[j + 1].Trim();
                var affiliation = after.Length == 0 ? string.Empty : after[0] == '（' ? after : after[0] == '(' ? " " + after : $" ({after})";
                names.Add(name + affiliation);
                bareLinked = after.Length == 0 && name.Length > 0 ? name : null;
            }
        }

        names = names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return names.Count > 0 ? new LinkedByline(names, unlinked) : null;
    }

    /// <summary>`By`, `Authors:`: the word before a byline's names, not a name.</summary>
    private static bool IsBylineWord(string text) =>
        text.TrimEnd(':', '：').Trim().ToLowerInvariant() is "by" or "author" or "authors" or "作者";

    /// <summary>
    /// An unlinked part of a byline of links that follows a name with nothing after it: `Amazon Web Services`, `VMware`,
    /// `VMware by Broadcom` (one word, a word in lower case, or a word of a company's name), not `Frederico Muñoz`.
    /// </summary>
    private static bool LooksLikeOrganisation(string part) =>
        !part.Contains(' ') || part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]))
        || Markdown.BodyByline.IsAffiliation(part);

    /// <summary>
    /// The names a linked byline gives (<see cref="FromLinks"/>) and its parts without a link read as the affiliation
    /// of the name before them, which the writer may have meant as another author.
    /// </summary>
    public sealed record LinkedByline(IReadOnlyList<string> Names, IReadOnlyList<(string Name, string After, bool AsAffiliation)> Unlinked)
    {
        /// <summary>
        /// `; `Amazon Web Services` has no link, so it is read as Gyuho Lee's organisation: if it is another author, write
        /// `Gyuho Lee, Amazon Web Services` in place of `Gyuho Lee (Amazon Web Services)``; empty when there is none.
        /// </summary>
        public string UnlinkedAdvice => string.Concat(Unlinked.Where(u => u.AsAffiliation).Select(u =>
            $"; `{u.Name}` has no link, so it is read as {u.After}'s organisation: if it is another author, write `{FrontMatterReader.FlowItem(u.After)}, {FrontMatterReader.FlowItem(u.Name)}` in place of `{FrontMatterReader.FlowItem($"{u.After} ({u.Name})")}`"));
    }

    /// <summary>
    /// The names of a byline written as text: the links' texts when it has links, else its parts between commas
    /// (`,`, `，`, `、`), semicolons, line breaks, `and`, `&amp;` and ` / ` (`Fabian Reinartz, Julius Volz`, `A (@a) and B (@b)`),
    /// or after each name's affiliation in parentheses (`A (Org) B (Org)`).
    /// </summary>
    public static IReadOnlyList<string> FromText(string text)
    {
        if (FromLinks(text) is { } linked)
        {
            return linked.Names;
        }

        // Split keeps the separators (the pattern's group) at odd places: a phrase that starts in lower case (`…, for the
        // Istio Product Security Working Group`, `on behalf of …`) goes on with the name before it, separator and all.
        var parts = BylineSeparator().Split(text);
        var names = new List<string>();
        for (var i = 0; i < parts.Length; i += 2)
        {
            var part = parts[i].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            // A single lower-case word is a handle of its own (`dholbach & pjbgf`), not a phrase about the name before it.
            if (names.Count > 0 && char.IsLower(part[0]) && part.Contains(' '))
            {
                names[^1] += parts[i - 1] + part;
            }
            else
            {
                names.AddRange(AfterAffiliations(part));
            }
        }

        return names.Count > 0 ? names : [text.Trim()];
    }

    /// <summary>
    /// `Avery Qi (Tongji University) Zhengxi Zhou (Alibaba Cloud)`, `Avery Qi（同济大学） 周正喜（阿里云)`: names each followed by
    /// an affiliation in parentheses, with no separator between the people, are as many names (each keeps its
    /// affiliation, as `Ann Lee (Google), Bo Chen (Red Hat)` does). What follows a closing parenthesis is another name
    /// only when it is one: it starts with a capital or a Han letter, and is more than one Latin word (`(Foo) Inc` stays).
    /// </summary>
    private static IEnumerable<string> AfterAffiliations(string part)
    {
        // Split keeps the white space before each candidate (the group) at odd places, to put back where no name starts.
        var pieces = AfterAffiliation().Split(part);
        var kept = new List<string> { pieces[0] };
        for (var i = 2; i < pieces.Length; i += 2)
        {
            var (space, piece) = (pieces[i - 1], pieces[i]);
            var isName = (space.Length > 0 || kept[^1].EndsWith('）'))
                && (piece.Contains(' ') || piece.IndexOfAny(['(', '（']) >= 0 || piece.Any(Text.ProseScript.IsHan));
            if (isName)
            {
                kept.Add(piece);
            }
            else
            {
                kept[^1] += space + piece;
            }
        }

        return kept.Select(k => k.Trim());
    }

    /// <summary>A closing parenthesis of either width, the white space after it (group 1), then a capital or another letter.</summary>
    [GeneratedRegex(@"(?<=[)）])(\s*)(?=[\p{Lu}\p{Lo}])")]
    private static partial Regex AfterAffiliation();

    /// <summary>`authors: [A, B]` (or another key's), quoting a name a flow list would cut (one with a comma).</summary>
    public static string ListLine(IEnumerable<string> names, string key = "authors") => key + ": [" + string.Join(", ", names.Select(FrontMatterReader.FlowItem)) + "]";

    /// <summary>What separates the names of a byline: commas of either width, `、`, `;`, line breaks, a word `and`, `&amp;` or ` / `.</summary>
    [GeneratedRegex(@"(\s*[,，、;\n]\s*(?:and\s+)?|\s+(?:and|&|/)\s+)")]
    private static partial Regex BylineSeparator();

    /// <summary>A link's place in <see cref="FromLinks"/>'s marked text, its number in group 1.</summary>
    [GeneratedRegex("\u0001([0-9]+)\u0002")]
    private static partial Regex LinkMark();

    /// <summary>`[text](target)`, the text in group 1.</summary>
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
