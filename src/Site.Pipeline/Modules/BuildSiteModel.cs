using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.History;
using Site.Pipeline.Assets;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary>
/// Loads the theme's UI strings and builds the template model: one shared document holding
/// the <see cref="SiteModel"/>, and one document per page to render (destination = its file).
/// </summary>
/// <param name="assets">The theme's fingerprinted assets, whose URLs go into <c>site.assets</c> (null: plain names).</param>
/// <remarks>
/// In a build session every job's model records the pages it read (<see cref="PageReads"/>);
/// after edits of page files only, when the site's structure did not change, only the jobs that
/// read an edited page are built (<see cref="ModelDependencies"/>) and the model document says so
/// (<see cref="Keys.PartialModel"/>).
/// </remarks>
public sealed class BuildSiteModel(string contentPipeline, string translationsFolder, int buildYear, Func<AssetFingerprints>? assets = null) : IModule
{
    private readonly SessionCaches? _session;

    internal BuildSiteModel(string contentPipeline, string translationsFolder, int buildYear, Func<AssetFingerprints>? assets, SessionCaches? session)
        : this(contentPipeline, translationsFolder, buildYear, assets)
    {
        _session = session;
    }

    /// <summary>Last-change dates of input files ("last updated"); null: none.</summary>
    public Func<FileDates>? Dates { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var content = Shared.Find<ContentSet>(context, contentPipeline, Keys.Content);
        var rendered = Shared.Find<RenderedPages>(context, contentPipeline, Keys.Rendered);
        if (content is null || rendered is null)
        {
            return [];
        }

        var (strings, categoryLabels, diagnostics) = LoadTranslations(content);
        context.Report(diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            // Pages cannot be rendered without their UI strings; the error above is the one to fix.
            return [];
        }

        var logos = Shared.Find<Logos.LogoSet>(context, contentPipeline, Keys.Logos) ?? Logos.LogoSet.Empty;
        var model = new SiteModel(content, rendered.Get, strings, buildYear, assets is null ? null : AssetUrls.From(assets()))
        {
            TranslationsFolder = translationsFolder,
            FileDates = Dates?.Invoke() ?? FileDates.None,
            Logos = logos,
            CategoryLabels = categoryLabels,
        };
        var plans = model.Languages.Select(l => new PageModelFactory(l).Plan()).ToArray();
        var jobs = new List<Document>[plans.Length];
        var partial = false;
        if (_session is null && DeferJobs)
        {
            for (var i = 0; i < plans.Length; i++)
            {
                var language = model.Languages[i];
                jobs[i] = plans[i].Select(p => new Document(p.Source?.SourcePath, p.OutputFile).WithMetadata(Keys.DeferredJob, new DeferredJob(p, language, 0, null))).ToList();
            }
        }
        else if (_session is null)
        {
            Parallel.For(0, plans.Length, context.ParallelOptions, i => jobs[i] = plans[i].Select(p => JobDocument(p.Build())).ToList());
        }
        else
        {
            partial = BuildForSession(model, content, rendered, plans, jobs, context.ParallelOptions);
        }

        var modelDocument = new Document(null, null).WithMetadata(Keys.Model, model);
        var output = new List<Document> { partial ? modelDocument.WithMetadata(Keys.PartialModel, true) : modelDocument };
        output.AddRange(jobs.SelectMany(j => j));

        return output;
    }

    /// <summary>
    /// Leave each page's model to the render step, which builds it where it renders the page and lets it go
    /// (<see cref="DeferredJob"/>): in a one-shot build that writes pages as they render, and in a session's
    /// rebuild that builds every page's model. Holding all 21,600 models of the large corpus took 250–300 MB,
    /// and building them was a step of its own that the pages waited for. <c>check</c> reads every model after
    /// rendering (its link checks), and a session's partial rebuild builds only a few.
    /// </summary>
    internal bool DeferJobs { get; init; }

