using Site.Content;
using Site.Content.Model;

namespace Site.Pipeline.Incremental;

/// <summary>
/// A fingerprint of the site's shape: which pages exist in which language (and whether as
/// translation or fallback), their URLs, every list and its order (posts by date, projects,
/// categories, groups, free pages by title), every cross-link (a post's projects and tags, a
/// project's category, group and maturity, a group's kind) and every tag with its posts. It is
/// computed as <see cref="WithoutPostOrder"/> and the order of each language's posts.
/// <para>
/// When two loads have the same structure, the same pages are built and each page model reads
/// the same pages as before; only the words and facts of the pages themselves can differ. That
/// is what lets a rebuild in <c>serve</c> trust the dependency record of the last full model
/// build (<see cref="ModelDependencies"/>) and build only the models of outputs that read an
/// edited page. Anything else (a new post, a renamed project, a new tag) changes the structure and
/// the rebuild builds every model again; a changed date that moves a post in the date-ordered lists
/// keeps <see cref="WithoutPostOrder"/> and takes a narrower path (<see cref="ModelDependencies.Reorder"/>).
/// </para>
/// </summary>
internal static class SiteStructure
{
    // Computed once per content set; a set made by swapping edited pages into another shares its shape.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSet, object> Known = [];

    /// <remarks>
    /// Every list of posts (a tag's, a project's, a group's, a glossary term's, the blog pages, the neighbours) is
    /// the language's posts with a property, in the language's order (<see cref="Content.Graph.SiteGraphBuilder"/>):
    /// so the shape is the shape without the order of the posts and the order of each language's posts.
    /// </remarks>
    public static ulong Of(ContentSet content) => Remembered(Known, content, static c =>
    {
        var hash = new Hash64(WithoutPostOrder(c));
        foreach (var lg in c.Graph.Languages)
        {
            hash.Add(lg.Language.Code);
            foreach (var post in lg.Posts)
            {
                hash.Add(post.Id);
            }
        }

        return hash.Value;
    }, orderOfPosts: true);

    /// <summary>
    /// The value for <paramref name="content"/> in <paramref name="table"/>, computed once per content set; a
    /// set made by swapping edited pages into another (<see cref="ContentSet.Previous"/>) shares its value,
    /// unless the value depends on the order of the posts (<paramref name="orderOfPosts"/>) and a post's date changed.
    /// </summary>
    private static ulong Remembered(System.Runtime.CompilerServices.ConditionalWeakTable<ContentSet, object> table, ContentSet content, Func<ContentSet, ulong> compute, bool orderOfPosts = false)
    {
        var shared = !(orderOfPosts && content.PostDatesChanged);
        if (table.TryGetValue(content, out var known) || (shared && content.Previous is { } previous && table.TryGetValue(previous, out known)))
        {
            table.AddOrUpdate(content, known);
            return (ulong)known;
        }

        var value = compute(content);
        table.AddOrUpdate(content, value);
        return value;
    }

    // Computed once per content set, like the shape.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSet, object> KnownTargets = [];

    /// <summary>
    /// A fingerprint of what a body's links resolve to (<see cref="Content.Links.LinkLocaliser"/>): every
    /// page's language, id, URL and whether it is a translation or a fallback, and the site's set of
    /// output URLs. Narrower than <see cref="Of"/>: a post moved to another date, a project that changed
    /// group or maturity, keep it, and the localised bodies of the last run stay valid.
    /// </summary>
    public static ulong LinkTargets(ContentSet content) => Remembered(KnownTargets, content, ComputeLinkTargets);

    private static ulong ComputeLinkTargets(ContentSet content)
    {
        var hash = new Hash64(23);
        foreach (var page in content.Pages)
        {
            hash.Add(page.Language);
            hash.Add(page.Id);
            hash.Add(page.Url);
            hash.Add(page.IsFallback ? 1UL : 0UL);
        }

        // A set: its elements' hashes are combined in an order-independent way.
        ulong urls = 0;
        foreach (var url in content.OutputUrls)
        {
            urls += Hash64.Of(url) * 0x9E3779B97F4A7C15UL;
        }

        hash.Add((ulong)content.OutputUrls.Count);
        hash.Add(urls);
        return hash.Value;
    }

