using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Links;

/// <summary>Links written in English form point at the reader's language when a translation exists there.</summary>
public sealed class LinkLocaliserTests
{
    private const string ZhLinkerd = "---\ntitle: Linkerd\n---\nLinkerd 是服务网格。\n\n## 安装 {#install}\n\n步骤。\n";

    private static (RenderedContent Rendered, ContentSet Content) Render(params (string Path, string Content)[] files)
    {
        using var site = TestSite.With(files);
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return (ContentRenderer.RenderAll(result.Content!), result.Content!);
    }

    private static string Html(RenderedContent rendered, ContentSet content, string lang, string id) =>
        rendered[content.Get(lang, id)!].Html;

    [Fact]
    public void EnglishFormLinkInATranslationPointsAtTheTranslatedPageKeepingTheFragment()
    {
        var (rendered, content) = Render(
            ("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\n---\nA mesh.\n\n## Install {#install}\n\nSteps.\n"),
            ("zh/projects/linkerd.md", ZhLinkerd),
            ("en/pages/about.md", "---\ntitle: About\n---\nA.\n"),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n见 [Linkerd](/projects/linkerd/#install) 与 [博客](/blog/) 和 [外部](https://linkerd.io/)。\n"));

        var html = Html(rendered, content, "zh", "pages/about.md");
        Assert.Contains("href=\"/zh/projects/linkerd/#install\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh/blog/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://linkerd.io/\"", html, StringComparison.Ordinal);
        Assert.Empty(rendered.Diagnostics);
    }

    [Fact]
    public void UntranslatedTargetsKeepTheEnglishUrl()
    {
        var (rendered, content) = Render(
            ("en/pages/about.md", "---\ntitle: About\n---\nA.\n"),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n见 [Linkerd](/projects/linkerd/)。\n"));
        Assert.Contains("href=\"/projects/linkerd/\"", Html(rendered, content, "zh", "pages/about.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void FallbackPagesLinkToTranslationsWhileTheSourceKeepsEnglishLinks()
    {
        var (rendered, content) = Render(
            ("zh/projects/linkerd.md", ZhLinkerd),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [Linkerd](/projects/linkerd/) and [TAG Network](/sigs/tag-network/).\n"));

        var fallback = Html(rendered, content, "zh", "pages/about.md");
        Assert.Contains("href=\"/zh/projects/linkerd/\"", fallback, StringComparison.Ordinal);
        Assert.Contains("href=\"/sigs/tag-network/\"", fallback, StringComparison.Ordinal); // only a fallback in zh
        Assert.Contains("href=\"/projects/linkerd/\"", Html(rendered, content, "en", "pages/about.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void FragmentsAreValidatedAgainstTheTranslatedPage()
    {
        // The translation's outline differs from the source's, so its heading keeps its own id.
        var (rendered, _) = Render(
            ("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\n---\nA mesh.\n\n## Install\n\nSteps.\n"),
            ("zh/projects/linkerd.md", "---\ntitle: Linkerd\n---\n正文。\n\n### 安装\n\n步骤。\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nSee [install](/projects/linkerd/#install).\n"),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n见[安装](/projects/linkerd/#install)。\n"),
            ("en/pages/faq.md", "---\ntitle: FAQ\n---\nSee [install](/projects/linkerd/#install).\n"));

        var d = Assert.Single(rendered.Diagnostics, d => d.Path == "input/zh/pages/about.md");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("/zh/projects/linkerd/#install", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rendered.Diagnostics, d => d.Path == "input/en/pages/about.md"); // its own zh version is checked instead
        Assert.Contains(rendered.Diagnostics, d => d.Path == "input/en/pages/faq.md" && d.Message.Contains("/zh/", StringComparison.Ordinal)); // via its zh fallback
    }

    [Fact]
    public void EveryLocalisedLinkOfAPageIsRewrittenIncludingRepeatsQueriesAndLinksToTheSamePage()
    {
        var (rendered, content) = Render(
            ("en/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: graduated\ncategory: service-mesh\n---\nA mesh.\n\n## Install {#install}\n\nSteps.\n"),
            ("zh/projects/linkerd.md", ZhLinkerd),
            ("en/pages/about.md", "---\ntitle: About\n---\nA.\n"),
            ("zh/pages/about.md", "---\ntitle: 关于\n---\n"
                + "[一](/projects/linkerd/) [二](/projects/linkerd/) [三](/projects/linkerd/?tab=a&b=c#install) "
                + "[四](/blog/) [五](/projects/other/) [六](/projects/linkerd/#install) [七](/projects/linkerd/)。\n"));

        var html = Html(rendered, content, "zh", "pages/about.md");

        Assert.Equal(3, Count(html, "href=\"/zh/projects/linkerd/\""));
        Assert.Equal(1, Count(html, "href=\"/zh/projects/linkerd/?tab=a&amp;b=c#install\""));
        Assert.Equal(1, Count(html, "href=\"/zh/projects/linkerd/#install\""));
        Assert.Equal(1, Count(html, "href=\"/zh/blog/\""));
        Assert.Equal(1, Count(html, "href=\"/projects/other/\""));
        Assert.Equal(0, Count(html, "href=\"/projects/linkerd/"));
        var links = rendered[content.Get("zh", "pages/about.md")!].Links.Select(l => l.Url).ToList();
        Assert.Equal(["/zh/projects/linkerd/", "/zh/projects/linkerd/", "/zh/projects/linkerd/?tab=a&b=c#install", "/zh/blog/", "/projects/other/", "/zh/projects/linkerd/#install", "/zh/projects/linkerd/"], links);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
