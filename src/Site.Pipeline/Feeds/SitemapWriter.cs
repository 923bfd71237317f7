using Site.Content.Model;
using Site.Pipeline.Model;

namespace Site.Pipeline.Feeds;

/// <summary>
/// One <c>/sitemap.xml</c> for all languages. Lists canonical pages only (a fallback's canonical
/// URL is its source page), each with <c>xhtml:link hreflang</c> alternates of its real language versions.
/// </summary>
public static class SitemapWriter
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static string Write(SiteModel site, IEnumerable<PageJob> jobs) => XmlText.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", SitemapNamespace);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var job in jobs)
        {
            if (!job.IsCanonical || job.Layout == "404")
            {
                continue;
            }

            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, site.Urls.Absolute(job.Url));
            if (job.Source is PostPage post)
            {
                xml.WriteElementString("lastmod", SitemapNamespace, DateDisplay.Iso(DateDisplay.DateOf(post.Date)));
            }

            if (job.Page.TryGetValue("alternates", out var value) && value is List<object?> alternates)
            {
                foreach (var alternate in alternates.OfType<ModelMap>())
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", (string?)alternate["hreflang"]);
                    xml.WriteAttributeString("href", (string?)alternate["url"]);
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    });
}
