using Site.Content.Model;

namespace Site.Content.Graph;

/// <summary>
/// Builds the graph of a load in which some pages were replaced by edited versions whose place in
/// the graph is the same (<see cref="SameShape"/>): every list, cross-link and tag stays as it
/// was, with the new page objects in the old ones' places. Lists and maps that hold no replaced
/// page are shared with the old graph (graphs are immutable once built), so an edit in
/// <c>serve</c> costs a scan of the graph instead of sorting and indexing twenty thousand pages.
/// </summary>
internal static class GraphSubstitution
{
    /// <summary>
    /// True when <paramref name="edited"/> takes exactly <paramref name="before"/>'s place in the
    /// graph: same page, language and URL, same translation kind, and the same values of every
    /// fact the graph sorts, groups or links by (post dates, tags and projects, a project's
    /// categories, group and maturity, titles of the pages listed by title, category order and
    /// parent, group kind), and the same aliases (each is an output of its own).
    /// </summary>
    public static bool SameShape(Page before, Page edited) => SameShape(before, edited, anyPostDate: false);

    /// <summary>
    /// True when <paramref name="edited"/> takes <paramref name="before"/>'s place in the graph but for a post's
    /// date: the same page in every list, cross-link and tag, in the date-ordered lists possibly at another place.
    /// <see cref="Apply"/> puts those lists back in date order.
    /// </summary>
    public static bool SamePlaceButDate(Page before, Page edited) =>
        DateChanged(before, edited) && SameShape(before, edited, anyPostDate: true);

    /// <summary>True when both are posts and <paramref name="after"/> has another date: it may move in the date-ordered lists.</summary>
    public static bool DateChanged(Page before, Page after) => before is PostPage a && after is PostPage b && a.Date != b.Date;

    private static bool SameShape(Page before, Page edited, bool anyPostDate)
    {
        if (before.GetType() != edited.GetType()
            || before.Language != edited.Language || before.Id != edited.Id || before.Url != edited.Url
            || before.IsFallback != edited.IsFallback || !before.Aliases.SequenceEqual(edited.Aliases))
        {
            return false;
        }

        return (before, edited) switch
        {
            (PostPage a, PostPage b) => (anyPostDate || a.Date == b.Date) && a.Tags.SequenceEqual(b.Tags) && a.Projects.SequenceEqual(b.Projects) && a.Glossary.SequenceEqual(b.Glossary),
            (ProjectPage a, ProjectPage b) => a.Title == b.Title && a.Category == b.Category && a.Sig == b.Sig && a.Maturity == b.Maturity && a.Glossary.SequenceEqual(b.Glossary) && a.AlsoIn.SequenceEqual(b.AlsoIn),
            (CategoryPage a, CategoryPage b) => a.Title == b.Title && a.Order == b.Order && a.Parent == b.Parent,
            (SigPage a, SigPage b) => a.Title == b.Title && a.GroupKind == b.GroupKind && a.Glossary.SequenceEqual(b.Glossary),
            (TermPage a, TermPage b) => a.Title == b.Title && a.SortAs == b.SortAs && a.Category == b.Category && a.Status == b.Status
                && a.ReplacedBy == b.ReplacedBy && a.Tags.SequenceEqual(b.Tags) && a.Related.SequenceEqual(b.Related),
            (FreePage a, FreePage b) => a.Title == b.Title,
            _ => true,
        };
    }

