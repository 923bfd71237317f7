using System.Net;
using System.Text.RegularExpressions;
using Site.Content.Markdown;
using Site.Content.Markdown.Highlighting;

namespace Site.Content.Tests.Markdown;

/// <summary>Build-time highlighting of fenced code (CodeHighlightExtension, SyntaxHighlighter).</summary>
public sealed partial class CodeHighlightTests
{
    /// <summary>One short sample per language CNCF content uses, with a token that must get a class.</summary>
    public static TheoryData<string, string, string> Samples => new()
    {
        { "yaml", "apiVersion: v1\nkind: Pod # a comment\nspec:\n  replicas: 3\n", "<span class=\"hl-p\">apiVersion</span>" },
        { "yml", "name: \"web\"\n", "<span class=\"hl-s\">\"web\"</span>" },
        { "json", "{\"name\": \"web\", \"replicas\": 3, \"ok\": true}\n", "<span class=\"hl-n\">3</span>" },
        { "bash", "# install\nexport KUBECONFIG=$HOME/.kube/config\nkubectl get pods -n \"$NS\"\n", "<span class=\"hl-c\"># install</span>" },
        { "sh", "if [ -f x ]; then echo ok; fi\n", "<span class=\"hl-k\">if</span>" },
        { "shell", "for i in 1 2; do echo $i; done\n", "<span class=\"hl-k\">for</span>" },
        { "go", "package main\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n", "<span class=\"hl-k\">package</span>" },
        { "python", "def handler(event):\n    return {\"ok\": True}\n", "<span class=\"hl-f\">handler</span>" },
        { "rust", "fn main() {\n    let x: u32 = 5;\n}\n", "<span class=\"hl-k\">fn</span>" },
        { "java", "public class App {\n  public static void main(String[] a) {}\n}\n", "<span class=\"hl-k\">public class</span>" },
        { "javascript", "const x = await fetch('/api');\n", "<span class=\"hl-k\">const</span>" },
        { "typescript", "interface Pod { name: string }\n", "<span class=\"hl-k\">interface</span>" },
        { "dockerfile", "FROM golang:1.22 AS build\nRUN go build ./...\n", "<span class=\"hl-k\">FROM</span>" },
        { "hcl", "resource \"aws_instance\" \"web\" {\n  ami   = \"ami-123\"\n  count = 2 # two\n}\n", "<span class=\"hl-k\">resource</span>" },
        { "terraform", "variable \"region\" {\n  default = \"us-east-1\"\n}\n", "<span class=\"hl-p\">default</span>" },
        { "toml", "[server]\nport = 8080\nname = \"kb\" # comment\nwhen = 2024-01-31\n", "<span class=\"hl-hd\">server</span>" },
        { "promql", "sum by (job) (rate(http_requests_total{status=~\"5..\"}[5m]))\n", "<span class=\"hl-f\">rate</span>" },
        { "sql", "SELECT name FROM pods WHERE ready = 1;\n", "SELECT" },
        { "diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n", "<span class=\"hl-ins\">" },
        { "console", "$ kubectl get pods\nNAME   READY\nweb    1/1\n", "<span class=\"hl-gp\">$ </span>" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Known_languages_are_highlighted_with_classes_and_keep_their_text(string language, string code, string expected)
    {
        var html = CodeHtml(language, code);

        Assert.Contains(expected, html);
        Assert.DoesNotContain("style=", html);
        Assert.Equal(code, TextOf(html));
    }

    [Fact]
    public void Every_span_class_is_one_the_theme_styles()
    {
        var all = string.Concat(Samples.Select(s => CodeHtml((string)s[0], (string)s[1])));
        var classes = SpanClass().Matches(all).Select(m => m.Groups[1].Value).ToHashSet();
        string[] styled = ["hl-c", "hl-s", "hl-n", "hl-cn", "hl-o", "hl-k", "hl-f", "hl-t", "hl-p", "hl-a", "hl-v", "hl-ins", "hl-del", "hl-chg", "hl-hd", "hl-gp", "hl-go"];
        Assert.Empty(classes.Except(styled));
        var css = File.ReadAllText(Site.TestSupport.RepositoryRoot.Combine("themes", "default", "assets", "css", "site.css"));
        foreach (var cls in styled)
        {
            Assert.Contains("." + cls, css);
        }
    }

    [Theory]
    [InlineData("nosuchlanguage")]
    [InlineData("")]
    [InlineData("text")]
    public void Unknown_or_missing_language_renders_plain_escaped_text(string language)
    {
        var html = CodeHtml(language, "<script>alert(1)</script> & more\n");

        Assert.DoesNotContain("<span", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more\n", html);
    }

    [Fact]
    public void Highlighted_code_is_escaped()
    {
        var html = MarkdownRenderer.Shared.Render("```javascript\nconst s = \"</code></pre><script>alert(1)</script>\";\n```\n").Html;

        Assert.DoesNotContain("<script>", html);
        Assert.Equal(1, Regex.Count(html, "</pre>"));
    }

    [Fact]
    public void Code_blocks_are_focusable_named_groups_in_a_wrapper()
    {
        var html = MarkdownRenderer.Shared.Render("```go\nfunc x() {}\n```\n\n    indented\n").Html;

        Assert.Equal(2, Regex.Count(html, "<div class=\"code-block\"><pre tabindex=\"0\" role=\"group\" aria-labelledby=\"code-label\">"));
        Assert.Contains("<code class=\"language-go\" data-lang=\"Go\">", html);
        Assert.Contains("<code>indented\n</code>", html);
    }

    [Fact]
    public void Console_prompts_and_output_have_their_own_classes_and_continuations_stay_commands()
    {
        var html = CodeHtml("console", "$ helm install web \\\n    --set a=b\nNAME: web\nuser@host:~$ ls\n");

        Assert.Equal(2, Regex.Count(html, "<span class=\"hl-gp\">"));
        Assert.Contains("<span class=\"hl-go\">NAME: web</span>", html);
        Assert.DoesNotContain("<span class=\"hl-go\">    --set", html);
    }

    [Theory]
    [InlineData("bash")]
    [InlineData("sh")]
    [InlineData("shell")]
    public void A_shell_block_that_starts_with_a_prompt_is_read_as_a_terminal_session(string fence)
    {
        var html = MarkdownRenderer.Shared.Render("```" + fence + "\n$ kubectl get pods\nNAME   READY\n$ kubectl logs web\n```\n").Html;

        Assert.Contains($"<code class=\"language-{fence}\" data-lang=\"Shell session\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<span class=\"hl-gp\">\\$ </span>"));
        Assert.Contains("<span class=\"hl-go\">NAME   READY</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shell_script_stays_a_script_even_with_a_dollar_further_down()
    {
        var html = CodeHtml("bash", "echo start\n$ not a prompt here\n");

        Assert.DoesNotContain("hl-gp", html, StringComparison.Ordinal);
        Assert.Contains("data-lang=\"Shell\"", MarkdownRenderer.Shared.Render("```bash\necho start\n```\n").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mermaid_diagram_is_a_warning_that_readers_get_its_source()
    {
        var r = MarkdownRenderer.Shared.Render("Flow:\n\n```mermaid\nflowchart LR;\n  A-->B\n```\n");

        var finding = Assert.Single(r.Findings);
        Assert.Equal((3, 1), (finding.Line, finding.Column));
        Assert.StartsWith("a `mermaid` diagram is not drawn on this site: readers see its source as code; draw it as an image (SVG)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-mermaid\">flowchart LR;", r.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_block_never_closed_is_a_warning_at_its_opening_line()
    {
        var r = MarkdownRenderer.Shared.Render("Intro.\n\n~~~~yaml\nkey: 1\n\n## Not a heading any more\n", 5);

        var finding = Assert.Single(r.Findings);
        Assert.Equal((7, 1), (finding.Line, finding.Column));
        Assert.Equal("this code block is never closed, so everything after it, to the end of the page, is shown as code: end it with a line `~~~~`", finding.Message);
        Assert.Empty(MarkdownRenderer.Shared.Render("```yaml\nkey: 1\n```\n").Findings);
        Assert.Empty(MarkdownRenderer.Shared.Render("- item\n\n  ```\n  code\n\nAfter the list.\n").Findings);
    }

    [Theory]
    [InlineData("Load it:\n\n```bash\ndocker load &lt; tikv.tar\n```\n", 4, 13, "`&lt;` in a code block is shown as typed, not as `<`: code is never decoded; write `<`")]
    [InlineData("```\nif a &amp;&amp; b; then\n  echo &quot;x&quot;\nfi\n```\n", 2, 6, "`&amp;` in a code block is shown as typed, not as `&`: code is never decoded; write `&` (and 3 more in this block)")]
    [InlineData("- step\n\n  ```yaml\n  args: [\"a&gt;b\"]\n  ```\n", 4, 12, "`&gt;` in a code block is shown as typed, not as `>`: code is never decoded; write `>`")]
    public void A_character_reference_in_a_code_block_is_a_warning_with_the_character_it_meant(string markdown, int line, int column, string message)
    {
        var finding = Assert.Single(MarkdownRenderer.Shared.Render(markdown).Findings);

        Assert.Equal((line, column, message), (finding.Line, finding.Column, finding.Message));
    }

    [Theory]
    [InlineData("```html\n<p>Tom &amp; Jerry</p>\n```\n")]
    [InlineData("```\n<p>Tom &amp; Jerry</p>\n```\n")]
    [InlineData("```go\nfmt.Println(\"a & b; c\")\n```\n")]
    [InlineData("Text with &lt; in prose and `x &lt; y` in a span.\n")]
    public void Character_references_shown_on_purpose_or_outside_code_blocks_are_not_reported(string markdown)
    {
        Assert.DoesNotContain(MarkdownRenderer.Shared.Render(markdown).Findings, f => f.Message.Contains("is shown as typed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_too_long_to_highlight_is_plain_and_the_rest_still_highlighted()
    {
        var longLine = "x: " + new string('a', SyntaxHighlighter.MaxLineLength);
        var html = CodeHtml("yaml", longLine + "\nkey: 1\n");

        Assert.Contains(longLine + "\n", html);
        Assert.Contains("<span class=\"hl-p\">key</span>", html);
    }

    [Fact]
    public void Highlighting_is_the_same_from_parallel_threads()
    {
        var expected = Samples.Select(s => CodeHtml((string)s[0], (string)s[1])).ToArray();
        var results = new string[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = Samples.Select(s => CodeHtml((string)s[0], (string)s[1])).ToArray());

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Fence_names_resolve_case_insensitively_and_by_first_word()
    {
        Assert.Equal("YAML", CodeLanguages.Resolve("YAML title=\"x\"")?.Name);
        Assert.Equal("Shell session", CodeLanguages.Resolve("console")?.Name);
        Assert.Null(CodeLanguages.Resolve("brainfuck"));
    }

    private static string CodeHtml(string language, string code)
    {
        var html = MarkdownRenderer.Shared.Render("```" + language + "\n" + code + "```\n").Html;
        var start = html.IndexOf("<code", StringComparison.Ordinal);
        start = html.IndexOf('>', start) + 1;
        return html[start..html.IndexOf("</code>", StringComparison.Ordinal)];
    }

    private static string TextOf(string html) => WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<span class=\"([^\"]+)\">")]
    private static partial Regex SpanClass();
}
