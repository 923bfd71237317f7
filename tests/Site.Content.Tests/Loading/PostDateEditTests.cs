using System.Globalization;
using Site.Content.Loading;
using Site.Content.Model;

namespace Site.Content.Tests.Loading;

/// <summary>
/// A changed post date is the one edit that moves a page in the graph without changing what it links
/// to: a build session swaps the edited post in and sorts the date-ordered lists again instead of
/// loading everything. Whatever the move, the result must be what a fresh load gives.
/// </summary>
public sealed class PostDateEditTests : IDisposable
{
    private const int Posts = 45; // three blog pages of 20

    private readonly TestSite _site;
    private readonly ContentLoadCache _cache = new();

    public PostDateEditTests()
    {
        var files = new Dictionary<string, string>(TestSite.Minimal)
        {
            ["en/projects/envoy.md"] = "---\ntitle: Envoy\nmaturity: graduated\ncategory: service-mesh\nsig: tag-network\ngraduated: 2018-11-28\nglossary: [sidecar]\n---\nA proxy.\n",
            ["en/glossary/sidecar.md"] = "---\ntitle: Sidecar\nsummary: A helper container.\ncategory: technology\ntags: [mesh]\n---\nNext to the app.\n",
        };
        for (var i = 0; i < Posts; i++)
        {
            files[PostPath(i)] = Post(i, Date(i));
            if (i % 3 == 0)
            {
                files[$"zh/blog/2020/post-{i:D2}.md"] = $"---\ntitle: 文章 {i}\n---\n正文。\n";
            }
        }

        _site = new TestSite(files);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Post i is dated 2020-01-01 plus 2i days (post 12: 2020-01-25, post 44: 2020-03-29).</summary>
    public static TheoryData<int, string> Moves => new()
    {
        { 3, "2021-06-01" },  // an old post becomes the newest: every blog page shifts
        { 44, "2019-01-01" }, // the newest becomes the oldest
        { 20, "2020-02-19" }, // from the second blog page to the first (posts 44 to 25)
        { 7, "2020-01-25" },  // the same date as post 12: the tie is broken by id
        { 9, "2020-01-20" },  // a new date, the same place (between posts 9 and 10)
        { 6, "2020-02-11" },  // a translated post: its Chinese page moves too
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_post_given_another_date_is_swapped_in_and_every_list_is_sorted_as_a_fresh_load_sorts_it(int post, string date)
    {
        var first = Load(null).Content!;

        var moved = Load([Edit(post, date)]);

        Assert.True(_cache.LastEditsOnly);
        Assert.Equal(1, _cache.LastParsed);
        var content = moved.Content!;
        Assert.Same(first, content.Previous);
        Assert.True(content.PostDatesChanged);
        Assert.Equal(date, ((PostPage)content.Get("en", $"blog/2020/post-{post:D2}.md")!).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ContentLoadCacheTests.AssertSameAsFreshLoad(_site, moved);
    }

    [Fact]
    public void A_series_of_date_edits_and_text_edits_stays_equal_to_a_fresh_load()
    {
        Load(null);
        (int Post, string Date)[] moves = [(3, "2021-06-01"), (3, "2020-01-07"), (44, "2018-12-31"), (12, "2020-01-15"), (7, "2020-01-25"), (30, "2020-02-10")];
        foreach (var (post, date) in moves)
        {
            ContentLoadCacheTests.AssertSameAsFreshLoad(_site, Load([Edit(post, date)]));
            Assert.True(_cache.LastEditsOnly);

            // A text edit right after a move: the moved lists are the baseline now.
            var path = Path.Combine(_site.Input, PostPath((post + 1) % Posts));
            File.AppendAllText(path, "One more line.\n");
            var text = Load([path]);
            Assert.True(_cache.LastEditsOnly);
            Assert.False(text.Content!.PostDatesChanged);
            ContentLoadCacheTests.AssertSameAsFreshLoad(_site, text);
        }
    }

    [Fact]
    public void A_date_edit_that_also_changes_tags_takes_the_full_load()
    {
        Load(null);
        _site.Write(PostPath(4), Post(4, "2021-01-01").Replace("tags: [mesh]", "tags: [other]", StringComparison.Ordinal));

        var result = Load([Path.Combine(_site.Input, PostPath(4))]);

        Assert.False(_cache.LastEditsOnly);
        ContentLoadCacheTests.AssertSameAsFreshLoad(_site, result);
    }

    private static string PostPath(int i) => $"en/blog/2020/post-{i:D2}.md";

    private static string Date(int i) => new DateTime(2020, 1, 1).AddDays(2 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Posts share tags, projects (and through them the SIG) and a glossary term, so a move reorders all those lists.</summary>
    private static string Post(int i, string date) =>
        $"---\ntitle: Post {i}\ndate: {date}\ntags: [{(i % 2 == 0 ? "mesh" : "mesh, perf")}]\nprojects: [{(i % 4 == 0 ? "linkerd" : "envoy")}]\n"
        + (i % 5 == 0 ? "glossary: [sidecar]\n" : string.Empty) + $"---\nPost number {i}.\n";

    private string Edit(int post, string date)
    {
        var text = File.ReadAllText(Path.Combine(_site.Input, PostPath(post)));
        var start = text.IndexOf("date: ", StringComparison.Ordinal) + "date: ".Length;
        _site.Write(PostPath(post), text[..start] + date + text[(start + 10)..]);
        return Path.Combine(_site.Input, PostPath(post));
    }

    private LoadResult Load(IReadOnlyCollection<string>? changed) =>
        ContentLoader.Load(_site.Input, new ContentLoaderOptions { DisplayRoot = _site.Root, Cache = _cache, ChangedFiles = changed });
}
