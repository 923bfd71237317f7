using Site.Content.FrontMatter;

namespace Site.Content.Tests.FrontMatter;

public sealed class FrontMatterEditorTests
{
    private static readonly string[] Order = ["title", "maturity", "category", "sig", "accepted", "graduated", "homepage", "summary", "links", "landscape"];

    private const string Page = """
        ---
        title: "Linkerd"
        # Owned by people:
        sig: tag-network    # chosen by hand
        maturity: graduated
        category: service-mesh
        summary: >-
          An ultralight
          service mesh.
        custom: kept
        ---
        Body with `---` and *markdown*.

        """;

    private static FrontMatterEditor Open(string text) => FrontMatterEditor.Open(text, out var error) ?? throw new InvalidOperationException(error);

    [Fact]
    public void Setting_equal_values_changes_no_byte_whatever_their_formatting()
    {
        var editor = Open(Page);
        Assert.False(editor.Set("maturity", "maturity: \"graduated\"", Order));
        Assert.False(editor.Set("category", "category: service-mesh", Order));
        Assert.False(editor.Changed);
        Assert.Same(Page, editor.ToText());
    }

    [Fact]
    public void A_changed_value_replaces_only_its_entry_and_a_new_key_goes_to_its_place_in_the_order()
    {
        var editor = Open(Page);
        Assert.True(editor.Set("maturity", "maturity: archived", Order));
        Assert.True(editor.Set("graduated", "graduated: 2021-07-28", Order));
        Assert.True(editor.Set("links", "links:\n  slack: https://slack.linkerd.io/", Order));
        Assert.Equal("""
            ---
            title: "Linkerd"
            # Owned by people:
            sig: tag-network    # chosen by hand
            maturity: archived
            category: service-mesh
            graduated: 2021-07-28
            summary: >-
              An ultralight
              service mesh.
            links:
              slack: https://slack.linkerd.io/
            custom: kept
            ---
            Body with `---` and *markdown*.

            """, editor.ToText());
    }

    [Fact]
    public void Removing_a_key_keeps_the_comment_above_it_and_the_body()
    {
        var editor = Open(Page);
        Assert.True(editor.Remove("sig"));
        Assert.False(editor.Remove("absent"));
        var text = editor.ToText();
        Assert.Contains("title: \"Linkerd\"\n# Owned by people:\nmaturity: graduated\n", text, StringComparison.Ordinal);
        Assert.EndsWith("---\nBody with `---` and *markdown*.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_are_kept()
    {
        var crlf = Page.Replace("\n", "\r\n", StringComparison.Ordinal);
        var editor = Open(crlf);
        editor.Set("maturity", "maturity: incubating", Order);
        var text = editor.ToText();
        Assert.DoesNotContain("\r\r", text, StringComparison.Ordinal);
        Assert.Equal(crlf.Replace("maturity: graduated", "maturity: incubating", StringComparison.Ordinal), text);
    }

    [Theory]
    [InlineData("no front matter\n", "no front matter")]
    [InlineData("---\ntitle: x\n", "not closed")]
    [InlineData("---\ntitle: [x\n---\n", "not valid YAML")]
    [InlineData("---\n- a\n- b\n---\n", "not a map")]
    public void A_front_matter_that_cannot_be_edited_safely_is_refused_with_the_reason(string text, string reason)
    {
        Assert.Null(FrontMatterEditor.Open(text, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_values_read_back_as_the_same_text()
    {
        foreach (var value in new[] { "plain", "with: colon", "#hash", "- dash", "yes", "1.5", "2016-05-09", "a \"quote\" and \\ back", "Open Policy Agent (OPA)", "Ænix ®", "/categories/x/", "line\nbreak" })
        {
            var editor = Open("---\ntitle: x\n---\n");
            editor.Set("summary", "summary: " + YamlValueWriter.Scalar(value), ["title", "summary"]);
            var reopened = Open(editor.ToText());
            Assert.Equal(value, reopened.GetText("summary"));
        }
    }
}
