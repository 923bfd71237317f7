using Site.Content.Graph;
using Site.Content.Model;

namespace Site.Pipeline.Model;

/// <summary>
/// "Related posts" under a post: the posts sharing most of its projects, then most of its tags, newest
/// first among equals. Candidates come from the post lists of its projects and tags, each scanned only
/// so far (a tag on thousands of posts must not make every post of it compare with every other).
/// </summary>
/// <remarks>
/// Every post asks this, with up to a thousand candidates each: 20,000 posts made a hundred million
/// dictionary updates keyed by object identity, 5% of a large build. So each candidate list is
/// turned once into post numbers, and a post's scores are counted in arrays indexed by them.
/// </remarks>
public sealed class RelatedPosts
{
    public const int Count = 3;

    /// <summary>Posts taken from each project's or tag's list (newest first).</summary>
    internal const int ScanPerList = 200;

    private readonly SiteGraph _graph;
    private readonly Dictionary<PostPage, int> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<PostPage> _posts = [];
    private readonly List<long> _dates = []; // UTC ticks by post number: the tie-break most candidates reach
    private readonly Dictionary<ProjectPage, int[]> _ofProject = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Tag, int[]> _ofTag = new(ReferenceEqualityComparer.Instance);
    private readonly ThreadLocal<Scores> _scores;

    public RelatedPosts(SiteGraph graph)
    {
        _graph = graph;
        foreach (var language in graph.Languages)
        {
            foreach (var post in language.Posts)
            {
                NumberOf(post);
            }

            foreach (var project in language.Projects)
            {
                _ofProject[project] = Numbers(graph.PostsAbout(project));
            }

            foreach (var tag in language.Tags)
            {
                _ofTag[tag] = Numbers(tag.Posts);
            }
        }

        _scores = new(() => new Scores(_posts.Count));
    }

    public IReadOnlyList<PostPage> Of(PostPage post)
    {
        var self = _numbers.GetValueOrDefault(post, -1);
        var scores = _scores.Value!;
        foreach (var project in _graph.ProjectsOf(post))
        {
            foreach (var other in CandidatesOf(project))
            {
                if (other != self)
                {
                    scores.Touch(other);
                    scores.Projects[other]++;
                }
            }
        }

        foreach (var tag in _graph.TagsOf(post))
        {
            foreach (var other in CandidatesOf(tag))
            {
                if (other != self)
                {
                    scores.Touch(other);
                    scores.Tags[other]++;
                }
            }
        }

        var best = new List<int>(Count + 1);
        foreach (var other in scores.Touched)
        {
            var at = best.Count;
            while (at > 0 && Before(scores, other, best[at - 1]))
            {
                at--;
            }

            if (at < Count)
            {
                best.Insert(at, other);
                if (best.Count > Count)
                {
                    best.RemoveAt(Count);
                }
            }
        }

        scores.Clear();
        return best.ConvertAll(b => _posts[b]);
    }

    // Every project and tag a post names is one of its language's, numbered in the constructor.
    private int[] CandidatesOf(ProjectPage project) => _ofProject[project];

    private int[] CandidatesOf(Tag tag) => _ofTag[tag];

    private int[] Numbers(IReadOnlyList<PostPage> posts)
    {
        var numbers = new int[Math.Min(posts.Count, ScanPerList)];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = NumberOf(posts[i]);
        }

        return numbers;
    }

    private int NumberOf(PostPage post)
    {
        if (!_numbers.TryGetValue(post, out var number))
        {
            number = _posts.Count;
            _numbers.Add(post, number);
            _posts.Add(post);
            _dates.Add(post.Date.UtcTicks);
        }

        return number;
    }

    /// <summary>More shared projects, then more shared tags, then newer, then by URL: a total order, so the pick never depends on visiting order.</summary>
    private bool Before(Scores scores, int a, int b)
    {
        if (scores.Projects[a] != scores.Projects[b])
        {
            return scores.Projects[a] > scores.Projects[b];
        }

        if (scores.Tags[a] != scores.Tags[b])
        {
            return scores.Tags[a] > scores.Tags[b];
        }

        // DateTimeOffset compares instants: its UTC ticks.
        return _dates[a] != _dates[b] ? _dates[a] > _dates[b] : string.CompareOrdinal(_posts[a].Url, _posts[b].Url) < 0;
    }

    /// <summary>One thread's counters, all zero between calls.</summary>
    private sealed class Scores(int posts)
    {
        public int[] Projects { get; } = new int[posts];

        public int[] Tags { get; } = new int[posts];

        public List<int> Touched { get; } = [];

        public void Touch(int post)
        {
            if (Projects[post] == 0 && Tags[post] == 0)
            {
                Touched.Add(post);
            }
        }

        public void Clear()
        {
            foreach (var post in Touched)
            {
                Projects[post] = 0;
                Tags[post] = 0;
            }

            Touched.Clear();
        }
    }
}
