using Site.Content.Model;

namespace Site.Content.Graph;

/// <summary>
/// The cross-links of the whole site (CONTENT-MODEL.md),
/// built once with dictionaries so every lookup a template makes is O(1).
/// All answers stay in the page's own language.
/// </summary>
public sealed class SiteGraph
{
    private static readonly IReadOnlyList<PostPage> NoPosts = [];
    private static readonly IReadOnlyList<ProjectPage> NoProjects = [];

    internal SiteGraph(IReadOnlyList<LanguageGraph> languages)
    {
        Languages = languages;
        ByCode = languages.ToDictionary(l => l.Language.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<LanguageGraph> Languages { get; }

    private Dictionary<string, LanguageGraph> ByCode { get; }

    internal Dictionary<Page, CategoryPage> CategoryOfProject { get; init; } = [];

    internal Dictionary<Page, SigPage> SigOfProject { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<PostPage>> PostsOfProject { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<MaturityGroup>> GroupsOfCategory { get; init; } = [];

    internal Dictionary<Page, CategoryPage> ParentOfCategory { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<CategoryPage>> ChildrenOfCategory { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<CategoryPage>> AlsoInOfProject { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<ProjectPage>> ProjectsOfSig { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<PostPage>> PostsOfSig { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<ProjectPage>> ProjectsOfPost { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<Tag>> TagsOfPost { get; init; } = [];

    internal Dictionary<Page, (PostPage? Previous, PostPage? Next)> Neighbours { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<TermPage>> RelatedOfTerm { get; init; } = [];

    internal Dictionary<Page, TermPage> ReplacementOfTerm { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<Tag>> TagsOfTerm { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<TermPage>> TermsOfPage { get; init; } = [];

    internal Dictionary<Page, IReadOnlyList<Page>> ReferencesToTerm { get; init; } = [];

    /// <summary>Same page in every language, keyed by id; each array is in site.yml language order.</summary>
    internal Dictionary<string, Page[]> VersionsById { get; init; } = new(StringComparer.Ordinal);

    internal int LanguageIndex(string code)
    {
        for (var i = 0; i < Languages.Count; i++)
        {
            if (Languages[i].Language.Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    public LanguageGraph this[string languageCode] => ByCode[languageCode];

    public CategoryPage? CategoryOf(ProjectPage project) => CategoryOfProject.GetValueOrDefault(project);

    public SigPage? SigOf(ProjectPage project) => SigOfProject.GetValueOrDefault(project);

    /// <summary>Posts listing the project, newest first.</summary>
    public IReadOnlyList<PostPage> PostsAbout(ProjectPage project) => PostsOfProject.GetValueOrDefault(project) ?? NoPosts;

    /// <summary>The category a subcategory belongs to (`parent:`), or null for a top-level category.</summary>
    public CategoryPage? ParentOf(CategoryPage category) => ParentOfCategory.GetValueOrDefault(category);

    /// <summary>The categories whose `parent:` is this one, by `order` then title.</summary>
    public IReadOnlyList<CategoryPage> ChildrenOf(CategoryPage category) => ChildrenOfCategory.GetValueOrDefault(category) ?? [];

    /// <summary>The category's ancestors, top-level first (empty for a top-level category): breadcrumbs.</summary>
    public IReadOnlyList<CategoryPage> AncestorsOf(CategoryPage category)
    {
        var chain = new List<CategoryPage>();
        for (var c = ParentOf(category); c is not null && chain.Count < 64; c = ParentOf(c))
        {
            chain.Add(c);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The other categories a project is listed in (`alsoIn:`), in the order written.</summary>
    public IReadOnlyList<CategoryPage> AlsoListedIn(ProjectPage project) => AlsoInOfProject.GetValueOrDefault(project) ?? [];

    /// <summary>
    /// The projects of a category grouped by maturity (graduated, incubating, sandbox, archived),
    /// each group possibly empty: projects whose `category` or `alsoIn` is the category or one of
    /// its descendants, each once, by title.
    /// </summary>
    public IReadOnlyList<MaturityGroup> ProjectsByMaturity(CategoryPage category) => GroupsOfCategory.GetValueOrDefault(category) ?? [];

    /// <summary>Projects whose `sig` is this group, by title.</summary>
    public IReadOnlyList<ProjectPage> ProjectsOf(SigPage sig) => ProjectsOfSig.GetValueOrDefault(sig) ?? NoProjects;

    /// <summary>Posts about any project of this group, newest first, each once.</summary>
    public IReadOnlyList<PostPage> PostsOf(SigPage sig) => PostsOfSig.GetValueOrDefault(sig) ?? NoPosts;

    /// <summary>The post's projects in the order the post lists them.</summary>
    public IReadOnlyList<ProjectPage> ProjectsOf(PostPage post) => ProjectsOfPost.GetValueOrDefault(post) ?? NoProjects;

    public IReadOnlyList<Tag> TagsOf(PostPage post) => TagsOfPost.GetValueOrDefault(post) ?? [];

    /// <summary>The next older post of the same language.</summary>
    public PostPage? Previous(PostPage post) => Neighbours.TryGetValue(post, out var n) ? n.Previous : null;

    /// <summary>The next newer post of the same language.</summary>
    public PostPage? Next(PostPage post) => Neighbours.TryGetValue(post, out var n) ? n.Next : null;

    /// <summary>
    /// Terms related to <paramref name="term"/> both ways: those its `related` lists and those that
    /// list it, by title.
    /// </summary>
    public IReadOnlyList<TermPage> RelatedTo(TermPage term) => RelatedOfTerm.GetValueOrDefault(term) ?? [];

    /// <summary>The term named by a term's `replacedBy`, or null.</summary>
    public TermPage? ReplacementOf(TermPage term) => ReplacementOfTerm.GetValueOrDefault(term);

    public IReadOnlyList<Tag> TagsOf(TermPage term) => TagsOfTerm.GetValueOrDefault(term) ?? [];

    /// <summary>Glossary terms a post, project or SIG page names in its `glossary:` front matter, in that order.</summary>
    public IReadOnlyList<TermPage> TermsOf(Page page) => TermsOfPage.GetValueOrDefault(page) ?? [];

    /// <summary>
    /// Posts, projects and SIG pages whose `glossary:` names the term (links in bodies are found
    /// after rendering, by the pipeline). Projects and groups by title, then posts newest first.
    /// </summary>
    public IReadOnlyList<Page> ReferencesTo(TermPage term) => ReferencesToTerm.GetValueOrDefault(term) ?? [];

    /// <summary>The same page in another language (a translation or a fallback), or null if it is not built there.</summary>
    public Page? Counterpart(Page page, string languageCode)
    {
        var i = LanguageIndex(languageCode);
        return i >= 0 && VersionsById.TryGetValue(page.Id, out var versions) ? versions[i] : null;
    }

    /// <summary>The page in every language, in site.yml order (for language switchers and hreflang).</summary>
    public IReadOnlyList<Page> Versions(Page page) =>
        VersionsById.TryGetValue(page.Id, out var versions) ? versions.Where(v => v is not null).ToArray() : [page];
}
