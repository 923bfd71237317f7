using Site.Content.Links;

namespace Site.Content.Tests.Links;

/// <summary>The one URL grammar shared by markdown link checks and the rendered-HTML link check.</summary>
public sealed class LinkTargetTests
{
    [Theory]
    [InlineData("https://example.org/x")]
    [InlineData("mailto:a@b.c")]
    [InlineData("//cdn.example.org/x.png")]
    [InlineData("  ")]
    public void UrlsLeavingTheSiteHaveNoTarget(string url) => Assert.Null(LinkTarget.Parse(url, "/pages/about/"));

    [Theory]
    [InlineData("/projects/linkerd/", "/pages/about/", "/projects/linkerd/", null)]
    [InlineData("../contact/#chat", "/pages/about/", "/pages/contact/", "chat")]
    [InlineData("img/a.png?v=2", "/blog/x/index.html", "/blog/x/img/a.png", null)]
    [InlineData("/a/./b/../c/", "/", "/a/c/", null)]
    [InlineData("../../../../etc/", "/pages/about/", "/etc/", null)]
    [InlineData("/t%C3%A4g/#%E4%B8%AD", "/", "/täg/", "中")]
    [InlineData("#top", "/pages/about/", "", "top")]
    public void InternalUrlsResolveAgainstThePageAndAreDecoded(string url, string page, string path, string? fragment) =>
        Assert.Equal(new LinkTarget(path, fragment), LinkTarget.Parse(url, page));

    [Theory]
    [InlineData("https://x", "https")]
    [InlineData("HTTP://x", "HTTP")]
    [InlineData("svn+ssh://x", "svn+ssh")]
    [InlineData("/a:b", null)]
    [InlineData("1a:b", null)]
    [InlineData("a/b:c", null)]
    [InlineData(":x", null)]
    public void SchemeIsLettersBeforeTheFirstColon(string url, string? scheme) => Assert.Equal(scheme, LinkTarget.SchemeOf(url));
}
