using FsCheck;
using FsCheck.Fluent;
using Site.Content.Markdown.Components;

namespace Site.Content.Tests.Properties;

/// <summary>
/// The component tag reader takes any text after `{{&lt;`: it always ends, and either reads a tag
/// that lies within the text or says what is wrong. (A reader that could stop consuming text once
/// looped until the process ran out of memory.)
/// </summary>
public sealed class ComponentTagProperties
{
    private static readonly string[] Pieces =
    [
        "{{<", "{{%", ">}}", "%}}", "/>}}", " ", "\t", "\n", "\r\n", "\u2028", "\u00a0", "=", "\"", "'", "`", "\\", "/", "note", "a", "b=c", "x y",
    ];

    private static Arbitrary<string> TagText { get; } = Gen.OneOf(Gen.Elements(Pieces), HostileText.Arbitrary.Generator)
        .ArrayOf()
        .Select(parts => "{{<" + string.Concat(parts))
        .ToArbitrary();

    [Fact]
    public void Reading_any_tag_text_ends_with_a_tag_inside_the_text_or_an_error() =>
        Prop.ForAll(TagText, text =>
        {
            var tag = ComponentTag.Parse(text, column: 0, out var error);

            Assert.True(tag is null ^ error is null, $"tag {tag}, error {error}");
            if (tag is not null)
            {
                Assert.InRange(tag.Length, 5, text.Length);
                Assert.DoesNotContain('\n', text[..tag.Length]);
            }
        }).Check(PropertyRuns.Config);
}
