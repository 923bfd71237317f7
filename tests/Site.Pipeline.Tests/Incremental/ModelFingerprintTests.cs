using Site.Pipeline.Incremental;

namespace Site.Pipeline.Tests.Incremental;

public class ModelFingerprintTests
{
    [Fact]
    public void Equal_models_built_separately_have_the_same_fingerprint()
    {
        Assert.Equal(ModelFingerprint.Of(Page("Title", "body")), ModelFingerprint.Of(Page("Title", "body")));
    }

    [Theory]
    [InlineData("Title!", "body", 3)]
    [InlineData("Title", "body!", 3)]
    [InlineData("Title", "body", 4)]
    public void Any_changed_value_deep_in_the_model_changes_the_fingerprint(string title, string body, int count)
    {
        Assert.NotEqual(ModelFingerprint.Of(Page("Title", "body")), ModelFingerprint.Of(Page(title, body, count)));
    }

    [Fact]
    public void Long_bodies_are_compared_by_content_not_by_instance()
    {
        var body = new string('x', 5000);
        var copy = new string('x', 5000);
        var changed = new string('x', 4999) + "y";

        Assert.Equal(ModelFingerprint.Of(Page("T", body)), ModelFingerprint.Of(Page("T", copy)));
        Assert.NotEqual(ModelFingerprint.Of(Page("T", body)), ModelFingerprint.Of(Page("T", changed)));
    }

    [Fact]
    public void Types_and_structure_are_part_of_the_fingerprint()
    {
        Assert.NotEqual(ModelFingerprint.Of("1"), ModelFingerprint.Of(1));
        Assert.NotEqual(ModelFingerprint.Of(null), ModelFingerprint.Of(""));
        Assert.NotEqual(ModelFingerprint.Of(new List<object?> { "a", "b" }), ModelFingerprint.Of(new List<object?> { "b", "a" }));
        Assert.NotEqual(ModelFingerprint.Of(new ModelMap { ["a"] = "b" }), ModelFingerprint.Of(new ModelMap { ["b"] = "a" }));
        Assert.NotEqual(ModelFingerprint.Of(new DateOnly(2024, 1, 2)), ModelFingerprint.Of(new DateOnly(2024, 2, 1)));
    }

    [Fact]
    public void A_body_kept_compact_fingerprints_as_its_text()
    {
        foreach (var body in new[] { "<p>short</p>", string.Concat(Enumerable.Repeat("<p>Linkerd adds mTLS to every pod.</p>", 30)) })
        {
            var kept = Page("T", body);
            kept["content_html"] = Site.Content.Text.CompactText.Of(body);
            var changed = Page("T", body);
            changed["content_html"] = Site.Content.Text.CompactText.Of(body + " ");

            Assert.Equal(ModelFingerprint.Of(Page("T", body)), ModelFingerprint.Of(kept));
            Assert.NotEqual(ModelFingerprint.Of(kept), ModelFingerprint.Of(changed));
        }
    }

    [Fact]
    public void Objects_a_model_does_not_normally_hold_never_count_as_unchanged()
    {
        var opaque = new ModelMap { ["value"] = new object() };

        Assert.NotEqual(ModelFingerprint.Of(opaque), ModelFingerprint.Of(opaque));
    }

    [Fact]
    public void A_frozen_item_counts_by_its_content_wherever_it_is_shown()
    {
        static ModelMap Item(string title) => ModelFingerprint.Freeze(new ModelMap { ["title"] = title, ["tags"] = new List<object?> { "a" } });
        static ModelMap List(params ModelMap[] items) => new() { ["posts"] = items.Cast<object?>().ToList() };
        var item = Item("A");

        Assert.Equal(ModelFingerprint.Of(List(item, Item("B"))), ModelFingerprint.Of(List(Item("A"), Item("B"))));
        Assert.Equal(ModelFingerprint.Of(List(item)), ModelFingerprint.Of(List(item)));
        Assert.NotEqual(ModelFingerprint.Of(List(item)), ModelFingerprint.Of(List(Item("A!"))));
        Assert.NotEqual(ModelFingerprint.Of(List(item, Item("B"))), ModelFingerprint.Of(List(Item("B"), item)));
    }

    private static ModelMap Page(string title, string body, int count = 3) => new()
    {
        ["title"] = title,
        ["content_html"] = body,
        ["posts"] = new List<object?> { new ModelMap { ["title"] = "A", ["count"] = count, ["is_fallback"] = false } },
    };
}
