using FsCheck;
using FsCheck.Fluent;
using Site.Templating.Runtime;

namespace Site.Templating.Tests.Properties;

/// <summary>
/// <c>html.escape</c> is the theme's only defence for contributor strings in text and quoted
/// attributes: its output must never contain a character that opens a tag, ends an attribute
/// or starts an entity the contributor chose.
/// </summary>
public sealed class HtmlEscapeProperties
{
    private static readonly Template Escape = Template.Parse("<a title=\"{{ v | html.escape }}\" data-x='{{ v | html.escape }}'>{{ v | html.escape }}</a>", "escape.scriban");

    [Fact]
    public void Escaped_text_holds_no_markup_characters_and_decodes_back() =>
        Prop.ForAll(HostileText.Arbitrary, value =>
        {
            var context = new TemplateContext();
            context.PushGlobal(new ScriptObject { ["v"] = value });
            var html = Escape.Render(context);
            var inner = html["<a title=\"".Length..html.IndexOf("\" data-x", StringComparison.Ordinal)];

            Assert.DoesNotContain('<', inner);
            Assert.DoesNotContain('>', inner);
            Assert.DoesNotContain('"', inner);
            Assert.DoesNotContain('\'', inner);
            Assert.Equal(Normalised(value), System.Net.WebUtility.HtmlDecode(inner));
        }).Check(PropertyRuns.Config);

    // WebUtility encodes lone surrogates as U+FFFD.
    private static string Normalised(string value)
    {
        var sb = new System.Text.StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }
}
