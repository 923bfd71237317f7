using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Graph;
using Site.Content.Model;
using Site.Content.Translation;

namespace Site.Content.Loading;

/// <summary>
/// Loads `input/` into a <see cref="ContentSet"/>: reads and parses files in parallel, builds
/// source pages, merges translations, adds fallbacks, checks URLs and builds the graph.
/// Never throws for bad content: every problem is a diagnostic, all reported in one run.
/// </summary>
public static class ContentLoader
{
    /// <summary>
    /// Largest page file accepted (8 MiB). Real pages are well under 100 KiB; a bigger file is a
    /// mistake (a pasted log or data dump) that would otherwise fail late, in the template engine's
    /// output limit, with a message naming the layout instead of the page.
    /// </summary>
    public const long MaxPageBytes = 8 * 1024 * 1024;

    public static LoadResult Load(string inputFolder, ContentLoaderOptions? options = null)
    {
        options ??= new ContentLoaderOptions();
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(inputFolder);
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? Environment.CurrentDirectory);
        string Display(string full)
        {
            var rel = Path.GetRelativePath(displayRoot, full);
            var shown = rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) ? full : rel;
            return shown.Replace('\\', '/');
        }

        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(Display(root), 0, 0, "input folder does not exist"));
            return new LoadResult(null, diagnostics.ToSortedList());
        }

        var siteYml = Path.Combine(root, "site.yml");
        var cache = options.Cache;
        cache?.Begin(File.Exists(siteYml) ? File.ReadAllText(siteYml) : null);
        if (cache is not null && options.ChangedFiles is { Count: > 0 } edited
            && EditedPagesLoad.TryLoad(cache, edited.Select(p => Path.GetFullPath(p)).ToHashSet(StringComparer.Ordinal), options.MaxParallelism, options.IncludeDrafts) is { } quick)
        {
            return quick;
        }

        var config = SiteConfigLoader.Load(siteYml, Display(siteYml), diagnostics);
        if (config is null)
        {
            return new LoadResult(null, diagnostics.ToSortedList());
        }

        var changed = cache is null || options.ChangedFiles is null
            ? null
            : options.ChangedFiles.Select(p => Path.GetFullPath(p)).ToHashSet(StringComparer.Ordinal);
        var themeAssetUrls = AssetPolicy.ThemeAssetUrls(options.ThemeAssetsFolder);
        var scan = cache?.ReusableScan(changed);
        if (cache is not null)
        {
            cache.LastScanReused = scan is not null;
        }

        if (scan is null)
        {
            var scanDiagnostics = new DiagnosticBag();
            var scanner = new InputScanner(root, config, themeAssetUrls, Display, scanDiagnostics);
            scanner.Scan();
            scan = new ScanSnapshot(scanner.Pages, scanner.Assets, scanner.Bundles, scanDiagnostics.ToSortedList()) { AuthorLists = scanner.AuthorLists };
            if (cache is not null)
            {
                cache.Scan = scan;
            }
        }

        diagnostics.AddRange(scan.Diagnostics);
        var parsed = ParseAll(scan.Pages, options.MaxParallelism, diagnostics, cache, changed);
        var tagsPath = options.TagLabelsPath ?? Path.Combine(Path.GetDirectoryName(root) ?? root, "translations", "tags.yml");
        var tagLabels = TagLabels.Load(tagsPath, Display(Path.GetFullPath(tagsPath)), diagnostics);
        var content = Assemble(config, root, parsed, scan, themeAssetUrls, options, diagnostics, tagLabels, cache);
        var result = new LoadResult(content, diagnostics.ToSortedList());
        if (cache is not null)
        {
            cache.LastDiagnostics = result.Diagnostics;
        }

        return result;
    }

    /// <summary>
    /// Reads and parses every page file in parallel. With a cache and a known change set, a file
    /// not in the set keeps its previous parse (and replays its diagnostics).
    /// </summary>
    private static ParsedFile?[] ParseAll(List<PageFile> files, int parallelism, DiagnosticBag diagnostics, ContentLoadCache? cache, IReadOnlySet<string>? changed)
    {
        if (cache is null)
        {
            return ParseFiles(files, parallelism, diagnostics, null);
        }

        var entries = new CachedParse?[files.Count];
        var toParse = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (changed is not null && !changed.Contains(files[i].FullPath) && cache.Parsed.TryGetValue(files[i].FullPath, out var previous))
            {
                entries[i] = previous;
            }
            else
            {
                toParse.Add(i);
            }
        }

        var bags = new DiagnosticBag[toParse.Count];
        var fresh = ParseFiles(toParse.Select(i => files[i]).ToList(), parallelism, null, bags);
        for (var j = 0; j < toParse.Count; j++)
        {
            entries[toParse[j]] = new CachedParse(fresh[j], bags[j].ToSortedList());
        }

        var parsed = new ParsedFile?[files.Count];
        var next = new Dictionary<string, CachedParse>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var entry = entries[i]!;
            next[files[i].FullPath] = entry;
            parsed[i] = entry.File;
            if (entry.Diagnostics.Count > 0)
            {
                diagnostics.AddRange(entry.Diagnostics);
            }
        }

        cache.Parsed = next;
        cache.LastParsed = toParse.Count;
        return parsed;
    }

    /// <summary>
    /// The `slug:` of every source page that has one (<see cref="KeyValidator.ReportSlug"/>), told apart by what the
    /// other pages of its folder are called and ask to be called.
    /// </summary>
    private static void ReportSlugs(ParsedFile[] sourceFiles, Dictionary<string, int> sourceIndex, DiagnosticBag diagnostics)
    {
        List<(ParsedFile File, FrontMatter.FrontMatterEntry Entry, string Value, string Folder)>? slugs = null;
        foreach (var file in sourceFiles)
        {
            if (HasReportedSlug(file) && file.Document.FrontMatter.Get("slug") is { } entry && KeyValidator.SlugValue(entry) is { } value)
            {
                (slugs ??= []).Add((file, entry, value, file.Id[..(file.Id.Length - Path.GetFileName(file.Id).Length)]));
            }
        }

        if (slugs is null)
        {
            return;
        }

        var asked = slugs.GroupBy(s => (s.Folder, s.Value)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (file, entry, value, folder) in slugs)
        {
            var wanted = folder + value + ".md";
            var takenBy = wanted != file.Id && sourceIndex.ContainsKey(wanted) ? wanted : null;
            var reader = new FrontMatter.FrontMatterReader(file.Document.Source, diagnostics);
            var isBundle = Path.GetFileNameWithoutExtension(file.FullPath) == "index";
            var renamed = KeyValidator.ReportSlug(entry, value, PageSchema.For(file.Kind), reader, file.Id, isBundle, asked[(folder, value)], takenBy, file.MdxName,
                file.Kind == PageKind.Post ? file.Document.FrontMatter : null);
            // The errors of its name (ParseFiles left them to this) name the same file: told the `.mdx` name, the name's
            // slug and the `slug:` apart, Chaos Mesh's importers followed all three and each undid the others.
            var why = $", the name its `slug:` on line {entry.KeyPosition.Line} asks for";
            if (file.NameError is { } nameError)
            {
                var written = isBundle ? Path.GetFileName(Path.GetDirectoryName(file.FullPath)!) + ".md"
                    : file.MdxName is { } mdx ? mdx[..^4] + ".md" : Path.GetFileName(file.FullPath);
                diagnostics.Add(Diagnostic.Error(file.DisplayPath, 0, 0, renamed is null ? nameError : PagePath.NotASlug(written, isBundle, renamed, why)));
            }

            if (file.MdxName is { } mdxName)
            {
                diagnostics.Add(Diagnostic.Error(file.DisplayPath, 0, 0, isBundle ? KeyValidator.MdxMessage(mdxName, "index.md")
                    : renamed is null ? KeyValidator.MdxMessage(mdxName, Path.GetFileName(file.Id)) : KeyValidator.MdxMessage(mdxName, renamed + ".md", why)));
            }
        }
    }

    /// <summary>A source page, and whether it is held back as a draft (not when drafts are included: then it is built, marked).</summary>
    internal static (Page? Page, bool HeldBack) BuildSource(ParsedFile file, DiagnosticBag diagnostics, bool includeDrafts, AuthorList? authors = null)
    {
        var page = SourcePageBuilder.Build(file, diagnostics, out var draft, authors);
        return (page, draft && !includeDrafts);
    }

    /// <summary>A translation, or null when it is held back as a draft (its readers get the source page meanwhile).</summary>
    internal static (Page? Page, bool HeldBack) BuildTranslation(ParsedFile translation, ParsedFile sourceFile, Page source, DiagnosticBag diagnostics, bool includeDrafts, AuthorList? authors = null)
    {
        var page = TranslationBuilder.Build(translation, sourceFile, source, diagnostics, out var draft, authors);
        var heldBack = draft && !includeDrafts;
        return (heldBack ? null : page, heldBack);
    }

    /// <param name="shared">Where diagnostics go; null: one bag per file in <paramref name="perFile"/>.</param>
    internal static ParsedFile?[] ParseFiles(List<PageFile> files, int parallelism, DiagnosticBag? shared, DiagnosticBag[]? perFile)
    {
        var parsed = new ParsedFile?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var f = files[i];
            var diagnostics = shared ?? (perFile![i] = new DiagnosticBag());
            var file = Parse(f, diagnostics);
            // A source page's `slug:` names the file it is to become: the errors of its name are reported with that name (ReportSlugs).
            if (file is not null && (f.MdxName is not null || f.NameError is not null) && HasReportedSlug(file))
            {
                file = file with { MdxName = f.MdxName, NameError = f.NameError };
            }
            else
            {
                if (f.NameError is { } nameError)
                {
                    diagnostics.Add(Diagnostic.Error(f.DisplayPath, 0, 0, nameError));
                }

                if (f.MdxName is { } mdxName)
                {
                    // Told to become the name its name error gives, not one that error refuses (`2021-07-09-chaos-mesh-q&a.md`).
                    var md = mdxName[..^4] + ".md";
                    diagnostics.Add(Diagnostic.Error(f.DisplayPath, 0, 0, KeyValidator.MdxMessage(mdxName, PagePath.SlugId(md) ?? md)));
                }
            }

            parsed[i] = file;
        });
        return parsed;
    }

    /// <summary>Whether <see cref="ReportSlugs"/> reports the file's `slug:`, with the name it gives.</summary>
    private static bool HasReportedSlug(ParsedFile file) =>
        file.Language.IsDefault && SourcePageBuilder.DefersSlug(file) && file.Document.FrontMatter.Get("slug") is { } entry && KeyValidator.SlugValue(entry) is not null;

    private static ParsedFile? Parse(PageFile f, DiagnosticBag diagnostics)
    {
        foreach (var nameError in f.NameErrors)
        {
            // Its name's and place's errors; the page is read under the id they tell it to take (InputScanner).
            diagnostics.Add(Diagnostic.Error(f.DisplayPath, 0, 0, nameError));
        }

        var classified = PagePath.Classify(f.Id, out var pathError, f.IsBundle);
        if (classified is null)
        {
            diagnostics.Add(Diagnostic.Error(f.DisplayPath, 0, 0, pathError!));
            return null;
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(f.FullPath).Length;
            if (length > MaxPageBytes)
            {
                diagnostics.Add(Diagnostic.Error(f.DisplayPath, 1, 1,
                    $"page is {length / (1024.0 * 1024.0):0.0} MiB, over the limit of {MaxPageBytes / (1024 * 1024)} MiB; split it into several pages, and put data files under input/assets/"));
                return null;
            }

            bytes = File.ReadAllBytes(f.FullPath);
        }
        catch (IOException ex)
        {
            diagnostics.Add(Diagnostic.Error(f.DisplayPath, 0, 0, "cannot read file: " + ex.Message));
            return null;
        }

        if (!Text.SourceDecoder.TryDecode(bytes, out var text, out var bad))
        {
            diagnostics.Add(Diagnostic.Error(f.DisplayPath, bad.Line, bad.Column, $"file is not valid UTF-8 (byte offset {bad.ByteOffset}); save it as UTF-8"));
            return null;
        }

        var source = new SourceText(f.DisplayPath, text);
        var doc = FrontMatterParser.Parse(source, diagnostics);

        // The parse lives until the pages are built (in a session, until the file changes), and needs only
        // its front matter's lines and the body's first (the builders quote them in diagnostics): the rest of
        // the text, twice the size of the file, would be copied by every collection until then.
        source.KeepLines(doc.BodyStartLine);
        return new ParsedFile(f.Language, f.Id, classified.Value.Kind, classified.Value.Slug, f.FullPath, doc);
    }

    private static ContentSet Assemble(SiteConfig config, string root, ParsedFile?[] parsed, ScanSnapshot scan, IReadOnlySet<string> themeAssetUrls, ContentLoaderOptions options, DiagnosticBag diagnostics, TagLabels tagLabels, ContentLoadCache? cache)
    {
        var parallelism = options.MaxParallelism;
        var includeDrafts = options.IncludeDrafts;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        var defaultCode = config.DefaultLanguage.Code;
        var sourceFiles = parsed.Where(p => p is not null && p.Language.IsDefault).Select(p => p!).ToArray();
        var sourcePages = new Page?[sourceFiles.Length];
        var sourceDraft = new bool[sourceFiles.Length];
        var authors = AuthorLists.For(scan.AuthorLists, config.DefaultLanguage);
        // With an origin site's list of authors, messages depend on a file besides the page's own: no page is reused.
        if (cache is null || authors is not null)
        {
            Parallel.For(0, sourceFiles.Length, parallel, i =>
            {
                (sourcePages[i], sourceDraft[i]) = BuildSource(sourceFiles[i], diagnostics, includeDrafts, authors);
            });
            if (cache is not null)
            {
                cache.Sources = new Dictionary<ParsedFile, CachedPage>(ReferenceEqualityComparer.Instance);
            }
        }
        else
        {
            var next = new Dictionary<ParsedFile, CachedPage>(sourceFiles.Length, ReferenceEqualityComparer.Instance);
            var built = Reuse(sourceFiles, cache.Sources, next, f => f, f => bag => BuildSource(f, bag, includeDrafts), parallel, diagnostics);
            cache.Sources = next;
            for (var i = 0; i < sourceFiles.Length; i++)
            {
                (sourcePages[i], sourceDraft[i]) = (built[i].Page, built[i].IsDraft);
            }
        }

        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sourceFiles.Length; i++)
        {
            sourceIndex[sourceFiles[i].Id] = i;
        }

        var pagesByLanguage = config.Languages.ToDictionary(l => l.Code, _ => new List<Page>(), StringComparer.Ordinal);
        var drafts = new List<string>();
        var heldBack = new List<string>();
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sourceFiles.Length; i++)
        {
            if (sourceDraft[i])
            {
                drafts.Add(sourceFiles[i].Id);
                heldBack.Add(sourceFiles[i].DisplayPath);
            }
            else if (sourcePages[i] is { } page)
            {
                pagesByLanguage[defaultCode].Add(page);
            }
            else
            {
                failed[sourceFiles[i].Id] = sourceFiles[i].DisplayPath;
            }
        }

        var orphans = new List<OrphanTranslation>();
        var nextTranslations = cache is null ? null : new Dictionary<(ParsedFile, Page), CachedPage>(TranslationKeyComparer.Instance);
        var nextFallbacks = cache is null ? null : new Dictionary<(Page, string), Page>();
        foreach (var language in config.Languages.Where(l => !l.IsDefault))
        {
            var orphanFiles = new System.Collections.Concurrent.ConcurrentBag<ParsedFile>();
            var translationFiles = parsed.Where(p => p is not null && p.Language == language).Select(p => p!).ToArray();
            var translated = new Page?[translationFiles.Length];
            var translationDraft = new bool[translationFiles.Length];
            var pairs = new List<(ParsedFile Translation, int Source, int Index)>(translationFiles.Length);
            for (var i = 0; i < translationFiles.Length; i++)
            {
                var t = translationFiles[i];
                if (!sourceIndex.TryGetValue(t.Id, out var si))
                {
                    orphanFiles.Add(t);
                }
                else if (sourcePages[si] is not null && !sourceDraft[si])
                {
                    pairs.Add((t, si, i)); // otherwise the source failed (already reported) or is a draft: nothing to translate
                }
            }

            Func<DiagnosticBag, (Page?, bool)> Translate((ParsedFile Translation, int Source, int Index) pair) => bag =>
                BuildTranslation(pair.Translation, sourceFiles[pair.Source], sourcePages[pair.Source]!, bag, includeDrafts, AuthorLists.For(scan.AuthorLists, language));

            if (cache is null)
            {
                Parallel.ForEach(pairs, parallel, pair => (translated[pair.Index], translationDraft[pair.Index]) = Translate(pair)(diagnostics));
            }
            else
            {
                var built = Reuse(pairs, cache.Translations, nextTranslations!, pair => (pair.Translation, sourcePages[pair.Source]!), Translate, parallel, diagnostics);
                for (var j = 0; j < pairs.Count; j++)
                {
                    (translated[pairs[j].Index], translationDraft[pairs[j].Index]) = (built[j].Page, built[j].IsDraft);
                }
            }

            heldBack.AddRange(translationFiles.Where((_, i) => translationDraft[i]).Select(f => f.DisplayPath));

            var byId = new Dictionary<string, Page>(StringComparer.Ordinal);
            foreach (var p in translated)
            {
                if (p is not null)
                {
                    byId[p.Id] = p;
                }
            }

            if (!orphanFiles.IsEmpty)
            {
                orphans.AddRange(ReportOrphans(orphanFiles, config, sourceFiles, sourcePages, byId, diagnostics));
            }

            var list = pagesByLanguage[language.Code];
            foreach (var source in pagesByLanguage[defaultCode])
            {
                list.Add(byId.TryGetValue(source.Id, out var t) ? t : FallbackOf(source, language, cache, nextFallbacks));
            }
        }

        if (cache is not null)
        {
            cache.Translations = nextTranslations!;
            cache.Fallbacks = nextFallbacks!;
        }

        var allPages = config.Languages.SelectMany(l => pagesByLanguage[l.Code]).ToArray();
        var reports = config.Languages.Where(l => !l.IsDefault)
            .Select(l => TranslationReport.Build(l.Code, pagesByLanguage[l.Code]))
            .ToArray();
        // Checks that need every source file: reported with the graph's problems, and like them they keep a session from swapping pages in.
        var folderChecks = new DiagnosticBag();
        AuthorLists.Check(parsed, scan.AuthorLists, folderChecks);
        ReportSlugs(sourceFiles, sourceIndex, folderChecks);
        SourceLanguageCheck.Check(config, sourceFiles, parsed, folderChecks);
        var folderProblems = folderChecks.ToSortedList();
        if (cache is { LastScanReused: true, LastAssembly: { Diagnostics.Count: 0 } last } && orphans.Count == 0 && folderProblems.Count == 0
            && drafts.SequenceEqual(last.Content.DraftIds)
            && Replacements(config, last.Content, pagesByLanguage) is { } replacements)
        {
            // The same files, and every edited page keeps its place in the graph: swap the pages in.
            var substituted = last.Content.Substitute(allPages, replacements, reports);
            cache.LastAssembly = last with { Content = substituted };
            cache.LastGraphReused = true;
            return substituted;
        }

        // Graph and URL problems go through a bag of their own: a cached graph is only reused when it had none.
        var graphDiagnostics = cache is null ? diagnostics : new DiagnosticBag();
        graphDiagnostics.AddRange(folderProblems);
        var graph = SiteGraphBuilder.Build(config, pagesByLanguage, graphDiagnostics, tagLabels, drafts, failed);
        List<AssetFile> assets = [.. scan.Assets, .. PageBundles.Publish(scan.Bundles, allPages, defaultCode)];
        var urls = CollectUrls(config, allPages, graph, assets, graphDiagnostics, out var redirects);
        urls.UnionWith(themeAssetUrls); // link targets only: an input asset at one of them was refused by the scanner
        var content = new ContentSet(config, root, allPages, assets, graph, urls, drafts, reports, orphans, redirects) { FailedSources = failed, HeldBackDrafts = [.. heldBack.Order(StringComparer.Ordinal)] };
        if (cache is not null)
        {
            var found = graphDiagnostics.ToSortedList();
            diagnostics.AddRange(found);
            cache.LastAssembly = new AssembledContent(content, found);
        }

        return content;
    }

    /// <summary>
    /// Old page → edited page for every page that is a new object but keeps its place in the graph,
    /// or null when the pages of some language are not the same list of pages in the same shape.
    /// </summary>
    private static Dictionary<Page, Page>? Replacements(SiteConfig config, ContentSet previous, Dictionary<string, List<Page>> pagesByLanguage)
    {
        var replacements = new Dictionary<Page, Page>();
        foreach (var language in config.Languages)
        {
            var before = previous.PagesIn(language.Code);
            var now = pagesByLanguage[language.Code];
            if (before.Count != now.Count)
            {
                return null;
            }

            for (var i = 0; i < now.Count; i++)
            {
                if (ReferenceEquals(before[i], now[i]))
                {
                    continue;
                }

                if (!GraphSubstitution.SameShape(before[i], now[i]))
                {
                    return null;
                }

                replacements[before[i]] = now[i];
            }
        }

        return replacements;
    }

    /// <summary>
    /// Builds a page per item, or takes the previous load's result for the same key (the same
    /// parsed file, and for a translation the same source page), replaying its diagnostics.
    /// </summary>
    private static CachedPage[] Reuse<TItem, TKey>(
        IReadOnlyList<TItem> items,
        Dictionary<TKey, CachedPage> previous,
        Dictionary<TKey, CachedPage> next,
        Func<TItem, TKey> keyOf,
        Func<TItem, Func<DiagnosticBag, (Page?, bool)>> build,
        ParallelOptions parallel,
        DiagnosticBag diagnostics)
        where TKey : notnull
    {
        var results = new CachedPage[items.Count];
        var missing = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (previous.TryGetValue(keyOf(items[i]), out var cached))
            {
                results[i] = cached;
            }
            else
            {
                missing.Add(i);
            }
        }

        Parallel.ForEach(missing, parallel, i => results[i] = CachedPage.Capture(build(items[i])));
        for (var i = 0; i < items.Count; i++)
        {
            next[keyOf(items[i])] = results[i];
            if (results[i].Diagnostics.Count > 0)
            {
                diagnostics.AddRange(results[i].Diagnostics);
            }
        }

        return results;
    }

    /// <summary>A fallback is a function of its source page: the same source keeps the same fallback object.</summary>
    private static Page FallbackOf(Page source, Config.LanguageInfo language, ContentLoadCache? cache, Dictionary<(Page, string), Page>? next)
    {
        if (cache is null)
        {
            return TranslationBuilder.Fallback(source, language);
        }

        if (!cache.Fallbacks.TryGetValue((source, language.Code), out var fallback))
        {
            fallback = TranslationBuilder.Fallback(source, language);
        }

        next![(source, language.Code)] = fallback;
        return fallback;
    }

    /// <summary>
    /// A translation whose source is gone is an error naming the source it most likely belongs to
    /// now (a rename), so the translator moves the file instead of translating again.
    /// </summary>
    private static IEnumerable<OrphanTranslation> ReportOrphans(
        IEnumerable<ParsedFile> orphanFiles, SiteConfig config, ParsedFile[] sourceFiles, Page?[] sourcePages, Dictionary<string, Page> translatedById, DiagnosticBag diagnostics)
    {
        // Every source file is a candidate, also one whose front matter has errors (reported on their own):
        // leaving it out made the guess name an unrelated page, with a `git mv` that would break the site further.
        var candidates = sourceFiles
            .Select((f, i) => sourcePages[i] is { } p ? (p.Id, p.Title, translatedById.ContainsKey(p.Id)) : (f.Id, TitleOf(f) ?? string.Empty, false))
            .ToArray();
        var defaultCode = config.DefaultLanguage.Code;
        foreach (var t in orphanFiles.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var title = TitleOf(t);
            var hash = t.Document.FrontMatter.Get("sourceHash")?.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } h } ? h : null;
            var likely = RenameGuess.Find(t.Id, title, candidates);
            var hint = likely is null
                ? $". {NoSourceHint(t, config.DefaultLanguage)}"
                : $"; was it renamed to {defaultCode}/{likely}? {MoveHint(t, defaultCode, likely)}";
            diagnostics.Add(t.Document.Source.Error(1, 1,
                $"orphaned translation: its source page {defaultCode}/{t.Id} does not exist{hint}"));
            yield return new OrphanTranslation(t.Language.Code, t.Id, t.DisplayPath, title, likely, t.FullPath, hash);
        }
    }

    private static string? TitleOf(ParsedFile file) =>
        file.Document.FrontMatter.Get("title")?.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } v } ? v : null;

    /// <summary>
    /// A page renamed by hand leaves its translations and links behind; `site move` carries them. The
    /// hint says how to get back to a state the command can start from (the source at its old path).
    /// </summary>
    private static string MoveHint(ParsedFile orphan, string defaultCode, string likely)
    {
        var display = orphan.DisplayPath;
        var root = display.EndsWith($"{orphan.Language.Code}/{orphan.Id}", StringComparison.Ordinal)
            ? display[..^(orphan.Language.Code.Length + 1 + orphan.Id.Length)]
            : string.Empty;
        // `git mv` keeps the file's history, but only in a git work tree: an imported folder may not be one yet.
        var move = InGitWorkTree(orphan.FullPath) ? "git mv" : "mv";
        return $"Renames go through `site move {orphan.Id} {likely}`, which moves every translation with the page, adds the old URL to `aliases` "
            + $"and rewrites links to it: undo the hand rename (`{move} {root}{defaultCode}/{likely} {root}{defaultCode}/{orphan.Id}`) and run it. "
            + $"Or move only this file to {orphan.Language.Code}/{likely}";
    }

    /// <summary>
    /// With no rename to guess, the file is most often a page written in the translation's language
    /// first (Docusaurus i18n has such posts): deleting it, the only advice once, lost whole posts. The
    /// page needs its source at the same path, and for a post `site new post` writes one there.
    /// </summary>
    private static string NoSourceHint(ParsedFile orphan, Config.LanguageInfo source)
    {
        var root = RootOf(orphan);
        var path = $"{root}{source.Code}/{orphan.Id}";
        var create = string.Empty;
        var parts = orphan.Id.Split('/');
        if (parts is ["blog", var year, var file] && year.Length == 4 && year.All(char.IsAsciiDigit) && file.EndsWith(".md", StringComparison.Ordinal))
        {
            // The post's date is a fact of the source page; the folder gives only its year.
            create = $" (`site new post \"<{source.Name} title>\" --slug {file[..^3]} --date {year}-MM-DD{(root is "input/" or "" ? string.Empty : $" --input {root.TrimEnd('/')}")}` writes it, with the post's date, as a draft: write its text, remove `draft: true`, and both pages are published)";
        }

        return $"A page is published under its {source.Name} ({source.Code}) source page, so a page written in {orphan.Language.Code} first needs its {source.Code} page "
            + $"at {path}{create}; this file stays as its translation. Delete this file only if its {source.Code} page was removed";
    }

    private static string RootOf(ParsedFile orphan)
    {
        var display = orphan.DisplayPath;
        return display.EndsWith($"{orphan.Language.Code}/{orphan.Id}", StringComparison.Ordinal)
            ? display[..^(orphan.Language.Code.Length + 1 + orphan.Id.Length)]
            : string.Empty;
    }

    private static bool InGitWorkTree(string path)
    {
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All output URLs; two sources of one URL (also when they differ only in case) are an error.</summary>
    private static HashSet<string> CollectUrls(SiteConfig config, Page[] pages, SiteGraph graph, List<AssetFile> assets, DiagnosticBag diagnostics, out Dictionary<string, Page> redirects)
    {
        var owners = new Dictionary<string, (string Url, string Owner)>(StringComparer.OrdinalIgnoreCase);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        void Claim(string url, string owner, string path, bool report = true)
        {
            urls.Add(url);
            if (owners.TryGetValue(url, out var existing))
            {
                if (!report)
                {
                    return;
                }

                var caseOnly = !string.Equals(existing.Url, url, StringComparison.Ordinal);
                diagnostics.Add(Diagnostic.Error(path, 0, 0,
                    $"{owner} maps to URL {url}, which {existing.Owner} also produces"
                    + (caseOnly ? $" as {existing.Url} (URLs that differ only in letter case collide on case-insensitive file systems and hosts)" : string.Empty)));
                return;
            }

            owners[url] = (url, owner);
        }

        foreach (var page in pages)
        {
            if (!page.IsFallback)
            {
                Claim(page.Url, page.SourcePath, page.SourcePath);
            }
        }

        foreach (var page in pages.Where(p => p.IsFallback))
        {
            // A fallback collides only when its source does, which is already reported.
            Claim(page.Url, $"the untranslated fallback of {page.SourcePath}", page.SourcePath, report: false);
        }

        foreach (var lg in graph.Languages)
        {
            if (lg.Home is null)
            {
                Claim(GeneratedUrls.Home(lg.Language), "the generated home page", config.Path);
            }

            foreach (var url in GeneratedUrls.For(lg.Language, lg.Posts.Count, lg.Tags.Select(t => t.Slug)))
            {
                Claim(url, "a generated page", config.Path);
            }
        }

        Claim(GeneratedUrls.Sitemap, "the sitemap", config.Path);
        Claim(GeneratedUrls.NotFound, "the not-found page", config.Path);
        foreach (var asset in assets.Where(a => !a.IsLogo))
        {
            Claim(asset.Url, asset.DisplayPath, asset.DisplayPath);
        }

        redirects = ClaimAliases(config, pages, owners, urls, diagnostics);
        return urls;
    }

    /// <summary>
    /// Every alias in every language: `/x/` of a page becomes `/x/` in the default language and
    /// `/zh/x/` in Chinese, each redirecting to the page in that language. An alias that is a
    /// page, a generated list, an asset or another page's alias is an error naming both.
    /// </summary>
    private static Dictionary<string, Page> ClaimAliases(SiteConfig config, Page[] pages, Dictionary<string, (string Url, string Owner)> owners, HashSet<string> urls, DiagnosticBag diagnostics)
    {
        var redirects = new Dictionary<string, Page>(StringComparer.Ordinal);
        var refused = new HashSet<(string Id, string Alias)>();
        var prefixes = config.Languages.Where(l => !l.IsDefault).Select(l => l.UrlPrefix.Trim('/') + "/").ToArray();
        foreach (var page in pages)
        {
            var language = config.Language(page.Language)!;
            for (var i = 0; i < page.Aliases.Count; i++)
            {
                var alias = page.Aliases[i];
                if (refused.Contains((page.Id, alias)))
                {
                    continue; // reported for the default language; the other languages' forms would repeat it
                }

                var at = page.FactLocations.GetValueOrDefault($"aliases[{i}]");
                Diagnostic Error(string message) => at?.Error(message) ?? Diagnostic.Error(page.FactsPath, 1, 1, message);
                if (language.IsDefault && prefixes.FirstOrDefault(p => alias.StartsWith("/" + p, StringComparison.Ordinal)) is { } prefix)
                {
                    diagnostics.Add(Error($"alias `{alias}` names a {prefix.TrimEnd('/')} path: write the {config.DefaultLanguage.Code} path (`{alias[prefix.Length..]}`); every language redirects its own form of it"));
                    refused.Add((page.Id, alias));
                    continue;
                }

                var url = language.Localise(alias);
                if (owners.TryGetValue(url, out var existing))
                {
                    var what = existing.Owner.StartsWith("the alias ", StringComparison.Ordinal) ? existing.Owner : $"a real page ({existing.Owner})";
                    diagnostics.Add(Error($"alias `{alias}` of {page.FactsPath} would redirect {url}, which is {what}; a redirect must not hide a page: remove the alias or rename the page"));
                    refused.Add((page.Id, alias));
                    continue;
                }

                owners[url] = (url, $"the alias `{alias}` of {page.FactsPath}");
                urls.Add(url);
                redirects[url] = page;
            }
        }

        return redirects;
    }
}
