using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>The default theme's components, rendered with the real templates and UI strings.</summary>
public sealed class ThemeComponentsTests
{
    private static readonly string Theme = Path.Combine(RepositoryRoot.Path, "themes", "default");
    private static readonly string Translations = Path.Combine(RepositoryRoot.Path, "translations");

    private static (ThemeComponents Components, List<Diagnostic> Diagnostics) Load()
    {
        var diagnostics = new List<Diagnostic>();
        return (ThemeComponents.Load(Theme, Translations, diagnostics), diagnostics);
    }

    private static RenderedMarkdown Render(string md, string language = "en") => new MarkdownRenderer(Load().Components).Render(md, 1, language: language);

    private const string EveryComponent = """
        {{< note >}}
        Read this.
        {{< /note >}}

        {{< tip title="Faster" >}}
        Use the cache.
        {{< /tip >}}

        {{< warning >}}
        Back up first.
        {{< /warning >}}

        {{< details summary="More" open="true" >}}
        Hidden text.
        {{< /details >}}

        {{< figure src="/assets/img/a.png" alt="A chart" caption="Requests per second" credit="CNCF" credit_link="https://www.cncf.io/" >}}

        {{< youtube w7Ft2ymGmfc title="Intro talk" >}}

        {{< video src="/assets/video/demo.mp4" title="Demo" poster="/assets/img/a.png" >}}

        {{< video src="https://www.bilibili.com/video/BV1xx" title="Talk" >}}

        {{% alert title="Notice" color="danger" %}}
        Docsy's callout.
        {{% /alert %}}

        {{< figure src="/assets/img/a.png" alt="Linked" link="https://www.cncf.io/projects/" >}}
        """;

    [Fact]
    public void Every_declared_component_has_a_template_and_the_theme_loads_without_problems()
    {
        var (components, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Equal(["alert", "details", "figure", "note", "tip", "video", "warning", "youtube"], components.Catalog.Components.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_component_renders_in_english()
    {
        var r = Render(EveryComponent);

        Assert.Empty(r.Findings);
        var html = r.Html;
        Assert.Contains("class=\"callout callout-note\"", html, StringComparison.Ordinal);
        Assert.Contains(">Note</p>", html, StringComparison.Ordinal);
        Assert.Contains(">Faster</p>", html, StringComparison.Ordinal);
        Assert.Contains(">Warning</p>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"details\" open>", html, StringComparison.Ordinal);
        Assert.Contains("<summary>More</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/img/a.png\" alt=\"A chart\" loading=\"lazy\">", html, StringComparison.Ordinal);
        Assert.Contains("Credit: <a href=\"https://www.cncf.io/\" rel=\"external\">CNCF</a>", html, StringComparison.Ordinal);
        Assert.Contains("<video controls preload=\"none\" src=\"/assets/video/demo.mp4\" poster=\"/assets/img/a.png\"", html, StringComparison.Ordinal);
        Assert.Contains("Opens on www.bilibili.com.", html, StringComparison.Ordinal);
        Assert.Matches("<aside class=\"callout callout-warning\" aria-labelledby=\"(component-alert-[0-9]+)\">\\s*<p class=\"callout-title\" id=\"\\1\">Notice</p>", html);
        Assert.Contains("<a href=\"https://www.cncf.io/projects/\"><img src=\"/assets/img/a.png\" alt=\"Linked\" loading=\"lazy\"></a>", html, StringComparison.Ordinal);
        HtmlSafety.AssertSafe(html.Replace("<video", "<div", StringComparison.Ordinal));
    }

    [Fact]
    public void The_youtube_component_loads_nothing_from_the_video_host_until_the_reader_asks()
    {
        var html = Render("{{< youtube w7Ft2ymGmfc title=\"Intro talk\" >}}\n").Html;

        // No element that fetches: only a link to click, and the embed address as data for the theme script.
        Assert.DoesNotMatch("<(iframe|img|script|video|object|embed)", html);
        Assert.Contains("<a class=\"video-placeholder\" href=\"https://www.youtube.com/watch?v=w7Ft2ymGmfc\"", html, StringComparison.Ordinal);
        Assert.Contains("data-video-embed=\"https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1\"", html, StringComparison.Ordinal);
        Assert.Contains("Intro talk", html, StringComparison.Ordinal);

        // The CSP allows exactly the frame the click needs, and the theme script embeds nothing else.
        var csp = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "netlify.toml")).Single(l => l.Contains("Content-Security-Policy", StringComparison.Ordinal));
        Assert.Contains("frame-src https://www.youtube-nocookie.com;", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        var script = File.ReadAllText(Path.Combine(Theme, "assets", "js", "video.js"));
        Assert.Contains("\"https://www.youtube-nocookie.com/embed/\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Docusaurus_admonitions_and_github_alerts_are_drawn_by_the_callout_templates()
    {
        var html = Render(":::danger[Careful]\nBack up first.\n:::\n\n> [!TIP]\n> Use the cache.\n", "zh").Html;

        Assert.Matches("<aside class=\"callout callout-warning\" aria-labelledby=\"(component-warning-[0-9]+)\">\\s*<p class=\"callout-title\" id=\"\\1\">Careful</p>\\s*<div class=\"callout-body\">\\s*<p>Back up first.</p>", html);
        Assert.Matches("<aside class=\"callout callout-tip\"[^>]*>\\s*<p class=\"callout-title\"[^>]*>提示</p>\\s*<div class=\"callout-body\">\\s*<p>Use the cache.</p>", html);
        HtmlSafety.AssertSafe(html);
    }

    [Fact]
    public void Component_labels_are_translated()
    {
        var html = Render(EveryComponent, "zh").Html;

        Assert.Contains(">注意</p>", html, StringComparison.Ordinal);
        Assert.Contains(">警告</p>", html, StringComparison.Ordinal);
        Assert.Contains("来源：", html, StringComparison.Ordinal);
        Assert.Contains("播放视频", html, StringComparison.Ordinal);
        Assert.Contains("在 www.bilibili.com 上打开。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_argument_values_are_escaped_by_every_template()
    {
        foreach (var payload in XssCorpus.Payloads.Where(p => !p.Contains('\n', StringComparison.Ordinal)))
        {
            var value = payload.Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
            var body = $$$"""
                {{< note title="{{{value}}}" >}}
                x
                {{< /note >}}

                {{< alert title="{{{value}}}" >}}
                x
                {{< /alert >}}

                {{< details summary="{{{value}}}" >}}
                x
                {{< /details >}}

                {{< figure src="/assets/img/a.png" alt="{{{value}}}" caption="{{{value}}}" credit="{{{value}}}" >}}

                {{< youtube w7Ft2ymGmfc title="{{{value}}}" >}}

                {{< video src="https://example.org/v" title="{{{value}}}" caption="{{{value}}}" >}}
                """;
            var r = Render(body);

            HtmlSafety.AssertSafe(r.Html);
        }
    }
}
