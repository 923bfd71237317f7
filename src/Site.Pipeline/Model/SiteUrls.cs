using Site.Content.Config;

namespace Site.Pipeline.Model;

/// <summary>
/// Turns site-relative URLs of the content model (<c>/zh/projects/x/</c>) into what the theme
/// prints: root-relative URLs that include the path of <c>baseUrl</c>, and absolute URLs.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(SiteConfig config)
    {
        BaseUrl = config.BaseUrl.EndsWith('/') ? config.BaseUrl : config.BaseUrl + "/";
        BasePath = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        if (!BasePath.EndsWith('/'))
        {
            BasePath += "/";
        }
    }

    /// <summary>Absolute base URL, ending in <c>/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Path part of the base URL, <c>/</c> by default.</summary>
    public string BasePath { get; }

    /// <summary><c>/zh/x/</c> → <c>/kb/zh/x/</c> when the base URL has the path <c>/kb/</c>.</summary>
    public string Url(string siteUrl) => BasePath.Length == 1 ? siteUrl : BasePath + siteUrl.TrimStart('/');

    /// <summary><c>/zh/x/</c> → <c>https://host/kb/zh/x/</c>.</summary>
    public string Absolute(string siteUrl) => BaseUrl + siteUrl.TrimStart('/');

    /// <summary>Output file of a site URL: folder URLs get <c>index.html</c>.</summary>
    public static string FileOf(string siteUrl)
    {
        var path = siteUrl.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
