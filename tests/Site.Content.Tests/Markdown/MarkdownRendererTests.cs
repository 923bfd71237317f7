using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static RenderedMarkdown Render(string md, int firstLine = 1, IReadOnlyList<Heading>? source = null) =>
        MarkdownRenderer.Shared.Render(md, firstLine, source);

    [Fact]
    public void PipeTablesRenderAsHtmlTables()
    {
        var html = Render("| a | b |\n|---|---|\n| 1 | 2 |\n").Html;
        Assert.Matches("<div class=\"table-scroll\" tabindex=\"0\" role=\"group\" aria-labelledby=\"table-label\">\\s*<table>", html);
        Assert.Contains("</table>\n</div>", html);
        Assert.Contains("<td>1</td>", html);
    }

    [Fact]
    public void AlignedTableColumnsGetClassesNotStyleAttributesWhichTheCspBlocks()
    {
        var html = Render("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n").Html;

        Assert.DoesNotContain("style=", html);
        Assert.Contains("<th class=\"align-left\">a</th>", html);
        Assert.Contains("<th class=\"align-center\">b</th>", html);
        Assert.Contains("<td class=\"align-right\">3</td>", html);
        Assert.Contains("<td>4</td>", html);
    }

    [Fact]
    public void AlignedTableNextToRawHtmlKeepsItsClasses()
    {
        var r = Render("<kbd>x</kbd>\n\n| a | b |\n|--:|---|\n| 1 | 2 |\n");

        Assert.Contains("<td class=\"align-right\">1</td>", r.Html);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void FootnotesRenderWithBackReferences()
    {
        var html = Render("Text[^1].\n\n[^1]: The note.\n").Html;
        Assert.Contains("class=\"footnote-ref\"", html);
        Assert.Contains("The note.", html);
    }

    [Fact]
    public void TaskListsRenderDisabledCheckboxes()
    {
        var html = Render("- [x] done\n- [ ] todo\n").Html;
        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("checked=\"checked\"", html);
    }

    [Fact]
    public void BareUrlsBecomeLinks()
    {
        var html = Render("See https://cncf.io for more.\n").Html;
        Assert.Contains("<a href=\"https://cncf.io\">https://cncf.io</a>", html);
    }

    [Fact]
    public void EmphasisExtrasRenderStrikethrough()
    {
        Assert.Contains("<del>gone</del>", Render("~~gone~~\n").Html);
    }

    [Fact]
    public void CjkFriendlyEmphasisWorksNextToHanPunctuation()
    {
        // Without the CJK-friendly rule the closing ** after a full-width punctuation mark is not right-flanking.
        var html = Render("这是**重要。**的内容\n").Html;
        Assert.Contains("<strong>重要。</strong>", html);
    }

    [Fact]
    public void FencedCodeGetsLanguageClass()
    {
        var html = Render("```yaml\nkey: value\n```\n").Html;
        Assert.Contains("<code class=\"language-yaml\" data-lang=\"YAML\">", html);
        Assert.Contains("value", html);
    }

    [Fact]
    public void FencedCodeLanguageIsEscapedInTheAttribute()
    {
        var html = Render("```x\"onmouseover=alert(1)\nbody\n```\n").Html;
        Assert.DoesNotContain("\"onmouseover", html);
    }

    [Fact]
    public void RawHtmlGoesThroughTheAllowList()
    {
        var html = Render("Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n").Html;
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("onclick", html);
        Assert.Contains("<div>block</div>", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](java&#9;script:alert(1))")]
    public void ScriptUrlsAreDroppedAndTheLinkTextKept(string md)
    {
        var html = Render(md + "\n").Html;
        Assert.DoesNotContain("href", html);
        Assert.Contains("click", html);
    }

    [Fact]
    public void ScriptImagesAreDroppedKeepingAltText()
    {
        var html = Render("![the alt](javascript:alert(1))\n").Html;
        Assert.DoesNotContain("<img", html);
        Assert.Contains("the alt", html);
    }

    [Fact]
    public void ScriptAutolinksAreDropped()
    {
        var html = Render("<javascript:alert(1)>\n").Html;
        Assert.DoesNotContain("href", html);
    }

    [Fact]
    public void OrdinaryLinksAreKept()
    {
        var html = Render("[a](https://example.org/) [b](/projects/x/) [c](mailto:a@b.c)\n").Html;
        Assert.Contains("href=\"https://example.org/\"", html);
        Assert.Contains("href=\"/projects/x/\"", html);
        Assert.Contains("href=\"mailto:a@b.c\"", html);
    }

    [Fact]
    public void SoftBreakBetweenHanCharactersProducesNoSpace()
    {
        var r = Render("云原生\n知识库\n");
        Assert.Contains("<p>云原生知识库</p>", r.Html);
        Assert.Equal("云原生知识库", r.PlainText);
    }

    [Fact]
    public void SoftBreakBetweenLatinWordsStaysASpace()
    {
        var r = Render("cloud\nnative\n");
        Assert.Equal("cloud native", r.PlainText);
        Assert.Contains("cloud\nnative", r.Html);
    }

    [Fact]
    public void SoftBreakBetweenHanAndLatinIsKept()
    {
        Assert.Contains("使用\nKubernetes", Render("使用\nKubernetes\n").Html);
    }

    [Theory]
    [InlineData("持续集成是一种流程。\nCD 是持续交付。\n", "持续集成是一种流程。CD 是持续交付。")]
    [InlineData("工具包括：\nHelm 和 Argo。\n", "工具包括：Helm 和 Argo。")]
    [InlineData("见（\nKubernetes）。\n", "见（Kubernetes）。")]
    [InlineData("使用 Kubernetes\n，然后部署。\n", "使用 Kubernetes，然后部署。")]
    [InlineData("他说“你好”\n然后离开。\n", "他说“你好”然后离开。")]
    [InlineData("「容器」\n`kubectl` 命令。\n", "「容器」kubectl 命令。")]
    public void SoftBreakNextToFullWidthPunctuationJoinsWithoutASpace(string markdown, string plain)
    {
        var r = Render(markdown);
        Assert.Equal(plain, r.PlainText);
        Assert.DoesNotContain("\n", r.Html.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("Run the tests.\nThen deploy.\n", "Run the tests. Then deploy.")]
    [InlineData("He said\n“hello” and left.\n", "He said “hello” and left.")]
    [InlineData("Wait for it…\nthen go.\n", "Wait for it… then go.")]
    [InlineData("使用 Kubernetes\nand Helm\n", "使用 Kubernetes and Helm")]
    public void SoftBreakBetweenLatinWordsStaysASpaceEvenNextToSharedPunctuation(string markdown, string plain) =>
        Assert.Equal(plain, Render(markdown).PlainText);

    [Fact]
    public void SoftBreakAfterEmphasisedHanIsRemoved()
    {
        Assert.Contains("<em>强调</em>文字", Render("*强调*\n文字\n").Html);
    }

    [Fact]
    public void ABodyStartingWithAnH1IsWarnedAboutAtItsLine()
    {
        var r = Render("# Linkerd\n\nLinkerd is a mesh.\n\n## Install\n", firstLine: 6);

        var f = Assert.Single(r.Findings);
        Assert.Equal(Site.Content.Diagnostics.Severity.Warning, f.Severity);
        Assert.Equal((6, 1), (f.Line, f.Column));
        Assert.Contains("second `<h1>`", f.Message);
        Assert.Contains("`##`", f.Message);
    }

    [Fact]
    public void A_body_that_uses_h1_for_its_sections_is_told_once_to_move_every_heading_down()
    {
        // prometheus.io's conformance post: `# Preamble`, `# Test results`, `## Full compatibility`: `##` for each `#` alone would flatten the outline.
        var r = Render("Intro.\n\n# Preamble\n\nText.\n\n# Test results\n\n## Full compatibility\n\nText.\n", firstLine: 6);

        var f = Assert.Single(r.Findings);
        Assert.Equal((8, 1), (f.Line, f.Column));
        Assert.Equal("this page has 2 `#` headings, each a second `<h1>` beside the layout's title (and left out of the table of contents): move every heading of the page one level down (`#` → `##`, `##` → `###`, …)", f.Message);
    }

    [Fact]
    public void Moving_headings_down_is_told_to_spare_the_first_line_that_repeats_the_title()
    {
        // OpenKruise's posts: `# Title` (left out), then `# Background`, `# Design`: moving "every heading" down as told
        // turned the first line into a `##` that showed the title a second time.
        var r = MarkdownRenderer.Shared.Render("# Elastic components\n\nIntro.\n\n# Background\n\nText.\n\n# Design\n\nText.\n", 8, title: "Elastic components");

        var f = Assert.Single(r.Findings);
        Assert.Equal((12, 1), (f.Line, f.Column));
        Assert.Equal("this page has 2 `#` headings, each a second `<h1>` beside the layout's title (and left out of the table of contents): move every heading of the page one level down (`#` → `##`, `##` → `###`, …), but not its first line, `# Elastic components`, which repeats the title and is left out: delete that line instead", f.Message);
    }

    [Theory]
    [InlineData("# Understanding Kubernetes Networking", "Understanding Kubernetes Networking")]
    [InlineData("# **Multi-Cluster Kubernetes Explained**", "Multi-Cluster Kubernetes Explained")]
    [InlineData("# _Multi-Cluster Kubernetes Explained_", "Multi-Cluster Kubernetes Explained")]
    [InlineData("# **Kubernetes Runtime Security: The Guide**", "Kubernetes Runtime Security : The Guide")]
    public void Moving_headings_down_is_told_to_delete_the_first_h1_that_repeats_the_title_after_a_banner(string repeat, string title)
    {
        // Cilium's guides: an image or an MDX `import` line, then `# **Title**`, then `# Introduction`: moving every heading
        // down as told made the title the first section, shown twice and first in the table of contents.
        var r = MarkdownRenderer.Shared.Render($"![Cover](cover.png)\n\n{repeat}\n\n# Introduction\n\nText.\n\n## Details\n\nText.\n", 20, title: title);

        var f = Assert.Single(r.Findings, f => f.Message.StartsWith("this page has", StringComparison.Ordinal));
        Assert.Equal((22, 1), (f.Line, f.Column));
        Assert.Equal($"this page has 2 `#` headings, each a second `<h1>` beside the layout's title (and left out of the table of contents): move every heading of the page one level down (`#` → `##`, `##` → `###`, …), but not the first, `{repeat}` (line 22), which repeats the title: delete that line instead", f.Message);
    }

    [Fact]
    public void Moving_headings_down_names_the_headings_that_reach_the_smallest_level()
    {
        // Cilium's eCHO post: `###### July 01st, 2025` and `##### Author: …` under `#` sections; a seventh `#` makes no heading.
        var r = MarkdownRenderer.Shared.Render("###### July 01st, 2025\n\n##### Author: Donia\n\n# Security\n\nText.\n\n# Networking\n\n#### More resources\n", 10, title: "Themed eCHO playlists");

        var f = Assert.Single(r.Findings);
        Assert.Equal((14, 1), (f.Line, f.Column));
        Assert.Equal("this page has 2 `#` headings, each a second `<h1>` beside the layout's title (and left out of the table of contents): move every heading of the page one level down (`#` → `##`, `##` → `###`, …); a `#####` heading (line 12) becomes `######`, the smallest there is; a `######` heading (line 10) cannot go lower (seven `#` make no heading): leave it at `######`, or, if it heads no section (a date, a byline), write it as a line of text", f.Message);
    }

    [Theory]
    [InlineData("**Multi-Cluster Kubernetes Explained**", "Multi-Cluster Kubernetes Explained", true)]
    [InlineData("_Multi-Cluster Kubernetes Explained_", "Multi-Cluster Kubernetes Explained", true)]
    [InlineData("__*Multi-Cluster  Kubernetes Explained*__", "multi-cluster kubernetes explained", true)]
    [InlineData("Kubernetes Runtime Security: The Guide", "Kubernetes Runtime Security : The Guide", true)]
    [InlineData("**Multi-Cluster** Kubernetes Explained", "Multi-Cluster Kubernetes Explained", false)]
    [InlineData("Multi-Cluster Kubernetes", "Multi-Cluster Kubernetes Explained", false)]
    public void A_raw_heading_line_in_emphasis_is_seen_as_repeating_the_title(string heading, string title, bool same) =>
        // The summary check reads the body's first line as written, `# **Title**`, not parsed.
        Assert.Equal(same, MarkdownRenderer.SameTitle(heading, title));

    [Fact]
    public void A_first_h1_that_does_not_repeat_the_title_is_moved_down_with_the_rest()
    {
        var r = MarkdownRenderer.Shared.Render("![Cover](cover.png)\n\n# Native mTLS for Cilium\n\n# How it works\n", 20, title: "Native mTLS for Cilium: Transparent Encryption with ztunnel");

        var f = Assert.Single(r.Findings, f => f.Message.StartsWith("this page has", StringComparison.Ordinal));
        Assert.EndsWith("(`#` → `##`, `##` → `###`, …)", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# **Volcano v1.15 Released**\n\nThe release.\n", "Volcano v1.15 Released")]
    [InlineData("# **Kubernetes Runtime Security: The Guide**\n\nThe release.\n", "Kubernetes Runtime Security : The Guide")]
    public void A_leading_h1_in_emphasis_that_repeats_the_title_is_left_out(string md, string title)
    {
        var r = MarkdownRenderer.Shared.Render(md, 5, title: title);

        Assert.Empty(r.Findings);
        Assert.DoesNotContain("<h1", r.Html, StringComparison.Ordinal);
        Assert.Equal("The release.", r.FirstParagraphText);
    }

    [Theory]
    [InlineData("# Volcano  v1.15 Released\n\nThe release.\n", "Volcano v1.15 released")]
    [InlineData("\n# 基于 KubeVela 的 GitOps 交付\n\nThe release.\n", "基于 KubeVela 的 GitOps 交付")]
    [InlineData("Volcano v1.15 Released\n======================\n\nThe release.\n", "Volcano v1.15 Released")]
    public void A_leading_h1_that_repeats_the_title_is_left_out_without_a_warning(string md, string title)
    {
        var r = MarkdownRenderer.Shared.Render(md, 5, title: title);

        Assert.Empty(r.Findings);
        Assert.DoesNotContain("<h1", r.Html, StringComparison.Ordinal);
        Assert.Empty(r.Headings);
        Assert.Equal("The release.", r.FirstParagraphText);
        Assert.DoesNotContain("1.15", r.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Another heading\n\nText.\n", 5)]
    [InlineData("Intro.\n\n# Volcano v1.15 Released\n\nText.\n", 7)]
    public void An_h1_that_is_not_the_title_repeated_at_the_top_stays_and_is_a_second_title(string md, int line)
    {
        var r = MarkdownRenderer.Shared.Render(md, 5, title: "Volcano v1.15 Released");

        var f = Assert.Single(r.Findings);
        Assert.Equal(line, f.Line);
        Assert.Contains("second `<h1>`", f.Message, StringComparison.Ordinal);
        Assert.Contains("<h1", r.Html, StringComparison.Ordinal);
    }

    private const string IndentedProse = "this paragraph is indented by four spaces, so it is shown as code: remove the indentation (code goes in a ``` fence with its language)";

    [Theory]
    // Volcano's Chinese co-construction post opens with a paragraph indented as Chinese typesetting does; Docusaurus shows a paragraph.
    [InlineData("    随着人工智能技术的高速发展，各行各业对智能算力的需求呈爆发式增长，除了AI芯片等硬件设备的支持，对于AI任务的高性能智能调度也是重中之重。\n\nVolcano 是云原生批量计算项目。\n", 5)]
    [InlineData("Volcano 是云原生批量计算项目。\n\n    在细粒度资源管理方面，Volcano(火山) 支持 min-max 队列资源管理，详见[文档](https://volcano.sh/zh/docs/)。\n    第二行。\n", 7)]
    [InlineData("    Volcano is a batch system built on Kubernetes. It schedules the pods of a job together.\n\n## Install\n", 5)]
    public void A_paragraph_indented_by_four_spaces_is_told_it_shows_as_code(string md, int line)
    {
        var r = MarkdownRenderer.Shared.Render(md, 5);

        var f = Assert.Single(r.Findings);
        Assert.Equal((line, 1, IndentedProse), (f.Line, f.Column, f.Message));
        Assert.Contains("<pre", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Install it:\n\n    kubectl apply -f https://raw.githubusercontent.com/volcano-sh/volcano/master/installer/volcano-development.yaml\n")]
    [InlineData("    helm install volcano volcano-sh/volcano --namespace volcano-system --create-namespace\n\nThen run a job.\n")]
    [InlineData("    kubectl get pods\n\nThen run a job.\n")]
    [InlineData("配置如下：\n\n    apiVersion: batch.volcano.sh/v1alpha1\n    kind: Job\n    metadata:\n      name: 训练任务\n")]
    [InlineData("代码如下：\n\n    // 启动调度器\n    func main() {\n        run()\n    }\n")]
    [InlineData("代码如下：\n\n    print(\"你好\")\n")]
    [InlineData("    # 安装 Volcano\n    make install\n\n正文。\n")]
    [InlineData("    NAME      STATUS    AGE\n    volcano   Running   1d\n\nText.\n")]
    [InlineData("Intro.\n\n    Volcano is a batch system built on Kubernetes. It schedules the pods of a job together.\n")]
    [InlineData("    See pkg/scheduler/framework.go for the plugin interface, which every plugin implements.\n\nText.\n")]
    public void Indented_code_is_not_taken_for_an_indented_paragraph(string md)
    {
        var r = MarkdownRenderer.Shared.Render(md, 5);

        Assert.DoesNotContain(r.Findings, f => f.Message == IndentedProse);
    }

    [Fact]
    public void ARawH1IsASecondTitleToo()
    {
        var f = Assert.Single(Render("Intro.\n\n<h1>Big</h1>\n").Findings);
        Assert.Equal((3, 1), (f.Line, f.Column));
        Assert.Contains("second `<h1>`", f.Message);
    }

    [Fact]
    public void SectionHeadingsAreNotWarnedAbout() => Assert.Empty(Render("## One\n\n### Two\n").Findings);

    [Fact]
    public void HeadingsGetSlugIdsAndDuplicatesAreNumbered()
    {
        var r = Render("## Getting Started\n\n## Getting Started\n\n### API & CLI!\n");
        Assert.Equal(["getting-started", "getting-started-1", "api-cli"], r.Headings.Select(h => h.Id));
        Assert.Contains("<h2 id=\"getting-started\">Getting Started</h2>", r.Html);
    }

    [Fact]
    public void A_heading_whose_GitHub_anchor_differs_carries_it_too()
    {
        var r = Render("## Edit types.go\n\n## Plain words\n\n## Edit types.go\n");

        Assert.Equal(["edit-types-go", "plain-words", "edit-types-go-1"], r.Headings.Select(h => h.Id));
        Assert.Equal(["edit-typesgo", null, "edit-typesgo-1"], r.Headings.Select(h => h.GitHubAnchor));
        Assert.Contains("<h2 id=\"edit-types-go\"><span id=\"edit-typesgo\" class=\"heading-anchor\"></span>Edit types.go</h2>", r.Html);
        Assert.Contains("<h2 id=\"plain-words\">Plain words</h2>", r.Html);
        Assert.True(r.HasAnchor("edit-typesgo-1"));
        Assert.DoesNotContain("edit-typesgo", r.PlainText);
    }

    [Fact]
    public void A_GitHub_anchor_never_takes_an_id_the_page_already_has()
    {
        // On GitHub `## a.b` is `#ab` and `## ab` is `#ab-1`. Here `ab` is the second heading's id, which wins; that
        // heading also answers to `#ab-1`, as on GitHub. An explicit id keeps its own links: none is added.
        var r = Render("## a.b\n\n## ab\n\n## Setup.sh {#setup}\n");

        Assert.Equal(["a-b", "ab", "setup"], r.Headings.Select(h => h.Id));
        Assert.Equal([null, "ab-1", null], r.Headings.Select(h => h.GitHubAnchor));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(r.Html, "id=\"ab\""));
    }

    [Fact]
    public void Raw_HTML_in_the_body_keeps_the_GitHub_anchors()
    {
        var r = Render("## Edit types.go\n\n<b>bold</b> and <span id=\"x\">span</span>\n");

        Assert.Contains("<span id=\"edit-typesgo\" class=\"heading-anchor\"></span>", r.Html);
        Assert.DoesNotContain("id=\"x\"", r.Html);
    }

    [Fact]
    public void ExplicitHeadingIdWinsAndIsRemovedFromText()
    {
        var r = Render("## Installation guide {#install}\n");
        Assert.Equal("install", r.Headings[0].Id);
        Assert.Equal("Installation guide", r.Headings[0].Text);
        Assert.True(r.Headings[0].IsExplicitId);
        Assert.Contains("<h2 id=\"install\">Installation guide</h2>", r.Html);
    }

    [Fact]
    public void AFootnoteDefinitionTypedWithAFullWidthColonIsAWarningThatGivesTheFix()
    {
        var r = Render("有五家公司[^1]。\n\n[^1]：我们的章程规定了席位。\n[^2]：本次选举。\n");

        Assert.Equal(2, r.Findings.Count);
        Assert.Equal((3, 1), (r.Findings[0].Line, r.Findings[0].Column));
        Assert.Equal("`[^1]：` is not a footnote definition, because its colon is full-width: write `[^1]:`", r.Findings[0].Message);
        Assert.Equal(4, r.Findings[1].Line);
        Assert.Empty(Render("有五家公司[^1]。\n\n[^1]: 我们的章程。\n").Findings);
        Assert.Empty(Render("比例为 [^a]：b 之外。\n").Findings);
    }

    [Fact]
    public void HugosAttributeListUnderAParagraphOrImageIsAWarningNotSilentText()
    {
        var r = Render("![OTel Unplugged logo](logo.jpeg)\n{style=\"margin: auto; max-width: 9rem;\"}\n\n- Docs in more languages!\n  {.mt-3}\n\n```yaml\n{.not-text}\n```\n\n## Setup {#setup}\n");

        Assert.Equal(2, r.Findings.Count);
        Assert.Equal((2, 1), (r.Findings[0].Line, r.Findings[0].Column));
        Assert.Equal("`{style=\"margin: auto; max-width: 9rem;\"}` is Hugo's attribute list, which this site does not read, so readers see it as text: delete it (classes, sizes and styles come from the theme)", r.Findings[0].Message);
        Assert.Equal((5, 3), (r.Findings[1].Line, r.Findings[1].Column));
        Assert.StartsWith("`{.mt-3}` is Hugo's attribute list", r.Findings[1].Message, StringComparison.Ordinal);
        Assert.Empty(Render("A set {a, b} and a map {key: value}.\n\n{x}\n").Findings);
    }

    [Theory]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |\n{: .table}\n", 4, "`{: .table}` is kramdown's attribute list, which this site does not read, so readers see it as text: delete it (classes, sizes and styles come from the theme)")]
    [InlineData("Text.\n{: #custom-id}\n", 2, "`{: #custom-id}` is kramdown's attribute list, which this site does not read, so readers see it as text: delete it (a heading's own id is written after it: `## Heading {#custom-id}`)")]
    [InlineData("* TOC\n{:toc}\n", 2, "`{:toc}` is kramdown's table of contents, which this site does not read, so readers see it as text: delete it and the list item above it (the theme draws the table of contents)")]
    [InlineData("{::comment}\ninternal note\n{:/comment}\n", 1, "`{::comment}` is kramdown's comment, which this site does not read, so readers see what it wraps: write the note as an HTML comment, `<!-- … -->`, or delete it")]
    [InlineData("{::options parse_block_html=\"true\" /}\n\nText.\n", 1, "`{::options parse_block_html=\"true\" /}` is a kramdown setting, which this site does not read, so readers see it as text: delete it")]
    public void Kramdowns_attribute_lists_and_extensions_are_a_warning_not_silent_text(string md, int line, string message)
    {
        var finding = Assert.Single(Render(md).Findings);

        Assert.Equal((line, 1), (finding.Line, finding.Column));
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\nThe post.\n", 1, "import Tabs from '@theme/Tabs';")]
    [InlineData("Intro.\n\nimport {Highlight} from './highlight.js'\n\nMore.\n", 3, "import {Highlight} from './highlight.js'")]
    [InlineData("export const Box = ({children}) => <div>{children}</div>;\n\nText.\n", 1, "export const Box = ({children}) => <div>{children}</div>;")]
    public void An_mdx_import_or_export_line_is_a_warning_not_silent_text(string md, int line, string statement)
    {
        var finding = Assert.Single(Render(md).Findings, f => f.Message.StartsWith($"`{statement}`", StringComparison.Ordinal));

        Assert.Equal((line, 1), (finding.Line, finding.Column));
        Assert.Equal($"`{statement}` is an MDX statement (of a Docusaurus or Gatsby page), which this site does not read, so readers see it as text (and lists may show it as the summary): delete the line, and write what the component it brings in showed as markdown", finding.Message);
    }

    [Theory]
    [InlineData("Intro.\n\n<BlogAuthor {...authors.CharityMbisi} />\n", 3, "BlogAuthor", "name the author in the front matter, `authors: [Their Name]`, and delete the tag")]
    [InlineData("<ImageGallery images={[{ src: clustermesh1Img, alt: '' },\n  { src: clustermesh2Img, alt: '' }]} />\n\nText.\n", 1, "ImageGallery", "show each image with `![what it shows](file.png)`, the files beside the page in its bundle, and delete the tag")]
    [InlineData("<YoutubePlaylistGallery playlists={[{ id: 'PLx' }]} />\n", 1, "YoutubePlaylistGallery", "write each video as `{{< youtube ID >}}`, or link the playlist, and delete the tag")]
    [InlineData("<Chart {...series} />\n", 1, "Chart", "delete the tag, and write what it showed as markdown")]
    public void A_jsx_component_of_an_mdx_page_is_a_warning_not_silent_text(string md, int line, string name, string advice)
    {
        var finding = Assert.Single(Render(md).Findings, f => f.Message.Contains("JSX", StringComparison.Ordinal));

        Assert.Equal((line, 1), (finding.Line, finding.Column));
        Assert.Equal($"`<{name}>` is a JSX component of an MDX page (Docusaurus, Gatsby), which this site does not run, so readers see its code as text: {advice}", finding.Message);
    }

    [Fact]
    public void Each_jsx_component_of_consecutive_lines_is_reported()
    {
        var found = Render("Text.\n\n<BlogAuthor {...authors.NehaAggarwal} />\n<BlogAuthor {...authors.thomasGraf} />\n").Findings.Where(f => f.Message.Contains("JSX", StringComparison.Ordinal)).ToList();

        Assert.Equal([3, 4], found.Select(f => f.Line));
    }

    [Theory]
    [InlineData("Use `<BlogAuthor />` in Gatsby.\n")]
    [InlineData("```jsx\n<BlogAuthor {...authors.x} />\n```\n")]
    [InlineData("A <b>bold</b> word and a <Foo> in the middle of a line.\n")]
    public void Jsx_in_code_or_inside_a_sentence_is_not_reported(string md)
    {
        Assert.DoesNotContain(Render(md).Findings, f => f.Message.Contains("JSX", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("See [Volcano v1.13] (https://github.com/volcano-sh/volcano/releases) now.\n", 1, 5, "`[Volcano v1.13] (https://github.com/volcano-sh/volcano/releases)` is not a link, because of the space between `]` and `(`: readers see it as written; write `[Volcano v1.13](https://github.com/volcano-sh/volcano/releases)`")]
    [InlineData("Read [the guide](https://x.example/docs/how_to _use_nodegroup.md) first.\n", 1, 16, "`(https://x.example/docs/how_to _use_nodegroup.md)` is not a link's address, because an address cannot hold a space: readers see the link as written; write `(https://x.example/docs/how_to%20_use_nodegroup.md)`")]
    [InlineData("Some text.\n[//]: # (https://drive.google.com/x)\n", 2, 1, "`[//]: # (https://drive.google.com/x)` is shown as text, not hidden as a comment, because it follows a line of text: leave a blank line before it")]
    public void A_link_that_markdown_reads_as_text_is_a_warning_with_the_mended_form(string md, int line, int column, string message)
    {
        var finding = Assert.Single(Render(md).Findings);

        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("详见[社区](https://github.com/kubeedge)。\n", null)]
    [InlineData("详见[社区]（https://github.com/kubeedge）。\n", "`[社区]（https://github.com/kubeedge）` is not a link, because its parentheses are full-width (Chinese) ones: readers see it as written; write `[社区](https://github.com/kubeedge)`")]
    [InlineData("见 `[社区]（https://x.example/）` 这种写法。\n", null)]
    public void A_link_in_full_width_parentheses_is_a_warning_with_the_ascii_ones(string md, string? message)
    {
        // KubeEdge's Chinese post: `KubeEdge[(https://github.com/kubeedge)]（https://github.com/kubeedge）` showed as typed.
        var findings = Render(md).Findings;

        if (message is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(message, Assert.Single(findings).Message);
        }
    }

    [Theory]
    [InlineData("A [link](https://x.example/ \"its title\") with a title.\n")]
    [InlineData("Some text.\n\n[//]: # (a comment of its own)\n\nMore.\n")]
    [InlineData("Write `[text] (https://x.example/)` to see it fail.\n")]
    [InlineData("Footnote [1] (see above) is prose.\n")]
    [InlineData("A [link](<https://x.example/a b.md>) in angle brackets.\n")]
    public void Links_with_titles_comments_of_their_own_and_code_are_not_link_typos(string md)
    {
        Assert.Empty(Render(md).Findings);
    }

    [Theory]
    [InlineData("See [](/img/blog/hypernode-example.png) below.\n", "link to /img/blog/hypernode-example.png has no text, so readers can neither see nor follow it: write its text between the brackets, `[what it leads to](/img/blog/hypernode-example.png)`; it names an image, shown with a `!` before the brackets: `![what it shows](/img/blog/hypernode-example.png)`")]
    [InlineData("A [ ](https://x.example/) link.\n", "link to https://x.example/ has no text, so readers can neither see nor follow it: write its text between the brackets, `[what it leads to](https://x.example/)`")]
    public void A_link_without_text_is_an_error(string md, string message)
    {
        var finding = Assert.Single(Render(md).Findings);

        Assert.Equal(Site.Content.Diagnostics.Severity.Error, finding.Severity);
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("Watch [[YouTube Video](https://img.youtube.com/vi/Dp/0.jpg)](https://youtu.be/Dp) now.\n", 7,
        "`[[YouTube Video](https://img.youtube.com/vi/Dp/0.jpg)](https://youtu.be/Dp)` is a link inside a link, which markdown cannot show: readers see brackets and both addresses; for a picture that links, put a `!` before the inner brackets: `[![YouTube Video](https://img.youtube.com/vi/Dp/0.jpg)](https://youtu.be/Dp)`")]
    [InlineData("See [[the docs](/docs/)](/projects/linkerd/).\n", 5,
        "`[[the docs](/docs/)](/projects/linkerd/)` is a link inside a link, which markdown cannot show: readers see brackets and both addresses; keep one of the two links: `[the docs](/projects/linkerd/)`")]
    public void A_link_inside_a_link_is_a_warning_with_the_picture_link_it_likely_meant(string md, int column, string message)
    {
        // Knative's posts: a video thumbnail that lost its `!` became a link in brackets, followed by `](https://youtu.be/…)` as text.
        var finding = Assert.Single(Render(md).Findings);

        Assert.Equal(Site.Content.Diagnostics.Severity.Warning, finding.Severity);
        Assert.Equal((1, column), (finding.Line, finding.Column));
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("A picture that links: [![logo](/assets/logo.png)](https://x.example/).\n")]
    [InlineData("Array [a[0](x)] and [b](y) here.\n")]
    public void A_linked_picture_or_brackets_around_a_link_are_not_nested_links(string md)
    {
        Assert.DoesNotContain(Render(md).Findings, f => f.Message.Contains("link inside a link", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_in_a_sentence_or_in_code_is_not_mdx()
    {
        Assert.Empty(Render("Import from a file is easy.\n\n```js\nimport x from 'y';\n```\n\nWe import things from 'here' too.\n").Findings);
    }

    [Theory]
    [InlineData("Scale:\n\n```math\n50 \\times (90/75) = 60\n```\n", 3, "a `math` block is not typeset on this site: readers see its LaTeX source as code; write the formula as text, or draw it as an image (SVG) and show it with `{{< figure src=\"formula.svg\" alt=\"…\" >}}`")]
    [InlineData("The ratio is \\\\(90/75\\\\), or 20% above.\n", 1, "`\\\\(90/75\\\\)` is LaTeX math, which this site does not typeset: readers see it as written; write the formula as text")]
    [InlineData("The sum $$a + b$$ grows.\n", 1, "`$$a + b$$` is LaTeX math, which this site does not typeset: readers see it as written; write the formula as text")]
    public void LaTeX_math_is_a_warning_that_readers_get_its_source(string md, int line, string message)
    {
        var finding = Assert.Single(Render(md).Findings);

        Assert.Equal(line, finding.Line);
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void Dollars_and_escaped_parentheses_in_prose_are_not_math()
    {
        Assert.Empty(Render("It costs $5 and $10. Use \\( in a regex.\n").Findings);
    }

    [Fact]
    public void AnExplicitHeadingIdMayHoldDotsAsInHugo()
    {
        var r = Render("## 双栈特性在 Istio 1.17 中的支持{#support-dual-stack-in-istio-1.17}\n");
        Assert.Equal("support-dual-stack-in-istio-1.17", r.Headings[0].Id);
        Assert.Contains("<h2 id=\"support-dual-stack-in-istio-1.17\">双栈特性在 Istio 1.17 中的支持</h2>", r.Html);
    }

    [Fact]
    public void HanHeadingsKeepHanInTheirIds()
    {
        Assert.Equal("安装-kubernetes", Render("## 安装 Kubernetes\n").Headings[0].Id);
    }

    [Fact]
    public void TranslationWithSameOutlineTakesSourceHeadingIds()
    {
        var source = Render("## Install\n\n### Helm\n\n## Configure\n").Headings;
        var zh = Render("## 安装\n\n### Helm 安装\n\n## 配置\n", 1, source);
        Assert.Equal(["install", "helm", "configure"], zh.Headings.Select(h => h.Id));
    }

    [Fact]
    public void TranslationWithDifferentOutlineKeepsItsOwnSlugs()
    {
        var source = Render("## Install\n\n## Configure\n").Headings;
        var zh = Render("## 安装\n\n### 细节\n\n## 配置\n", 1, source);
        Assert.Equal(["安装", "细节", "配置"], zh.Headings.Select(h => h.Id));
    }

    [Fact]
    public void ExplicitIdInTranslationWinsOverPairing()
    {
        var source = Render("## Install\n\n## Configure\n").Headings;
        var zh = Render("## 安装 {#setup}\n\n## 配置\n", 1, source);
        Assert.Equal(["setup", "configure"], zh.Headings.Select(h => h.Id));
    }

    [Fact]
    public void LinksReportFileLinesUsingTheBodyOffset()
    {
        var r = Render("Intro.\n\nSee [x](/projects/x/) and\n![img](/assets/a.png).\n", firstLine: 6);
        Assert.Equal(2, r.Links.Count);
        Assert.Equal(new MarkdownLink("/projects/x/", 8, 5, false), r.Links[0]);
        Assert.Equal(9, r.Links[1].Line);
        Assert.True(r.Links[1].IsImage);
    }

    [Theory]
    [InlineData("*** 4月30日-6月4日*** ，学生可在系统注册账号。\n", 1, "`*** 4月30日-6月4日***` is shown with its asterisks, not in bold italics: an opening `***` followed by a space does not open emphasis; the markers go right against the words they wrap; write `***4月30日-6月4日***`")]
    [InlineData("Read x ** the guide** first.\n", 8, "`** the guide**` is shown with its asterisks, not in bold: an opening `**` followed by a space does not open emphasis; the markers go right against the words they wrap; write `**the guide**`")]
    [InlineData("Read the **guide ** first.\n", 10, "`**guide **` is shown with its asterisks, not in bold: a closing `**` after a space does not close emphasis; the markers go right against the words they wrap; write `**guide**`")]
    [InlineData("**Note:**this works.\n", 1, "`**Note:**` is shown with its asterisks, not in bold: a closing `**` right after punctuation closes emphasis only before a space or punctuation, not before a letter; put the punctuation outside; write `**Note**:`")]
    [InlineData("__注意：__这里\n", 1, "`__注意：__` is shown with its underscores, not in bold: a closing `__` right after punctuation closes emphasis only before a space or punctuation, not before a letter; put the punctuation outside; write `__注意__：`")]
    [InlineData("这是__重点__文字。\n", 3, "`__重点__` is shown with its underscores, not in bold: `__` does not make emphasis against Chinese text (nor inside a word); asterisks do; write `**重点**`")]
    [InlineData("## ** Setup**\n", 4, "`** Setup**` is shown with its asterisks, not in bold: an opening `**` followed by a space does not open emphasis; the markers go right against the words they wrap; write `**Setup**`")]
    [InlineData("在复杂的世界中要创造简单，首先我们需要解决的问题就是抽象和标准化。阿里云和微软联合推出 **OAM **模型，创新性地提出“关注点分离”的理念，开发者关注业务本身、运维关注模块化能力。\n", 45, "`**OAM **` is shown with its asterisks, not in bold: a closing `**` after a space does not close emphasis; the markers go right against the words they wrap; write `**OAM**`")]
    [InlineData("阿里云和微软联合推出** OAM**模型。\n", 11, "`** OAM**` is shown with its asterisks, not in bold: an opening `**` followed by a space does not open emphasis; the markers go right against the words they wrap; write `**OAM**`")]
    [InlineData("联合推出**OAM **模型。\n", 5, "`**OAM **` is shown with its asterisks, not in bold: a closing `**` after a space does not close emphasis; the markers go right against the words they wrap; write `**OAM**`")]
    [InlineData("Copy the **NodePort **of the service.\n", 10, "`**NodePort **of` is shown with its asterisks, not in bold: a closing `**` after a space does not close emphasis; the markers go right against the words they wrap; write `**NodePort** of`")]
    [InlineData("Then set the** Target** as shown.\n", 13, "`the** Target**` is shown with its asterisks, not in bold: an opening `**` followed by a space does not open emphasis; the markers go right against the words they wrap; write `the **Target**`")]
    public void Emphasis_markers_left_as_text_are_a_warning_with_the_mended_text(string md, int column, string message)
    {
        var f = Assert.Single(Render(md).Findings);

        Assert.Equal((Severity.Warning, 1, column), (f.Severity, f.Line, f.Column));
        Assert.Equal(message, f.Message);
        var mended = message[(message.LastIndexOf("write `", StringComparison.Ordinal) + 7)..^1];
        var written = message[1..message.IndexOf("` is shown", StringComparison.Ordinal)];
        var fixedUp = Render(md.Replace(written, mended, StringComparison.Ordinal));
        Assert.DoesNotContain(fixedUp.Findings, x => x.Message.Contains("is shown with its", StringComparison.Ordinal));
        Assert.Contains(mended.Contains("***", StringComparison.Ordinal) ? "<em><strong>" : "<strong>", fixedUp.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**注意：**这里要小心。\n")]
    [InlineData("这是“**重点**”。\n")]
    [InlineData("a * b * c\n")]
    [InlineData("5 * 3 = 15 and 2*4\n")]
    [InlineData("Copy all *.yaml and *.json files.\n")]
    [InlineData("snake_case_name and __init__ and my_var_name\n")]
    [InlineData("Use `** bold**` in code.\n")]
    [InlineData("```\n** bold**\n```\n")]
    [InlineData("See <https://example.org/a**b**c> and https://example.org/x_y_z_.\n")]
    [InlineData("Call f(*args, **kwargs) here.\n")]
    [InlineData("A note.[^1]\n\n[^1]: *The* footnote.\n")]
    [InlineData("* item one\n* item two\n")]
    [InlineData("Escaped \\*\\* not bold\\*\\* here.\n")]
    [InlineData("a ** b\n")]
    public void Markers_that_are_no_failed_emphasis_are_left_alone(string md)
    {
        Assert.DoesNotContain(Render(md).Findings, f => f.Message.Contains("is shown with its", StringComparison.Ordinal));
    }

    [Fact]
    public void PlainTextLeavesOutMarkupAndFencedCode()
    {
        var r = Render("# Title\n\nSome **bold** and `code`.\n\n```bash\nrm -rf /\n```\n\n- item\n");
        Assert.Equal("Title\nSome bold and code.\nitem", r.PlainText);
    }

    [Theory]
    [InlineData("Intro.\n\n<!--more-->\n\nMore.\n\n<!--more-->\n\nEnd.\n", 7, "<!--more-->", 3)]
    [InlineData("Intro.\n\n{/* truncate */}\n\nMore.\n\n<!--truncate-->\n", 7, "<!--truncate-->", 3)]
    [InlineData("<!--more-->\n\nIntro.\n\n<!--more-->\n\nMore.\n\n{/* truncate */}\n", 9, "{/* truncate */}", 5)]
    public void A_summary_marker_after_the_one_that_ends_the_summary_is_a_warning_at_its_line(string md, int line, string marker, int firstLine)
    {
        var r = Render(md);

        var finding = Assert.Single(r.Findings);
        Assert.Equal(line, finding.Line);
        Assert.Equal(1, finding.Column);
        Assert.Equal(
            $"`{marker}` does nothing: the summary already ends at the marker on line {firstLine}, and lists and feeds show the text above that one; delete this line, or the other if the summary should end here",
            finding.Message);
    }

    [Fact]
    public void A_summary_marker_inside_a_code_block_is_the_code_of_a_post_about_markers_not_a_second_marker()
    {
        var r = Render("Intro.\n\n<!--more-->\n\nHugo reads this:\n\n```markdown\n<!--more-->\n```\n");

        Assert.Empty(r.Findings);
        Assert.Equal("Intro.", r.FirstParagraphText);
    }

    [Theory]
    [InlineData("*Editor's note: a guest post.*\n\n**The pitch.**\n\n<!-- more -->\n\nThe rest.\n", "Editor's note: a guest post. The pitch.")]
    [InlineData("Intro in\ntwo lines.\n\n<!--more-->\n\nThe rest.\n", "Intro in two lines.")]
    [InlineData("## Why\n\nBecause.\n\n<!--More-->\n\nThe rest.\n", "Why. Because.")]
    public void The_text_before_a_more_marker_is_the_summary_as_in_Hugo_and_Jekyll(string md, string summary)
    {
        var r = Render(md);

        Assert.Equal(summary, r.FirstParagraphText);
        Assert.True(r.SummaryIsMarked);
        Assert.DoesNotContain("more", r.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(
        "Strimzi publishes two main types of artifacts:\n\n* Installation files\n* Container images with Strimzi binaries\n\nThe installation artifacts are YAML files.\n\n<!--more-->\n\nThe rest.\n",
        "Strimzi publishes two main types of artifacts: Installation files; Container images with Strimzi binaries. The installation artifacts are YAML files.")]
    [InlineData("We fixed:\n\n1. The crash.\n2. The leak\n\n<!--more-->\n", "We fixed: The crash. The leak")]
    [InlineData("- One, with a [link](https://example.org)\n  - nested\n- Two\n\n## Next\n\nText\n\n<!--more-->\n", "One, with a link; nested; Two. Next. Text")]
    [InlineData("本次发布包括：\n\n- 边缘节点管理\n- 设备孪生\n\n详情见下文。\n\n<!--more-->\n", "本次发布包括：边缘节点管理；设备孪生。详情见下文。")]
    [InlineData("## 为什么\n\n因为。\n\n<!--more-->\n", "为什么。因为。")]
    public void A_summary_before_a_more_marker_keeps_its_list_items_and_blocks_apart(string md, string summary)
    {
        var r = Render(md);

        Assert.True(r.SummaryIsMarked);
        Assert.Equal(summary, r.FirstParagraphText);
    }

    [Theory]
    [InlineData("**Authors**: Ann Lee\n\nThe pitch.\n\n<!--truncate-->\n\nThe rest.\n")]
    [InlineData("**Authors**: Ann Lee\n\nThe pitch.\n\n<!-- truncate -->\n\nThe rest.\n")]
    [InlineData("**Authors**: Ann Lee\n\nThe pitch.\n\n{/* truncate */}\n\nThe rest.\n")]
    [InlineData("**Authors**: Ann Lee\n\nThe pitch.\n{/*truncate*/}\n\nThe rest.\n")]
    public void The_text_before_a_docusaurus_truncate_marker_is_the_summary(string md)
    {
        var r = Render(md);

        Assert.Equal("Authors: Ann Lee. The pitch.", r.FirstParagraphText);
        Assert.True(r.SummaryIsMarked);
        Assert.DoesNotContain("truncate", r.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("truncate", r.PlainText, StringComparison.Ordinal);
        Assert.Contains("<p>The rest.</p>", r.Html, StringComparison.Ordinal);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_truncate_marker_inside_a_list_or_quote_marks_nothing()
    {
        var r = Render("First paragraph.\n\n> Quoted.\n>\n> {/* truncate */}\n\nThe rest.\n");

        Assert.Equal("First paragraph.", r.FirstParagraphText);
        Assert.False(r.SummaryIsMarked);
        Assert.DoesNotContain("truncate", r.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**Authors**: Daniel Vega-Myhre (Google), Abdullah Gharaibeh (Google)\n\nIn this article, we introduce JobSet.\n", "In this article, we introduce JobSet.")]
    [InlineData("**Editors:** Aakanksha Bhende, Arujjwal Negi\n\nKubernetes v1.35 is here.\n", "Kubernetes v1.35 is here.")]
    [InlineData("_This announcement originally appeared on the [Headlamp blog](https://headlamp.dev/blog/)._\n\nHeadlamp now has an AI assistant.\n", "Headlamp now has an AI assistant.")]
    [InlineData("作者：张三（某公司）\n\n这是正文的第一段。\n", "这是正文的第一段。")]
    [InlineData("Community post cross-posted on the OSTIF blog and CNCF blog\n\nKarmada completed its audit.\n", "Karmada completed its audit.")]
    [InlineData("社区文章同步发布于 OSTIF 博客和 CNCF 博客。\n\nKarmada 完成了安全审计。\n", "Karmada 完成了安全审计。")]
    [InlineData("本文转载自 CNCF 博客。\n\n正文第一段。\n", "正文第一段。")]
    [InlineData("By 2025, most clusters run containerd.\n\nSecond.\n", "By 2025, most clusters run containerd.")]
    [InlineData("**Authors**: Ann Lee\n", "Authors: Ann Lee")]
    public void A_byline_or_credit_line_opening_the_body_is_not_taken_for_the_summary(string md, string summary)
    {
        var r = Render(md);

        Assert.Equal(summary, r.FirstParagraphText);
        Assert.False(r.SummaryIsMarked);
    }

    [Theory]
    [InlineData("You may see errors like this during a rolling deployment:\n\n```\nconnection refused\n```\n", "You may see errors like this during a rolling deployment…")]
    [InlineData("滚动部署时可能会看到这样的错误：\n\n```\nconnection refused\n```\n", "滚动部署时可能会看到这样的错误……")]
    public void A_first_paragraph_that_introduces_what_follows_ends_in_an_ellipsis_not_a_colon(string md, string summary)
    {
        Assert.Equal(summary, Render(md).FirstParagraphText);
    }

    [Fact]
    public void A_paragraph_of_only_an_image_is_not_the_summary_the_next_paragraph_is()
    {
        // Flux's posts open with their banner image: the summary must be the first words, not nothing.
        var r = Render("![Flux banner](featured.png)\n\nFlux 2.3 is out.\n\nMore.\n");

        Assert.Equal("Flux 2.3 is out.", r.FirstParagraphText);
    }

    [Theory]
    [InlineData("![banner](banner.jpg)\n\nChaos Mesh includes StressChaos.\n\n{/* truncate */}\n\nThe rest.\n", "Chaos Mesh includes StressChaos.")]
    [InlineData("![Chaos Mesh Join CNCF as Sandbox Project](cncf.png) We're thrilled to announce it.\n\n{/* truncate */}\n", "We're thrilled to announce it.")]
    [InlineData("[![Logo](logo.png)](https://example.org)\n\n## Why\n\nBecause.\n\n<!--more-->\n", "Why. Because.")]
    [InlineData("<p align=\"center\"><img src=\"banner.png\" alt=\"Banner\"></p>\n\nThe pitch.\n\n<!--more-->\n", "The pitch.")]
    [InlineData("<figure><img src=\"a.png\" alt=\"A\"><figcaption>Figure 1: the banner</figcaption></figure>\n\nThe pitch.\n\n<!--more-->\n", "The pitch.")]
    [InlineData("The pitch, with a ![badge](badge.svg) badge.\n\n<!--more-->\n", "The pitch, with a badge.")]
    public void A_marked_summary_leaves_out_the_text_of_images_and_their_captions(string md, string summary)
    {
        // Chaos Mesh: 24 of 30 list entries began "banner. Chaos Mesh includes…", the banner's alt text.
        var r = Render(md);

        Assert.True(r.SummaryIsMarked);
        Assert.Equal(summary, r.FirstParagraphText);
    }

    [Theory]
    [InlineData("![Chaos Mesh Join CNCF](cncf.png) We're thrilled to announce it.\n", "We're thrilled to announce it.")]
    [InlineData("Flux 2.3 is out ![new](new.png) today.\n", "Flux 2.3 is out today.")]
    public void A_first_paragraph_summary_leaves_out_the_text_of_its_images(string md, string summary)
    {
        var r = Render(md);

        Assert.Equal(summary, r.FirstParagraphText);
        Assert.Contains("Chaos Mesh Join CNCF", Render("![Chaos Mesh Join CNCF](cncf.png) Text.\n").PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Table of Contents\n\n- [Introduction](#introduction)\n- [Features](#features)\n  - [RangeStream](#rangestream)\n  - [Faster find() operations](#faster-find-operations)\n\n## Introduction\n\nText.\n\n## Features\n\n### RangeStream\n\n### Faster find() operations\n", 5, 10)]
    [InlineData("Intro.\n\n#### Table of Contents\n\n* [Capacity Planning](#capacity-planning)\n* [Performance/Throughput](#performancethroughput)\n* [Next Steps](#next-steps)\n\n## Capacity Planning\n\n## Performance/Throughput\n\n## Next Steps\n", 7, 11)]
    [InlineData("## Contents\n\n- **[Introduction](#introduction)**\n- **[Security](#security)**\n\n## Introduction\n\n## Security\n", 5, 8)]
    [InlineData("## 目录\n\n- [简介](#简介)\n- [安全](#安全)\n\n## 简介\n\n## 安全\n", 5, 8)]
    public void A_table_of_contents_written_by_hand_is_told_to_be_deleted_by_its_lines(string md, int from, int to)
    {
        // etcd's 3.6 and 3.7 posts and its AWS guide showed their own list beside the generated "On this page" box.
        var r = MarkdownRenderer.Shared.Render(md, 5);

        var finding = Assert.Single(r.Findings);
        Assert.Equal((Site.Content.Diagnostics.Severity.Warning, from, 1), (finding.Severity, finding.Line, finding.Column));
        Assert.Equal(
            $"a table of contents written by hand: the page shows its own (\"On this page\", made from its headings) beside it; delete lines {from}–{to} (the heading and its list)",
            finding.Message);
    }

    [Theory]
    [InlineData("## Contents\n\n- [Introduction](#introduction)\n- [Etcd docs](https://etcd.io/docs/)\n- [Security](#security)\n\n## Introduction\n\n## Security\n")]
    [InlineData("## Contents\n\n- [Introduction](#introduction)\n- [Security](#nowhere)\n\n## Introduction\n\n## Security\n")]
    [InlineData("## Contents\n\nThe box holds:\n\n- [Introduction](#introduction)\n- [Security](#security)\n\n## Introduction\n\n## Security\n")]
    [InlineData("## Features\n\n- [Introduction](#introduction)\n- [Security](#security)\n\n## Introduction\n\n## Security\n")]
    [InlineData("## Contents\n\n- [Introduction](#introduction), then read on\n- [Security](#security)\n\n## Introduction\n\n## Security\n")]
    public void A_contents_list_that_is_not_all_links_to_the_pages_headings_is_left_alone(string md)
    {
        Assert.Empty(MarkdownRenderer.Shared.Render(md, 5).Findings);
    }

    [Fact]
    public void Emoji_shortcodes_show_their_emoji_as_on_github_and_hugo_but_smileys_and_code_stay_text()
    {
        // Flux's posts: `### :lock: Security enhancements`, "GA :tada:".
        var r = Render("Flux is GA :tada: now :) and `:tada:` in code.\n\n## :lock: Security enhancements\n\nAt 10:30:00.\n");

        Assert.Contains("Flux is GA 🎉 now :) and <code>:tada:</code> in code.", r.Html, StringComparison.Ordinal);
        Assert.Contains("🔒 Security enhancements", r.Html, StringComparison.Ordinal);
        Assert.Contains("At 10:30:00.", r.Html, StringComparison.Ordinal);
        Assert.Equal("🔒 Security enhancements", r.Headings[0].Text);
        Assert.Equal(("security-enhancements", "-security-enhancements"), (r.Headings[0].Id, r.Headings[0].GitHubAnchor));
    }

    [Fact]
    public void FirstParagraphIsTheDefaultSummary()
    {
        var r = Render("## Heading\n\nFirst *paragraph* here.\n\nSecond.\n");
        Assert.Equal("First paragraph here.", r.FirstParagraphText);
    }

    [Fact]
    public void WordCountCountsHanCharactersAsWords()
    {
        Assert.Equal(3, MarkdownRenderer.CountWords("one two three"));
        Assert.Equal(4, MarkdownRenderer.CountWords("云原生 is"));
    }
}
