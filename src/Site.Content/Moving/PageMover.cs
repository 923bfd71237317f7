using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.History;
using Site.Content.Links;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Content.Text;
using Site.Content.Translation;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Moving;

/// <summary>One file to move (absolute paths).</summary>
public sealed record FileMove(string From, string To);

/// <summary>New text of a file, at its path after the moves, with what changed in it.</summary>
public sealed record FileEdit(string Path, string Text, IReadOnlyList<string> Changes);

/// <summary>Everything a rename does, computed before anything is written.</summary>
public sealed record MovePlan(string FromId, string ToId, string OldUrl, string NewUrl, IReadOnlyList<FileMove> Moves, IReadOnlyList<FileEdit> Edits, IReadOnlyList<string> Warnings);

/// <summary>
/// Renames a page without breaking the site (`site move glossary/microservices.md
/// glossary/microservices-architecture.md`): the source page and every translation move together
/// (with `git mv` in a git work tree, so history follows), the moved page gets its old URL in
/// `aliases` (published as a redirect in every language), every internal link to it is rewritten in
/// every language (markdown links and reference definitions, absolute or relative, keeping
/// `#fragment` and `?query`), front matter that names it by slug follows (`projects`, `category`,
/// `sig`, `glossary`, `related`, `replacedBy`), and a translation that was current before stays
/// current: when rewriting links changes a source page's words, the `sourceHash` of its translations
/// that matched the old words is set to the new one (the text the translator translated has not changed).
/// <see cref="Plan"/> reads and validates, <see cref="Apply"/> writes; nothing is written when planning fails.
/// </summary>
public static class PageMover
{
    /// <summary>
    /// Front matter keys that name a page of a kind by slug: moving a page of that kind rewrites them.
    /// Blog posts and free pages are referred to by URL only (links in bodies).
    /// </summary>
    private static readonly IReadOnlyDictionary<PageKind, string[]> SlugKeys = new Dictionary<PageKind, string[]>
    {
        [PageKind.Project] = ["projects"],
        [PageKind.Category] = ["category"],
        [PageKind.Sig] = ["sig"],
        [PageKind.Term] = ["glossary", "related", "replacedBy"],
    };

