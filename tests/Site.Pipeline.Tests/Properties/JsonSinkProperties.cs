using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Site.Search.Serialization;

namespace Site.Pipeline.Tests.Properties;

/// <summary>
/// Search documents (titles, summaries, snippets) are written by <see cref="Utf8JsonTextWriter"/>:
/// any string gives valid UTF-8 JSON that parses back to the same text, and the HTML-safe mode
/// leaves nothing that could end a <c>&lt;script&gt;</c> element or break a JavaScript literal.
/// </summary>
public sealed class JsonSinkProperties
{
    [Fact]
    public void Any_string_is_written_as_json_that_parses_back_to_it() =>
        Prop.ForAll(HostileText.Arbitrary, value =>
        {
            foreach (var escaping in new[] { JsonEscaping.JavaScript, JsonEscaping.HtmlSafe })
            {
                var bytes = Write(value, escaping);

                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                if (!HasLoneSurrogate(value))
                {
                    // System.Text.Json refuses escaped lone surrogates, which JSON.stringify writes as \udxxx (checked below).
                    Assert.Equal(value, JsonDocument.Parse(bytes).RootElement.GetString());
                }
            }
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Html_safe_json_holds_no_markup_or_line_terminator_characters() =>
        Prop.ForAll(HostileText.Arbitrary, value =>
        {
            var text = Encoding.UTF8.GetString(Write(value, JsonEscaping.HtmlSafe));

            Assert.DoesNotContain('<', text);
            Assert.DoesNotContain('>', text);
            Assert.DoesNotContain('&', text);
            Assert.DoesNotContain('\'', text);
            Assert.DoesNotContain('\u2028', text);
            Assert.DoesNotContain('\u2029', text);
            Assert.False(HasLoneSurrogate(text), "raw lone surrogate");
        }).Check(PropertyRuns.Config);

    private static byte[] Write(string value, JsonEscaping escaping)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonTextWriter(stream, escaping))
        {
            writer.WriteString(value);
        }

        return stream.ToArray();
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
