using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Markdown.Components;

namespace Site.Content.Tests.Markdown;

/// <summary>
/// Hugo-style components in markdown: parsed with their positions, checked against the theme's
/// declarations, rendered through the engine interface with their inner markdown rendered.
/// </summary>
public sealed class ComponentTests
{
    private const string Declarations = """
        note:
          inner: required
          args:
            title: { summary: a heading }
        youtube:
          inner: none
          positional: [id]
          args:
            id: { required: true, pattern: "^[A-Za-z0-9_-]{11}$", summary: the video id }
            title: {}
        figure:
          inner: none
          aliases: { attr: credit }
          args:
            src: { required: true, kind: image }
            alt: { required: true }
            credit: {}
            open: { kind: boolean }
        """;

    private static readonly FakeComponents Components = new(ComponentCatalog.Parse(Declarations, "shortcodes.yml", new List<Diagnostic>()));

    private static RenderedMarkdown Render(string md, int firstLine = 1, string language = "en") =>
        new MarkdownRenderer(Components).Render(md, firstLine, language: language);

    [Fact]
    public void A_component_with_inner_markdown_renders_through_the_theme_with_its_arguments()
    {
        var r = Render("Intro.\n\n{{< note title=\"Heads up\" >}}\nSome **bold** text.\n{{< /note >}}\n\nAfter.\n", language: "zh");

        Assert.Empty(r.Findings);
        Assert.Contains("<note title=\"Heads up\" lang=\"zh\" index=\"1\"><p>Some <strong>bold</strong> text.</p>\n</note>", r.Html, StringComparison.Ordinal);
        Assert.Contains("After.", r.Html, StringComparison.Ordinal);
        Assert.Contains("Some bold text.", r.PlainText, StringComparison.Ordinal);
        Assert.Contains("Heads up", r.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Positional_arguments_aliases_and_the_percent_form_are_understood()
    {
        var r = Render("{{< youtube w7Ft2ymGmfc >}}\n\n{{% figure src=\"/assets/img/a.png\" alt=\"A\" attr=\"CNCF\" %}}\n");

        Assert.Empty(r.Findings);
        Assert.Contains("<youtube id=\"w7Ft2ymGmfc\"", r.Html, StringComparison.Ordinal);
        Assert.Contains("credit=\"CNCF\"", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_component_is_an_error_at_its_position_naming_the_known_ones()
    {
        var f = Assert.Single(Render("Text.\n\n  {{< notee >}}\n", firstLine: 5).Findings);

        Assert.Equal((Severity.Error, 7, 3), (f.Severity, f.Line, f.Column));
        Assert.Contains("unknown component `notee`; did you mean `note`?", f.Message, StringComparison.Ordinal);
        Assert.Contains("figure, note, youtube", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_component_without_a_near_name_says_what_to_do()
    {
        // The CNCF glossary's own Hugo shortcode for its sign-language videos.
        var f = Assert.Single(Render("{{% sign-language-section cGONmC1smaM %}}\n").Findings);

        Assert.StartsWith("unknown component `sign-language-section`: this theme has figure, note, youtube;", f.Message, StringComparison.Ordinal);
        Assert.Contains("use one of them or remove the tag", f.Message, StringComparison.Ordinal);
        Assert.Contains("shortcodes.yml", f.Message, StringComparison.Ordinal);
        Assert.Contains("sign-language-section.scriban", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_argument_without_a_near_name_is_a_sentence_naming_the_accepted_ones()
    {
        // Hugo's figure takes `title`; ours does not.
        var f = Assert.Single(Render("{{< figure src=\"/assets/img/a.png\" alt=\"A\" title=\"Fig\" >}}\n").Findings);

        Assert.StartsWith("unknown argument `title` for `figure`; it takes arguments: src, alt", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Node]({{< ref \"node.md\" >}})\n", "ref")]
    [InlineData("{{< relref \"node\" >}}\n", "relref")]
    public void Hugos_link_helpers_say_to_write_the_pages_url(string md, string name)
    {
        var f = Assert.Single(Render(md).Findings);

        Assert.StartsWith($"unknown component `{name}`: Hugo's link helper is not needed here; link to the page's URL", f.Message, StringComparison.Ordinal);
        Assert.Contains("[text](/glossary/<term>/)", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{< imgproc shot Fit \"800x450\" >}}\nThe shot.\n{{< /imgproc >}}\n", "imgproc", "Docsy's resized image of a page bundle; here, show the bundle's file by its name: `{{< figure src=\"<file>.png\" alt=\"…\" caption=\"…\" >}}`")]
    [InlineData("{{< glossary_tooltip text=\"Pods\" term_id=\"pod\" >}}\n", "glossary_tooltip", "kubernetes.io's glossary link; here, link the term's page: `[text](/glossary/<term>/)`")]
    [InlineData("{{< text bash >}}\n$ kubectl get pods\n{{< /text >}}\n", "text", "istio.io's code block; here, a fenced code block")]
    [InlineData("{{< image width=\"60%\" link=\"./flow.svg\" caption=\"Flow\" >}}\n", "image", "istio.io's image; here it is `{{< figure src=\"<file>.png\" alt=\"…\" caption=\"…\" >}}` (its `link` is `src`")]
    [InlineData("{{% code_sample file=\"pod.yaml\" %}}\n", "code_sample", "kubernetes.io's listing of a file; here, paste the file into a fenced code block")]
    [InlineData("{{< table caption=\"Before and now\" >}}\n| a |\n|---|\n| 1 |\n{{< /table >}}\n", "table", "kubernetes.io's table with a caption; here, delete its two tags and keep the markdown table, with the caption as a line of text above it")]
    [InlineData("{{< quote >}}\nWell maintained.\n{{< /quote >}}\n", "quote", "istio.io's pull quote; here, a markdown quote: start each of its lines with `> `")]
    [InlineData("{{< centered_block >}}\nA table.\n{{< /centered_block >}}\n", "centered_block", "istio.io's centred block; here, delete its two tags")]
    [InlineData("{{< github_tree >}}\n", "github_tree", "istio.io's link into its GitHub repository; here, write the whole address")]
    [InlineData("{{% comment %}} Keep this list sorted. {{% /comment %}}\n", "comment", "Docsy's comment, never shown to readers: delete it with what it wraps")]
    [InlineData("{{% param canonical_url %}}\n", "param", "Docsy's value from the page's front matter or the site's settings; here, write the value itself")]
    [InlineData("{{< x user=\"urlichsanais\" id=\"1494309390467821570\" >}}\n", "x", "Hugo's embedded post from X (Twitter); pages load nothing from other sites, so quote it instead, keeping its words: a markdown quote (`> ` before each line) of the post's text, then its link")]
    [InlineData("{{< tweet user=\"a\" id=\"1\" >}}\n", "tweet", "Hugo's embedded post from X (Twitter)")]
    [InlineData("{{< gist spf13 7896402 >}}\n", "gist", "Hugo's embedded GitHub gist; pages load nothing from other sites: paste its code into a fenced code block")]
    [InlineData("{{< instagram BWNjjyYFxVx >}}\n", "instagram", "Hugo's embedded Instagram post")]
    [InlineData("{{< gallery match=\"images/*\" >}}\n", "gallery", "a gallery of the page bundle's images on the site the text comes from; here, show each image with `{{< figure src=\"<file>\" alt=\"…\" >}}` (the files beside index.md), or the pictures are lost with the tag")]
    [InlineData("{{% pageinfo %}}\nOld post.\n{{% /pageinfo %}}\n", "pageinfo", "Docsy's page information box; here it is `{{< note >}}` … `{{< /note >}}`")]
    [InlineData("{{< tweet user=\"a\" id=\"1\" >}}\n", "tweet", "Hugo's embedded post from X (Twitter); pages load nothing from other sites, so quote it instead, keeping its words: a markdown quote (`> ` before each line) of the post's text, then its link (`https://x.com/<user>/status/<id>`, the tag's `user` and `id`); without its text, the link alone")]
    public void A_shortcode_of_docsy_kubernetes_io_or_istio_io_says_what_to_write_here(string md, string name, string advice)
    {
        var f = Assert.Single(Render(md).Findings);

        Assert.Equal((1, 1), (f.Line, f.Column));
        Assert.StartsWith($"unknown component `{name}`: {advice}", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubernetes_io_caution_is_told_to_use_warning_only_when_the_theme_has_warning()
    {
        // This test's theme has no `warning`: the general message, which lists what the theme has.
        var f = Assert.Single(Render("{{< caution >}}\nCareful.\n{{< /caution >}}\n").Findings);
        Assert.StartsWith("unknown component `caution`: this theme has", f.Message, StringComparison.Ordinal);

        var withWarning = new FakeComponents(ComponentCatalog.Parse(Declarations + "\nwarning:\n  inner: required\n", "shortcodes.yml", new List<Diagnostic>()));
        var g = Assert.Single(new MarkdownRenderer(withWarning).Render("{{< caution >}}\nCareful.\n{{< /caution >}}\n", 1, language: "en").Findings);
        Assert.Equal("unknown component `caution`: kubernetes.io's caution; here it is `{{< warning >}}` … `{{< /warning >}}`", g.Message);
    }

    [Theory]
    [InlineData("{{% pageinfo color=\"warning\" %}}\nAlpha stage.\n{{% /pageinfo %}}\n", "unknown component `pageinfo`: Docsy's page information box; here it is `{{< warning >}}` … `{{< /warning >}}` (its color=\"warning\" makes it a warning)")]
    [InlineData("{{% pageinfo color=\"danger\" %}}\nDeprecated.\n{{% /pageinfo %}}\n", "unknown component `pageinfo`: Docsy's page information box; here it is `{{< warning >}}` … `{{< /warning >}}` (its color=\"danger\" makes it a warning)")]
    [InlineData("{{% pageinfo color=\"success\" %}}\nDone.\n{{% /pageinfo %}}\n", "unknown component `pageinfo`: Docsy's page information box; here it is `{{< tip >}}` … `{{< /tip >}}` (its color=\"success\" makes it a tip)")]
    [InlineData("{{% pageinfo color=\"primary\" %}}\nOld post.\n{{% /pageinfo %}}\n", "unknown component `pageinfo`: Docsy's page information box; here it is `{{< note >}}` … `{{< /note >}}`")]
    public void A_docsy_pageinfo_is_told_the_callout_its_colour_means_as_alert_reads_it(string md, string message)
    {
        var callouts = new FakeComponents(ComponentCatalog.Parse(Declarations + "\nwarning:\n  inner: required\ntip:\n  inner: required\n", "shortcodes.yml", new List<Diagnostic>()));

        var f = Assert.Single(new MarkdownRenderer(callouts).Render(md, 1, language: "en").Findings);

        Assert.Equal(message, f.Message);
    }

    [Theory]
    [InlineData("{{< asciicast src=\"https://asciinema.org/a/857572.json\" poster=\"npt:0:04\" autoPlay=true loop=true >}}\n", "https://asciinema.org/a/857572")]
    [InlineData("{{< asciicast 857572 >}}\n", "https://asciinema.org/a/857572")]
    [InlineData("{{< asciicast id=\"abc123\" >}}\n", "https://asciinema.org/a/abc123")]
    [InlineData("{{< asciicast src=\"https://example.org/casts/demo.cast\" >}}\n", "https://example.org/casts/demo.cast")]
    [InlineData("{{< asciicast >}}\n", "https://asciinema.org/a/<id>")]
    public void An_asciicast_is_told_to_keep_a_link_to_its_recording_not_to_remove_the_demo(string md, string address)
    {
        var f = Assert.Single(Render(md).Findings);

        Assert.Equal($"unknown component `asciicast`: an asciinema recording of a terminal, which this site does not play (pages load nothing from other sites); keep a link to it instead of the tag: `[the demo recording]({address})`", f.Message);
    }

    [Theory]
    [InlineData(":::note\nSome **bold** text.\n:::\n", "<note lang=\"en\" index=\"1\"><p>Some <strong>bold</strong> text.</p>\n</note>")]
    [InlineData(":::info Heads up\nSome **bold** text.\n:::\n", "<note title=\"Heads up\" lang=\"en\" index=\"1\"><p>Some <strong>bold</strong> text.</p>\n</note>")]
    [InlineData(":::note[Heads up]\n\nSome **bold** text.\n\n:::\n", "<note title=\"Heads up\" lang=\"en\" index=\"1\"><p>Some <strong>bold</strong> text.</p>\n</note>")]
    [InlineData("::::note\nOuter.\n\n:::note\nInner.\n:::\n\nStill outer.\n::::\n", "<note lang=\"en\" index=\"2\"><p>Outer.</p>\n<note lang=\"en\" index=\"1\"><p>Inner.</p>\n</note>\n<p>Still outer.</p>\n</note>")]
    [InlineData("> [!NOTE]\n> Some **bold** text.\n", "<note lang=\"en\" index=\"1\"><p>Some <strong>bold</strong> text.</p>\n</note>")]
    [InlineData("> [!important]  \n>\n> First.\n>\n> Second.\n", "<note title=\"Important\" lang=\"en\" index=\"1\"><p>First.</p>\n<p>Second.</p>\n</note>")]
    public void Docusaurus_admonitions_and_github_alerts_render_as_the_themes_callout(string md, string html)
    {
        var r = Render("Intro.\n\n" + md + "\nAfter.\n");

        Assert.Empty(r.Findings);
        Assert.Contains(html, r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(":::", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("[!", r.Html, StringComparison.Ordinal);
        Assert.EndsWith("<p>After.</p>\n", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_github_alert_becomes_a_child_of_the_page_like_any_block()
    {
        var document = Markdig.Markdown.Parse("Intro.\n\n> [!NOTE]\n> Text.\n", MarkdownPipelineFactory.Create());

        var alert = Assert.IsType<Site.Content.Markdown.Extensions.ComponentBlock>(document[1]);
        Assert.Same(document, alert.Parent);
        Assert.Same(alert, alert[0].Parent);
    }

    [Theory]
    [InlineData("> [!NOTE] Not alone on its line\n")]
    [InlineData("> [!FOO]\n> Unknown kind.\n")]
    [InlineData("- > [!NOTE]\n  > In a list.\n")]
    [InlineData(":::details\nNot an admonition type.\n:::\n")]
    [InlineData("```\n:::note\nIn code.\n:::\n```\n")]
    [InlineData("    :::note\n    Indented code.\n    :::\n")]
    public void Other_quotes_and_colon_lines_stay_as_written(string md)
    {
        var r = Render(md);

        Assert.Empty(r.Findings);
        Assert.DoesNotContain("<note", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(":::tip\nUse the cache.\n:::\n", 3, 1, "`:::tip` is drawn with the theme's `tip` component, which this theme does not have; use one of figure, note, youtube")]
    [InlineData("> [!WARNING]\n> Back up.\n", 3, 3, "`[!WARNING]` is drawn with the theme's `warning` component, which this theme does not have")]
    [InlineData(":::note\nNever closed.\n", 3, 1, "`:::note` is not closed: end it with `:::` on a line of its own")]
    [InlineData(":::note\n:::\n", 3, 1, "the admonition is empty")]
    [InlineData("> [!NOTE]\n", 3, 3, "the alert is empty: write its text on the quote's next lines")]
    public void A_callout_the_theme_cannot_draw_or_left_open_is_an_error_at_its_line(string md, int line, int column, string message)
    {
        var f = Assert.Single(Render("Intro.\n\n" + md).Findings);

        Assert.Equal((Severity.Error, line, column), (f.Severity, f.Line, f.Column));
        Assert.StartsWith(message, f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_closing_tag_of_an_unknown_component_is_not_reported_twice()
    {
        var f = Assert.Single(Render("{{< hint >}}\nText.\n{{< /hint >}}\n").Findings);
        Assert.Contains("unknown component `hint`", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_argument_is_an_error_at_its_column_naming_the_accepted_ones()
    {
        var f = Assert.Single(Render("{{< note titel=\"x\" >}}\nText.\n{{< /note >}}\n").Findings);

        Assert.Equal((1, 10), (f.Line, f.Column));
        Assert.Contains("unknown argument `titel` for `note`; did you mean `title`?", f.Message, StringComparison.Ordinal);
        Assert.Contains("arguments: title", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lines_of_an_unknown_component_with_a_closing_tag_are_skipped_not_read_as_markdown()
    {
        var r = Render("Intro.\n\n{{< text bash >}}\n# The selector matches the gateway's labels.\n$ curl -s x | grep -o \"<title>.*</title>\"\n[a link](/nowhere/)\n{{< /text >}}\n\nAfter.\n");

        var f = Assert.Single(r.Findings);
        Assert.Equal((3, 1), (f.Line, f.Column));
        Assert.StartsWith("unknown component `text`", f.Message, StringComparison.Ordinal);
        Assert.Empty(r.Headings);
        Assert.Empty(r.Links);
        Assert.Contains("After.", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("selector", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_component_inside_a_sentence_is_reported_at_its_opening_tag_only()
    {
        var r = Render("The {{< gloss >}}data plane{{< /gloss >}} carries traffic.\n");

        var f = Assert.Single(r.Findings);
        Assert.Equal((1, 5), (f.Line, f.Column));
        Assert.StartsWith("unknown component `gloss`", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_component_without_a_closing_tag_leaves_the_text_after_it_as_markdown()
    {
        var r = Render("{{< shout >}}\n\n## Next section\n");

        Assert.StartsWith("unknown component `shout`", Assert.Single(r.Findings).Message, StringComparison.Ordinal);
        Assert.Equal("Next section", Assert.Single(r.Headings).Text);
    }

    [Fact]
    public void A_tag_spread_over_several_lines_reads_as_hugo_reads_it()
    {
        // istio.io writes every image this way; Hugo reads line breaks in a tag as blanks.
        var spread = Render("Intro.\n\n{{< figure src=\"/assets/a.png\"\n    alt=\"A\"\n    credit=\"CNCF\"\n    >}}\n\nAfter.\n");
        var oneLine = Render("Intro.\n\n{{< figure src=\"/assets/a.png\" alt=\"A\" credit=\"CNCF\" >}}\n\nAfter.\n");

        Assert.Empty(spread.Findings);
        Assert.Equal(oneLine.Html, spread.Html);
        Assert.Equal(new MarkdownLink("/assets/a.png", 3, 12, true), Assert.Single(spread.Links));
    }

    [Fact]
    public void A_spread_tag_of_a_wrapping_component_wraps_the_markdown_after_its_last_line()
    {
        var r = Render("{{< note\n  title=\"Heads up\"\n>}}\nSome **bold** text.\n{{< /note >}}\n\nAfter.\n");

        Assert.Empty(r.Findings);
        Assert.Contains("<note title=\"Heads up\" lang=\"en\" index=\"1\"><p>Some <strong>bold</strong> text.</p>\n</note>", r.Html, StringComparison.Ordinal);
        Assert.Contains("<p>After.</p>", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{< figure src=\"/assets/a.png\"\n  alt=\"A\"\n  open=maybe >}}\n", 5, 3, "argument `open` of `figure` must be one of `true`, `false`, not `maybe`")]
    [InlineData("{{< figure src=\"/assets/a.png\"\n  alt=\"A\"\n  title=\"T\" >}}\n", 5, 3, "unknown argument `title` for `figure`")]
    [InlineData("{{< figure src=\"/assets/a.png\"\n  alt=\"A\" >}} and more\n", 4, 14, "put nothing after the tag of `figure` on its line")]
    [InlineData("{{< figure src=\"/assets/a.png\"\n  alt=\"A\n  B\" >}}\n", 3, 1, "an argument of `figure` has an unclosed quote")]
    [InlineData("{{< shout\n  loud=\"yes\" >}}\n", 3, 1, "unknown component `shout`")]
    public void A_problem_in_a_spread_tag_is_reported_at_its_own_line_and_column(string md, int line, int column, string message)
    {
        var r = Render(md, firstLine: 3);

        var f = Assert.Single(r.Findings);
        Assert.Equal((line, column), (f.Line, f.Column));
        Assert.StartsWith(message, f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alt=", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{< figure src=\"/assets/a.png\"\n\n  alt=\"A\" >}}\n")]
    [InlineData("{{< figure src=\"/assets/a.png\"\n  alt=\"A\"\n")]
    public void A_tag_whose_end_is_past_a_blank_line_or_missing_is_not_closed(string md)
    {
        var f = Render(md).Findings.First();

        Assert.Equal((1, 1), (f.Line, f.Column));
        Assert.Equal("the tag of `figure` is not closed: end it with `>}}`, before the next blank line", f.Message);
    }

    [Theory]
    [InlineData("class=\"diagram-large\"", "unknown argument `class` for `figure`: a style of the site the text comes from, which this theme does not have: delete it")]
    [InlineData("clicktozoom=\"true\"", "unknown argument `clicktozoom` for `figure`: kubernetes.io's zoom on click: delete it")]
    public void A_style_argument_of_another_site_says_to_delete_it(string argument, string message)
    {
        var f = Assert.Single(Render($"{{{{< figure src=\"/assets/a.png\" alt=\"A\" {argument} >}}}}\n").Findings);

        Assert.StartsWith(message, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{< youtube >}}\n", "needs the argument `id` (the video id)")]
    [InlineData("{{< youtube not-an-id >}}\n", "`not-an-id` does not have the expected form")]
    [InlineData("{{< youtube w7Ft2ymGmfc extra >}}\n", "takes 1 argument(s) without a name")]
    [InlineData("{{< youtube id=w7Ft2ymGmfc id=w7Ft2ymGmfc >}}\n", "is given twice")]
    [InlineData("{{< figure src=\"https://cdn.example.org/a.png\" alt=\"A\" >}}\n", "must be an image of the site: a file in input/assets/ (`/assets/img/name.png`) or beside the page in its bundle (`diagram.png`), not `https://cdn.example.org/a.png`")]
    [InlineData("{{< figure src=\"//cdn.example.org/a.png\" alt=\"A\" >}}\n", "must be an image of the site")]
    [InlineData("{{< figure src=\"/a.png\" alt=\"A\" open=yes >}}\n", "must be one of `true`, `false`")]
    [InlineData("{{< note >}}\nNever closed.\n", "is not closed: end it with `{{< /note >}}`")]
    [InlineData("{{< note >}}\n{{< /note >}}\n", "`note` is empty")]
    [InlineData("{{< note />}}\n", "wraps text")]
    [InlineData("{{< /note >}}\n", "closes no open")]
    [InlineData("{{< note title=\"x >}}\nA\n{{< /note >}}\n", "unclosed quote")]
    [InlineData("{{< note\n", "the tag of `note` is not closed: end it with `>}}`")]
    [InlineData("{{< note >}} Text on the same line\n{{< /note >}}\n", "put nothing after the tag")]
    public void Bad_calls_are_errors_that_say_what_to_do(string markdown, string message)
    {
        var findings = Render(markdown).Findings;

        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.True(f.Line >= 1 && f.Column >= 1));
    }

    // Found by the markdown property test: an unclosed tag inside a paragraph whose next line
    // starts after a bare argument read no character, added an empty argument and looped until
    // the process ran out of memory.
    [Theory]
    [InlineData("\\<div>{{<img src=x onerror=alert(1)>[ok]: /projects/x/\nZ and more text\n")]
    [InlineData("Text {{< note a=b\nnext line\n")]
    [InlineData("{{< note a\u2028b >}}\n")]
    public void An_unclosed_tag_followed_by_another_line_is_an_error_not_a_hang(string markdown)
    {
        var findings = Render(markdown).Findings;

        Assert.Contains(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_component_inside_a_sentence_is_an_error_at_its_column()
    {
        var f = Assert.Single(Render("Watch {{< youtube w7Ft2ymGmfc >}} now.\n").Findings);

        Assert.Equal((1, 7), (f.Line, f.Column));
        Assert.Contains("on a line of its own", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_escaped_form_shows_the_tag_and_code_keeps_it_as_written()
    {
        var r = Render("Write {{</* note */>}} to start a note.\n\n```\n{{< note >}}\n```\n\nOr `{{< note >}}` inline.\n");

        Assert.Empty(r.Findings);
        Assert.Contains("Write {{&lt; note &gt;}} to start", r.Html, StringComparison.Ordinal);
        Assert.Contains("<code>{{&lt; note &gt;}}\n</code>", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Components_nest_and_the_inner_closing_tag_closes_the_inner_one()
    {
        var r = Render("{{< note >}}\nOuter.\n\n{{< note >}}\nInner.\n{{< /note >}}\n\nStill outer.\n{{< /note >}}\n");

        Assert.Empty(r.Findings);
        Assert.Matches("<note[^>]*><p>Outer.</p>\\s*<note[^>]*><p>Inner.</p>\\s*</note>\\s*<p>Still outer.</p>\\s*</note>", r.Html);
    }

    [Fact]
    public void Components_work_inside_quotes_and_lists()
    {
        var r = Render("> {{< note >}}\n> Quoted.\n> {{< /note >}}\n\n- item\n\n  {{< youtube w7Ft2ymGmfc >}}\n");

        Assert.Empty(r.Findings);
        Assert.Contains("<blockquote>\n<note", r.Html, StringComparison.Ordinal);
        Assert.Contains("<youtube id=\"w7Ft2ymGmfc\"", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_arguments_are_links_checked_like_markdown_images()
    {
        var r = Render("Intro.\n\n{{< figure src=\"/assets/img/missing.png\" alt=\"A\" >}}\n", firstLine: 4);

        Assert.Equal(new MarkdownLink("/assets/img/missing.png", 6, 12, true), Assert.Single(r.Links));
    }

    [Fact]
    public void Raw_html_inside_a_component_is_sanitized_at_its_own_position()
    {
        var r = Render("{{< note >}}\nPress <kbd>Ctrl</kbd> <img src=\"/a.png\" alt=\"a\" onerror=\"x()\">.\n{{< /note >}}\n");

        var f = Assert.Single(r.Findings);
        Assert.Equal((2, 23), (f.Line, f.Column));
        Assert.Contains("<kbd>Ctrl</kbd>", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_error_while_rendering_is_an_error_at_the_call()
    {
        var broken = new FakeComponents(Components.Catalog, fail: true);
        var f = Assert.Single(new MarkdownRenderer(broken).Render("Intro.\n\n{{< youtube w7Ft2ymGmfc >}}\n").Findings);

        Assert.Equal((Severity.Error, 3, 1), (f.Severity, f.Line, f.Column));
        Assert.Contains("could not be rendered: template failed", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_theme_every_component_is_unknown()
    {
        var f = Assert.Single(MarkdownRenderer.Shared.Render("{{< note >}}\nx\n{{< /note >}}\n").Findings);
        Assert.Contains("the theme declares no components", f.Message, StringComparison.Ordinal);
    }
}
