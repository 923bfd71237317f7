using System.Collections.Concurrent;
using Site.Content.Config;
using Site.Content.Graph;
using Site.Content.Model;

namespace Site.Pipeline.Model;

/// <summary>
/// Everything templates of one language share: the <c>site</c>, <c>lang</c> and <c>t</c>
/// globals, and the list items (<c>post_item</c>, <c>project_item</c>, …) built once per page
/// so that a post shown in fifty lists costs one dictionary, not fifty.
/// </summary>
public sealed class LanguageContext
{
    // Built on first use (a rebuild in serve needs a handful, a cold build each once), then shared by every list showing the page.
    private ConcurrentDictionary<PostPage, ModelMap> _postItems = new();
    private ConcurrentDictionary<ProjectPage, ModelMap> _projectItems = new();
    private ConcurrentDictionary<CategoryPage, ModelMap> _categoryItems = new();
    private ConcurrentDictionary<SigPage, ModelMap> _sigItems = new();
    private ConcurrentDictionary<TermPage, ModelMap> _termItems = new();
    private readonly Dictionary<string, ModelMap> _tagLinks = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<Page, (Page?, Page?)>> _neighbours;

    internal LanguageContext(SiteModel site, LanguageInfo info, UiStrings strings)
    {
        Site = site;
        Info = info;
        Strings = strings;
        Dates = DateDisplay.From(strings);
        Graph = site.Content.Graph[info.Code];
        // Never changed once built. Frozen, they are compared by what they hold: the include_cached results of
        // the last run still apply to a rebuild that built the same globals again (IncludeCache.Key).
        Globals = Incremental.ModelFingerprint.Freeze(site.CreateSiteGlobal(info));
        Lang = Incremental.ModelFingerprint.Freeze(site.LanguageObject(info));
        _neighbours = new(BuildNeighbours);

        foreach (var tag in Graph.Tags)
        {
            _tagLinks[tag.Slug] = new ModelMap(3) { ["label"] = tag.Name, ["url"] = site.Urls.Url(tag.Url), ["slug"] = tag.Slug };
        }

    }

    /// <summary>
    /// Takes over the list items of the same language of the last build (the very caches: items of
    /// every page any build of the session showed, not only of the last one) and its globals, dropping those of
    /// <paramref name="changed"/> pages. Only valid when that build had the same site shape, UI
    /// strings and settings (a rebuild in <c>serve</c> after edits of page files): an item then
    /// depends only on its page object and its rendered body. The last build's context must not be
    /// used to build models afterwards (the session replaces it with this one).
    /// </summary>
    internal void InheritItems(LanguageContext previous, IEnumerable<Page> changed)
    {
        // The same settings and theme make the same globals: the very objects, so that results of
        // `include_cached` kept by the session (keyed by the identity of what they read) still apply.
        Globals = previous.Globals;
        Lang = previous.Lang;
        _postItems = previous._postItems;
        _projectItems = previous._projectItems;
        _categoryItems = previous._categoryItems;
        _sigItems = previous._sigItems;
        _termItems = previous._termItems;
        foreach (var page in changed)
        {
            _ = page switch
            {
                PostPage post => _postItems.TryRemove(post, out _),
                ProjectPage project => _projectItems.TryRemove(project, out _),
                CategoryPage category => _categoryItems.TryRemove(category, out _),
                SigPage sig => _sigItems.TryRemove(sig, out _),
                TermPage term => _termItems.TryRemove(term, out _),
                _ => false,
            };
        }
    }

    public SiteModel Site { get; }

    public LanguageInfo Info { get; }

    public UiStrings Strings { get; }

    public DateDisplay Dates { get; }

    public LanguageGraph Graph { get; }

    /// <summary>The <c>site</c> global in this language.</summary>
    public ModelMap Globals { get; private set; }

    /// <summary>The <c>lang</c> global.</summary>
    public ModelMap Lang { get; private set; }

    // Each accessor records the pages its item shows (PageReads), on every use: the item is cached, the reading is not.
    public ModelMap PostItem(PostPage post)
    {
        PageReads.Read(post);
        return Item(_postItems, post, static (lc, p) => lc.BuildPostItem(p));
    }

    public ModelMap ProjectItem(ProjectPage project)
    {
        PageReads.Read(project);
        var graph = Site.Content.Graph;
        if (graph.CategoryOf(project) is { } category)
        {
            PageReads.Read(category); // category_title
            foreach (var ancestor in graph.AncestorsOf(category))
            {
                PageReads.Read(ancestor); // parent_title
            }
        }

        PageReads.Read(graph.SigOf(project)); // sig_title
        return Item(_projectItems, project, static (lc, p) => lc.BuildProjectItem(p));
    }

