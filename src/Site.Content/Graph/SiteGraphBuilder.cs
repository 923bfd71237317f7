using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Content.Text;

namespace Site.Content.Graph;

/// <summary>
/// Builds the <see cref="SiteGraph"/> in linear time: one pass to index pages by slug, one pass
/// over posts and projects to attach them. References (category, sig, projects) are checked on the
/// default language only, because every other language inherits the same facts.
/// </summary>
internal static class SiteGraphBuilder
{
    /// <param name="draftIds">Ids of draft pages (unpublished), so a reference to one says so.</param>
    /// <param name="failedSources">Ids of source pages not built because their files have errors, with those files, so a reference to one says so.</param>
    public static SiteGraph Build(
        SiteConfig config,
        IReadOnlyDictionary<string, List<Page>> pagesByLanguage,
        DiagnosticBag diagnostics,
        TagLabels? tagLabels = null,
        IReadOnlyCollection<string>? draftIds = null,
        IReadOnlyDictionary<string, string>? failedSources = null)
    {
        var missing = new MissingPages(draftIds is null ? [] : new HashSet<string>(draftIds, StringComparer.Ordinal), failedSources ?? new Dictionary<string, string>());
        var graphs = config.Languages.Select(l => new LanguageGraph(l)).ToArray();
        var graph = new SiteGraph(graphs);
        for (var li = 0; li < graphs.Length; li++)
        {
            var lg = graphs[li];
            var pages = pagesByLanguage.TryGetValue(lg.Language.Code, out var ps) ? ps : [];
            Index(lg, pages);
            foreach (var page in pages)
            {
                if (!graph.VersionsById.TryGetValue(page.Id, out var versions))
                {
                    versions = new Page[graphs.Length];
                    graph.VersionsById[page.Id] = versions;
                }

                versions[li] = page;
            }

            if (lg.Language.IsDefault)
            {
                ValidateReferences(lg, diagnostics, missing);
            }

            Link(graph, lg, tagLabels ?? TagLabels.Empty);
        }

        return graph;
    }

    private static void Index(LanguageGraph lg, List<Page> pages)
    {
        lg.Pages = pages;
        var posts = new List<PostPage>();
        var projects = new List<ProjectPage>();
        var categories = new List<CategoryPage>();
        var sigs = new List<SigPage>();
        var free = new List<FreePage>();
        var terms = new List<TermPage>();
        foreach (var page in pages)
        {
            switch (page)
            {
                case HomePage h: lg.Home = h; break;
                case PostPage p: posts.Add(p); break;
                case ProjectPage p: projects.Add(p); lg.ProjectBySlug[p.Slug] = p; break;
                case CategoryPage c: categories.Add(c); lg.CategoryBySlug[c.Slug] = c; break;
                case SigPage s: sigs.Add(s); lg.SigBySlug[s.Slug] = s; break;
                case FreePage f: free.Add(f); break;
                case TermPage t: terms.Add(t); lg.TermBySlug[t.Slug] = t; break;
            }
        }

        posts.Sort(NewestFirst);
        projects.Sort(ByTitle);
        sigs.Sort(ByTitle);
        free.Sort(ByTitle);
        terms.Sort(ByTitle);
        categories.Sort((a, b) =>
        {
            var c = (a.Order ?? int.MaxValue).CompareTo(b.Order ?? int.MaxValue);
            return c != 0 ? c : ByTitle(a, b);
        });
        lg.Posts = posts;
        lg.Projects = projects;
        lg.Categories = categories;
        lg.Sigs = sigs;
        lg.FreePages = free;
        lg.Terms = terms;
        lg.GraduatedProjects = projects.Where(p => p.Maturity == Maturity.Graduated).ToArray();
    }

    private static void ValidateReferences(LanguageGraph lg, DiagnosticBag diagnostics, MissingPages missing)
    {
        // A category merged into another keeps its old URL as an alias there: point the writer at it.
        var movedCategories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in lg.Categories)
        {
            foreach (var alias in category.Aliases)
            {
                var parts = alias.Trim('/').Split('/');
                if (parts is ["categories", var old])
                {
                    movedCategories.TryAdd(old, category.Slug);
                }
            }
        }

