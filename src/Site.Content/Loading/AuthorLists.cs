using Site.Content.Config;
using Site.Content.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Loading;

/// <summary>
/// A list of authors of the site the posts come from: Docusaurus's <c>blog/authors.yml</c> in a language folder, or Jekyll's
/// <c>_data/authors.yml</c> at the top of input/ (the default language's); its keys and the names they stand for.
/// </summary>
/// <param name="DisplayPath">The file as diagnostics show it (`input/zh/blog/authors.yml`): each language may have its own.</param>
/// <param name="Origin">What the file is, as messages name it ("Docusaurus's list of authors").</param>
internal sealed record AuthorList(LanguageInfo Language, IReadOnlyDictionary<string, string> Names, string DisplayPath, string Origin = AuthorLists.Docusaurus)
{
    /// <summary>The names of <paramref name="written"/>'s keys, when at least one of them is a key that is not its own name; else null.</summary>
    public IReadOnlyList<string>? KeysIn(IReadOnlyList<string> written) =>
        written.Where(w => Names.TryGetValue(w, out var name) && name != w).ToList() is { Count: > 0 } keys ? keys : null;

    /// <summary>What to say of <paramref name="keys"/>, keys of this list written where names belong, and the line to write.</summary>
    public string KeysMessage(IReadOnlyList<string> keys, IEnumerable<string> written, string key = "authors")
    {
        var quoted = string.Join(" and ", keys.Select(k => $"`{k}`"));
        var what = keys.Count == 1 ? "is a key" : "are keys";
        var line = AuthorNames.ListLine(written.Select(w => Names.GetValueOrDefault(w, w)), key);
        return $"{quoted} {what} of {DisplayPath} ({Origin}), not {(keys.Count == 1 ? "a name" : "names")}: write `{line}`";
    }
}

/// <summary>
/// Docusaurus sites list their blog's authors once (<c>blog/authors.yml</c>: a key, then <c>name</c>, <c>title</c>,
/// <c>image_url</c>) and posts name them by key (<c>authors: [Fei-Guo]</c>). Here a post names its authors, so a key
/// would be shown to readers as a name: each post that uses one is told the line to write, in the same run.
/// </summary>
internal static class AuthorLists
{
    public const string Docusaurus = "Docusaurus's list of authors";
    public const string Jekyll = "Jekyll's list of authors";

    // Said, not only done: KubeEdge's and Strimzi's importers deleted the lists as told and found the authors' titles and
    // profile links gone without a word.
    public const string IgnoredMessage = "ignored: Docusaurus's list of blog authors, which posts name by key; here a post names its authors in `authors: [Name]` (each post that uses a key is told the line to write), and shows them by name only, without the titles, links and pictures listed here: once no post uses a key, delete this file";

    /// <summary>
    /// The warning at a list that was read, saying how many posts still name its keys: deleted while some did (as Chaos Mesh's
    /// importers did once told `authors: [cwen]`), nothing was left to say that "cwen" was a key, and it was the byline.
    /// </summary>
    public static string IgnoredMessageFor(int postsUsingKeys) =>
        "ignored: Docusaurus's list of blog authors, which posts name by key; here a post names its authors in `authors: [Name]`, and shows them by name only, without the titles, links and pictures listed here: "
        + (postsUsingKeys == 0 ? "no post names its keys: delete this file"
            : $"{postsUsingKeys} {(postsUsingKeys == 1 ? "post still names its keys, told" : "posts still name its keys, each told")} the line to write; delete this file only once none does (without it, a key is shown as the author's name)");

    /// <summary>Whether <paramref name="rel"/>, a file's path below its language folder, is the blog's author list.</summary>
    public static bool IsAuthorList(string rel) => rel is "blog/authors.yml" or "blog/authors.yaml";

    /// <summary>Whether <paramref name="name"/> is the file name of an author list.</summary>
    public static bool IsAuthorFileName(string name) => name is "authors.yml" or "authors.yaml";

    /// <summary>The list the posts of <paramref name="language"/> name their authors from: their own language's, else the default language's.</summary>
    public static AuthorList? For(IReadOnlyList<AuthorList> lists, LanguageInfo language) =>
        lists.FirstOrDefault(l => l.Language == language) ?? lists.FirstOrDefault(l => l.Language.IsDefault);

    /// <summary>The keys and names of an author list; null when the file is not a YAML mapping (it is ignored either way).</summary>
    public static AuthorList? Read(LanguageInfo language, string fullPath, string displayPath, string origin = Docusaurus)
    {
        try
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(fullPath))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                return null;
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in root.Children)
            {
                var name = value switch
                {
                    YamlScalarNode { Value: { Length: > 0 } text } => text,
                    YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode { Value: { Length: > 0 } text } => text,
                    _ => null,
                };
                if (key is YamlScalarNode { Value: { Length: > 0 } k } && name is not null)
                {
                    names[k] = name.Trim();
                }
            }

            return new AuthorList(language, names, displayPath, origin);
        }
        catch (Exception e) when (e is IOException or YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    /// <summary>An error at each post's `authors` that names a key of its language's list (or, for a translation without one, the default language's).</summary>
    public static void Check(IEnumerable<ParsedFile?> files, IReadOnlyList<AuthorList> lists, DiagnosticBag diagnostics)
    {
        if (lists.Count == 0)
        {
            return;
        }

        var users = lists.ToDictionary(l => l, _ => 0);
        foreach (var file in files)
        {
            if (file is not { Kind: Model.PageKind.Post } || file.Document.FrontMatter.Get("authors") is not { } entry
                || For(lists, file.Language) is not { } list)
            {
                continue;
            }

            var written = Written(entry);
            // A key that is the very name it stands for (`Volcano: {name: Volcano}`) reads the same either way.
            if (list.KeysIn(written) is { } keys)
            {
                users[list]++;
                diagnostics.Add(Diagnostic.Error(file.DisplayPath, entry.ValuePosition.Line, entry.ValuePosition.Column, list.KeysMessage(keys, written)));
            }
        }

        foreach (var (list, count) in users)
        {
            if (list.Origin == Docusaurus)
            {
                diagnostics.Add(Diagnostic.Warning(list.DisplayPath, 0, 0, IgnoredMessageFor(count)));
            }
        }
    }

    /// <summary>The names or keys an `authors`/`author` value gives: a list's items, or the people of the one scalar (`cwen, xiangwang`).</summary>
    public static IReadOnlyList<string> Written(FrontMatter.FrontMatterEntry entry) => entry.Value switch
    {
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
        YamlScalarNode { Value: { } one } => AuthorNames.FromText(one),
        _ => [],
    };
}