    /// <summary>
    /// The UI strings of every language and the category labels, with what loading them reported. A
    /// session reuses last run's while no file of the translations folder changed (and the languages are the same).
    /// </summary>
    private (IReadOnlyDictionary<string, UiStrings> Strings, CategoryLabels Labels, IReadOnlyList<Diagnostic> Diagnostics) LoadTranslations(ContentSet content)
    {
        var config = content.Config;
        // A problem's position may be in site.yml (a language without strings): only a run without problems is reused for another settings object.
        if (_session is { ReuseTranslations: true, LastTranslations: { } last }
            && (ReferenceEquals(last.Config, config) || last.Diagnostics.Count == 0)
            && last.Strings.Count == config.Languages.Count && config.Languages.All(l => last.Strings.ContainsKey(l.Code)))
        {
            return (last.Strings, last.CategoryLabels, last.Diagnostics);
        }

        var diagnostics = new List<Diagnostic>();
        var display = DisplayPath(translationsFolder);
        var strings = config.Languages.ToDictionary(
            l => l.Code,
            l => UiStrings.Load(translationsFolder, l.Code, display, diagnostics, expected => config.LanguageError(
                l.Code,
                $"language `{l.Code}` has no UI strings: {expected} is missing (copy {display}/{config.DefaultLanguage.Code}.yml and translate its values)")),
            StringComparer.Ordinal);
        // A language without its file already has one error; a warning per key of the default language would bury it.
        CompareKeys(strings.Where(s => UiStrings.Exists(translationsFolder, s.Key)).ToDictionary(), config.DefaultLanguage.Code, display, diagnostics);
        var categoryLabels = CategoryLabels.Load(translationsFolder, display, diagnostics);
        if (_session is not null)
        {
            _session.LastTranslations = (config, strings, categoryLabels, diagnostics);
        }

        return (strings, categoryLabels, diagnostics);
    }

    /// <summary>The document of one page job: its source file, its output file as destination.</summary>
    internal static Document JobDocument(PageJob job) => new Document(job.Source?.SourcePath, job.OutputFile).WithMetadata(Keys.Job, job);

    /// <summary>
    /// Builds the jobs of a session run: only those reading an edited page when that is safe (the
    /// returned flag), else all of them while recording what each reads. The record becomes the
    /// session's pending one, committed with the run's files.
    /// </summary>
    private bool BuildForSession(SiteModel model, Content.ContentSet content, RenderedPages rendered, IEnumerable<PlannedJob>[] plans, List<Document>[] jobs, ParallelOptions parallel)
    {
        var session = _session!;
        session.PendingModel = model;
        session.PendingRecord = null;
        // The build year is in every page's footer: a session running past New Year builds everything again.
        // Body links to glossary terms are part of the shape: a new one adds a page to a term page that did not read it.
        var rest = (ulong)buildYear ^ GlossaryMentions.Fingerprint(content, rendered.Get) ^ model.Logos.Fingerprint();
        var structure = SiteStructure.Of(content) ^ rest;
        var withoutPostOrder = SiteStructure.WithoutPostOrder(content) ^ rest;
        session.SitemapOrder = null;
        if (session.PagesOnly && session.Dependencies is { } moved && moved.Structure != structure && moved.WithoutPostOrder == withoutPostOrder
            && session.LastModel is { } movedFrom && session.SitemapJobs is not null)
        {
            BuildMoved(model, content, rendered, moved, movedFrom, structure, plans, jobs, parallel);
            return true;
        }

        if (session.PagesOnly && session.Dependencies is { } previous && previous.Structure == structure)
        {
            var changedIds = previous.ChangedIds(content, rendered);
            if (session.LastModel is { } lastModel)
            {
                model.InheritRelated(lastModel);
                model.InheritSocialCards(lastModel);
                // Items of the changed pages go, in every language, under their old objects and their new ones
                // (a page object whose body was rendered again has a stale item too).
                var changed = changedIds
                    .SelectMany(id => content.Config.Languages.SelectMany(l => new[] { previous.Content.Get(l.Code, id), content.Get(l.Code, id) }))
                    .OfType<Content.Model.Page>()
                    .ToList();
                for (var i = 0; i < model.Languages.Count; i++)
                {
                    model.Languages[i].InheritItems(lastModel.Languages[i], changed);
                }
            }

            var outputs = previous.OutputsToRebuild(changedIds, previous.TitlesOrStatesChanged(content));
            for (var i = 0; i < plans.Length; i++)
            {
                jobs[i] = [];
                var position = 0;
                foreach (var planned in plans[i])
                {
                    if (outputs.Contains(ModelDependencies.Position(i, position++)))
                    {
                        jobs[i].Add(JobDocument(planned.Build()));
                    }
                }
            }

            session.PendingDependencies = previous.Advance(content, rendered);
            if (changedIds.Any(id => content.Config.Languages.Any(l =>
                content.Get(l.Code, id) is Content.Model.PostPage post && previous.Content.Get(l.Code, id) is Content.Model.PostPage before && post.Date != before.Date)))
            {
                // A post's date changed but not its place: the sitemap's date of it did (its order did not).
                session.SitemapOrder = previous.PlanUrls.SelectMany(urls => urls).ToList();
            }

            return true;
        }

        model.RememberRelated();
        var recorders = new ModelDependencies.Recorder[plans.Length];
        var planUrls = new string[plans.Length][];
        if (DeferJobs)
        {
            for (var i = 0; i < plans.Length; i++)
            {
                var recorder = recorders[i] = new ModelDependencies.Recorder();
                var language = model.Languages[i];
                var index = i;
                var planned = plans[i].ToList();
                planUrls[i] = planned.ConvertAll(p => p.Url).ToArray();
                jobs[i] = planned
                    .Select((p, position) => new Document(p.Source?.SourcePath, p.OutputFile)
                        .WithMetadata(Keys.DeferredJob, new DeferredJob(p, language, ModelDependencies.Position(index, position), recorder)))
                    .ToList();
            }

            session.PendingDependencies = null;
            session.PendingRecord = () => ModelDependencies.Recorder.Build(recorders, structure, withoutPostOrder, content, rendered, planUrls);
            return false;
        }

        Parallel.For(0, plans.Length, parallel, i =>
        {
            var recorder = recorders[i] = new ModelDependencies.Recorder();
            var planned = plans[i].ToList();
            planUrls[i] = planned.ConvertAll(p => p.Url).ToArray();
            jobs[i] = planned.Select((p, position) =>
            {
                var reads = new HashSet<string>(StringComparer.Ordinal);
                PageJob job;
                using (PageReads.Record(reads))
                {
                    job = p.Build();
                }

                recorder.Add(ModelDependencies.Position(i, position), reads, p.ReadsEveryTitleAndState);
                return JobDocument(job);
            }).ToList();
        });
        session.PendingDependencies = ModelDependencies.Recorder.Build(recorders, structure, withoutPostOrder, content, rendered, planUrls);
        return false;
    }

