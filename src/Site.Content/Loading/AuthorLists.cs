using Site.Content.Config;
using Site.Content.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Loading;

/// <summary>A Docusaurus <c>blog/authors.yml</c> found in a language folder: its keys and the names they stand for.</summary>
/// <param name="DisplayPath">The file as diagnostics show it (`input/zh/blog/authors.yml`): each language may have its own.</param>
internal sealed record AuthorList(LanguageInfo Language, IReadOnlyDictionary<string, string> Names, string DisplayPath);

/// <summary>
/// Docusaurus sites list their blog's authors once (<c>blog/authors.yml</c>: a key, then <c>name</c>, <c>title</c>,
/// <c>image_url</c>) and posts name them by key (<c>authors: [Fei-Guo]</c>). Here a post names its authors, so a key
/// would be shown to readers as a name: each post that uses one is told the line to write, in the same run.
/// </summary>
internal static class AuthorLists
{
    public const string IgnoredMessage = "ignored: Docusaurus's list of blog authors, which posts name by key; here a post names its authors in `authors: [Name]` (each post that uses a key is told the line to write): once none does, delete this file";

    /// <summary>Whether <paramref name="rel"/>, a file's path below its language folder, is the blog's author list.</summary>
    public static bool IsAuthorList(string rel) => rel is "blog/authors.yml" or "blog/authors.yaml";

    /// <summary>The keys and names of an author list; null when the file is not a YAML mapping (it is ignored either way).</summary>
    public static AuthorList? Read(LanguageInfo language, string fullPath, string displayPath)
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

            return new AuthorList(language, names, displayPath);
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

        foreach (var file in files)
        {
            if (file is not { Kind: Model.PageKind.Post } || file.Document.FrontMatter.Get("authors") is not { } entry
                || (lists.FirstOrDefault(l => l.Language == file.Language) ?? lists.FirstOrDefault(l => l.Language.IsDefault)) is not { } list)
            {
                continue;
            }

            var written = entry.Value switch
            {
                YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
                YamlScalarNode { Value: { } one } => [one],
                _ => [],
            };
            // A key that is the very name it stands for (`Volcano: {name: Volcano}`) reads the same either way.
            var keys = written.Where(w => list.Names.TryGetValue(w, out var name) && name != w).ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var quoted = string.Join(" and ", keys.Select(k => $"`{k}`"));
            var what = keys.Count == 1 ? "is a key" : "are keys";
            var line = AuthorNames.ListLine(written.Select(w => list.Names.GetValueOrDefault(w, w)));
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, entry.ValuePosition.Line, entry.ValuePosition.Column,
                $"{quoted} {what} of {list.DisplayPath} (Docusaurus's list of authors), not {(keys.Count == 1 ? "a name" : "names")}: write `{line}`"));
        }
    }
}
