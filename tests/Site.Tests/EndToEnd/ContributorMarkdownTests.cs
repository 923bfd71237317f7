using Site.Tests.BadInput;

namespace Site.Tests.EndToEnd;

/// <summary>
/// One page using every allowed HTML element, every component and each case of issue 14,
/// through the real build: it builds, each removal and the second title are warnings at their
/// positions, and the published page holds what a reader should see.
/// </summary>
public sealed class ContributorMarkdownTests
{
    private const string Page = "input/en/pages/everything.md";

    private const string Body = """
        # Everything on one page

        Harmless HTML: <em>em</em> <strong>strong</strong> <b>b</b> <i>i</i> <u>u</u> <s>s</s> <small>small</small> <mark>mark</mark>
        <sup>sup</sup> <sub>sub</sub> <kbd>kbd</kbd> <code>code</code> <samp>samp</samp> <var>var</var> <abbr title="Cloud Native Computing Foundation">CNCF</abbr>
        <dfn>dfn</dfn> <cite>cite</cite> <q>q</q> <time datetime="2024-01-01">time</time> <del>del</del> <ins>ins</ins> <span lang="zh">云</span>
        <bdi>bdi</bdi> <bdo dir="rtl">bdo</bdo> <ruby>云<rp>(</rp><rt>yún</rt><rp>)</rp></ruby> line<br>break<wbr> <a href="https://www.cncf.io/">link</a>

        <p align="center"><img src="/assets/img/chart.png" alt="A chart" width="120" height="60" loading="lazy"></p>

        <div dir="ltr"><blockquote cite="https://example.org/">quote</blockquote></div>

        <details open><summary>More</summary>hidden</details>

        <figure><img src="/assets/img/chart.png" alt="chart"><figcaption>caption</figcaption></figure>

        <table><caption>cap</caption><colgroup><col span="2"></colgroup><thead><tr><th scope="col" colspan="2">h</th></tr></thead>
        <tbody><tr><td rowspan="1">1</td><td>2</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>

        <dl><dt>term</dt><dd>definition</dd></dl>

        <ol start="3" reversed><li>one</li></ol><ul><li>two</li></ul>

        <h2>h2</h2><h3>h3</h3><h4>h4</h4><h5>h5</h5><h6>h6</h6><hr><pre>pre</pre>

        Removed: <img src="/assets/img/chart.png" alt="x" onerror="alert(1)"> <script>alert(2)</script>

        | left | centre | right |
        |:-----|:------:|------:|
        | a    | b      | c     |

        持续集成是一种流程。
        CD 是持续交付。

        {{< note >}}
        A note.
        {{< /note >}}

        {{< tip title="Faster" >}}
        A tip.
        {{< /tip >}}

        {{< warning >}}
        A warning.
        {{< /warning >}}

        {{< details summary="Open me" >}}
        Inside details.
        {{< /details >}}

        {{< figure src="/assets/img/chart.png" alt="A chart" caption="Requests" credit="CNCF" >}}

        {{< youtube w7Ft2ymGmfc title="Intro" >}}

        {{< video src="https://vimeo.com/1" title="Talk" >}}
        """;