    /// <summary>
    /// The jobs of a rebuild after edits of page files that moved posts in the date-ordered lists (a changed
    /// date) and changed nothing else of the site's shape. Every list of posts (a language's posts, a tag's, a
    /// project's or group's, the blog pages, a post's older and newer neighbours) is in the order of the
    /// language's posts, so only the posts from the first to the last place where the old and the new order
    /// differ change places in any of them, and an output whose list shows other places read other posts. So
    /// the models built are those of the outputs that read an edited post or a post of that span, and of the posts
    /// whose related posts changed (they depend on the dates of the posts they could list); the others are the
    /// same as on disk. Jobs are planned in the new order, so the record's positions are carried over by URL.
    /// </summary>
    private void BuildMoved(SiteModel model, ContentSet content, RenderedPages rendered, ModelDependencies previous, SiteModel lastModel, ulong structure, IEnumerable<PlannedJob>[] plans, List<Document>[] jobs, ParallelOptions parallel)
    {
        var session = _session!;
        var changedIds = previous.ChangedIds(content, rendered);
        var changed = changedIds
            .SelectMany(id => content.Config.Languages.SelectMany(l => new[] { previous.Content.Get(l.Code, id), content.Get(l.Code, id) }))
            .OfType<Content.Model.Page>()
            .ToList();
        var readIds = new HashSet<string>(changedIds, StringComparer.Ordinal);
        var relatedCandidates = new HashSet<Content.Model.PostPage>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < model.Languages.Count; i++)
        {
            model.Languages[i].InheritItems(lastModel.Languages[i], changed);
            var before = previous.Content.Graph[model.Languages[i].Info.Code].Posts;
            var after = model.Languages[i].Graph.Posts;
            var first = 0;
            while (first < after.Count && before[first].Id == after[first].Id)
            {
                first++;
            }

            var last = after.Count - 1;
            while (last >= first && before[last].Id == after[last].Id)
            {
                last--;
            }

            for (var at = first; at <= last; at++)
            {
                readIds.Add(before[at].Id);
                readIds.Add(after[at].Id);
            }
        }

        // Related posts are taken from the newest posts of each project and tag (newest first among equals): the
        // posts of a list whose newest part holds an edited post, before or after the edit, may list others now.
        foreach (var language in model.Languages)
        {
            foreach (var id in changedIds)
            {
                if (content.Get(language.Info.Code, id) is not Content.Model.PostPage post)
                {
                    continue;
                }

                var old = previous.Content.Get(language.Info.Code, id) as Content.Model.PostPage;
                var oldTags = old is null ? [] : previous.Content.Graph.TagsOf(old);
                foreach (var tag in content.Graph.TagsOf(post))
                {
                    if (old is null || InNewest(tag.Posts, id) || oldTags.FirstOrDefault(t => t.Slug == tag.Slug) is not { } oldTag || InNewest(oldTag.Posts, id))
                    {
                        relatedCandidates.UnionWith(tag.Posts);
                    }
                }

                var oldProjects = old is null ? [] : previous.Content.Graph.ProjectsOf(old);
                foreach (var project in content.Graph.ProjectsOf(post))
                {
                    if (old is null || InNewest(content.Graph.PostsAbout(project), id)
                        || oldProjects.FirstOrDefault(p => p.Id == project.Id) is not { } oldProject || InNewest(previous.Content.Graph.PostsAbout(oldProject), id))
                    {
                        relatedCandidates.UnionWith(content.Graph.PostsAbout(project));
                    }
                }
            }
        }

