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

    [Fact]
    public async Task A_translation_credits_its_translators_in_a_posts_byline_and_at_the_end_of_other_pages()
    {
        _site.Write("input/en/blog/2021/two-authors.md", "---\ntitle: Two authors\ndate: 2021-05-01\nauthors: [Zhe Jin]\n---\nText.\n");
        _site.Write("input/zh/blog/2021/two-authors.md", "---\ntitle: 两位作者\ntranslators: [Michael Yao, 金喆]\n---\n正文。\n");
        _site.Write("input/en/pages/about-us.md", "---\ntitle: About us\n---\nWho we are.\n");
        _site.Write("input/zh/pages/about-us.md", "---\ntitle: 关于我们\ntranslators: [Michael Yao]\n---\n我们是谁。\n");

        var report = await SiteBuilder.BuildAsync(_site.Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var post = Read("zh/blog/2021/two-authors/index.html");
        Assert.Contains("<span class=\"translators\">译者：Michael Yao、金喆</span>", post, StringComparison.Ordinal);
        Assert.DoesNotContain("<p class=\"translators\">", post, StringComparison.Ordinal);
        Assert.Contains("<p class=\"translators\">译者：Michael Yao</p>", Read("zh/pages/about-us/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("translators", Read("blog/2021/two-authors/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"translators\"", Read("pages/about-us/index.html"), StringComparison.Ordinal);
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine([_site.Output, .. relative.Split('/')]));
}