    /// <summary>
    /// A category's name in this language: its translation's title, else the name from
    /// <c>translations/categories.yml</c>, else the source's title (an untranslated page).
    /// </summary>
    public string CategoryTitle(CategoryPage category)
    {
        PageReads.Read(category);
        return category.IsFallback ? Site.CategoryLabels.Label(category.Slug, Info.Code) ?? category.Title : category.Title;
    }

    /// <summary>True when <see cref="CategoryTitle"/> is in this language (not the fallback's source words).</summary>
    public bool CategoryTitleIsLocal(CategoryPage category) =>
        !category.IsFallback || Site.CategoryLabels.Label(category.Slug, Info.Code) is not null;

    /// <summary><c>{title, url, slug, title_lang}</c> of a category (title in this language), or null.</summary>
    public ModelMap? CategoryLink(CategoryPage? category) => category is null ? null : new ModelMap(4)
    {
        ["title"] = CategoryTitle(category),
        ["url"] = Site.Urls.Url(category.Url),
        ["slug"] = category.Slug,
        ["title_lang"] = CategoryTitleIsLocal(category) ? Info.Code : category.ContentLanguage,
    };

    /// <summary>The published logo of a project: <c>{url, width, height}</c>, or null.</summary>
    public ModelMap? Logo(ProjectPage project) => Site.Logos.Of(project.Slug) is { } logo
        ? new ModelMap(3) { ["url"] = Site.Urls.Url(logo.Url), ["width"] = logo.Width, ["height"] = logo.Height }
        : null;

    public ModelMap CategoryItem(CategoryPage category)
    {
        PageReads.Read(category);
        return Item(_categoryItems, category, static (lc, c) => lc.BuildCategoryItem(c));
    }

    public ModelMap SigItem(SigPage sig)
    {
        PageReads.Read(sig);
        return Item(_sigItems, sig, static (lc, g) => lc.BuildSigItem(g));
    }

    public ModelMap TermItem(TermPage term)
    {
        PageReads.Read(term);
        return Item(_termItems, term, static (lc, t) => lc.BuildTermItem(t));
    }

    public List<object?> TermItems(IEnumerable<TermPage> terms) => terms.Select(t => (object?)TermItem(t)).ToList();

    public ModelMap? TagLink(string slug) => _tagLinks.GetValueOrDefault(slug);

    /// <summary>
    /// The page before and after this one in its section's reading order: categories in their
    /// <c>order</c>, projects as the directory lists them (by category, then title), SIGs as their
    /// index does (TAGs, SIGs, working groups). Null at either end, and for pages of other kinds.
    /// </summary>
    public (Page? Previous, Page? Next) SectionNeighbours(Page page) =>
        _neighbours.Value.TryGetValue(page, out var n) ? n : (null, null);

