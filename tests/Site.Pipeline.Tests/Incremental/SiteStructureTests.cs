using Site.Content;
using Site.Content.Loading;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Tests.Incremental;

/// <summary>
/// A content set made by swapping edited pages into the last one inherits the last one's structure
/// fingerprints instead of computing them again. What it inherits must be what a full load of the same
/// files computes: otherwise a later rebuild compares against a value no load would give.
/// </summary>
public sealed class SiteStructureTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ContentLoadCache _cache = new();

    public SiteStructureTests()
    {
        _temp.WriteFile("input/site.yml", "title: { en: T, zh: T }\nbaseUrl: https://kb.example.org/\nlanguages:\n  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\n");
        _temp.WriteFile("input/en/categories/mesh.md", "---\ntitle: Mesh\n---\nMeshes.\n");
        _temp.WriteFile("input/en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: mesh\nglossary: [sidecar]\n---\nA mesh.\n");
        _temp.WriteFile("input/en/glossary/sidecar.md", "---\ntitle: Sidecar\ncategory: technology\n---\nA helper.\n");
        for (var i = 1; i <= 6; i++)
        {
            WritePost(i, $"2021-03-0{i}");
        }
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(2, "2021-04-01")] // moves past every post, and past another post naming the same term
    [InlineData(2, "2021-03-02T12:00:00Z")] // a new date, the same place
    public void A_date_edit_inherits_the_structure_without_post_order_and_computes_the_one_with_it_as_a_full_load_does(int post, string date)
    {
        var first = Load(null);
        var before = (SiteStructure.Of(first), SiteStructure.WithoutPostOrder(first), SiteStructure.LinkTargets(first));

        WritePost(post, date);
        var edited = Load([_temp.Combine($"input/en/blog/2021/post-{post}.md")]);
        Assert.Same(first, edited.Previous);
        var fresh = ContentLoader.Load(_temp.Combine("input")).Content!;

        Assert.Equal(SiteStructure.WithoutPostOrder(fresh), SiteStructure.WithoutPostOrder(edited));
        Assert.Equal(SiteStructure.Of(fresh), SiteStructure.Of(edited));
        Assert.Equal(SiteStructure.LinkTargets(fresh), SiteStructure.LinkTargets(edited));
        Assert.Equal(before.Item2, SiteStructure.WithoutPostOrder(edited));
        Assert.Equal(before.Item3, SiteStructure.LinkTargets(edited));
        Assert.Equal(date.Length == 10, before.Item1 != SiteStructure.Of(edited)); // only a move changes the order
    }

    private void WritePost(int i, string date) =>
        _temp.WriteFile($"input/en/blog/2021/post-{i}.md", $"---\ntitle: Post {i}\ndate: {date}\ntags: [mesh]\nprojects: [linkerd]\n{(i % 2 == 0 ? "glossary: [sidecar]\n" : string.Empty)}---\nPost {i}.\n");

    private ContentSet Load(IReadOnlyCollection<string>? changed) =>
        ContentLoader.Load(_temp.Combine("input"), new ContentLoaderOptions { Cache = _cache, ChangedFiles = changed }).Content!;
}