    /// <summary>
    /// The graph with every page of <paramref name="replacements"/> (old → new) swapped in. A post whose date
    /// changed (<see cref="SamePlaceButDate"/>) may change places: every date-ordered list that holds it (its
    /// language's posts and blog pages, its tags', projects', groups' and glossary terms' lists, the posts'
    /// neighbours) is sorted again as <see cref="SiteGraphBuilder"/> sorts it; the other lists are shared as usual.
    /// </summary>
    public static SiteGraph Apply(SiteGraph graph, IReadOnlyDictionary<Page, Page> replacements)
    {
        var map = new Mapper(replacements, graph);
        var languages = graph.Languages.Select(map.Language).ToArray();
        return new SiteGraph(languages)
        {
            CategoryOfProject = map.Patch(graph.CategoryOfProject, map.Same),
            SigOfProject = map.Patch(graph.SigOfProject, map.Same),
            PostsOfProject = map.Patch(graph.PostsOfProject, map.Posts),
            GroupsOfCategory = map.Patch(graph.GroupsOfCategory, map.Groups),
            ParentOfCategory = map.Patch(graph.ParentOfCategory, map.Same),
            ChildrenOfCategory = map.Patch(graph.ChildrenOfCategory, map.List),
            AlsoInOfProject = map.Patch(graph.AlsoInOfProject, map.List),
            ProjectsOfSig = map.Patch(graph.ProjectsOfSig, map.List),
            PostsOfSig = map.Patch(graph.PostsOfSig, map.Posts),
            ProjectsOfPost = map.Patch(graph.ProjectsOfPost, map.List),
            TagsOfPost = map.Patch(graph.TagsOfPost, map.Tags),
            Neighbours = map.PatchNeighbours(graph.Neighbours, languages),
            RelatedOfTerm = map.Patch(graph.RelatedOfTerm, map.List),
            ReplacementOfTerm = map.Patch(graph.ReplacementOfTerm, map.Same),
            TagsOfTerm = map.Patch(graph.TagsOfTerm, map.Tags),
            TermsOfPage = map.Patch(graph.TermsOfPage, map.List),
            ReferencesToTerm = map.Patch(graph.ReferencesToTerm, map.References),
            VersionsById = map.PatchVersions(graph.VersionsById),
        };
    }

    /// <summary>
    /// Maps old pages to new ones; a list, map or value without a replaced page is returned as it is
    /// (shared with the old graph). An edit replaces a handful of pages: they are found by comparing
    /// references with a short array, which costs less than hashing each of the graph's ~300,000
    /// entries (on the large corpus) into the replacement map.
    /// </summary>
    private sealed class Mapper
    {
        private const int Few = 16;

        private readonly IReadOnlyDictionary<Page, Page> _replacements;
        private readonly Page[]? _old;
        private readonly Page[]? _new;
        private readonly Dictionary<Tag, Tag> _tags = new(ReferenceEqualityComparer.Instance);

        // The new objects of posts whose date changed, and their languages: the lists holding them are sorted again.
        private readonly HashSet<Page> _redated = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _redatedLanguages = new(StringComparer.Ordinal);

        public Mapper(IReadOnlyDictionary<Page, Page> replacements, SiteGraph graph)
        {
            _replacements = replacements;
            if (replacements.Count <= Few)
            {
                _old = [.. replacements.Keys];
                _new = _old.Select(p => replacements[p]).ToArray();
            }

            foreach (var (before, after) in replacements)
            {
                if (DateChanged(before, after))
                {
                    _redated.Add(after);
                    _redatedLanguages.Add(after.Language);
                }
            }

            // Tags holding a replaced page get one new object each, shared by the language's list and every page's tags.
            foreach (var tag in graph.Languages.SelectMany(l => l.Tags))
            {
                var posts = Posts(tag.Posts);
                var terms = List(tag.Terms);
                if (!ReferenceEquals(posts, tag.Posts) || !ReferenceEquals(terms, tag.Terms))
                {
                    _tags[tag] = tag with { Posts = posts, Terms = terms };
                }
            }
        }

        public bool Replaces(Page? page) => Replacement(page) is not null;

        public T? Page<T>(T? page)
            where T : Page =>
            Replacement(page) is { } replacement ? (T)replacement : page;

        public T Same<T>(T page)
            where T : Page =>
            Replacement(page) is { } replacement ? (T)replacement : page;

        public IReadOnlyList<T> List<T>(IReadOnlyList<T> pages)
            where T : Page =>
            Holds(pages) ? pages.Select(Same).ToArray() : pages;

        /// <summary>A list of posts newest first, mapped (<see cref="List"/>) and sorted again when it holds a post whose date changed.</summary>
        public IReadOnlyList<PostPage> Posts(IReadOnlyList<PostPage> posts)
        {
            var mapped = List(posts);
            if (ReferenceEquals(mapped, posts) || !HoldsRedated(mapped))
            {
                return mapped;
            }

            var sorted = mapped.ToArray();
            Array.Sort(sorted, SiteGraphBuilder.NewestFirst);
            return sorted;
        }