        // Finding the related posts again takes as long as planning the new order and mapping the old one to it,
        // and neither reads what the other makes: the two run side by side.
        var relatedChanged = Task.Run(() => model.InheritRelatedExcept(lastModel, relatedCandidates).ToHashSet(ReferenceEqualityComparer.Instance));
        model.InheritSocialCards(lastModel);

        // Old positions to new, by URL (only the posts' places differ).
        var remaps = new int[plans.Length][];
        var planned = new List<PlannedJob>[plans.Length];
        var urls = new string[plans.Length][];
        for (var i = 0; i < plans.Length; i++)
        {
            planned[i] = plans[i].ToList();
            urls[i] = planned[i].ConvertAll(p => p.Url).ToArray();
            remaps[i] = ModelDependencies.Remap(previous.PlanUrls[i], urls[i]);
        }

        int Remap(int output) => ModelDependencies.Position(output >> 24, remaps[output >> 24][output & 0xFFFFFF]);

        var outputs = previous.OutputsToRebuild(readIds, previous.TitlesOrStatesChanged(content)).Select(Remap).ToHashSet();
        var postsWithOtherRelated = relatedChanged.GetAwaiter().GetResult();
        var selected = new List<(int Language, int Position)>();
        for (var i = 0; i < plans.Length; i++)
        {
            for (var position = 0; position < planned[i].Count; position++)
            {
                if (outputs.Contains(ModelDependencies.Position(i, position))
                    || (planned[i][position].Source is Content.Model.PostPage post && postsWithOtherRelated.Contains(post)))
                {
                    selected.Add((i, position));
                }
            }
        }

        var rebuilt = new System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<string>?>();
        var built = new Document[selected.Count];
        Parallel.For(0, selected.Count, parallel, s =>
        {
            var (i, position) = selected[s];
            var job = planned[i][position];
            var reads = new HashSet<string>(StringComparer.Ordinal);
            using (PageReads.Record(reads))
            {
                built[s] = JobDocument(job.Build());
            }

            rebuilt[ModelDependencies.Position(i, position)] = job.ReadsEveryTitleAndState ? null : reads;
        });
        for (var i = 0; i < plans.Length; i++)
        {
            jobs[i] = [];
        }

        for (var s = 0; s < selected.Count; s++)
        {
            jobs[selected[s].Language].Add(built[s]);
        }

        // The record is needed once the run's files are written: it is carried over while the pages render.
        var reordered = Task.Run(() => previous.Reorder(structure, content, rendered, Remap, rebuilt, urls));
        session.PendingDependencies = null;
        session.PendingRecord = () => reordered.GetAwaiter().GetResult();
        // The sitemap lists every page in this order, with the posts' dates (SiteBuildSession's refresh).
        session.SitemapOrder = [.. urls.SelectMany(u => u)];
    }

    /// <summary>True when the post is among the newest of a list that related posts scan (<see cref="RelatedPosts.ScanPerList"/>).</summary>
    private static bool InNewest(IReadOnlyList<Content.Model.PostPage> posts, string id)
    {
        for (var i = 0; i < Math.Min(posts.Count, RelatedPosts.ScanPerList); i++)
        {
            if (posts[i].Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A key missing in one language prints as an empty string there: worth a warning, not a failed build.</summary>
    private static void CompareKeys(Dictionary<string, UiStrings> strings, string defaultCode, string display, List<Diagnostic> diagnostics)
    {
        if (!strings.TryGetValue(defaultCode, out var defaults))
        {
            return; // nothing to compare with: its missing file is the error
        }

        var reference = defaults.KeyPaths().ToHashSet(StringComparer.Ordinal);
        foreach (var (code, ui) in strings)
        {
            if (code == defaultCode)
            {
                continue;
            }

            var keys = ui.KeyPaths().ToHashSet(StringComparer.Ordinal);
            foreach (var missing in reference.Except(keys).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Warning($"{display}/{code}.yml", 0, 0, $"UI string '{missing}' is missing (present in {defaultCode}.yml)"));
            }
        }
    }

    private static string DisplayPath(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(folder));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(folder) : relative).Replace('\\', '/');
    }
}
