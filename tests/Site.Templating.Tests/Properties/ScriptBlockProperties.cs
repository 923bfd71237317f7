using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Site.Templating.Runtime;

namespace Site.Templating.Tests.Properties;

/// <summary>
/// The theme embeds contributor strings as JSON in a <c>&lt;script type="application/json"&gt;</c>
/// element (<c>partials/search_config.scriban</c>): with its filters, no string can end the
/// element early, and the JSON still parses back to the original value.
/// </summary>
public sealed class ScriptBlockProperties
{
    // The exact filter chain of the theme's search_config partial.
    private static readonly Template Embed = Template.Parse(
        "{{~ $config = { title: v, list: [v] } ~}}<script type=\"application/json\" id=\"c\">{{ $config | object.to_json | string.replace \"<\" \"\\\\u003c\" }}</script>", "embed.scriban");

    [Fact]
    public void Any_string_embedded_as_json_cannot_close_the_script_element_and_parses_back() =>
        Prop.ForAll(HostileText.Arbitrary, value =>
        {
            var context = new TemplateContext();
            context.PushGlobal(new ScriptObject { ["v"] = value });
            var html = Embed.Render(context);
            var start = html.IndexOf('>') + 1;
            var end = html.LastIndexOf("</script>", StringComparison.Ordinal);
            var json = html[start..end];

            Assert.DoesNotContain("<", json, StringComparison.Ordinal);
            if (!HasLoneSurrogate(value))
            {
                using var document = JsonDocument.Parse(json);
                Assert.Equal(value, document.RootElement.GetProperty("title").GetString());
            }
        }).Check(PropertyRuns.Config);

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