    private Dictionary<Page, (Page?, Page?)> BuildNeighbours()
    {
        var map = new Dictionary<Page, (Page?, Page?)>();
        void Chain(IReadOnlyList<Page> pages)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                map[pages[i]] = (i > 0 ? pages[i - 1] : null, i + 1 < pages.Count ? pages[i + 1] : null);
            }
        }

        Chain(Graph.Categories);
        var byCategory = Graph.Projects.ToLookup(p => p.Category, StringComparer.Ordinal);
        Chain(Graph.Categories.SelectMany(c => byCategory[c.Slug]).Cast<Page>().ToList());
        Chain(new[] { GroupKind.Tag, GroupKind.Sig, GroupKind.Wg }.SelectMany(k => Graph.Sigs.Where(s => s.GroupKind == k)).Cast<Page>().ToList());
        return map;
    }

    public List<object?> PostItems(IEnumerable<PostPage> posts) => posts.Select(p => (object?)PostItem(p)).ToList();

    public List<object?> ProjectItems(IEnumerable<ProjectPage> projects) => projects.Select(p => (object?)ProjectItem(p)).ToList();

    public List<object?> TagLinks(PostPage post) =>
        Site.Content.Graph.TagsOf(post).Select(t => (object?)TagLink(t.Slug)).Where(t => t is not null).ToList();

    /// <summary><c>{title, url}</c> of a page, or null.</summary>
    public ModelMap? Link(Page? page)
    {
        PageReads.Read(page);
        return page is null ? null : new ModelMap(2) { ["title"] = page.Title, ["url"] = Site.Urls.Url(page.Url) };
    }

    public string? SummaryOf(Page page)
    {
        PageReads.Read(page);
        return page.Summary ?? NullIfEmpty(Site.Rendered(page).FirstParagraphText);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>
    /// The cached item of a page (possibly from an earlier build, see <see cref="InheritItems"/>),
    /// else a new one. A hit allocates nothing: list pages ask for tens of thousands of items in a cold build.
    /// Items never change once built: their fingerprint is computed once (<see cref="Incremental.ModelFingerprint.Freeze"/>).
    /// </summary>
    private ModelMap Item<TPage>(ConcurrentDictionary<TPage, ModelMap> items, TPage page, Func<LanguageContext, TPage, ModelMap> build)
        where TPage : Page =>
        items.TryGetValue(page, out var item)
            ? item
            : items.GetOrAdd(page, static (p, state) => Incremental.ModelFingerprint.Freeze(state.Build(state.Context, p)), (Build: build, Context: this));

    private ModelMap BuildPostItem(PostPage post)
    {
        var date = DateDisplay.DateOf(post.Date);
        return new ModelMap(9)
        {
            ["title"] = post.Title,
            ["url"] = Site.Urls.Url(post.Url),
            ["date_display"] = Dates.Long(date),
            ["date_iso"] = DateDisplay.Iso(date),
            ["summary"] = SummaryOf(post),
            ["authors"] = post.Authors.Cast<object?>().ToList(),
            ["tags"] = TagLinks(post),
            ["is_fallback"] = post.IsFallback,
            ["content_lang"] = post.ContentLanguage,
        };
    }

    private ModelMap BuildProjectItem(ProjectPage project)
    {
        var graph = Site.Content.Graph;
        var category = graph.CategoryOf(project);
        var top = category is null ? null : graph.AncestorsOf(category).FirstOrDefault() ?? category;
        var sig = graph.SigOf(project);
        // Every category the project is listed in, with their ancestors: what the directory's filters match.
        var listed = new List<object?>();
        foreach (var c in graph.AlsoListedIn(project).Prepend(category).OfType<CategoryPage>())
        {
            foreach (var a in graph.AncestorsOf(c).Append(c))
            {
                if (!listed.Contains(a.Slug))
                {
                    listed.Add(a.Slug);
                }
            }
        }

        return new ModelMap(16)
        {
            ["title"] = project.Title,
            ["url"] = Site.Urls.Url(project.Url),
            ["slug"] = project.Slug,
            ["maturity"] = project.Maturity.ToSlug(),
            ["summary"] = SummaryOf(project),
            ["category_slug"] = project.Category,
            ["category_title"] = category is null ? project.Category : CategoryTitle(category),
            ["parent_slug"] = top?.Slug,
            ["parent_title"] = top is null ? null : CategoryTitle(top),
            ["listed_in"] = listed,
            ["sig_slug"] = sig?.Slug,
            ["sig_title"] = sig?.Title,
            ["logo"] = Logo(project),
            ["is_delisted"] = project.IsDelisted,
            ["is_fallback"] = project.IsFallback,
            ["content_lang"] = project.ContentLanguage,
        };
    }

    private ModelMap BuildTermItem(TermPage term) => new(9)
    {
        ["title"] = term.Title,
        ["url"] = Site.Urls.Url(term.Url),
        ["slug"] = term.Slug,
        ["summary"] = SummaryOf(term),
        ["category"] = term.Category.ToSlug(),
        ["status"] = term.Status.ToSlug(),
        ["is_fallback"] = term.IsFallback,
        ["content_lang"] = term.ContentLanguage,
    };

    private ModelMap BuildCategoryItem(CategoryPage category)
    {
        var groups = Site.Content.Graph.ProjectsByMaturity(category);
        return new ModelMap(8)
        {
            ["title"] = CategoryTitle(category),
            ["title_lang"] = CategoryTitleIsLocal(category) ? Info.Code : category.ContentLanguage,
            ["url"] = Site.Urls.Url(category.Url),
            ["slug"] = category.Slug,
            ["summary"] = SummaryOf(category),
            ["is_fallback"] = category.IsFallback,
            ["content_lang"] = category.ContentLanguage,
            ["project_count"] = groups.Sum(g => g.Projects.Count),
            ["maturity_counts"] = groups.Where(g => g.Projects.Count > 0)
                .Select(g => (object?)new ModelMap(2) { ["maturity"] = g.Slug, ["count"] = g.Projects.Count })
                .ToList(),
        };
    }

    private ModelMap BuildSigItem(SigPage sig) => new(7)
    {
        ["title"] = sig.Title,
        ["url"] = Site.Urls.Url(sig.Url),
        ["slug"] = sig.Slug,
        ["group_kind"] = sig.GroupKind.ToSlug(),
        ["summary"] = SummaryOf(sig),
        ["project_count"] = Site.Content.Graph.ProjectsOf(sig).Count,
        ["post_count"] = Site.Content.Graph.PostsOf(sig).Count,
    };
}
