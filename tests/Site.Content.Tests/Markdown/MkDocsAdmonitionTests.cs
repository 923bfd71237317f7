using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Markdown.Components;

namespace Site.Content.Tests.Markdown;

/// <summary>
/// MkDocs's admonitions (<c>!!! note "Title"</c> with its text indented under it) and collapsible blocks
/// (<c>??? note</c>, <c>???+ note</c>): pages of MkDocs sites (Knative's blog) move over unchanged and show the
/// theme's callouts and details, not a paragraph of exclamation marks followed by an indented code block.
/// </summary>
public sealed class MkDocsAdmonitionTests
{
    private const string Declarations = """
        note:
          inner: required
          args:
            title: {}
        tip:
          inner: required
          args:
            title: {}
        warning:
          inner: required
          args:
            title: {}
        details:
          inner: required
          args:
            summary: {}
            open: { kind: boolean }
        """;

    internal static RenderedMarkdown Render(string md, string declarations = Declarations, string language = "en") =>
        new MarkdownRenderer(new FakeComponents(ComponentCatalog.Parse(declarations, "shortcodes.yml", new List<Diagnostic>())))
            .Render(md, 1, language: language);

    [Theory]
    [InlineData("!!! important\n    读这里。\n", "<tip lang=\"zh\" index=\"1\"><p>读这里。</p>\n</tip>")]
    [InlineData("???+ note\n    默认展开。\n", "<details open=\"true\" lang=\"zh\" index=\"1\"><p>默认展开。</p>\n</details>")]
    [InlineData("!!! bug \"已知问题\"\n    见下文。\n", "<warning title=\"已知问题\" lang=\"zh\" index=\"1\"><p>见下文。</p>\n</warning>")]
    public void On_a_page_in_another_language_an_untitled_admonition_takes_the_components_own_heading_not_the_English_type_name(string md, string html)
    {
        // Knative's `!!! important` showed "Important" on a Chinese page; the theme's heading there is 提示/注意/警告.
        Assert.Equal(html, Render(md, language: "zh").Html.Trim());
    }