        foreach (var project in lg.Projects)
        {
            if (!lg.CategoryBySlug.ContainsKey(project.Category))
            {
                diagnostics.Add(movedCategories.TryGetValue(project.Category, out var successor) && project.FactLocations.TryGetValue("category", out var at)
                    ? at.Error($"unknown category `{project.Category}`: it was merged into `{successor}` (categories/{successor}.md lists /categories/{project.Category}/ in its aliases); write `category: {successor}`")
                    : Unknown(project, "category", "category", project.Category, lg.CategoryBySlug.Keys, "categories", missing));
            }

            for (var i = 0; i < project.AlsoIn.Count; i++)
            {
                var slug = project.AlsoIn[i];
                if (!lg.CategoryBySlug.ContainsKey(slug))
                {
                    diagnostics.Add(Unknown(project, $"alsoIn[{i}]", "category", slug, lg.CategoryBySlug.Keys, "categories", missing));
                }
                else if (slug == project.Category && project.FactLocations.TryGetValue($"alsoIn[{i}]", out var at))
                {
                    diagnostics.Add(at.Warning($"`alsoIn` repeats the project's own category `{slug}`; remove it"));
                }
            }

            if (project.Sig is { } sig && !lg.SigBySlug.ContainsKey(sig))
            {
                diagnostics.Add(Unknown(project, "sig", "sig", sig, lg.SigBySlug.Keys, "sigs", missing));
            }

            ValidateTerms(lg, project, "glossary", project.Glossary, diagnostics, missing);
        }

        foreach (var sig in lg.Sigs)
        {
            ValidateTerms(lg, sig, "glossary", sig.Glossary, diagnostics, missing);
        }

        foreach (var term in lg.Terms)
        {
            ValidateTerms(lg, term, "related", term.Related, diagnostics, missing);
            if (term.ReplacedBy is { } replacement)
            {
                if (!lg.TermBySlug.ContainsKey(replacement))
                {
                    diagnostics.Add(Unknown(term, "replacedBy", "glossary term", replacement, lg.TermBySlug.Keys, "glossary", missing));
                }
                else if (replacement == term.Slug)
                {
                    diagnostics.Add(term.FactLocations["replacedBy"].Error("a term cannot replace itself"));
                }
            }
        }

        foreach (var category in lg.Categories)
        {
            if (category.Parent is not { } parent)
            {
                continue;
            }

            if (!lg.CategoryBySlug.ContainsKey(parent))
            {
                diagnostics.Add(Unknown(category, "parent", "category", parent, lg.CategoryBySlug.Keys, "categories", missing));
            }
            else if (ParentCycle(lg, category) is { } cycle && category.FactLocations.TryGetValue("parent", out var at))
            {
                diagnostics.Add(at.Error($"`parent: {parent}` makes a loop ({cycle}); a category's parents must lead to a top-level category"));
            }
        }