    [Fact]
    public async Task A_page_with_every_allowed_element_every_component_and_each_case_builds_as_described()
    {
        using var site = SiteWithChart();
        site.Write(Page, "---\ntitle: Everything\n---\n" + Body + "\n");
        site.Write("input/en/pages/draft.md", "---\ntitle: Not yet\ndraft: true\n---\nSoon.\n");

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{Page}:4:1: warning: this heading makes a second `<h1>`", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{Page}:28:10: warning: removed `onerror` from `<img>`", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{Page}:28:71: warning: removed `<script>`", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, run.Stderr.Split('\n').Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));

        var html = File.ReadAllText(site.Combine("output/pages/everything/index.html"));
        HtmlSafety.AssertSafePage(html);
        foreach (var element in new[] { "kbd", "abbr", "ruby", "details", "figure", "figcaption", "caption", "tfoot", "dl", "samp", "bdo", "wbr" })
        {
            Assert.Contains("<" + element, html, StringComparison.Ordinal);
        }

        Assert.Contains("<th class=\"align-center\">centre</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">c</td>", html, StringComparison.Ordinal);
        Assert.Contains("持续集成是一种流程。CD 是持续交付。", html, StringComparison.Ordinal);
        Assert.Contains("callout callout-note", html, StringComparison.Ordinal);
        Assert.Contains(">Faster</p>", html, StringComparison.Ordinal);
        Assert.Contains("callout callout-warning", html, StringComparison.Ordinal);
        Assert.Contains("<summary>Open me</summary>", html, StringComparison.Ordinal);
        Assert.Contains("Credit: CNCF", html, StringComparison.Ordinal);
        Assert.Contains("data-video-embed=\"https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1\"", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/assets/f/js/video\\.[0-9a-f]{10}\\.js\" defer></script>", html);
        Assert.Contains("Opens on vimeo.com.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);

        // The Chinese fallback shows the English body; the draft is nowhere.
        Assert.Contains("callout callout-note", File.ReadAllText(site.Combine("output/zh/pages/everything/index.html")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Combine("output/pages/draft")));
        Assert.False(Directory.Exists(site.Combine("output/zh/pages/draft")));
    }

    [Fact]
    public async Task Docsys_alert_is_drawn_as_the_callout_its_colour_names_with_its_title_or_the_kinds_label()
    {
        using var site = new MinimalSite();
        site.Write("input/en/pages/alerts.md", """
            ---
            title: Alerts
            ---
            {{% alert color="primary" %}}
            Plain.
            {{% /alert %}}

            {{% alert title="Notice" color="warning" %}}
            Careful.
            {{% /alert %}}

            {{% alert title="Congrats!" color="success" %}}
            Well done.
            {{% /alert %}}

            {{< alert color="danger" >}}
            Stop.
            {{< /alert >}}
            """);
        site.Write("input/zh/pages/alerts.md", """
            ---
            title: 提醒
            ---
            {{% alert color="danger" %}}
            停下。
            {{% /alert %}}
            """);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(site.Combine("output/pages/alerts/index.html"));
        HtmlSafety.AssertSafePage(html);
        var callouts = System.Text.RegularExpressions.Regex.Matches(html, "<aside class=\"callout callout-(\\w+)\"[^>]*>\\s*<p class=\"callout-title\"[^>]*>([^<]*)</p>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        Assert.Equal([("note", "Note"), ("warning", "Notice"), ("tip", "Congrats!"), ("warning", "Warning")], callouts);
        Assert.Matches("<aside class=\"callout callout-warning\"[^>]*>\\s*<p class=\"callout-title\"[^>]*>警告</p>", File.ReadAllText(site.Combine("output/zh/pages/alerts/index.html")));
    }

    [Fact]
    public async Task An_alert_of_a_colour_docsy_does_not_have_is_an_error_naming_the_colours()
    {
        using var site = new MinimalSite();
        site.Write("input/en/pages/alerts.md", "---\ntitle: Alerts\n---\n{{% alert color=\"purple\" %}}\nHmm.\n{{% /alert %}}\n");

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/en/pages/alerts.md:4:11: error: argument `color` of `alert` must be one of `primary`, `secondary`, `info`, `light`, `dark`, `success`, `warning`, `danger`, not `purple`", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hugos_figure_link_wraps_the_image_in_a_link_that_is_checked_like_any_other()
    {
        using var site = SiteWithChart();
        site.Write("input/en/pages/figures.md", """
            ---
            title: Figures
            ---
            {{< figure src="/assets/img/chart.png" alt="A chart" link="https://kubernetes.io/docs/concepts/" >}}

            {{< figure src="/assets/img/chart.png" alt="Linkerd" link="/projects/linkerd/" >}}
            """);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(site.Combine("output/pages/figures/index.html"));
        Assert.Contains("<a href=\"https://kubernetes.io/docs/concepts/\"><img src=\"/assets/img/chart.png\" alt=\"A chart\" loading=\"lazy\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/projects/linkerd/\"><img src=\"/assets/img/chart.png\" alt=\"Linkerd\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/zh/projects/linkerd/\"><img", File.ReadAllText(site.Combine("output/zh/pages/figures/index.html")), StringComparison.Ordinal);

        site.Write("input/en/pages/figures.md", "---\ntitle: Figures\n---\n{{< figure src=\"/assets/img/chart.png\" alt=\"A chart\" link=\"/projects/linkerd2/\" >}}\n");
        var broken = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("input/en/pages/figures.md:4:", broken.Stderr, StringComparison.Ordinal);
        Assert.Contains("link to unknown page /projects/linkerd2/; did you mean /projects/linkerd/?", broken.Stderr, StringComparison.Ordinal);
    }
    [Fact]
    public async Task A_figure_width_in_percent_becomes_a_width_class_rounded_to_tens_and_pixels_stay_an_attribute()
    {
        // Hugo's figure passes width="60%" through (istio.io gives 70 of its 87 images one); the CSP bans inline styles,
        // so the theme draws a share of the column with a class.
        using var site = SiteWithChart();
        site.Write("input/en/pages/figures.md", """
            ---
            title: Figures
            ---
            {{< figure src="/assets/img/chart.png" alt="Wide" width="64%" >}}

            {{< figure src="/assets/img/chart.png" alt="Narrow" width="3%" >}}

            {{< figure src="/assets/img/chart.png" alt="Pixels" width="640" height="320" >}}

            {{< figure src="/assets/img/chart.png" alt="Titled" title="Figure 1" caption="Requests per second" >}}
            """);

        var run = await CliRun.RunAsync(site.BuildArgs());

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(site.Combine("output/pages/figures/index.html"));
        Assert.Contains("<figure class=\"figure figure-w-60\">\n<img src=\"/assets/img/chart.png\" alt=\"Wide\" loading=\"lazy\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"figure figure-w-10\">\n<img src=\"/assets/img/chart.png\" alt=\"Narrow\" loading=\"lazy\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"figure\">\n<img src=\"/assets/img/chart.png\" alt=\"Pixels\" loading=\"lazy\" width=\"640\" height=\"320\">", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption><strong class=\"figure-title\">Figure 1</strong> Requests per second</figcaption>", html, StringComparison.Ordinal);
        var css = File.ReadAllText(Directory.GetFiles(site.Combine("output/assets/css"), "site*.css").Single());
        Assert.Contains(".figure-w-60", css, StringComparison.Ordinal);

        site.Write("input/en/pages/figures.md", "---\ntitle: Figures\n---\n{{< figure src=\"/assets/img/chart.png\" alt=\"Wide\" width=\"150%\" >}}\n");
        var broken = await CliRun.RunAsync(site.BuildArgs());

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("input/en/pages/figures.md:4:", broken.Stderr, StringComparison.Ordinal);
        Assert.Contains("argument `width` of `figure` `150%` does not have the expected form (width in pixels, `640`, or a share of the text column from `1%` to `100%`)", broken.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The minimal site with a one-pixel image at /assets/img/chart.png for figures to show.</summary>
    private static MinimalSite SiteWithChart()
    {
        var site = new MinimalSite();
        site.WriteBytes("input/assets/img/chart.png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
        return site;
    }
}