    [Theory]
    [InlineData("!!! note \"Heads up\"\n    Some **bold** text.\n\n    Second.\n", "<note title=\"Heads up\" lang=\"en\" index=\"1\"><p>Some <strong>bold</strong> text.</p>\n<p>Second.</p>\n</note>")]
    [InlineData("!!! important\n    Read this.\n", "<tip title=\"Important\" lang=\"en\" index=\"1\"><p>Read this.</p>\n</tip>")]
    [InlineData("!!! danger \"Data loss\"\n\tTabs count as four spaces.\n", "<warning title=\"Data loss\" lang=\"en\" index=\"1\"><p>Tabs count as four spaces.</p>\n</warning>")]
    [InlineData("!!! note \"\"\n    An empty title, which MkDocs leaves out.\n", "<note lang=\"en\" index=\"1\"><p>An empty title, which MkDocs leaves out.</p>\n</note>")]
    [InlineData("!!! example inline end \"Side\"\n    Modifiers are layout only.\n", "<note title=\"Side\" lang=\"en\" index=\"1\"><p>Modifiers are layout only.</p>\n</note>")]
    [InlineData("!!! bug\n    Known.\n", "<warning title=\"Bug\" lang=\"en\" index=\"1\"><p>Known.</p>\n</warning>")]
    [InlineData("Text right above.\n!!! note\n    Interrupts a paragraph, as in MkDocs.\n", "<p>Text right above.</p>\n<note lang=\"en\" index=\"1\"><p>Interrupts a paragraph, as in MkDocs.</p>\n</note>")]
    [InlineData("!!!note\n    No blank after the marks.\n", "<note lang=\"en\" index=\"1\"><p>No blank after the marks.</p>\n</note>")]
    [InlineData("??? tip \"Why Iter8?\"\n    Hidden at first.\n", "<details summary=\"Why Iter8?\" lang=\"en\" index=\"1\"><p>Hidden at first.</p>\n</details>")]
    [InlineData("???+ note\n    Shown at first.\n", "<details open=\"true\" summary=\"Note\" lang=\"en\" index=\"1\"><p>Shown at first.</p>\n</details>")]
    public void An_mkdocs_admonition_renders_as_the_themes_callout_or_details(string md, string html)
    {
        var r = Render("Intro.\n\n" + md + "\nAfter.\n");

        Assert.Empty(r.Findings);
        Assert.Contains(html, r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("!!!", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("???", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre", r.Html, StringComparison.Ordinal);
        Assert.EndsWith("<p>After.</p>\n", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_lists_and_nested_admonitions_inside_keep_their_own_indentation()
    {
        var r = Render("""
            ??? note "About this experiment"
                1. First step.
                2. Second step.

                ```shell
                    kubectl get ksvc
                ```

                !!! warning
                    Nested.

            After.
            """);

        Assert.Empty(r.Findings);
        Assert.Contains("<ol>", r.Html, StringComparison.Ordinal);
        Assert.Contains("language-shell", r.Html, StringComparison.Ordinal);
        Assert.Contains("    kubectl get ksvc", r.Html, StringComparison.Ordinal);
        Assert.Contains("<warning lang=\"en\" index=\"1\"><p>Nested.</p>", r.Html, StringComparison.Ordinal);
        Assert.Contains("</details>\n<p>After.</p>", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_is_found_for_search_and_its_links_are_checked_at_their_lines()
    {
        var r = Render("Intro.\n\n!!! note\n    See [the guide](/docs/guide/).\n");

        var link = Assert.Single(r.Links);
        Assert.Equal((4, 9), (link.Line, link.Column));
        Assert.Contains("See the guide.", r.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_tabs_are_details_the_first_of_a_run_open()
    {
        var r = Render("=== \"Text\"\n    ```shell\n    iter8 k report\n    ```\n\n=== \"HTML\"\n    Open `report.html`.\n\nAfter.\n");

        Assert.Empty(r.Findings);
        Assert.Contains("<details open=\"true\" summary=\"Text\" lang=\"en\" index=\"1\">", r.Html, StringComparison.Ordinal);
        Assert.Contains("<details summary=\"HTML\" lang=\"en\" index=\"2\"><p>Open <code>report.html</code>.</p>", r.Html, StringComparison.Ordinal);
        Assert.Contains("iter8 k report", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("===", r.Html, StringComparison.Ordinal);
        Assert.EndsWith("<p>After.</p>\n", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!! note\n\nNot indented.\n", 1, 1, "the admonition `!!! note` is empty: indent its text by four spaces under it, as MkDocs reads it")]
    [InlineData("!!! tip\n    Text.\n", 1, 1, "`!!! tip` is drawn with the theme's `tip` component, which this theme does not have")]
    public void An_empty_admonition_or_one_the_theme_cannot_draw_is_an_error_at_its_line(string md, int line, int column, string message)
    {
        var r = Render(md, "note:\n  inner: required\n  args:\n    title: {}\n");

        var f = Assert.Single(r.Findings);
        Assert.Equal((Severity.Error, line, column), (f.Severity, f.Line, f.Column));
        Assert.StartsWith(message, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("```\n!!! note\n    In code.\n```\n")]
    [InlineData("    !!! note\n        Indented code.\n")]
    [InlineData("!!! Wow, that is loud.\n")]
    [InlineData("!!!\n    No type.\n")]
    [InlineData("=== not a tab\n    Indented code.\n")]
    [InlineData("a === b\n")]
    public void Other_exclamation_and_question_lines_stay_as_written(string md)
    {
        var r = Render(md);

        Assert.Empty(r.Findings);
        Assert.DoesNotContain("<note", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<details", r.Html, StringComparison.Ordinal);
    }
}

/// <summary>Jekyll's premonition callouts (`> warning "Title"` then the quote's text), as KubeVirt's blog writes them.</summary>
public sealed class PremonitionTests
{
    // The callouts' declarations of the MkDocs tests, which hold note and warning.
    private static RenderedMarkdown Render(string md) => MkDocsAdmonitionTests.Render(md);

    [Theory]
    [InlineData("> warning \"Warning\"\n> Back up **first**.\n", "<warning title=\"Warning\" lang=\"en\" index=\"1\"><p>Back up <strong>first</strong>.</p>\n</warning>")]
    [InlineData("> info \"Prerequisites\"\n> You need a cluster.\n>\n> And kubectl.\n", "<note title=\"Prerequisites\" lang=\"en\" index=\"1\"><p>You need a cluster.</p>\n<p>And kubectl.</p>\n</note>")]
    [InlineData("> error \"\"\n> It fails.\n", "<warning lang=\"en\" index=\"1\"><p>It fails.</p>\n</warning>")]
    [InlineData("- A step.\n\n  > note \"Note\"\n  > Inside a list.\n", "<note title=\"Note\" lang=\"en\" index=\"1\"><p>Inside a list.</p>\n</note>")]
    public void A_premonition_quote_renders_as_the_themes_callout(string md, string html)
    {
        var r = Render("Intro.\n\n" + md + "\nAfter.\n");

        Assert.Empty(r.Findings);
        Assert.Contains(html, r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote", r.Html, StringComparison.Ordinal);
        Assert.EndsWith("<p>After.</p>\n", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> note that this is a quote.\n")]
    [InlineData("> citation \"Jane Doe\"\n> Quoted words.\n")]
    [InlineData("> Warning \"Capitalised\" is not a type.\n")]
    [InlineData("```\n> note \"x\"\n> y\n```\n")]
    public void Other_quotes_stay_quotes(string md)
    {
        var r = Render(md);

        Assert.Empty(r.Findings);
        Assert.DoesNotContain("<note", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<warning", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_premonition_is_an_error_at_its_line()
    {
        var f = Assert.Single(Render("Intro.\n\n> note \"Note\"\n\nAfter.\n").Findings);

        Assert.Equal((Severity.Error, 3), (f.Severity, f.Line));
        Assert.StartsWith("the callout `note \"…\"` is empty", f.Message, StringComparison.Ordinal);
    }
}

/// <summary>
/// The headings of callouts from other sites: the type's name when the component does not say it (in English; the
/// component's own heading in other languages), and a title's inline markdown read as its text.
/// </summary>
public sealed class CalloutHeadingTests
{
    private static RenderedMarkdown Render(string md, string language = "en") => MkDocsAdmonitionTests.Render(md, language: language);

    [Theory]
    [InlineData(":::info\nRead this.\n:::\n", "<note title=\"Info\" lang=\"en\" index=\"1\"><p>Read this.</p>\n</note>")]
    [InlineData(":::caution\nRead this.\n:::\n", "<warning title=\"Caution\" lang=\"en\" index=\"1\"><p>Read this.</p>\n</warning>")]
    [InlineData(":::danger\nRead this.\n:::\n", "<warning title=\"Danger\" lang=\"en\" index=\"1\"><p>Read this.</p>\n</warning>")]
    [InlineData(":::note\nRead this.\n:::\n", "<note lang=\"en\" index=\"1\"><p>Read this.</p>\n</note>")]
    [InlineData(":::warning\nRead this.\n:::\n", "<warning lang=\"en\" index=\"1\"><p>Read this.</p>\n</warning>")]
    [InlineData("> [!CAUTION]\n> Read this.\n", "<warning title=\"Caution\" lang=\"en\" index=\"1\"><p>Read this.</p>\n</warning>")]
    public void An_untitled_docusaurus_admonition_on_an_english_page_is_headed_by_its_type_as_mkdocs_ones_are(string md, string html)
    {
        // KubeEdge's `:::info` showed "Note": Docusaurus shows "Info", as `!!! bug` shows "Bug" here.
        Assert.Equal(html, Render(md).Html.Trim());
    }

    [Theory]
    [InlineData(":::info\n读这里。\n:::\n", "<note lang=\"zh\" index=\"1\"><p>读这里。</p>\n</note>")]
    [InlineData(":::caution\n读这里。\n:::\n", "<warning lang=\"zh\" index=\"1\"><p>读这里。</p>\n</warning>")]
    [InlineData(":::danger\n读这里。\n:::\n", "<warning lang=\"zh\" index=\"1\"><p>读这里。</p>\n</warning>")]
    [InlineData(":::info 获奖者\n读这里。\n:::\n", "<note title=\"获奖者\" lang=\"zh\" index=\"1\"><p>读这里。</p>\n</note>")]
    [InlineData("> [!IMPORTANT]\n> 读这里。\n", "<note lang=\"zh\" index=\"1\"><p>读这里。</p>\n</note>")]
    public void An_untitled_docusaurus_admonition_on_a_chinese_page_takes_the_components_own_heading(string md, string html)
    {
        Assert.Equal(html, Render(md, language: "zh").Html.Trim());
    }

    [Theory]
    [InlineData(":::info **Winners**\nThe list.\n:::\n", "<note title=\"Winners\" lang=\"en\" index=\"1\">")]
    [InlineData(":::tip[Use `kubectl` *first*]\nThe list.\n:::\n", "<tip title=\"Use kubectl first\" lang=\"en\" index=\"1\">")]
    [InlineData(":::info See [the docs](https://kubeedge.io/docs/)\nThe list.\n:::\n", "<note title=\"See the docs\" lang=\"en\" index=\"1\">")]
    [InlineData(":::info List<T> & a_b_c\nThe list.\n:::\n", "<note title=\"List&lt;T&gt; &amp; a_b_c\" lang=\"en\" index=\"1\">")]
    [InlineData(":::info 1. Setup **now**\nThe list.\n:::\n", "<note title=\"1. Setup **now**\" lang=\"en\" index=\"1\">")]
    [InlineData("!!! note \"**Winners**\"\n    The list.\n", "<note title=\"Winners\" lang=\"en\" index=\"1\">")]
    [InlineData("??? tip \"_Why_ Iter8?\"\n    The list.\n", "<details summary=\"Why Iter8?\" lang=\"en\" index=\"1\">")]
    [InlineData("> warning \"**Back up** first\"\n> The list.\n", "<warning title=\"Back up first\" lang=\"en\" index=\"1\">")]
    public void A_callout_titles_inline_markdown_is_shown_as_its_text_not_its_markers(string md, string start)
    {
        var r = Render(md);

        Assert.Empty(r.Findings);
        Assert.StartsWith(start, r.Html, StringComparison.Ordinal);
    }
}
