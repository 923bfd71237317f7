using Site.Content.Config;
using Site.Content.Model;

namespace Site.Content.Graph;

/// <summary>Every list and cross-link of one language, computed once by <see cref="SiteGraphBuilder"/>.</summary>
public sealed class LanguageGraph
{
    internal LanguageGraph(LanguageInfo language)
    {
        Language = language;
    }

    public LanguageInfo Language { get; }

    public HomePage? Home { get; internal set; }

    /// <summary>All pages of the language (including fallbacks), in id order.</summary>
    public IReadOnlyList<Page> Pages { get; internal set; } = [];

    /// <summary>Posts, newest first (ties by id).</summary>
    public IReadOnlyList<PostPage> Posts { get; internal set; } = [];

    /// <summary>Projects by title.</summary>
    public IReadOnlyList<ProjectPage> Projects { get; internal set; } = [];

    /// <summary>Categories by `order`, then title.</summary>
    public IReadOnlyList<CategoryPage> Categories { get; internal set; } = [];

    /// <summary>Categories without a parent, by `order`, then title.</summary>
    public IReadOnlyList<CategoryPage> RootCategories { get; internal set; } = [];

    /// <summary>SIG/TAG/WG pages by title.</summary>
    public IReadOnlyList<SigPage> Sigs { get; internal set; } = [];

    /// <summary>Free pages by title.</summary>
    public IReadOnlyList<FreePage> FreePages { get; internal set; } = [];

    /// <summary>Glossary terms by title (the A–Z index orders them for its language itself).</summary>
    public IReadOnlyList<TermPage> Terms { get; internal set; } = [];

    /// <summary>Tags by slug.</summary>
    public IReadOnlyList<Tag> Tags { get; internal set; } = [];

    /// <summary>Blog list pages: `/blog/`, `/blog/page/2/`, … (at least one, possibly empty).</summary>
    public IReadOnlyList<BlogListPage> BlogPages { get; internal set; } = [];

    /// <summary>Graduated projects by title.</summary>
    public IReadOnlyList<ProjectPage> GraduatedProjects { get; internal set; } = [];

    internal Dictionary<string, ProjectPage> ProjectBySlug { get; init; } = new(StringComparer.Ordinal);

    internal Dictionary<string, CategoryPage> CategoryBySlug { get; init; } = new(StringComparer.Ordinal);

    internal Dictionary<string, SigPage> SigBySlug { get; init; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Tag> TagBySlug { get; init; } = new(StringComparer.Ordinal);

    internal Dictionary<string, TermPage> TermBySlug { get; init; } = new(StringComparer.Ordinal);

    public IReadOnlyList<PostPage> Latest(int count) => Posts.Count <= count ? Posts : Posts.Take(count).ToArray();

    public ProjectPage? Project(string slug) => ProjectBySlug.GetValueOrDefault(slug);

    public CategoryPage? Category(string slug) => CategoryBySlug.GetValueOrDefault(slug);

    public SigPage? Sig(string slug) => SigBySlug.GetValueOrDefault(slug);

    public Tag? Tag(string slug) => TagBySlug.GetValueOrDefault(slug);

    public TermPage? Term(string slug) => TermBySlug.GetValueOrDefault(slug);
}
