using FsCheck;
using FsCheck.Fluent;
using Site.Content.Markdown;
using Site.Content.Text;

namespace Site.Content.Tests.Properties;

/// <summary>
/// While a site loads, a post's ends are tested in place for a byline or a first-published note before any of their
/// lines is made a string (<see cref="BodyEdges.Of(CompactText, BodyEdges.LineTest)"/>): on any body the rules find
/// what they find when both ends are read and split whole.
/// </summary>
public sealed class BodyEdgesProperties
{
    private static readonly string[] Lines =
    [
        "", " ", "\u3000", "\r", "# Title", "## Heading", "---", "* * *", "Plain words of the post.", "By default, pods restart.",
        "By Jane Doe", "**By Jane Doe, John Roe**", "**Authors: Ana Silva,", "Senior Engineer @ Example**", "#### _Author: Li Lei_",
        "作者：张三", "Written by [Sam](https://example.org/sam)", "**Author**: Ronak Raj", "**", "Author: kahirokunn",
        "*This is a post from the [CNCF blog](https://www.cncf.io/blog/x/) which we share here too.*",
        "**Originally published at _[The New Stack](https://thenewstack.io/x/)_.**", ">本文首发于容器魔方，原文链接[这里](https://example.cn/a)",
        "Cross-posted from https://example.org/post", "Line with a separator\u2028in it", "云原生的段落，没有署名。",
    ];

    /// <summary>Long lines, so bodies pass the 8 KB at which only the ends are read.</summary>
    private static readonly string[] Filler = [new string('w', 700) + " words.", string.Concat(Enumerable.Repeat("云原生", 300)), "x y z " + new string('q', 1500)];

    private static Arbitrary<string> Bodies { get; } = Gen.OneOf(Gen.Elements(Lines), Gen.Elements(Lines), Gen.Elements(Filler))
        .ArrayOf()
        .SelectMany(lines => Gen.Elements("\n", "\r\n").Select(end => string.Join(end, lines)))
        .ToArbitrary();

    [Fact]
    public void Testing_the_ends_in_place_finds_the_same_byline_as_reading_them_whole() =>
        Prop.ForAll(Bodies, body =>
        {
            var compact = CompactText.Of(body);
            Assert.Equal(Describe(BodyByline.Find(BodyEdges.Of(compact))), Describe(BodyByline.Find(BodyEdges.Of(compact, BodyByline.MayBeginOn))));
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Testing_the_ends_in_place_finds_the_same_first_published_note_as_reading_them_whole() =>
        Prop.ForAll(Bodies, body =>
        {
            var compact = CompactText.Of(body);
            Assert.Equal(BodyRepostNote.Find(BodyEdges.Of(compact)), BodyRepostNote.Find(BodyEdges.Of(compact, BodyRepostNote.MayBeOn)));
        }).Check(PropertyRuns.Config);

    [Theory]
    [InlineData("Plain words.\n\nMore words.\n")]
    [InlineData("# Title\n\nNo byline here.\n")]
    public void A_body_whose_ends_hold_nothing_to_find_is_never_split(string body) =>
        Assert.Same(BodyEdges.None.Head, BodyEdges.Of(CompactText.Of(body), line => BodyByline.MayBeginOn(line) || BodyRepostNote.MayBeOn(line)).Head);

    private static string? Describe(BodyByline.Found? found) =>
        found is null ? null : $"{found.Line}+{found.Lines} [{string.Join("|", found.Names)}] rules [{string.Join(",", found.Rules)}] end={found.AtEnd}";
}
