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
        var scores = new Dictionary<PostPage, (int Projects, int Tags)>();
        foreach (var project in graph.ProjectsOf(post))
        {
            foreach (var other in graph.PostsAbout(project).Take(ScanPerList))
            {
                if (!ReferenceEquals(other, post))
                {
                    var s = scores.GetValueOrDefault(other);
                    scores[other] = (s.Projects + 1, s.Tags);
                }
            }
        }

        foreach (var tag in graph.TagsOf(post))
        {
            foreach (var other in tag.Posts.Take(ScanPerList))
            {
                if (!ReferenceEquals(other, post))
                {
                    var s = scores.GetValueOrDefault(other);
                    scores[other] = (s.Projects, s.Tags + 1);
                }
            }
        }

        return scores
            .OrderByDescending(s => s.Value.Projects)
            .ThenByDescending(s => s.Value.Tags)
            .ThenByDescending(s => s.Key.Date)
            .ThenBy(s => s.Key.Url, StringComparer.Ordinal)
            .Take(Count)
            .Select(s => s.Key)
            .ToList();
    }
}
