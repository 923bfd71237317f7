using System.Text.RegularExpressions;
using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Markdown;

/// <summary>
/// Raw HTML in markdown goes through the allow-list of SECURITY.md: harmless markup is published,
/// everything else is removed and each removal is a warning at the HTML's position in the file.
/// </summary>
public sealed class RawHtmlTests
{
    private static RenderedMarkdown Render(string md, int firstLine = 1) => MarkdownRenderer.Shared.Render(md, firstLine);

    [Fact]
    public void Harmless_block_html_is_published_as_markup_without_warnings()
    {
        var r = Render("<p><img src=\"/assets/img/logo.png\" alt=\"The logo\" width=\"120\" height=\"60\" loading=\"lazy\"></p>\n");

        Assert.Contains("<img src=\"/assets/img/logo.png\" alt=\"The logo\" width=\"120\" height=\"60\" loading=\"lazy\">", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", r.Html, StringComparison.Ordinal);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Harmless_inline_html_in_a_chinese_sentence_is_published_as_markup()
    {
        var r = Render("感谢 <em>@name</em> 的贡献，按 <kbd>Ctrl</kbd>+<kbd>C</kbd> 复制。\n");

        Assert.Contains("<em>@name</em>", r.Html, StringComparison.Ordinal);
        Assert.Contains("<kbd>Ctrl</kbd>+<kbd>C</kbd>", r.Html, StringComparison.Ordinal);
        Assert.Empty(r.Findings);
        Assert.Equal("感谢 @name 的贡献，按 Ctrl+C 复制。", r.PlainText);
    }

    [Fact]
    public void Every_allowed_element_survives()
    {
        const string md = """
            <p align="center"><a href="https://example.org/" title="t">link</a> <abbr title="Cloud Native Computing Foundation">CNCF</abbr>
            <b>b</b> <i>i</i> <u>u</u> <s>s</s> <em>em</em> <strong>strong</strong> <small>small</small> <mark>mark</mark>
            <sup>sup</sup> <sub>sub</sub> <kbd>kbd</kbd> <code>code</code> <samp>samp</samp> <var>var</var> <q cite="https://example.org/">q</q>
            <cite>cite</cite> <dfn>dfn</dfn> <time datetime="2024-01-01">time</time> <del>del</del> <ins>ins</ins> <span lang="zh">云</span> <bdi>bdi</bdi>
            <ruby>云<rp>(</rp><rt>yún</rt><rp>)</rp></ruby> line<br>break <wbr></p>

            <div dir="ltr"><blockquote cite="https://example.org/">quote</blockquote></div>

            <details open><summary>More</summary>hidden</details>

            <figure><img src="/assets/img/a.png" alt="a"><figcaption>caption</figcaption></figure>

            <table><caption>cap</caption><colgroup><col span="2"></colgroup><thead><tr><th scope="col" colspan="2">h</th></tr></thead>
            <tbody><tr><td rowspan="1">1</td><td>2</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>

            <dl><dt>term</dt><dd>definition</dd></dl>

            <ol start="3" reversed><li>one</li></ol><ul><li>two</li></ul>

            <h2>h2</h2><h3>h3</h3><h4>h4</h4><h5>h5</h5><h6>h6</h6><hr><pre>pre</pre>
            """;

        var r = Render(md + "\n");

        Assert.Empty(r.Findings);
        foreach (var element in new[]
                 {
                     "p", "a", "abbr", "b", "i", "u", "s", "em", "strong", "small", "mark", "sup", "sub", "kbd", "code", "samp", "var", "q", "cite", "dfn",
                     "time", "del", "ins", "span", "bdi", "ruby", "rp", "rt", "br", "wbr", "div", "blockquote", "details", "summary", "figure", "figcaption",
                     "img", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt", "dd", "ol", "ul", "li",
                     "h2", "h3", "h4", "h5", "h6", "hr", "pre",
                 })
        {
            Assert.Contains("<" + element, r.Html, StringComparison.Ordinal);
        }

        foreach (var attribute in new[] { "align=\"center\"", "title=\"t\"", "datetime=", "lang=\"zh\"", "dir=\"ltr\"", "open", "scope=\"col\"", "colspan=\"2\"", "start=\"3\"", "reversed" })
        {
            Assert.Contains(attribute, r.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markdown_inside_a_details_block_is_still_markdown()
    {
        var r = Render("<details>\n<summary>Show the steps</summary>\n\nRun **helm install**.\n\n</details>\n");

        Assert.Matches(@"<details>\s*<summary>Show the steps</summary>\s*<p>Run <strong>helm install</strong>.</p>\s*</details>", r.Html);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_script_block_is_removed_with_its_code_and_a_warning_at_its_position()
    {
        var r = Render("Intro.\n\n<script>alert(1)</script>\n\nAfter.\n", firstLine: 5);

        Assert.DoesNotContain("script", r.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", r.PlainText, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.Equal((Severity.Warning, 7, 1), (finding.Severity, finding.Line, finding.Column));
        Assert.Contains("`<script>`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_script_is_removed_with_its_code_at_its_column()
    {
        var r = Render("Say <script>alert(1)</script> hello.\n");

        Assert.DoesNotContain("alert", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", r.PlainText, StringComparison.Ordinal);
        Assert.Contains("hello", r.Html, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.Equal((1, 5), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_event_handler_is_removed_from_an_image_that_stays_and_the_warning_names_both()
    {
        var r = Render("Text.\n\n- item <img src=\"/assets/img/a.png\" alt=\"a\" onerror=\"alert(1)\">\n", firstLine: 10);

        Assert.DoesNotContain("onerror", r.Html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/img/a.png\" alt=\"a\">", r.Html, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.Equal((12, 8), (finding.Line, finding.Column));
        Assert.Contains("`onerror`", finding.Message, StringComparison.Ordinal);
        Assert.Contains("`<img>`", finding.Message, StringComparison.Ordinal);
        Assert.Contains("event handler", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_in_a_quote_reports_the_column_of_the_tag_in_the_file()
    {
        var r = Render("> quoted\n>\n> <div style=\"color:red\">x</div>\n");

        var finding = Assert.Single(r.Findings);
        Assert.Equal((3, 3), (finding.Line, finding.Column));
        Assert.Contains("Content-Security-Policy", finding.Message, StringComparison.Ordinal);
        Assert.Contains("<div>x</div>", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "href")]
    [InlineData("<a href=\"  JaVaScRiPt:alert(1)\">x</a>", "href")]
    [InlineData("<a href=\"vbscript:msgbox\">x</a>", "href")]
    [InlineData("<a href=\"data:text/html,&lt;script&gt;\">x</a>", "href")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">", "src")]
    [InlineData("<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" alt=\"x\">", "src")]
    public void Script_and_data_urls_are_removed_with_a_warning(string html, string attribute)
    {
        var r = Render("Before " + html + "\n");

        Assert.DoesNotMatch("(?i)(javascript|vbscript|data):", r.Html);
        var finding = Assert.Single(r.Findings);
        Assert.Contains($"`{attribute}`", finding.Message, StringComparison.Ordinal);
        Assert.Equal(8, finding.Column);
    }

    [Theory]
    [InlineData("<iframe title=\"KubeCon keynote\" width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/hsXXmWSUtyo\" frameborder=\"0\" allowfullscreen></iframe>", "{{< youtube hsXXmWSUtyo title=\"KubeCon keynote\" >}}")]
    [InlineData("<iframe title=\"YouTube video player\" src=\"https://www.youtube.com/embed/hsXXmWSUtyo\"></iframe>", "{{< youtube hsXXmWSUtyo >}}")]
    [InlineData("<iframe title=\"video\" src=\"https://www.youtube.com/embed/hsXXmWSUtyo\"></iframe>", "{{< youtube hsXXmWSUtyo >}}")]
    [InlineData("<iframe title=\"Vimeo video player\" src=\"https://player.vimeo.com/video/76979871\"></iframe>", "{{< video src=\"https://vimeo.com/76979871\" title=\"…\" >}}")]
    [InlineData("<iframe src=\"https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?start=30\"></iframe>", "{{< youtube w7Ft2ymGmfc >}}")]
    [InlineData("<iframe src=\"//www.youtube.com/watch?v=w7Ft2ymGmfc\" title='Say \"hi\"'></iframe>", "{{< youtube w7Ft2ymGmfc >}}")]
    [InlineData("<iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\" title=\"Talk\"></iframe>", "{{< video src=\"https://vimeo.com/76979871\" title=\"Talk\" >}}")]
    [InlineData("<iframe src=\"//player.bilibili.com/player.html?aid=1&bvid=BV1xx411c7mD&cid=2&page=1\" allowfullscreen=\"true\"></iframe>", "{{< video src=\"https://www.bilibili.com/video/BV1xx411c7mD\" title=\"…\" >}}")]
    public void A_video_frame_is_removed_with_the_component_to_write_instead(string html, string component)
    {
        var r = Render("Watch:\n\n" + html + "\n");

        Assert.DoesNotContain("<iframe", r.Html, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.Equal((3, 1), (finding.Line, finding.Column));
        var untitled = component.StartsWith("{{< youtube", StringComparison.Ordinal) && !component.Contains("title=", StringComparison.Ordinal)
            ? "; add `title=\"…\"` with what the video shows, or readers and screen readers get only \"YouTube video\""
            : string.Empty;
        Assert.EndsWith($"; for this video write `{component}` (nothing loads from the video's site until the reader presses play{untitled})", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<video autoplay loop muted controls>\n  <source src=\"/assets/blog/demo.mp4\" type=\"video/mp4\" />\n</video>", "{{< video src=\"/assets/blog/demo.mp4\" title=\"…\" >}}")]
    [InlineData("<video src=\"clip.webm\" poster=\"clip.png\" controls></video>", "{{< video src=\"clip.webm\" poster=\"clip.png\" title=\"…\" >}}")]
    [InlineData("<video src=\"clip.webm\" poster=\"Clip.JPEG\" controls></video>", "{{< video src=\"clip.webm\" poster=\"Clip.JPEG\" title=\"…\" >}}")]
    public void A_video_element_is_removed_with_the_component_to_write_and_its_file_is_checked(string html, string component)
    {
        var r = Render("Watch:\n\n" + html + "\n");

        Assert.DoesNotContain("<video", r.Html, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.Equal((3, 1), (finding.Line, finding.Column));
        Assert.EndsWith($"; for this video write `{component}` (`title` says what it shows)", finding.Message, StringComparison.Ordinal);
        var src = component.Split('"')[1];
        Assert.Contains(r.Links, l => l.Url == src && l.Line == 3);
    }

    [Theory]
    [InlineData("<video controls poster=\"/assets/install/windows.mp4\"><source src=\"/assets/install/windows.mp4\"></video>", "{{< video src=\"/assets/install/windows.mp4\" title=\"…\" >}}")]
    [InlineData("<video src=\"clip.webm\" poster=\"/assets/still\" controls></video>", "{{< video src=\"clip.webm\" title=\"…\" >}}")]
    [InlineData("<video src=\"clip.webm\" poster=\"/assets/still.webp?v=2\" controls></video>", "{{< video src=\"clip.webm\" poster=\"/assets/still.webp?v=2\" title=\"…\" >}}")]
    public void A_video_poster_that_is_not_an_image_file_is_left_out_of_the_component_to_write(string html, string component)
    {
        // KubeVirt's Windows-install video gave its own .mp4 as the poster: copied into the component, the page showed no still.
        var finding = Assert.Single(Render("Watch:\n\n" + html + "\n").Findings);

        Assert.EndsWith($"; for this video write `{component}` (`title` says what it shows)", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Logo: ![](/assets/img/logo.png)\n", 1, 7, "image /assets/img/logo.png has no alt text, so readers who cannot see it (with a screen reader, or when it fails to load) get nothing: describe it between the brackets, `![what it shows](/assets/img/logo.png)`")]
    [InlineData("[![ ](/assets/img/logo.png)](https://example.org/)\n", 1, 2, "image /assets/img/logo.png has no alt text")]
    [InlineData("<a href=\"https://example.org/\"><img src=\"/assets/img/logo.png\"></a>\n", 1, 32, "`<img src=\"/assets/img/logo.png\">` has no `alt`, so readers who cannot see it (with a screen reader, or when it fails to load) get nothing: add `alt=\"what it shows\"` (or `alt=\"\"` for a picture that only decorates)")]
    public void An_image_without_alt_text_is_a_warning(string md, int line, int column, string message)
    {
        var finding = Assert.Single(Render(md).Findings);

        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.StartsWith(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_that_says_what_it_shows_or_only_decorates_in_html_is_fine()
    {
        Assert.Empty(Render("![The logo](/assets/img/logo.png) <img src=\"/assets/img/line.png\" alt=\"\">\n").Findings);
    }

    [Theory]
    [InlineData("<div className=\"grid\">\n\nText.\n\n</div>", "removed `classname` from `<div>`: `className` is JSX's spelling of `class` (an MDX page), and content cannot use the theme's classes either: delete the attribute")]
    [InlineData("<p data-x=\"1\">Text.</p>", "removed `data-x` from `<p>`: it is not on the list of allowed attributes (see CONTRIBUTING.md): delete the attribute, the element is kept without it")]
    [InlineData("<style>\n.x { color: red }\n</style>", "removed `<style>`: styles belong in the theme's CSS, and the site's Content-Security-Policy blocks inline ones: delete the element (its rules never apply here)")]
    public void A_removed_attribute_or_style_element_says_what_to_do_with_it(string html, string message)
    {
        // Cilium's `<style>` and `className` warnings said what was removed, not whether to act, and stayed.
        Assert.Contains(Render("Intro.\n\n" + html + "\n").Findings, f => f.Message == message);
    }

    [Theory]
    [InlineData(
        "<div style={{ margin: '1rem 0', fontStyle: 'italic', textAlign: 'center' }}> Fault injection process </div>",
        "removed `style={{ margin: '1rem 0', fontStyle: 'italic', textAlign: 'center' }}` from `<div>`: the site's Content-Security-Policy (`style-src 'self'`) blocks inline styles; layout and alignment come from the theme: delete `style={{ margin: '1rem 0', fontStyle: 'italic', textAlign: 'center' }}`")]
    [InlineData(
        "<p data-items={[1, 2]} align=\"center\">Text.</p>",
        "removed `data-items={[1, 2]}` from `<p>`: it is not on the list of allowed attributes (see CONTRIBUTING.md): delete `data-items={[1, 2]}`, the element is kept without it")]
    public void A_jsx_expression_attribute_is_reported_once_as_the_whole_attribute(string html, string message)
    {
        // Chaos Mesh's caption: the `style={{…}}` of an MDX page gave 9 warnings, 8 naming pieces (`'1rem`, `}}`) to delete.
        var r = Render("Intro.\n\n" + html + "\n");

        var finding = Assert.Single(r.Findings);
        Assert.Equal(message, finding.Message);
        Assert.Equal((3, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void An_icon_font_icon_is_told_that_it_is_left_empty()
    {
        var r = Render("### Multilingual documentation <i class=\"fa-solid fa-language\"></i>\n");

        var finding = Assert.Single(r.Findings);
        Assert.Equal("removed `class` from `<i>`: content cannot use the theme's classes; `fa-language` is an icon font's icon, and the element is left empty: delete it, or write the word the icon stands for", finding.Message);
    }

    [Fact]
    public void A_table_written_in_html_scrolls_inside_the_text_column_like_a_markdown_table()
    {
        var r = Render("<table>\n<tr><td>a</td><td><table><tr><td>inner</td></tr></table></td></tr>\n</table>\n\n| x |\n|---|\n| 1 |\n");

        Assert.Empty(r.Findings);
        Assert.Equal(2, Regex.Count(r.Html, "<div class=\"table-scroll\" tabindex=\"0\" role=\"group\" aria-labelledby=\"table-label\">"));
        Assert.Matches("<div class=\"table-scroll\"[^>]*><table>\\s*<tbody><tr><td>a</td>", r.Html);
    }

    [Fact]
    public void A_video_frame_inside_other_html_is_told_to_go_outside_it()
    {
        var r = Render("Watch:\n\n<div align=\"center\">\n<iframe src=\"https://www.youtube.com/embed/hsXXmWSUtyo\"></iframe>\n</div>\n");

        var finding = Assert.Single(r.Findings);
        Assert.EndsWith("; for this video write `{{< youtube hsXXmWSUtyo >}}` on a line of its own, outside the HTML around the frame, with a blank line before and after it (nothing loads from the video's site until the reader presses play; add `title=\"…\"` with what the video shows, or readers and screen readers get only \"YouTube video\")", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_tag_inside_an_html_block_is_an_error_that_says_how_to_make_it_a_component()
    {
        var r = Render("Watch:\n\n<section>\n  {{< youtube hsXXmWSUtyo >}}\n</section>\n\n<pre>\n{{< not-a-component >}}\n</pre>\n");

        var finding = Assert.Single(r.Findings, f => f.Severity == Site.Content.Diagnostics.Severity.Error);
        Assert.Equal((4, 3), (finding.Line, finding.Column));
        Assert.True(finding.Severity == Site.Content.Diagnostics.Severity.Error);
        Assert.Equal("the tag of `youtube` is inside the HTML block that starts on line 3 and would be shown as text: leave a blank line before and after it (HTML runs until a blank line), or remove the HTML around it", finding.Message);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "iframe")]
    [InlineData("<object data=\"x.swf\"></object>", "object")]
    [InlineData("<embed src=\"x.swf\">", "embed")]
    [InlineData("<style>body{display:none}</style>", "style")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"password\"></form>", "form")]
    [InlineData("<svg><script>alert(1)</script></svg>", "svg")]
    [InlineData("<math><mi>x</mi></math>", "math")]
    [InlineData("<base href=\"https://evil.example/\">", "base")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", "meta")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", "link")]
    [InlineData("<template><script>alert(1)</script></template>", "template")]
    [InlineData("<noscript><p>x</p></noscript>", "noscript")]
    public void Dangerous_elements_are_removed_with_their_content_and_one_warning(string html, string element)
    {
        var r = Render(html + "\n\nAfter.\n");

        Assert.DoesNotContain("<" + element, r.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", r.Html, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.Contains($"`<{element}>`", finding.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
        Assert.Contains("After.", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Presentational_elements_are_removed_but_their_text_is_kept()
    {
        var r = Render("<center><font color=\"red\">Big news</font></center>\n");

        Assert.Contains("Big news", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<font", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<center", r.Html, StringComparison.Ordinal);
        Assert.Equal(2, r.Findings.Count);
        Assert.Contains("its text is kept", r.Findings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p class=\"hero\">x</p>", "class")]
    [InlineData("<p id=\"top\">x</p>", "id")]
    [InlineData("<p style=\"color:red\">x</p>", "style")]
    [InlineData("<a href=\"https://example.org/\" target=\"_blank\" rel=\"noreferrer\">x</a>", "target")]
    public void Attributes_not_on_the_list_are_removed_with_a_reason(string html, string attribute)
    {
        var r = Render(html + "\n");

        Assert.DoesNotContain(attribute + "=", r.Html, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.StartsWith($"removed `{attribute}`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_pasted_with_target_blank_loses_only_its_target_with_one_warning_that_says_why()
    {
        var r = Render("See <a href=\"https://github.com/cncf/memorials\" target=\"_blank\" rel=\"noreferrer\">the memorial</a>.\n");

        Assert.Contains("<a href=\"https://github.com/cncf/memorials\" rel=\"noreferrer\">the memorial</a>", r.Html, StringComparison.Ordinal);
        var finding = Assert.Single(r.Findings);
        Assert.Equal("removed `target` from `<a>`: links open where the reader chooses (a new tab is one middle-click away), so the site never opens one itself", finding.Message);
    }

    [Fact]
    public void Html_comments_are_dropped_silently()
    {
        var r = Render("Text <!-- a note for editors --> more.\n\n<!--more-->\n");

        Assert.DoesNotContain("note for editors", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", r.Html, StringComparison.Ordinal);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_placeholder_in_angle_brackets_that_is_no_html_element_stays_text()
    {
        var r = Render("Replace <your-namespace> and <pod_name> with your own values.\n");

        Assert.Contains("&lt;your-namespace&gt;", r.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;pod_name&gt;", r.Html, StringComparison.Ordinal);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Markdown_markup_next_to_raw_html_is_untouched()
    {
        var r = Render("## Title {#custom}\n\nText[^1] <sup>2</sup> and [a link](/projects/x/ \"T\").\n\n- [x] done\n\n| a | b |\n|---|---|\n| `c` | d |\n\n```js\nlet a = 1 < 2;\n```\n\n[^1]: Note.\n");

        Assert.Empty(r.Findings);
        Assert.Contains("<h2 id=\"custom\">Title</h2>", r.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnote-ref\"", r.Html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", r.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/projects/x/\" title=\"T\">a link</a>", r.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"language-js\"", r.Html, StringComparison.Ordinal);
        // Highlighting wraps tokens in spans; the code's text must still read the same, escaped.
        var code = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(r.Html).QuerySelector("pre code")!;
        Assert.Equal("let a = 1 < 2;", code.TextContent.Trim());
        Assert.Contains("&lt;", code.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_and_images_in_raw_html_are_validated_like_markdown_ones()
    {
        var r = Render("Intro.\n\n<p>See <a href=\"/service/\">the page</a> <img src=\"/assets/img/missing.png\" alt=\"m\"></p>\n", firstLine: 4);

        Assert.Contains(new MarkdownLink("/service/", 6, 8, false), r.Links);
        Assert.Contains(new MarkdownLink("/assets/img/missing.png", 6, 41, true), r.Links);
    }

    [Fact]
    public void Block_html_text_is_searchable_and_its_script_is_not()
    {
        var r = Render("<div>Visible <b>words</b><script>secret()</script></div>\n\nNext.\n");

        Assert.Contains("Visible words", r.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", r.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_tag_cannot_swallow_the_rest_of_the_page_into_an_attribute()
    {
        var r = Render("<a title='x>text\n\nNext [link](javascript:alert(1)) <img src=x onerror=alert(1)>\n");

        HtmlSafety.AssertSafe(r.Html);
    }

    [Theory]
    [InlineData("<blockquote class=\"twitter-tweet\" data-lang=\"en\"><p lang=\"en\" dir=\"ltr\">Prometheus 2.0 is out! <a href=\"https://t.co/abc\">https://t.co/abc</a></p>&mdash; Prometheus (@PrometheusIO) <a href=\"https://twitter.com/PrometheusIO/status/929047293407948802?ref_src=twsrc%5Etfw\">November 8, 2017</a></blockquote>\n<script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>\n", "tweet")]
    [InlineData("<blockquote class=\"bluesky-embed\" data-bluesky-uri=\"at://did:plc:x/app.bsky.feed.post/y\" data-bluesky-cid=\"z\"><p lang=\"en\">Prometheus 2.0 is out!</p>&mdash; Prometheus (<a href=\"https://bsky.app/profile/did:plc:x?ref_src=embed\">@prometheus.io</a>) <a href=\"https://bsky.app/profile/did:plc:x/post/y?ref_src=embed\">November 8, 2024</a></blockquote><script async src=\"https://embed.bsky.app/static/embed.js\" charset=\"utf-8\"></script>\n", "Bluesky post")]
    public void An_embedded_social_post_is_one_warning_and_stays_a_quote_of_its_text_and_link(string md, string what)
    {
        var r = Render("Intro.\n\n" + md + "\nAfter.\n", firstLine: 5);

        var finding = Assert.Single(r.Findings);
        Assert.Equal((Severity.Warning, 7, 1), (finding.Severity, finding.Line, finding.Column));
        Assert.StartsWith($"an embedded {what} is shown as a quote of its text and link", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Prometheus 2.0 is out!", r.Html, StringComparison.Ordinal);
        Assert.Matches("<blockquote><p[^>]*>Prometheus 2.0 is out!", r.Html);
        Assert.Contains("November 8, 20", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_widget_script_without_its_quote_and_a_quote_with_another_class_keep_their_own_warnings()
    {
        var r = Render("<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n\n<blockquote class=\"note\">Quoted.</blockquote>\n");

        Assert.Collection(r.Findings,
            f => Assert.StartsWith("removed `<script>`", f.Message, StringComparison.Ordinal),
            f => Assert.StartsWith("removed `class` from `<blockquote>`", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Docusaurus_tabs_are_named_as_a_component_this_site_does_not_run()
    {
        var r = Render("<Tabs>\n<TabItem value=\"helm\" label=\"Helm\">\n\nRun helm.\n\n</TabItem>\n</Tabs>\n");

        Assert.Contains("Run helm.", r.Html, StringComparison.Ordinal);
        Assert.All(r.Findings, f => Assert.Contains("a Docusaurus (MDX) component, which this site does not run; its text is kept", f.Message, StringComparison.Ordinal));
        Assert.NotEmpty(r.Findings);
    }
}

/// <summary>A page exported from Medium repeats the same attributes on every element: one warning per kind, counted.</summary>
public sealed class RemovalWarningGroupingTests
{
    [Fact]
    public void The_same_removal_on_many_elements_is_one_warning_at_the_first_with_the_count()
    {
        var r = MarkdownRenderer.Shared.Render("<p class=\"graf\">One.</p>\n<p class=\"graf\">Two.</p>\n<p class=\"graf\">Three.</p>\n\n<img src=\"/a.png\" alt=\"A\" style=\"width:1px\">\n", 1);

        Assert.Equal(2, r.Findings.Count);
        Assert.Equal(1, r.Findings[0].Line);
        Assert.StartsWith("removed `class` from `<p>`: ", r.Findings[0].Message, StringComparison.Ordinal);
        Assert.EndsWith(" (and 2 more like it on this page)", r.Findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("removed `style` from `<img>`", r.Findings[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("more like it", r.Findings[1].Message, StringComparison.Ordinal);
    }
}

/// <summary>Footnotes a page brought as HTML (kramdown's export): their anchors are told to become markdown footnotes.</summary>
public sealed class HtmlFootnoteTests
{
    [Fact]
    public void A_footnote_anchor_removed_from_html_says_to_write_a_markdown_footnote()
    {
        var r = MarkdownRenderer.Shared.Render("Text<sup id=\"fnref:1\"><a href=\"#fn:1\">1</a></sup>.\n", 1);

        var f = Assert.Single(r.Findings, f => f.Message.Contains("`id`", StringComparison.Ordinal));
        Assert.Equal("removed `id` from `<sup>`: it is a footnote's anchor of a page written as HTML: " + FootnoteAnchors.Advice, f.Message);
    }
}

/// <summary>Markdown between a lone `&lt;center&gt;` (or `&lt;div&gt;`, `&lt;p align&gt;`) line and its closing line is read as markdown.</summary>
public sealed class HtmlWrapperLinesTests
{
    private static RenderedMarkdown Render(string md) => MarkdownRenderer.Shared.Render(md, 1);

    [Theory]
    [InlineData("<center>\n![Plan](/assets/img/plan.png)\n**Volcano社区共建计划介绍**\n</center>\n", "center")]
    [InlineData("<div align=\"center\">\n![Plan](/assets/img/plan.png)\n**Volcano社区共建计划介绍**\n</div>\n", "div")]
    [InlineData("<p align=\"center\">\n![Plan](/assets/img/plan.png)\n**Volcano社区共建计划介绍**\n</p>\n", "p")]
    public void Markdown_inside_a_wrapper_without_blank_lines_is_read_as_markdown_with_a_warning(string md, string name)
    {
        var r = Render("Intro.\n\n" + md + "\nAfter.\n");

        Assert.Contains("<img src=\"/assets/img/plan.png\" alt=\"Plan\"", r.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>Volcano社区共建计划介绍</strong>", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("![", r.Html, StringComparison.Ordinal);
        Assert.Equal(new Site.Content.Markdown.MarkdownLink("/assets/img/plan.png", 4, 1, true), Assert.Single(r.Links));
        var f = Assert.Single(r.Findings);
        Assert.Equal((3, 1), (f.Line, f.Column));
        Assert.StartsWith($"removed `{md.Split('\n')[0]}` and its `</{name}>` on line 6", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<center> ![](/img/blog/co-construction-1.jpg)</center>\n", 1, 10, "`![](/img/blog/co-construction-1.jpg)` is a markdown image inside HTML")]
    [InlineData("<div class=\"note\">See [the guide](/docs/).</div>\n", 1, 23, "`[the guide](/docs/)` is a markdown link inside HTML")]
    public void Markdown_inside_html_on_one_line_is_a_warning(string md, int line, int column, string start)
    {
        var f = Assert.Single(Render(md).Findings, f => f.Message.Contains("inside HTML", StringComparison.Ordinal));

        Assert.Equal((line, column), (f.Line, f.Column));
        Assert.StartsWith(start, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>\n<table><tr><td>x</td></tr></table>\n</div>\n")]
    [InlineData("```html\n<center>\n**x**\n</center>\n```\n")]
    [InlineData("<center>\n\n**Blank lines already make it markdown.**\n\n</center>\n")]
    public void Html_inside_code_and_wrappers_with_blank_lines_are_left_alone(string md)
    {
        Assert.DoesNotContain(Render(md).Findings, f => f.Message.StartsWith("removed `<center>` and", StringComparison.Ordinal) || f.Message.StartsWith("removed `<div>` and", StringComparison.Ordinal));
    }
}
