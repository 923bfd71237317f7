using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Site.Content.Markdown;

namespace Site.Content.Tests.Properties;

/// <summary>
/// The markdown stage takes any body: it never throws, and its HTML only ever holds the
/// elements markdown itself produces or the raw HTML allow-list lets through, no event-handler
/// attribute, no inline style and no link or image that runs script (the HTML policy of SECURITY.md).
/// </summary>
public sealed partial class MarkdownSafetyProperties
{
    // Everything the enabled markdown features can emit, plus the raw HTML allow-list; nothing else may appear.
    private static readonly HashSet<string> AllowedElements = new(
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "img", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "input", "div", "section", "span",
        .. Site.Content.Markdown.Html.HtmlAllowList.Elements,
    ], StringComparer.Ordinal);

    [Fact]
    public void Rendering_any_body_never_throws_and_emits_only_markdown_elements_with_safe_urls() =>
        Prop.ForAll(MarkdownText.Arbitrary, markdown =>
        {
            var rendered = MarkdownRenderer.Shared.Render(markdown, firstLine: 5);
            var html = rendered.Html;

            foreach (Match tag in Tag().Matches(html))
            {
                Assert.Contains(tag.Groups["name"].Value, AllowedElements);
                foreach (Match attribute in Attribute().Matches(tag.Groups["attrs"].Value))
                {
                    var name = attribute.Groups["name"].Value;
                    Assert.False(name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler in {tag.Value}");
                    if (name is "href" or "src")
                    {
                        var url = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
                        Assert.False(Site.Content.Markdown.Extensions.SafeUrlExtension.IsDangerous(url), $"dangerous URL in {tag.Value}");
                    }
                }
            }

            // Read as a browser reads it: no script, handler, style or script URL anywhere.
            HtmlSafety.AssertSafe(html);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\0", html, StringComparison.Ordinal);
            Assert.All(rendered.Links, l => Assert.True(l.Line >= 5, $"link line {l.Line}"));
            Assert.All(rendered.Findings, f => Assert.True(f.Line >= 5 && f.Column >= 1, $"finding at {f.Line}:{f.Column}"));
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Every_payload_of_the_xss_corpus_in_every_position_is_neutralised()
    {
        foreach (var body in XssCorpus.Bodies())
        {
            var rendered = MarkdownRenderer.Shared.Render(body, firstLine: 3);

            HtmlSafety.AssertSafe(rendered.Html);
            Assert.DoesNotContain("\0", rendered.Html, StringComparison.Ordinal);
            Assert.All(rendered.Findings, f => Assert.True(f.Line >= 3 && f.Column >= 1, $"finding at {f.Line}:{f.Column} for {body}"));
        }
    }

    [Fact]
    public void Deeply_nested_lists_and_quotes_render_in_bounded_time_and_unparsable_bodies_say_so()
    {
        var lists = string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', Math.Min(i * 2, 40)) + "- item\n"));
        var quotes = new string('>', 10_000) + " deep\n";
        var brackets = new string('[', 10_000) + "x" + new string(']', 10_000);
        var emphasis = string.Concat(Enumerable.Repeat("*a ", 10_000));

        foreach (var body in new[] { lists, quotes, brackets, emphasis })
        {
            // The budget is this thread's own CPU time, not the wall clock: it catches a renderer that
            // blows up on nesting (seconds of work) without failing when the machine is busy with other
            // tests (a wall-clock 15 s was exceeded under load while the work took well under a second).
            var cpuBefore = ThreadCpuTime.Now();
            var rendered = MarkdownRenderer.Shared.Render(body);
            var cpu = ThreadCpuTime.Now() - cpuBefore;

            Assert.NotNull(rendered.Html);
            Assert.DoesNotContain("<script", rendered.Html, StringComparison.Ordinal);
            Assert.True(cpu < TimeSpan.FromSeconds(15), $"took {cpu} of CPU time");
        }

        var tooDeep = MarkdownRenderer.Shared.Render(quotes + "<script>x</script>");
        Assert.NotNull(tooDeep.Problem);
        Assert.StartsWith("<pre>", tooDeep.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", tooDeep.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogates_in_link_urls_do_not_crash_the_renderer()
    {
        var rendered = MarkdownRenderer.Shared.Render("![i](/\uD800\uD800) [a](/x\uDC00)");

        Assert.Contains("<img", rendered.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s=/]+)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();
}