    // Computed once per content set, like the shape.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSet, object> KnownUnordered = [];

    /// <summary>
    /// <see cref="Of"/> without the order of the posts: the same pages, URLs, links and tags with their
    /// posts, but the lists of posts (newest first) compared as sets. Two loads with the same value but a
    /// different <see cref="Of"/> differ in posts' dates only (a post moved in the date-ordered lists): a
    /// rebuild in <c>serve</c> then builds the models of the outputs that read a moved post or a post
    /// between its old and new places (<see cref="ModelDependencies.Reorder"/>), not every model.
    /// </summary>
    public static ulong WithoutPostOrder(ContentSet content) => Remembered(KnownUnordered, content, static c => Compute(c));

    private static ulong Compute(ContentSet content)
    {
        var hash = new Hash64(0);
        foreach (var lg in content.Graph.Languages)
        {
            hash.Add(lg.Language.Code);
            hash.Add(lg.Home?.Id);
            foreach (var page in lg.Pages)
            {
                hash.Add(page.Id);
                hash.Add(page.Url);
                hash.Add((ulong)page.Kind);
                hash.Add(page.IsFallback ? 1UL : 0UL);
                foreach (var alias in page.Aliases)
                {
                    hash.Add(alias);
                }
            }

            AddIds(ref hash, lg.Posts, ordered: false);
            AddIds(ref hash, lg.Projects);
            AddIds(ref hash, lg.Categories);
            AddIds(ref hash, lg.Sigs);
            AddIds(ref hash, lg.FreePages);
            AddIds(ref hash, lg.Terms);
            foreach (var term in lg.Terms)
            {
                hash.Add(term.SortAs);
                hash.Add((ulong)term.Category);
                hash.Add((ulong)term.Status);
                hash.Add(content.Graph.ReplacementOf(term)?.Id);
                AddIds(ref hash, content.Graph.RelatedTo(term));
                // Projects and groups by title (their lists' order is hashed above), then posts in the order of the language's posts.
                AddIds(ref hash, content.Graph.ReferencesTo(term), ordered: false);
                foreach (var tag in content.Graph.TagsOf(term))
                {
                    hash.Add(tag.Slug);
                }
            }

            ulong links = 0;
            foreach (var post in lg.Posts)
            {
                // Without the post order, each post's links are hashed with its id and the posts' hashes summed.
                var own = new Hash64(29);
                own.Add(post.Id);
                AddIds(ref own, content.Graph.ProjectsOf(post));
                foreach (var tag in content.Graph.TagsOf(post))
                {
                    own.Add(tag.Slug);
                }

                links += own.Value * 0x9E3779B97F4A7C15UL;
            }

            hash.Add(links);

            foreach (var project in lg.Projects)
            {
                hash.Add(project.Category);
                hash.Add(project.Sig);
                hash.Add((ulong)project.Maturity);
                foreach (var slug in project.AlsoIn)
                {
                    hash.Add(slug);
                }
            }

            foreach (var category in lg.Categories)
            {
                hash.Add(category.Parent);
            }

            foreach (var sig in lg.Sigs)
            {
                hash.Add((ulong)sig.GroupKind);
            }

            foreach (var tag in lg.Tags)
            {
                hash.Add(tag.Slug);
                hash.Add(tag.Name);
                AddIds(ref hash, tag.Posts, ordered: false);
                AddIds(ref hash, tag.Terms);
            }
        }

        return hash.Value;
    }

    private static void AddIds<T>(ref Hash64 hash, IReadOnlyList<T> pages, bool ordered = true)
        where T : Page
    {
        hash.Add((ulong)pages.Count);
        if (!ordered)
        {
            // A set: its elements' hashes are combined in an order-independent way.
            ulong ids = 0;
            foreach (var page in pages)
            {
                ids += Hash64.Of(page.Id) * 0x9E3779B97F4A7C15UL;
            }

            hash.Add(ids);
            return;
        }

        foreach (var page in pages)
        {
            hash.Add(page.Id);
        }
    }
}
