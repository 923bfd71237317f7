using System.Text;
using Site.Content.Text;

namespace Site.Content.Tests.Text;

public class CompactTextTests
{
    private static readonly string English = string.Concat(Enumerable.Repeat("Cilium secures pod traffic with eBPF. ", 20));
    private static readonly string Chinese = string.Concat(Enumerable.Repeat("云原生计算基金会托管的项目。", 40));

    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        "short",
        English,
        Chinese,
        English + Chinese,
        "emoji 🚀 and accents é, " + English,
        "a lone surrogate \uD800 stays as written " + English,
        new string(' ', 300) + "\n\t",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_back_exactly_the_text_it_was_given(string text)
    {
        var compact = CompactText.Of(text);

        Assert.Equal(text, compact.ToString());
        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(string.IsNullOrWhiteSpace(text), compact.IsWhiteSpace());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Its_utf8_bytes_when_it_has_them_are_the_texts_utf8(string text)
    {
        var compact = CompactText.Of(text);

        if (compact.Utf8 is { } utf8)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(text), utf8.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_part_of_a_longer_string_is_kept_as_the_same_text_on_its_own(string text)
    {
        var whole = "---\ntitle: T\n---\n" + text;

        var part = CompactText.Of(whole.AsSpan(whole.Length - text.Length));

        Assert.Equal(CompactText.Of(text), part);
        Assert.Equal(text, part.ToString());
        Assert.Equal(CompactText.Of(text).Utf8 is null, part.Utf8 is null);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Copies_its_characters_into_a_buffer_without_a_string(string text)
    {
        var buffer = new char[text.Length + 3];
        Array.Fill(buffer, '#');

        CompactText.Of(text).CopyTo(buffer);

        Assert.Equal(text + "###", new string(buffer));
    }

    [Fact]
    public void Long_english_is_kept_as_utf8_and_long_chinese_as_the_string()
    {
        Assert.NotNull(CompactText.Of(English).Utf8);
        Assert.Null(CompactText.Of(Chinese).Utf8);
        Assert.Null(CompactText.Of("short").Utf8);
    }

    [Fact]
    public void Equal_texts_are_equal_with_equal_hashes()
    {
        foreach (var text in new[] { English, Chinese, "short" })
        {
            var a = CompactText.Of(text);
            var b = CompactText.Of(new string(text.AsSpan()));
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        Assert.NotEqual(CompactText.Of(English), CompactText.Of(English.Replace("eBPF", "EBPF")));
    }

    [Fact]
    public void Finds_ascii_markers_without_decoding()
    {
        var html = CompactText.Of("<p>intro</p><div class=\"code-block\"><pre>x</pre></div>" + English);

        Assert.True(html.ContainsAscii("<div class=\"code-block\">"));
        Assert.False(html.ContainsAscii("<div class=\"table-scroll\""));
        Assert.True(CompactText.Of(Chinese + "<div class=\"table-scroll\">").ContainsAscii("<div class=\"table-scroll\""));
    }

    [Fact]
    public void Non_ascii_white_space_counts_as_white_space()
    {
        Assert.True(CompactText.Of(new string('\u3000', 200) + new string(' ', 200)).IsWhiteSpace());
        Assert.False(CompactText.Of(new string(' ', 300) + "x").IsWhiteSpace());
    }
}
