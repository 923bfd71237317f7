using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Site.Content.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Tests.Properties;

/// <summary>
/// Messages and the translators' new-page links quote a value as a YAML double-quoted scalar
/// (<see cref="FrontMatterReader.DoubleQuoted"/>): pasted into front matter, it must read back as the same text,
/// quoted exactly as the JSON serializer (which the quoting no longer uses) quotes it.
/// </summary>
public sealed class DoubleQuotedProperties
{
    private static readonly string[] Pieces =
    [
        "a", "Kubernetes", " ", "\t", "\n", "\r\n", "\"", "'", "\\", "/", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "&", "*", "!", "|",
        ">", "<", "%", "@", "`", "-", "?", "云原生", "，", "：", "「", "」", "é", "\u00a0", "\u3000", "\u2028", "\u0085", "\0", "\u001b",
        "\u007f", "\u200B", "\u202E", "\uD83D\uDE80", "\uFEFF",
    ];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Arbitrary<string> Text { get; } = Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary();

    [Fact]
    public void A_double_quoted_value_reads_back_as_the_same_text_in_yaml() =>
        Prop.ForAll(Text, text => Assert.Equal(text, ReadBack(FrontMatterReader.DoubleQuoted(text)))).Check(PropertyRuns.Config);

    [Fact]
    public void A_double_quoted_value_is_what_the_json_serializer_wrote() =>
        Prop.ForAll(Text, text => Assert.Equal(JsonSerializer.Serialize(text, Relaxed), FrontMatterReader.DoubleQuoted(text))).Check(PropertyRuns.Config);

    [Theory]
    [InlineData("Craig Box (ARMO), for Istio", "\"Craig Box (ARMO), for Istio\"")]
    [InlineData("服务网格：入门", "\"服务网格：入门\"")]
    [InlineData("say \"hi\"\\now", "\"say \\\"hi\\\"\\\\now\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    public void Letters_of_any_script_stay_readable_and_quotes_backslashes_and_breaks_are_escaped(string text, string quoted) =>
        Assert.Equal(quoted, FrontMatterReader.DoubleQuoted(text));

    private static string ReadBack(string quoted)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader("key: " + quoted + "\n"));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlScalarNode)map.Children[new YamlScalarNode("key")]).Value!;
    }
}
