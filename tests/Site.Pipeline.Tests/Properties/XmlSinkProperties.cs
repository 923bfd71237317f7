using System.Text;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Site.Pipeline.Feeds;

namespace Site.Pipeline.Tests.Properties;

/// <summary>
/// Feeds and the sitemap carry contributor strings (titles, summaries, URLs) through
/// <see cref="XmlText"/>: whatever the string, the document stays well-formed and the text
/// reads back as written, minus only the characters XML 1.0 cannot hold.
/// </summary>
public sealed class XmlSinkProperties
{
    [Fact]
    public void Any_string_in_element_text_and_attributes_keeps_the_document_well_formed_and_round_trips() =>
        Prop.ForAll(HostileText.Arbitrary, value =>
        {
            var clean = XmlText.Clean(value);
            var xml = XmlText.Write(w =>
            {
                w.WriteStartElement("rss");
                w.WriteAttributeString("title", clean);
                w.WriteElementString("title", clean);
                w.WriteEndElement();
            });

            var root = XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root!;
            var expected = Readable(clean);
            Assert.Equal(expected, root.Element("title")!.Value.ReplaceLineEndings("\n"));
            // Attribute values are whitespace-normalised by XML readers; everything else must survive.
            Assert.Equal(WithoutWhiteSpace(expected), WithoutWhiteSpace(root.Attribute("title")!.Value));
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Clean_drops_lone_surrogates_and_forbidden_characters_but_keeps_pairs()
    {
        // Not theory data: xunit's serialisation would replace the lone surrogates before the test sees them.
        Assert.Equal("ab", XmlText.Clean("a\uD800b"));
        Assert.Equal("\uD83D\uDE00", XmlText.Clean("\uDC00\uD83D\uDE00\uD83D"));
        Assert.Equal("xy", XmlText.Clean("x\u0001\uFFFEy"));
        Assert.Equal("云原生 😀", XmlText.Clean("云原生 😀"));
    }

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    // What a reader gets back: a lone surrogate becomes U+FFFD in UTF-8, CR and CRLF become LF.
    private static string Readable(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString().ReplaceLineEndings("\n");
    }
}
