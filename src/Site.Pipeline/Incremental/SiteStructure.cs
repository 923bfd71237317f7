using Site.Content;
using Site.Content.Model;

namespace Site.Pipeline.Incremental;

/// <summary>
/// A fingerprint of the site's shape: which pages exist in which language (and whether as
/// translation or fallback), their URLs, every list and its order (posts by date, projects,
/// categories, groups, free pages by title), every cross-link (a post's projects and tags, a
/// project's category, group and maturity, a group's kind) and every tag with its posts.
/// <para>
/// When two loads have the same structure, the same pages are built and each page model reads
/// the same pages as before; only the words and facts of the pages themselves can differ. That
/// is what lets a rebuild in <c>serve</c> trust the dependency record of the last full model
/// build (<see cref="ModelDependencies"/>) and build only the models of outputs that read an
/// edited page. Anything else (a new post, a changed date, a renamed project, a new tag) changes
/// the structure and the rebuild builds every model again.
/// </para>
/// </summary>
internal static class SiteStructure
{
    // Computed once per content set; a set made by swapping edited pages into another shares its shape.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSet, object> Known = [];

    public static ulong Of(ContentSet content)
    {
        if (Known.TryGetValue(content, out var known) || (content.Previous is { } previous && Known.TryGetValue(previous, out known)))
        {
            Known.AddOrUpdate(content, known);
            return (ulong)known;
        }

        var shape = Compute(content);
        Known.AddOrUpdate(content, shape);
        return shape;
    }

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

            AddIds(ref hash, lg.Posts);
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
                AddIds(ref hash, content.Graph.ReferencesTo(term));
                foreach (var tag in content.Graph.TagsOf(term))
                {
                    hash.Add(tag.Slug);
                }
            }

            foreach (var post in lg.Posts)
            {
                AddIds(ref hash, content.Graph.ProjectsOf(post));
                foreach (var tag in content.Graph.TagsOf(post))
                {
                    hash.Add(tag.Slug);
                }
            }

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
                AddIds(ref hash, tag.Posts);
                AddIds(ref hash, tag.Terms);
            }
        }

        return hash.Value;
    }

    private static void AddIds<T>(ref Hash64 hash, IReadOnlyList<T> pages)
        where T : Page
    {
        hash.Add((ulong)pages.Count);
        foreach (var page in pages)
        {
            hash.Add(page.Id);
        }
    }
}