        foreach (var post in lg.Posts)
        {
            for (var i = 0; i < post.Projects.Count; i++)
            {
                if (!lg.ProjectBySlug.ContainsKey(post.Projects[i]))
                {
                    diagnostics.Add(Unknown(post, $"projects[{i}]", "project", post.Projects[i], lg.ProjectBySlug.Keys, "projects", missing));
                }
            }

            ValidateTerms(lg, post, "glossary", post.Glossary, diagnostics, missing);
        }
    }

    private static void ValidateTerms(LanguageGraph lg, Page page, string key, IReadOnlyList<string> ids, DiagnosticBag diagnostics, MissingPages missing)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!lg.TermBySlug.ContainsKey(ids[i]))
            {
                diagnostics.Add(Unknown(page, $"{key}[{i}]", "glossary term", ids[i], lg.TermBySlug.Keys, "glossary", missing));
            }
        }
    }

    /// <summary>The chain of slugs when following `parent:` from <paramref name="category"/> comes back to a category seen before, else null.</summary>
    private static string? ParentCycle(LanguageGraph lg, CategoryPage category)
    {
        var seen = new List<string> { category.Slug };
        for (var c = category; c.Parent is { } parent && lg.CategoryBySlug.TryGetValue(parent, out var next); c = next)
        {
            seen.Add(parent);
            if (seen.IndexOf(parent) < seen.Count - 1)
            {
                return string.Join(" → ", seen);
            }
        }

        return null;
    }

    private static Diagnostic Unknown(Page page, string locationKey, string what, string value, IEnumerable<string> known, string folder, MissingPages missing)
    {
        var id = $"{folder}/{value}.md";
        var message = missing.Drafts.Contains(id)
            ? $"{what} `{value}` is a draft ({id} has `draft: true`), so it is not published: publish it first, or leave it out until then"
            : missing.Failed.TryGetValue(id, out var file)
            ? $"{what} `{value}` is not built because {file} has errors of its own (reported at that file): fix them first"
            : $"unknown {what} `{value}`: there is no {id}" + (NearestMatch.Find(value, known) is { } near ? $"; did you mean `{near}`?" : string.Empty);
        return page.FactLocations.TryGetValue(locationKey, out var at) || page.FactLocations.TryGetValue(locationKey.Split('[')[0], out at)
            ? at.Error(message)
            : Diagnostic.Error(page.FactsPath, 1, 1, message);
    }

    private static void Link(SiteGraph graph, LanguageGraph lg, TagLabels labels)
    {
        var postsOfProject = new Dictionary<ProjectPage, List<PostPage>>();
        var tagPosts = new Dictionary<string, List<PostPage>>(StringComparer.Ordinal);
        var tagNames = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);

        // Posts are newest first, so every list filled in this loop is already date-sorted.
        SetNeighbours(graph.Neighbours, lg.Posts);
        for (var i = 0; i < lg.Posts.Count; i++)
        {
            var post = lg.Posts[i];
            var projects = new List<ProjectPage>(post.Projects.Count);
            foreach (var slug in post.Projects)
            {
                if (lg.ProjectBySlug.TryGetValue(slug, out var project) && !projects.Contains(project))
                {
                    projects.Add(project);
                    if (!postsOfProject.TryGetValue(project, out var list))
                    {
                        postsOfProject[project] = list = [];
                    }

                    list.Add(post);
                }
            }

            graph.ProjectsOfPost[post] = projects;
            foreach (var tag in post.Tags)
            {
                var slug = labels.SlugOf(tag);
                if (slug.Length == 0)
                {
                    continue;
                }

                if (!tagPosts.TryGetValue(slug, out var list))
                {
                    tagPosts[slug] = list = [];
                    tagNames[slug] = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], post))
                {
                    list.Add(post);
                }

                var names = tagNames[slug];
                names[tag] = names.GetValueOrDefault(tag) + 1;
            }
        }

        // Terms are by title, so the term lists filled here are sorted too.
        var tagTerms = new Dictionary<string, List<TermPage>>(StringComparer.Ordinal);
        foreach (var term in lg.Terms)
        {
            foreach (var tag in term.Tags)
            {
                var slug = labels.SlugOf(tag);
                if (slug.Length == 0)
                {
                    continue;
                }

                if (!tagPosts.ContainsKey(slug))
                {
                    tagPosts[slug] = [];
                    tagNames[slug] = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                if (!tagTerms.TryGetValue(slug, out var list))
                {
                    tagTerms[slug] = list = [];
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], term))
                {
                    list.Add(term);
                }

                var names = tagNames[slug];
                names[tag] = names.GetValueOrDefault(tag) + 1;
            }
        }

        var tags = new List<Tag>(tagPosts.Count);
        foreach (var (slug, posts) in tagPosts)
        {
            var name = labels.Label(slug, lg.Language.Code) ?? tagNames[slug].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            var tag = new Tag(lg.Language.Code, slug, name, GeneratedUrls.Tag(lg.Language, slug), posts)
            {
                Terms = tagTerms.TryGetValue(slug, out var termsOfTag) ? termsOfTag : [],
            };
            tags.Add(tag);
            lg.TagBySlug[slug] = tag;
        }

        tags.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
        lg.Tags = tags;
        foreach (var post in lg.Posts)
        {
            var list = new List<Tag>(post.Tags.Count);
            foreach (var t in post.Tags)
            {
                if (lg.TagBySlug.TryGetValue(labels.SlugOf(t), out var tag) && !list.Contains(tag))
                {
                    list.Add(tag);
                }
            }

            graph.TagsOfPost[post] = list;
        }

        LinkTerms(graph, lg, labels);

        // Parents first: a category's projects include those of its descendants.
        var children = new Dictionary<CategoryPage, List<CategoryPage>>();
        var roots = new List<CategoryPage>();
        foreach (var category in lg.Categories)
        {
            if (category.Parent is { } parentSlug && lg.CategoryBySlug.TryGetValue(parentSlug, out var parent) && ParentCycle(lg, category) is null)
            {
                graph.ParentOfCategory[category] = parent;
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(category);
            }
            else
            {
                roots.Add(category);
            }
        }

        foreach (var (parent, list) in children)
        {
            graph.ChildrenOfCategory[parent] = list; // lg.Categories is sorted, so each list is too
        }

        lg.RootCategories = roots;

        var projectsOfCategory = new Dictionary<CategoryPage, List<ProjectPage>>();
        void ListIn(CategoryPage category, ProjectPage project)
        {
            // The category itself and its ancestors; a project listed twice under one parent counts once there.
            for (var (c, depth) = (category, 0); c is not null && depth < 64; (c, depth) = (graph.ParentOfCategory.GetValueOrDefault(c), depth + 1))
            {
                if (!projectsOfCategory.TryGetValue(c, out var list))
                {
                    projectsOfCategory[c] = list = [];
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], project))
                {
                    list.Add(project);
                }
            }
        }

        var projectsOfSig = new Dictionary<SigPage, List<ProjectPage>>();
        foreach (var project in lg.Projects)
        {
            graph.PostsOfProject[project] = postsOfProject.TryGetValue(project, out var pp) ? pp : [];
            if (lg.CategoryBySlug.TryGetValue(project.Category, out var category))
            {
                graph.CategoryOfProject[project] = category;
                ListIn(category, project);
            }

            if (project.AlsoIn.Count > 0)
            {
                var also = new List<CategoryPage>(project.AlsoIn.Count);
                foreach (var slug in project.AlsoIn)
                {
                    if (lg.CategoryBySlug.TryGetValue(slug, out var other) && slug != project.Category && !also.Contains(other))
                    {
                        also.Add(other);
                        ListIn(other, project);
                    }
                }

                graph.AlsoInOfProject[project] = also;
            }

            if (project.Sig is { } sigSlug && lg.SigBySlug.TryGetValue(sigSlug, out var sig))
            {
                graph.SigOfProject[project] = sig;
                if (!projectsOfSig.TryGetValue(sig, out var list))
                {
                    projectsOfSig[sig] = list = [];
                }

                list.Add(project);
            }
        }

        foreach (var category in lg.Categories)
        {
            // Projects arrive by title, but a parent also gets each child's projects after the
            // previous child's: distinct, then sorted again (the sort is stable on the title order).
            var members = projectsOfCategory.TryGetValue(category, out var m) ? m.Distinct().ToList() : [];
            members.Sort(ByTitle);
            graph.GroupsOfCategory[category] = MaturityNames.GroupOrder
                .Select(level => new MaturityGroup(level, members.Where(p => p.Maturity == level).ToArray()))
                .ToArray();
        }

        foreach (var sig in lg.Sigs)
        {
            var members = projectsOfSig.TryGetValue(sig, out var m) ? m : [];
            graph.ProjectsOfSig[sig] = members;
            var seen = new HashSet<PostPage>();
            var posts = new List<PostPage>();
            foreach (var project in members)
            {
                foreach (var post in graph.PostsOfProject[project])
                {
                    if (seen.Add(post))
                    {
                        posts.Add(post);
                    }
                }
            }

            posts.Sort(NewestFirst);
            graph.PostsOfSig[sig] = posts;
        }

        lg.BlogPages = BlogPages(lg.Language, lg.Posts);
    }

    /// <summary>Each post's older and newer neighbours in <paramref name="posts"/> (newest first).</summary>
    internal static void SetNeighbours(Dictionary<Page, (PostPage? Previous, PostPage? Next)> neighbours, IReadOnlyList<PostPage> posts)
    {
        for (var i = 0; i < posts.Count; i++)
        {
            neighbours[posts[i]] = (i + 1 < posts.Count ? posts[i + 1] : null, i > 0 ? posts[i - 1] : null);
        }
    }

    /// <summary>The blog list pages of a language's posts (newest first).</summary>
    internal static BlogListPage[] BlogPages(LanguageInfo language, IReadOnlyList<PostPage> posts)
    {
        var pageCount = GeneratedUrls.PageCount(posts.Count);
        var blogPages = new BlogListPage[pageCount];
        for (var n = 1; n <= pageCount; n++)
        {
            var slice = posts.Skip((n - 1) * GeneratedUrls.PostsPerPage).Take(GeneratedUrls.PostsPerPage).ToArray();
            blogPages[n - 1] = new BlogListPage(
                n,
                pageCount,
                GeneratedUrls.BlogPage(language, n),
                slice,
                n > 1 ? GeneratedUrls.BlogPage(language, n - 1) : null,
                n < pageCount ? GeneratedUrls.BlogPage(language, n + 1) : null);
        }

        return blogPages;
    }

    /// <summary>Related terms both ways, replacements, tags of terms, and the pages naming a term in `glossary:`.</summary>
    private static void LinkTerms(SiteGraph graph, LanguageGraph lg, TagLabels labels)
    {
        var related = new Dictionary<TermPage, List<TermPage>>();
        void Relate(TermPage a, TermPage b)
        {
            if (!related.TryGetValue(a, out var list))
            {
                related[a] = list = [];
            }

            if (!ReferenceEquals(a, b) && !list.Contains(b))
            {
                list.Add(b);
            }
        }

        foreach (var term in lg.Terms)
        {
            foreach (var id in term.Related)
            {
                if (lg.TermBySlug.TryGetValue(id, out var other))
                {
                    Relate(term, other);
                    Relate(other, term);
                }
            }

            if (term.ReplacedBy is { } replacement && lg.TermBySlug.TryGetValue(replacement, out var by) && !ReferenceEquals(by, term))
            {
                graph.ReplacementOfTerm[term] = by;
            }

            var tags = new List<Tag>(term.Tags.Count);
            foreach (var t in term.Tags)
            {
                if (lg.TagBySlug.TryGetValue(labels.SlugOf(t), out var tag) && !tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }

            graph.TagsOfTerm[term] = tags;
        }

        foreach (var (term, list) in related)
        {
            list.Sort(ByTitle);
            graph.RelatedOfTerm[term] = list;
        }

        var references = new Dictionary<TermPage, List<Page>>();
        void Refer(Page page, IReadOnlyList<string> ids)
        {
            if (ids.Count == 0)
            {
                return;
            }

            var terms = new List<TermPage>(ids.Count);
            foreach (var id in ids)
            {
                if (lg.TermBySlug.TryGetValue(id, out var term) && !terms.Contains(term))
                {
                    terms.Add(term);
                    if (!references.TryGetValue(term, out var list))
                    {
                        references[term] = list = [];
                    }

                    list.Add(page);
                }
            }

            graph.TermsOfPage[page] = terms;
        }

        // Projects and groups are by title and posts newest first: each term's list keeps that order.
        foreach (var project in lg.Projects)
        {
            Refer(project, project.Glossary);
        }

        foreach (var sig in lg.Sigs)
        {
            Refer(sig, sig.Glossary);
        }

        foreach (var post in lg.Posts)
        {
            Refer(post, post.Glossary);
        }

        foreach (var (term, list) in references)
        {
            graph.ReferencesToTerm[term] = list;
        }
    }

    /// <summary>The order of every list of posts: newest first, ties by id.</summary>
    internal static int NewestFirst(PostPage a, PostPage b)
    {
        var c = b.Date.CompareTo(a.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    private static int ByTitle(Page a, Page b)
    {
        var c = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Pages that exist as files but are not in the graph: drafts (by id), and sources whose files have errors (id → file).</summary>
    private sealed record MissingPages(HashSet<string> Drafts, IReadOnlyDictionary<string, string> Failed);
}
