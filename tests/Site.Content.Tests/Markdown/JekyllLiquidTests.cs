using Site.Content.Diagnostics;
using Site.Content.Markdown;

namespace Site.Content.Tests.Markdown;

/// <summary>
/// Jekyll's Liquid tags (`{% post_url … %}`, `{% link … %}`, `{% raw %}`, `{% include … %}`) are run by Jekyll before
/// the markdown is read; here they would be shown to readers as written. KubeVirt's blog had 27 in 13 posts, none
/// reported: each is now a finding at its position with what to write instead, and a link tag is answered with the
/// address of the page it means.
/// </summary>
public sealed class JekyllLiquidTests
{
    private static IReadOnlyList<Diagnostic> Diagnostics(params (string Path, string Content)[] files)
    {
        using var site = TestSite.With(files);
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return ContentRenderer.RenderAll(result.Content!).Diagnostics;
    }

    private static string Post(string body) => "---\ntitle: Lab 3\ndate: 2020-02-14\n---\n" + body;

    [Fact]
    public void A_post_url_tag_is_an_error_that_gives_the_address_of_the_post_it_names()
    {
        var d = Assert.Single(Diagnostics(
            ("en/blog/2019/KubeVirt_lab1_use_kubevirt.md", "---\ntitle: Lab 1\ndate: 2019-12-04\n---\nFirst lab.\n"),
            ("en/blog/2020/lab3.md", Post("Intro.\n\nSee [Lab 1]({% post_url 2019-12-04-KubeVirt_lab1_use_kubevirt %}) first.\n"))));

        Assert.True(d.IsError);
        Assert.Equal((7, 13), (d.Line, d.Column));
        Assert.Equal("`{% post_url 2019-12-04-KubeVirt_lab1_use_kubevirt %}` is Jekyll's Liquid, which this site does not read, so readers see it as text and the link leads nowhere: write the address itself, `/blog/2019/KubeVirt_lab1_use_kubevirt/`", d.Message);
    }

    [Theory]
    [InlineData("[lab]({% link _posts/2019-12-04-KubeVirt_lab1_use_kubevirt.md %})", "write the address itself, `/blog/2019/KubeVirt_lab1_use_kubevirt/`")]
    [InlineData("[yaml]({% link assets/2020-02-14-lab3/vm.yaml %})", "write the address itself, `/assets/2020-02-14-lab3/vm.yaml`")]
    [InlineData("[gone]({% post_url 2018-01-01-never-written %})", "no post of this site is dated 2018-01-01 and named never-written; if it is on the site the text comes from, link to it there with its full address, or leave the text without a link")]
    [InlineData("[lab]({% link labs/kubernetes/lab1.md %})", "no page of this site is /labs/kubernetes/lab1/; if it is on the site the text comes from, link to it there with its full address (`https://<that site>/labs/kubernetes/lab1.html`), or leave the text without a link")]
    public void A_link_tag_names_its_file_as_an_address_of_this_site(string markdown, string advice)
    {
        var d = Assert.Single(Diagnostics(
            ("en/blog/2019/KubeVirt_lab1_use_kubevirt.md", "---\ntitle: Lab 1\ndate: 2019-12-04\n---\nFirst lab.\n"),
            ("assets/2020-02-14-lab3/vm.yaml", "kind: VirtualMachine\n"),
            ("en/blog/2020/lab3.md", Post(markdown + "\n"))));

        Assert.True(d.IsError);
        Assert.EndsWith(advice, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_url_to_a_post_whose_date_is_not_written_yet_names_the_post_of_that_name()
    {
        // The import's posts are dated in the same round that mends the tags: the link must not be sent to another site.
        var d = Assert.Single(Diagnostics(
            ("en/blog/2019/KubeVirt_lab1_use_kubevirt.md", "---\ntitle: Lab 1\ndate: 2019-01-01\n---\nFirst lab.\n"),
            ("en/blog/2020/lab3.md", Post("See [Lab 1]({% post_url 2019-12-04-KubeVirt_lab1_use_kubevirt %}).\n"))));

        Assert.EndsWith("write the address itself, `/blog/2019/KubeVirt_lab1_use_kubevirt/` (the post of that name)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_tag_inside_an_html_attribute_is_reported_once_as_liquid()
    {
        var found = Diagnostics(
            ("assets/2020-02-14-lab3/vm.yaml", "kind: VirtualMachine\n"),
            ("en/blog/2020/lab3.md", Post("<a href=\"{% link assets/2020-02-14-lab3/vm.yaml %}\">vm.yaml</a>\n")));

        var d = Assert.Single(found, x => x.IsError);
        Assert.StartsWith("`{% link assets/2020-02-14-lab3/vm.yaml %}` is Jekyll's Liquid", d.Message, StringComparison.Ordinal);
    }

    private static RenderedMarkdown Render(string md) => MarkdownRenderer.Shared.Render(md, 1);

    [Theory]
    [InlineData("{%raw%}", "`{%raw%}` is Jekyll's Liquid, which this site does not read, so readers see it as text: delete it (`{{ … }}` is shown as written here, in code and in text)")]
    [InlineData("{% endraw %}", "`{% endraw %}` is Jekyll's Liquid, which this site does not read, so readers see it as text: delete it (`{{ … }}` is shown as written here, in code and in text)")]
    [InlineData("{{ \"{{\" }}", "`{{ \"{{\" }}` is Jekyll's Liquid, which this site does not read, so readers see it as text: write `{{`")]
    public void Liquid_escapes_are_warnings_also_inside_code_where_they_show(string liquid, string message)
    {
        var r = Render($"```yaml\nexpr: {liquid}up{{{{ $labels.pod }}}}\n```\n");

        var f = Assert.Single(r.Findings);
        Assert.Equal((Severity.Warning, 2, 7), (f.Severity, f.Line, f.Column));
        Assert.Equal(message, f.Message);
    }

    [Theory]
    [InlineData("{% include note.html content=\"Back up first.\" %}", "write what the include showed, as markdown (a callout is `{{< note >}}` … `{{< /note >}}`)")]
    [InlineData("{% highlight ruby %}", "write the code as a fenced block: a line ```ruby before it and a line ``` after it, in place of `{% endhighlight %}`")]
    [InlineData("{% svg /assets/bridge.svg %}", "show the image with `![what it shows](/assets/bridge.svg)`")]
    [InlineData("Links start with {{ site.baseurl }}/docs/.", "delete it: addresses of this site start with `/`")]
    [InlineData("{% assign x = 1 %}", "delete it, or write what it produced")]
    public void Other_liquid_in_text_is_an_error_with_what_to_write_instead(string markdown, string advice)
    {
        var f = Assert.Single(Render("Intro.\n\n" + markdown + "\n").Findings);

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(3, f.Line);
        Assert.Contains("is Jekyll's Liquid, which this site does not read, so readers see it as text: " + advice, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("```jinja\n{% for host in hosts %}{{ host }}{% endfor %}\n```\n")]
    [InlineData("```yaml\nsummary: \"{{ $labels.pod }} is down\"\n```\n")]
    [InlineData("Go templates like `{{ .Values.image }}` stay as written.\n")]
    public void Templates_of_other_languages_in_code_are_content(string markdown)
    {
        Assert.Empty(Render(markdown).Findings);
    }
}
