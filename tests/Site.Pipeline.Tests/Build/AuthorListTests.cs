using Site.Pipeline.Build;

namespace Site.Pipeline.Tests.Build;

/// <summary>Names in running text are joined the way the page's language writes a list: `, ` in English, `、` in Chinese.</summary>
public sealed class AuthorListTests : IDisposable
{
    private readonly SessionSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_posts_authors_are_joined_with_the_separator_of_the_pages_language_in_the_byline_and_the_blog_list()
    {
        _site.Write("input/en/blog/2021/two-authors.md", "---\ntitle: Two authors\ndate: 2021-05-01\nauthors: [Zhe Jin, Katie Gamanji]\n---\nText.\n");
        _site.Write("input/zh/blog/2021/two-authors.md", "---\ntitle: 两位作者\nauthors: [金喆, Katie Gamanji]\n---\n正文。\n");

        var report = await SiteBuilder.BuildAsync(_site.Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains("<span class=\"authors\">Zhe Jin, Katie Gamanji</span>", Read("blog/2021/two-authors/index.html"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"authors\">金喆、Katie Gamanji</span>", Read("zh/blog/2021/two-authors/index.html"), StringComparison.Ordinal);
        Assert.Contains(">金喆、Katie Gamanji</span>", Read("zh/blog/index.html"), StringComparison.Ordinal);
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine([_site.Output, .. relative.Split('/')]));
}