    /// <summary>The move of page <paramref name="from"/> to <paramref name="to"/> (ids, paths or URLs), or errors.</summary>
    public static MovePlan? Plan(string inputFolder, string from, string to, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        var root = Path.GetFullPath(inputFolder);
        var bag = new DiagnosticBag();
        var siteYml = Path.Combine(root, "site.yml");
        var config = SiteConfigLoader.Load(siteYml, siteYml, bag);
        if (config is null)
        {
            problems.AddRange(bag.ToSortedList().Select(d => d.ToString()));
            return null;
        }

        var fromId = IdOf(root, config, from);
        var toId = IdOf(root, config, to);
        var fromKind = Classify(fromId, from, problems);
        var toKind = Classify(toId, to, problems);
        if (fromKind is null || toKind is null)
        {
            return null;
        }

        var defaultLanguage = config.DefaultLanguage;
        if (fromId == toId)
        {
            problems.Add($"{from}: the page is already at {toId}");
        }
        else if (fromKind.Value.Kind != toKind.Value.Kind)
        {
            problems.Add($"{to}: a move keeps the page type ({KindFolder(fromId)}/ stays {KindFolder(fromId)}/); create the new page by hand to change it");
        }
        else if (fromKind.Value.Kind == PageKind.Home)
        {
            problems.Add($"{from}: the home page cannot move");
        }

        if (ExistingFileOf(root, defaultLanguage, fromId) is null)
        {
            var hint = ExistingFileOf(root, defaultLanguage, toId) is { } renamed
                ? $" ({InInput(root, renamed)} exists: if you renamed it by hand, move it back first, then run this command)"
                : string.Empty;
            problems.Add($"{from}: there is no page {defaultLanguage.Code}/{fromId}{hint}");
        }

        foreach (var language in config.Languages)
        {
            if (ExistingFileOf(root, language, toId) is { } taken)
            {
                problems.Add($"{to}: {InInput(root, taken)} exists already");
            }
            else if (Directory.Exists(BundleFolderOf(root, language, toId)))
            {
                problems.Add($"{to}: the folder {InInput(root, BundleFolderOf(root, language, toId))}/ exists already");
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var kind = fromKind.Value.Kind;
        var oldSlug = fromKind.Value.Slug;
        var newSlug = toKind.Value.Slug;
        var oldUrls = config.Languages.ToDictionary(l => PagePath.UrlOf(fromId, l.UrlPrefix), l => PagePath.UrlOf(toId, l.UrlPrefix), StringComparer.Ordinal);
        var warnings = new List<string>();
        var edits = new Dictionary<string, FileEdit>(StringComparer.Ordinal);
        var moves = new List<FileMove>();
        var originalTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var newTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var changes = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        foreach (var language in config.Languages)
        {
            var folder = Path.Combine(root, language.Code);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            // A page bundle moves as a folder, with the files beside its index.md (and stays a bundle).
            var fromBundle = BundleFolderOf(root, language, fromId) + Path.DirectorySeparatorChar;
            var bundleMoved = File.Exists(fromBundle + "index.md") && !File.Exists(FileOf(root, language, fromId));
            if (bundleMoved)
            {
                moves.Add(new FileMove(fromBundle[..^1], BundleFolderOf(root, language, toId)));
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var rel = Path.GetRelativePath(folder, file).Replace('\\', '/');
                var id = PagePath.BundlePageId(rel) ?? rel;
                var moved = id == fromId;
                var inMovedBundle = bundleMoved && file.StartsWith(fromBundle, StringComparison.Ordinal);
                var finalPath = inMovedBundle
                    ? Path.Combine(BundleFolderOf(root, language, toId), file[fromBundle.Length..])
                    : moved ? FileOf(root, language, toId) : file;
                if (moved && !inMovedBundle)
                {
                    moves.Add(new FileMove(file, finalPath));
                }

                var text = File.ReadAllText(file);
                var display = Path.GetRelativePath(root, file).Replace('\\', '/');
                var rewriter = new FileRewriter(text, display, language, id, moved ? toId : id, oldUrls, warnings);
                rewriter.RewriteLinks();
                if (SlugKeys.TryGetValue(kind, out var keys))
                {
                    rewriter.RewriteSlugs(keys, oldSlug, newSlug);
                }

                if (moved && language.IsDefault)
                {
                    rewriter.AddAlias(PagePath.UrlOf(fromId, language.UrlPrefix), PagePath.UrlOf(toId, language.UrlPrefix));
                }

                originalTexts[finalPath] = text;
                newTexts[finalPath] = rewriter.Result();
                changes[finalPath] = rewriter.Changes;
            }
        }

        // Keep current translations current: a source whose words changed (rewritten links) takes its
        // translations' sourceHash along when they matched the words before the move.
        foreach (var language in config.Languages.Where(l => !l.IsDefault))
        {
            foreach (var (path, text) in newTexts.ToArray())
            {
                if (!path.StartsWith(Path.Combine(root, defaultLanguage.Code) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }

                var rel = Path.GetRelativePath(Path.Combine(root, defaultLanguage.Code), path).Replace('\\', '/');
                var id = PagePath.BundlePageId(rel) ?? rel;
                var before = SourceHash.ComputeForFile(path, originalTexts[path]);
                var after = SourceHash.ComputeForFile(path, text);
                var translationPath = FileOf(root, language, id);
                if (!newTexts.ContainsKey(translationPath))
                {
                    translationPath = Path.Combine(BundleFolderOf(root, language, id), "index.md");
                }

                if (before is null || after is null || before == after || !newTexts.TryGetValue(translationPath, out var translation))
                {
                    continue;
                }

                var declared = DeclaredSourceHash(translation);
                if (string.Equals(declared, before, StringComparison.OrdinalIgnoreCase) && TranslationStub.Refresh(translation, after) is { } refreshed)
                {
                    newTexts[translationPath] = refreshed;
                    changes[translationPath].Add($"sourceHash {before} → {after} (its source's links changed, not its words)");
                }
            }
        }

        foreach (var (path, text) in newTexts)
        {
            if (text != originalTexts[path])
            {
                edits[path] = new FileEdit(path, text, changes[path]);
            }
        }

        return new MovePlan(
            fromId,
            toId,
            PagePath.UrlOf(fromId, defaultLanguage.UrlPrefix),
            PagePath.UrlOf(toId, defaultLanguage.UrlPrefix),
            moves.OrderBy(m => m.From, StringComparer.Ordinal).ToArray(),
            edits.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToArray(),
            warnings);
    }

    /// <summary>Moves the files (`git mv` when tracked in a git work tree, else a plain move), then writes the edits. Returns one line per action.</summary>
    public static IReadOnlyList<string> Apply(MovePlan plan, string inputFolder)
    {
        var root = Path.GetFullPath(inputFolder);
        var log = new List<string>();
        foreach (var move in plan.Moves)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(move.To)!);
            var how = "moved";
            if (IsTracked(move.From) && GitCommand.Run(Path.GetDirectoryName(move.From)!, "mv", move.From, move.To) is not null)
            {
                how = "git mv";
            }
            else if (Directory.Exists(move.From))
            {
                Directory.Move(move.From, move.To);
            }
            else
            {
                File.Move(move.From, move.To);
            }

            log.Add($"{how} {Display(root, move.From)} → {Display(root, move.To)}");
        }

        foreach (var edit in plan.Edits)
        {
            File.WriteAllText(edit.Path, edit.Text);
            log.Add($"updated {Display(root, edit.Path)}: {string.Join("; ", edit.Changes)}");
        }

        return log;
    }

    /// <summary>A path below the input folder, as contributors name pages (`en/glossary/x.md`).</summary>
    private static string InInput(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string Display(string root, string path) => Path.GetRelativePath(Path.GetDirectoryName(root)!, path).Replace('\\', '/');

    private static bool IsTracked(string path) =>
        GitCommand.Run(Path.GetDirectoryName(path)!, "ls-files", "--error-unmatch", "--", Path.GetFileName(path)) is not null;

    /// <summary>`glossary/x.md` from `glossary/x.md`, `glossary/x`, `input/en/glossary/x.md`, `en/glossary/x.md` or `/glossary/x/`.</summary>
    internal static string IdOf(string root, SiteConfig config, string argument)
    {
        var text = argument.Replace('\\', '/').Trim();
        if (Path.IsPathRooted(argument) || File.Exists(argument))
        {
            var full = Path.GetFullPath(argument);
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                text = Path.GetRelativePath(root, full).Replace('\\', '/');
            }
        }

        var inputName = Path.GetFileName(root) + "/";
        if (text.StartsWith(inputName, StringComparison.Ordinal))
        {
            text = text[inputName.Length..];
        }

        text = text.Trim('/');
        var slash = text.IndexOf('/');
        if (slash > 0 && config.Language(text[..slash]) is not null)
        {
            text = text[(slash + 1)..];
        }

        var id = text.EndsWith(".md", StringComparison.Ordinal) ? text : text + ".md";
        return PagePath.BundlePageId(id) ?? id;
    }

    private static (PageKind Kind, string Slug)? Classify(string id, string argument, List<string> problems)
    {
        var classified = PagePath.Classify(id, out var error);
        if (classified is null)
        {
            problems.Add($"{argument}: {error}");
        }

        return classified;
    }

    private static string KindFolder(string id) => id.Contains('/') ? id[..id.IndexOf('/')] : id;

    private static string FileOf(string root, LanguageInfo language, string id) =>
        Path.Combine(root, language.Code, id.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The folder page <paramref name="id"/> has when it is a page bundle (its `index.md` inside).</summary>
    private static string BundleFolderOf(string root, LanguageInfo language, string id) =>
        Path.Combine(root, language.Code, PagePath.BundleFolder(id).TrimEnd('/').Replace('/', Path.DirectorySeparatorChar));

    private static string? ExistingFileOf(string root, LanguageInfo language, string id) => PagePath.ExistingFile(Path.Combine(root, language.Code), id);

    private static string? DeclaredSourceHash(string text)
    {
        var doc = FrontMatterParser.Parse(new SourceText("translation", text), new DiagnosticBag());
        return doc.FrontMatter.Get("sourceHash")?.Value is YamlScalarNode { Value: { } v } ? v.Trim() : null;
    }

    /// <summary>Collects replacements in one file's text (front matter and body), applied together at the end.</summary>
    private sealed class FileRewriter
    {
        private readonly string _text;
        private readonly string _display;
        private readonly LanguageInfo _language;
        private readonly string _oldPageUrl;
        private readonly string _newPageUrl;
        private readonly IReadOnlyDictionary<string, string> _oldUrls;
        private readonly List<string> _warnings;
        private readonly SourceDocument _doc;
        private readonly List<(int Start, int Length, string Text)> _replacements = [];
        private int _links;

        public FileRewriter(string text, string display, LanguageInfo language, string id, string newId, IReadOnlyDictionary<string, string> oldUrls, List<string> warnings)
        {
            _text = text;
            _display = display;
            _language = language;
            _oldPageUrl = PagePath.UrlOf(id, language.UrlPrefix);
            _newPageUrl = PagePath.UrlOf(newId, language.UrlPrefix);
            _oldUrls = oldUrls;
            _warnings = warnings;
            _doc = FrontMatterParser.Parse(new SourceText(display, text), new DiagnosticBag());
        }

        public List<string> Changes { get; } = [];

        private int BodyOffset => _text.Length - _doc.Body.Length;

        /// <summary>
        /// Markdown links and reference definitions whose target is the moved page (in any language),
        /// and, in the moved page itself, relative links that would point elsewhere from its new folder.
        /// </summary>
        public void RewriteLinks()
        {
            if (!_doc.IsValid)
            {
                _warnings.Add($"{_display}: front matter cannot be read; its links were not checked (run `check`)");
                return;
            }

            var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseTaskLists().UseEmphasisExtras().UsePreciseSourceLocation().Build();
            var markdown = Markdig.Markdown.Parse(_doc.Body, pipeline);
            foreach (var node in markdown.Descendants())
            {
                switch (node)
                {
                    // A reference link (`[text][ms]`) carries its definition's URL: the definition is rewritten once, below.
                    case LinkInline { IsImage: false, Reference: null, Url: { } url } link:
                        Rewrite(url, link.UrlSpan, link.Line);
                        break;
                    case LinkReferenceDefinition { Url: { } url } definition:
                        Rewrite(url, definition.UrlSpan, definition.Line);
                        break;
                }
            }

            if (_links > 0)
            {
                Changes.Add(_links == 1 ? "1 link rewritten" : $"{_links} links rewritten");
            }
        }

        private void Rewrite(string url, SourceSpan span, int line)
        {
            if (LinkTarget.Parse(url, _oldPageUrl) is not { Path.Length: > 0 } target)
            {
                return;
            }

            var path = target.Path.EndsWith("/index.html", StringComparison.Ordinal) ? target.Path[..^"index.html".Length] : target.Path;
            var destination = _oldUrls.TryGetValue(path, out var moved) ? moved : path;
            var relative = !url.TrimStart().StartsWith('/');
            if (destination == path && !(relative && _oldPageUrl != _newPageUrl))
            {
                return; // not a link to the moved page, and written so that it still works
            }

            if (relative && destination == path && LinkTarget.Parse(url, _newPageUrl) is { } fromNew && fromNew.Path == path)
            {
                return; // a relative link of the moved page that reaches the same page from its new folder
            }

            var suffixStart = url.IndexOfAny(['?', '#']);
            var suffix = suffixStart < 0 ? string.Empty : url[suffixStart..];
            var replacement = (relative ? RelativeUrl(_newPageUrl, destination) : destination) + suffix;
            if (replacement == url)
            {
                return;
            }

            var start = BodyOffset + span.Start;
            var written = span.IsEmpty ? string.Empty : _text.Substring(start, span.Length);
            if (written != url)
            {
                _warnings.Add($"{_display}:{_doc.BodyStartLine + line}: the link {url} is written in a form this command does not rewrite (escapes or entities): change it to {replacement} by hand");
                return;
            }

            _replacements.Add((start, span.Length, replacement));
            _links++;
        }

        /// <summary>Front matter values naming the moved page by slug (scalar or list items).</summary>
        public void RewriteSlugs(IEnumerable<string> keys, string oldSlug, string newSlug)
        {
            foreach (var key in keys)
            {
                if (_doc.FrontMatter.Get(key) is not { } entry)
                {
                    continue;
                }

                var nodes = entry.Value switch
                {
                    YamlScalarNode scalar => [scalar],
                    YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().ToList(),
                    _ => new List<YamlScalarNode>(),
                };
                foreach (var node in nodes.Where(n => n.Value == oldSlug))
                {
                    var start = YamlOffset(node.Start.Index);
                    var end = YamlOffset(node.End.Index);
                    var written = _text[start..end];
                    var at = written.IndexOf(oldSlug, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        _warnings.Add($"{_display}: `{key}` names {oldSlug} in a form this command does not rewrite: change it to {newSlug} by hand");
                        continue;
                    }

                    _replacements.Add((start + at, oldSlug.Length, newSlug));
                    Changes.Add($"`{key}`: {oldSlug} → {newSlug}");
                }
            }
        }

        /// <summary>Adds the old URL to `aliases` (a flow list), and drops the new URL from it (a page moved back).</summary>
        public void AddAlias(string oldUrl, string newUrl)
        {
            var aliases = new List<string>();
            if (_doc.FrontMatter.Get("aliases") is { } entry)
            {
                aliases.AddRange(entry.Value switch
                {
                    YamlScalarNode { Value: { } v } => [v],
                    YamlSequenceNode s => s.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? string.Empty),
                    _ => [],
                });
                aliases.Remove(newUrl);
                if (!aliases.Contains(oldUrl))
                {
                    aliases.Add(oldUrl);
                }

                var start = _doc.Source.LineStart(entry.KeyPosition.Line) + entry.KeyPosition.Column - 1;
                var end = ValueEnd(entry.Value);

                _replacements.Add((start, end - start, FlowList("aliases", aliases)));
            }
            else
            {
                // A new line just before the closing fence.
                var fenceStart = _doc.Source.LineStart(_doc.BodyStartLine - 1);
                var newline = _text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
                _replacements.Add((fenceStart, 0, FlowList("aliases", [oldUrl]) + newline));
            }

            Changes.Add($"`aliases` gains {oldUrl}");
        }

        public string Result()
        {
            if (_replacements.Count == 0)
            {
                return _text;
            }

            var result = new System.Text.StringBuilder(_text);
            foreach (var (start, length, text) in _replacements.OrderByDescending(r => r.Start))
            {
                result.Remove(start, length).Insert(start, text);
            }

            return result.ToString();
        }

        private int YamlOffset(long markIndex) => _doc.Source.LineStart(2) + (int)markIndex;

        /// <summary>File offset just after a value: the `]` of a flow list, the last item of a block list, the end of a scalar.</summary>
        private int ValueEnd(YamlNode value)
        {
            var start = YamlOffset(value.Start.Index);
            if (value is YamlSequenceNode sequence)
            {
                if (start < _text.Length && _text[start] == '[')
                {
                    var quote = '\0';
                    for (var i = start + 1; i < _text.Length; i++)
                    {
                        var c = _text[i];
                        if (quote != '\0')
                        {
                            quote = c == quote ? '\0' : quote;
                        }
                        else if (c is '"' or '\'')
                        {
                            quote = c;
                        }
                        else if (c == ']')
                        {
                            return i + 1;
                        }
                    }
                }

                return sequence.Children.Count > 0 ? ValueEnd(sequence.Children[^1]) : start;
            }

            return YamlOffset(value.End.Index);
        }

        private static string FlowList(string key, IEnumerable<string> values) =>
            $"{key}: [{string.Join(", ", values.Select(Quote))}]";

        private static string Quote(string value) =>
            value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '/' or '-' or '_' or '.')
                ? value
                : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A relative URL from the folder URL <paramref name="from"/> (`/blog/2019/x/`) to <paramref name="to"/>.</summary>
    internal static string RelativeUrl(string from, string to)
    {
        var a = from.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var b = to.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", a.Length - common));
        var down = string.Join('/', b[common..]);
        var relative = up + down + (down.Length > 0 && to.EndsWith('/') ? "/" : string.Empty);
        return relative.Length == 0 ? "./" : relative;
    }
}
