using Site.Content.Loading;
using Site.Content.Markdown;
using Site.Pipeline.Checks;

namespace Site.Pipeline.Tests.Checks;

/// <summary>The summary check on posts whose author marked the summary's end.</summary>
public sealed class EmptySummaryCheckTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public EmptySummaryCheckTests() =>
        _temp.WriteFile("input/site.yml", "title: { en: KB, zh: 知识库 }\nbaseUrl: https://kb.example.org/\nlanguages:\n  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\n");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_long_summary_above_a_truncate_marker_is_told_its_length_and_to_move_the_marker_up()
    {
        // KubeVela's posts marked the summary after whole sections: lists showed up to 1,897 characters per post.
        var section = string.Join(" ", Enumerable.Repeat("KubeVela is a modern application delivery platform.", 6));
        var d = Check($"## Overview\n\n{section}\n\n## Why\n\n{section}\n\n<!--truncate-->\n\nThe rest.\n");

        Assert.NotNull(d);
        Assert.Equal((false, 13, 1), (d.IsError, d.Line, d.Column));
        Assert.Equal(
            "long summary: lists and feeds show all 638 characters above `<!--truncate-->` as the post's summary, run together;"
            + " move the marker up to the end of the opening paragraph, or write a `summary:` of a sentence or two in the front matter (at most 500 characters, 250 in Chinese)",
            d.Message);
    }

    [Fact]
    public void A_long_summary_whose_marker_ends_the_opening_paragraph_is_told_only_to_write_a_summary()
    {
        // Chaos Mesh: in 6 posts the marker sat right under the opening paragraph (after a banner), nowhere to move it up to.
        var paragraph = string.Join(" ", Enumerable.Repeat("Chaos Mesh is a cloud-native Chaos Engineering platform.", 10));
        var d = Check($"![banner](/assets/banner.png)\n\n{paragraph}\n\n{{/* truncate */}}\n\nThe rest.\n");

        Assert.NotNull(d);
        Assert.Equal((false, 9, 1), (d.IsError, d.Line, d.Column));
        Assert.Equal(
            "long summary: lists and feeds show all 569 characters above `{/* truncate */}` as the post's summary, run together;"
            + " the marker ends the opening paragraph already: write a `summary:` of a sentence or two in the front matter (at most 500 characters, 250 in Chinese)",
            d.Message);
    }

    [Fact]
    public void A_long_summary_whose_opening_paragraph_is_long_too_is_told_only_to_write_a_summary()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("Chaos Mesh is a cloud-native Chaos Engineering platform.", 10));
        var d = Check($"## Why Chaos Mesh?\n\n{paragraph}\n\nMore words.\n\n{{/* truncate */}}\n\nThe rest.\n");

        Assert.NotNull(d);
        Assert.Equal(
            "long summary: lists and feeds show all 597 characters above `{/* truncate */}` as the post's summary, run together;"
            + " the text above the end of the opening paragraph is 585 characters too: write a `summary:` of a sentence or two in the front matter (at most 500 characters, 250 in Chinese)",
            d.Message);
    }

    [Fact]
    public void A_chinese_marked_summary_is_long_at_half_as_many_characters()
    {
        // A Han character takes the room of two Latin letters in a list: 301 characters (238 of them wide) fill as much as 539 letters.
        var sentence = "KubeVela 是一个现代化的应用交付平台，让应用的交付与管理更加简单、轻松和可靠。"; // 43 characters, 34 of them wide
        var d = Check(string.Concat(Enumerable.Repeat(sentence, 7)) + "\n\n<!--truncate-->\n\n其余内容。\n");

        Assert.NotNull(d);
        Assert.StartsWith("long summary: lists and feeds show all 301 characters above `<!--truncate-->`", d.Message, StringComparison.Ordinal);
        Assert.Null(Check(string.Concat(Enumerable.Repeat(sentence, 5)) + "\n\n<!--truncate-->\n\n其余内容。\n"));
    }

    [Fact]
    public void A_long_summary_is_reported_at_the_marker_that_ends_it_not_at_one_shown_in_a_code_block_above()
    {
        // A post about Hugo quotes `<!--more-->` in a code block before its own marker.
        var paragraph = string.Join(" ", Enumerable.Repeat("Hugo ends a summary at a marker line of its own.", 12));
        var d = Check($"{paragraph}\n\n```markdown\n<!--more-->\n```\n\n{paragraph}\n\n{{/* truncate */}}\n\nThe rest.\n");

        Assert.NotNull(d);
        Assert.Equal(13, d.Line);
        Assert.Matches("^long summary: lists and feeds show all [0-9,]+ characters above `\\{/\\* truncate \\*/\\}`", d.Message);
    }

    [Fact]
    public void A_summarys_width_counts_every_wide_character_as_two_letters()
    {
        Assert.Equal(4, EmptySummaryCheck.Width("Kube"));
        Assert.Equal(6, EmptySummaryCheck.Width("云原生"));
        Assert.Equal(8, EmptySummaryCheck.Width("クラウド")); // kana
        Assert.Equal(7, EmptySummaryCheck.Width("「a」，")); // full-width punctuation
        Assert.Equal(1, EmptySummaryCheck.Width("e\u0301")); // a combining accent takes no room
    }

    [Fact]
    public void A_short_marked_summary_is_left_alone()
    {
        Assert.Null(Check("The opening paragraph.\n\n<!--more-->\n\nThe rest.\n"));
    }

    [Fact]
    public void A_banners_alt_text_does_not_count_towards_a_marked_summarys_length()
    {
        // Chaos Mesh: "LFX Mentorship Experience. I'm a junior…" was 507 characters; the words above the marker are 480.
        var paragraph = string.Join(" ", Enumerable.Repeat("I am a junior undergraduate in Biomedical Engineering.", 9)).TrimEnd('.') + "..";
        Assert.True(paragraph.Length is > 473 and <= EmptySummaryCheck.LongSummary, paragraph.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(Check($"![LFX Mentorship Experience](/assets/banner.png)\n\n{paragraph}\n\n{{/* truncate */}}\n\nThe rest.\n"));
    }

    [Theory]
    [InlineData("<p align=\"center\"><img src=\"/assets/banner.png\" alt=\"Banner\"></p>\n\nThe pitch.\n")]
    [InlineData("<div align=\"center\">\n  <a href=\"https://example.org\"><img src=\"/assets/banner.png\" alt=\"Banner\"></a>\n</div>\n\nThe pitch.\n")]
    public void A_banner_in_an_html_wrapper_opens_the_body_as_a_markdown_image_does(string body)
    {
        Assert.Null(Check(body));
    }

    [Fact]
    public void Raw_html_with_words_opening_the_body_is_still_told_of()
    {
        var d = Check("<div align=\"center\"><img src=\"/assets/banner.png\" alt=\"Banner\"> Photo: Ann</div>\n\nThe pitch.\n");

        Assert.NotNull(d);
        Assert.StartsWith("no summary: the body opens with raw HTML", d.Message, StringComparison.Ordinal);
    }

    private Content.Diagnostics.Diagnostic? Check(string body)
    {
        _temp.WriteFile("input/en/blog/2024/post.md", "---\ntitle: Post\ndate: 2024-01-01\n---\n" + body);
        var content = ContentLoader.Load(_temp.Combine("input")).Content!;
        var page = content.Pages.Single(p => p.Id == "blog/2024/post.md" && !p.IsFallback && p.Language == "en");
        return EmptySummaryCheck.Check(page, ContentRenderer.RenderAll(content).Get(page));
    }
}