        /// <summary>
        /// The pages naming a term, mapped: projects and groups by title, then posts newest first
        /// (<see cref="SiteGraph.ReferencesTo"/>), whose part is sorted again when it holds a post whose date changed.
        /// </summary>
        public IReadOnlyList<Page> References(IReadOnlyList<Page> pages)
        {
            var mapped = List(pages);
            if (ReferenceEquals(mapped, pages) || !HoldsRedated(mapped))
            {
                return mapped;
            }

            var sorted = mapped.ToArray();
            var firstPost = Array.FindIndex(sorted, p => p is PostPage);
            Array.Sort(sorted, firstPost, sorted.Length - firstPost, Comparer<Page>.Create((a, b) => SiteGraphBuilder.NewestFirst((PostPage)a, (PostPage)b)));
            return sorted;
        }

        private bool HoldsRedated<T>(IReadOnlyList<T> pages)
            where T : Page
        {
            if (_redated.Count == 0)
            {
                return false;
            }

            foreach (var page in pages)
            {
                if (_redated.Contains(page))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the list holds a replaced page; arrays and lists (what the graph builds) are read without interface calls.</summary>
        private bool Holds<T>(IReadOnlyList<T> pages)
            where T : Page
        {
            // ReadOnlySpan, not Span: a list of pages may be a covariant array (a PostPage[] seen as pages), which Span refuses.
            ReadOnlySpan<T> span = pages switch
            {
                T[] array => array,
                List<T> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
                _ => pages.ToArray(),
            };
            foreach (var page in span)
            {
                if (Replacement(page) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        public IReadOnlyList<MaturityGroup> Groups(IReadOnlyList<MaturityGroup> groups) =>
            groups.Any(g => g.Projects.Any(Replaces)) ? groups.Select(g => g with { Projects = List(g.Projects) }).ToArray() : groups;

        /// <summary>
        /// Like <see cref="Patch"/>, for the posts' neighbours (pairs compared by reference, not through the pages' equality);
        /// the neighbours of every post of a language whose posts were sorted again are taken from its new list.
        /// </summary>
        public Dictionary<Page, (PostPage? Previous, PostPage? Next)> PatchNeighbours(Dictionary<Page, (PostPage? Previous, PostPage? Next)> from, IReadOnlyList<LanguageGraph> languages)
        {
            if (_redated.Count > 0)
            {
                var sorted = new Dictionary<Page, (PostPage? Previous, PostPage? Next)>(from, from.Comparer);
                foreach (var (before, after) in _replacements)
                {
                    if (sorted.Remove(before, out var pair))
                    {
                        sorted[after] = pair;
                    }
                }

                foreach (var lg in languages.Where(l => _redatedLanguages.Contains(l.Language.Code)))
                {
                    SiteGraphBuilder.SetNeighbours(sorted, lg.Posts);
                }

                // In a language where no post's date changed, the posts keep their places: only replaced neighbours are mapped.
                foreach (var (post, (previous, next)) in from)
                {
                    if (!_redatedLanguages.Contains(post.Language) && (Replaces(previous) || Replaces(next)))
                    {
                        sorted[Same(post)] = (Page(previous), Page(next));
                    }
                }

                return sorted;
            }

            var touched = new List<Page>();
            foreach (var (post, (previous, next)) in from)
            {
                if (Replaces(post) || Replaces(previous) || Replaces(next))
                {
                    touched.Add(post);
                }
            }

            if (touched.Count == 0)
            {
                return from;
            }

            var copy = new Dictionary<Page, (PostPage? Previous, PostPage? Next)>(from, from.Comparer);
            foreach (var post in touched)
            {
                copy.Remove(post, out var pair);
                copy[Same(post)] = (Page(pair.Previous), Page(pair.Next));
            }

            return copy;
        }

        public Tag Tag(Tag tag) => _tags.Count > 0 && _tags.TryGetValue(tag, out var mapped) ? mapped : tag;

        public IReadOnlyList<Tag> Tags(IReadOnlyList<Tag> tags)
        {
            if (_tags.Count == 0)
            {
                return tags;
            }

            for (var i = 0; i < tags.Count; i++)
            {
                if (_tags.ContainsKey(tags[i]))
                {
                    return tags.Select(Tag).ToArray();
                }
            }

            return tags;
        }

        public LanguageGraph Language(LanguageGraph lg)
        {
            var posts = Posts(lg.Posts);
            return new(lg.Language)
            {
                Home = Page(lg.Home),
                Pages = List(lg.Pages),
                Posts = posts,
                Projects = List(lg.Projects),
                Categories = List(lg.Categories),
                RootCategories = List(lg.RootCategories),
                Sigs = List(lg.Sigs),
                FreePages = List(lg.FreePages),
                Terms = List(lg.Terms),
                Tags = Tags(lg.Tags),
                GraduatedProjects = List(lg.GraduatedProjects),
                BlogPages = _redatedLanguages.Contains(lg.Language.Code) ? SiteGraphBuilder.BlogPages(lg.Language, posts)
                : lg.BlogPages.Any(b => b.Posts.Any(Replaces)) ? lg.BlogPages.Select(b => b with { Posts = List(b.Posts) }).ToArray()
                : lg.BlogPages,
                ProjectBySlug = Patch(lg.ProjectBySlug, Same),
                CategoryBySlug = Patch(lg.CategoryBySlug, Same),
                SigBySlug = Patch(lg.SigBySlug, Same),
                TagBySlug = Patch(lg.TagBySlug, Tag),
                TermBySlug = Patch(lg.TermBySlug, Same),
            };
        }

        /// <summary>
        /// The map itself when neither a key nor a value holds a replaced page (graphs are immutable, so the new
        /// graph shares it), else a copy (cloned, not rebuilt: hashing twenty thousand keys again is what this
        /// class avoids) with replaced page keys swapped and every value that holds a replaced page mapped.
        /// </summary>
        public Dictionary<TKey, TValue> Patch<TKey, TValue>(Dictionary<TKey, TValue> from, Func<TValue, TValue> mapValue)
            where TKey : notnull
        {
            List<(TKey Key, TValue Value)>? changed = null;
            foreach (var (key, value) in from)
            {
                var mapped = mapValue(value);
                // Values are pages, lists and tuples of pages: an unchanged one comes back as the same object (or tuple of them).
                var same = typeof(TValue).IsValueType ? EqualityComparer<TValue>.Default.Equals(mapped, value) : ReferenceEquals(mapped, value);
                if (!same)
                {
                    (changed ??= []).Add((key, mapped));
                }
            }

            var keys = typeof(Page).IsAssignableFrom(typeof(TKey))
                ? _replacements.Where(r => r.Key is TKey key && from.ContainsKey(key)).ToList()
                : [];
            if (changed is null && keys.Count == 0)
            {
                return from;
            }

            var copy = new Dictionary<TKey, TValue>(from, from.Comparer);
            foreach (var (key, value) in changed ?? [])
            {
                copy[key] = value;
            }

            foreach (var (before, after) in keys)
            {
                if (copy.Remove((TKey)(object)before, out var value))
                {
                    copy[(TKey)(object)after] = value;
                }
            }

            return copy;
        }

        public Dictionary<string, Page[]> PatchVersions(Dictionary<string, Page[]> from)
        {
            var copy = new Dictionary<string, Page[]>(from, from.Comparer);
            foreach (var after in _replacements.Values)
            {
                if (copy.TryGetValue(after.Id, out var versions) && versions.Any(Replaces))
                {
                    copy[after.Id] = versions.Select(v => Page(v)!).ToArray();
                }
            }

            return copy;
        }

        private Page? Replacement(Page? page)
        {
            if (page is null)
            {
                return null;
            }

            if (_old is null)
            {
                return _replacements.GetValueOrDefault(page);
            }

            for (var i = 0; i < _old.Length; i++)
            {
                if (ReferenceEquals(_old[i], page))
                {
                    return _new![i];
                }
            }

            return null;
        }
    }
}
