using System.Runtime.InteropServices;
using Site.Content.Graph;
using Site.Content.Model;

namespace Site.Pipeline.Model;

/// <summary>
/// "Related posts" under a post: the posts sharing most of its projects, then most of its tags, newest
/// first among equals. Candidates come from the post lists of its projects and tags, each scanned only
/// so far (a tag on thousands of posts must not make every post of it compare with every other).
/// </summary>
public static class RelatedPosts
{
    public const int Count = 3;

    /// <summary>Posts taken from each project's or tag's list (newest first).</summary>
    private const int ScanPerList = 200;

    public static IReadOnlyList<PostPage> Of(PostPage post, SiteGraph graph)
    {
        // Every post of a language asks this: up to a thousand candidates each, so one dictionary update per
        // candidate and a single pass keeping the best three, rather than sorting all candidates.
        var scores = new Dictionary<PostPage, (int Projects, int Tags)>(ReferenceEqualityComparer.Instance);
        foreach (var project in graph.ProjectsOf(post))
        {
            foreach (var other in graph.PostsAbout(project).Take(ScanPerList))
            {
                if (!ReferenceEquals(other, post))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(scores, other, out _).Projects++;
                }
            }
        }

        foreach (var tag in graph.TagsOf(post))
        {
            foreach (var other in tag.Posts.Take(ScanPerList))
            {
                if (!ReferenceEquals(other, post))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(scores, other, out _).Tags++;
                }
            }
        }

        var best = new List<(PostPage Post, int Projects, int Tags)>(Count + 1);
        foreach (var (other, score) in scores)
        {
            var candidate = (other, score.Projects, score.Tags);
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1]))
            {
                at--;
            }

            if (at < Count)
            {
                best.Insert(at, candidate);
                if (best.Count > Count)
                {
                    best.RemoveAt(Count);
                }
            }
        }

        return best.ConvertAll(b => b.Post);
    }

    /// <summary>More shared projects, then more shared tags, then newer, then by URL: a total order, so the pick never depends on dictionary order.</summary>
    private static bool Before((PostPage Post, int Projects, int Tags) a, (PostPage Post, int Projects, int Tags) b)
    {
        if (a.Projects != b.Projects)
        {
            return a.Projects > b.Projects;
        }

        if (a.Tags != b.Tags)
        {
            return a.Tags > b.Tags;
        }

        var byDate = a.Post.Date.CompareTo(b.Post.Date);
        return byDate != 0 ? byDate > 0 : string.CompareOrdinal(a.Post.Url, b.Post.Url) < 0;
    }
}
