using System.Globalization;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Pipeline.Model;

namespace Site.Pipeline.Feeds;

/// <summary>RSS 2.0 feed of one language's newest posts. All text goes through XmlWriter, so titles like <c>&lt;script&gt;</c> come out escaped.</summary>
public static class RssFeedWriter
{
    public const int MaxItems = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static string Write(LanguageContext language)
    {
        var site = language.Site;
        var urls = site.Urls;
        var info = language.Info;
        var posts = language.Graph.Latest(MaxItems);
        return XmlText.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", XmlText.Clean(site.Config.Title(info.Code)));
            xml.WriteElementString("link", urls.Absolute(info.HomeUrl));
            xml.WriteElementString("description", XmlText.Clean(site.Config.Title(info.Code)));
            xml.WriteElementString("language", info.Locale);
            xml.WriteElementString("generator", "cncf-kb site generator");
            if (posts.Count > 0)
            {
                // The newest post's date, not the clock, so the feed is identical across builds.
                xml.WriteElementString("lastBuildDate", Rfc822(posts[0].Date));
            }

            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", urls.Absolute(GeneratedUrls.Feed(info)));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            foreach (var post in posts)
            {
                WriteItem(xml, language, post);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    private static void WriteItem(System.Xml.XmlWriter xml, LanguageContext language, PostPage post)
    {
        var url = language.Site.Urls.Absolute(post.Url);
        xml.WriteStartElement("item");
        xml.WriteElementString("title", XmlText.Clean(post.Title));
        xml.WriteElementString("link", url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(url);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Rfc822(post.Date));
        foreach (var author in post.Authors)
        {
            xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", XmlText.Clean(author));
        }

        foreach (var tag in language.Site.Content.Graph.TagsOf(post))
        {
            xml.WriteElementString("category", XmlText.Clean(tag.Name));
        }

        if (language.SummaryOf(post) is { } summary)
        {
            // Feed readers show the description as HTML: the plain-text summary is HTML-escaped
            // first, so markup quoted in it (`<script>` in backticks) reads as text there too.
            xml.WriteElementString("description", XmlText.Clean(HtmlEscape(summary)));
        }

        xml.WriteEndElement();
    }

    private static string HtmlEscape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Rfc822(DateTimeOffset date) => date.ToString("ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(29, 1);
}
