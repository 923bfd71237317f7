using System.Text.RegularExpressions;

namespace Site.Pipeline.Tests.Build;

/// <summary>
/// The lead under a page's title is the `summary` its author wrote. A page without one (every term of
/// the CNCF glossary as converted) shows its first paragraph once, in the body, not a second time above it.
/// </summary>
public sealed class LeadParagraphTests
{
    [Fact]
    public async Task A_page_without_a_summary_shows_its_first_paragraph_once_and_a_written_summary_as_its_lead()
    {
        using var site = new SessionSite();
        site.Write("input/en/glossary/pod.md", "---\ntitle: Pod\ncategory: concept\n---\nA pod groups containers.\n\n## How it helps\n\nShared network.\n");
        site.Write("input/zh/glossary/pod.md", "---\ntitle: Pod\n---\n## 是什么\n\nPod 是一组容器。\n");
        site.Write("input/en/glossary/node.md", "---\ntitle: Node\ncategory: concept\nsummary: A machine that runs pods.\n---\nA node is a worker machine.\n");

        var output = await site.FullBuildAsync();
        string Html(string path) => File.ReadAllText(Path.Combine(output, path));

        foreach (var (page, text) in new[]
        {
            ("glossary/pod/index.html", "A pod groups containers."),
            ("zh/glossary/pod/index.html", "Pod 是一组容器。"),
            ("pages/about/index.html", "About this site."),
            ("projects/linkerd/index.html", "Linkerd is a service mesh."),
        })
        {
            Assert.Equal(1, Regex.Matches(Html(page), Regex.Escape(text)).Count(m => !IsInHead(Html(page), m.Index)));
        }

        var node = Html("glossary/node/index.html");
        Assert.Contains("<p class=\"lead\">A machine that runs pods.</p>", node, StringComparison.Ordinal);
        Assert.Contains("A node is a worker machine.", node, StringComparison.Ordinal);
    }

    private static bool IsInHead(string html, int index) => index < html.IndexOf("</head>", StringComparison.Ordinal);
}
