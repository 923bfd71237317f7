using Site.Content.Text;

namespace Site.Content.Tests.Text;

/// <summary>The anchors GitHub gives headings (github-slugger's rules), which markdown copied from READMEs links to.</summary>
public sealed class GitHubSluggerTests
{
    [Theory]
    [InlineData("Edit types.go", "edit-typesgo")]
    [InlineData("Rules for an alias - all", "rules-for-an-alias---all")]
    [InlineData("TL;DR", "tldr")]
    [InlineData("Issue/PR kind label", "issuepr-kind-label")]
    [InlineData("single_dual ambiguity", "single_dual-ambiguity")]
    [InlineData("Post-release weeks (14+)", "post-release-weeks-14")]
    [InlineData("1.5 known issues", "15-known-issues")]
    [InlineData("安装 Kubernetes", "安装-kubernetes")]
    [InlineData("概述（Overview）", "概述overview")]
    [InlineData("Wie man anfängt", "wie-man-anfängt")]
    [InlineData("C++ & C#", "c--c")]
    [InlineData("हिन्दी", "हिन्दी")]
    [InlineData("বাংলা", "বাংলা")]
    [InlineData("e\u0301te\u0301", "e\u0301te\u0301")]
    [InlineData("😄 emoji", "-emoji")]
    [InlineData("Tabs\tand\u00a0no-break", "tabsandno-break")]
    public void A_heading_gets_the_anchor_GitHub_gives_it(string heading, string anchor) =>
        Assert.Equal(anchor, new GitHubSlugger().Next(heading));

    [Fact]
    public void Repeated_anchors_are_numbered_in_document_order_as_on_GitHub()
    {
        var slugger = new GitHubSlugger();
        Assert.Equal(
            ["foo", "foo-1", "bar", "foo-2", "foo-1-1"],
            new[] { "Foo", "Foo", "Bar", "Foo", "Foo 1" }.Select(slugger.Next));
    }
}
