namespace Site.Content.Links;

/// <summary>
/// Images must come from the site itself: the site has to work where third-party hosts are
/// blocked (mainland China), and its CSP (`img-src 'self'`) would block them anyway. Links to
/// other sites are fine; only images (which the browser loads by itself) are refused.
/// </summary>
public static class ExternalImageRule
{
    /// <summary>Null when the image URL is the site's own; otherwise the message for the contributor.</summary>
    /// <param name="url">The image URL as written.</param>
    /// <param name="baseUrl">The site's `baseUrl` (absolute URLs under it are the site's own).</param>
    public static string? Problem(string url, string baseUrl)
    {
        url = url.Trim();
        if (url.StartsWith(baseUrl, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var external = url.StartsWith("//", StringComparison.Ordinal)
            || (LinkTarget.SchemeOf(url) is { } scheme && !IsDroppedScheme(scheme));
        return external
            ? $"image {url} is loaded from another host, which the site does not do (it must work in mainland China, and the CSP blocks it): save the file under input/assets/ (for example input/assets/img/{FileName(url)}) and write ![…](/assets/img/{FileName(url)})"
            : null;
    }

    // Already removed from the output by the safe-URL extension, so nothing is loaded.
    private static bool IsDroppedScheme(string scheme) =>
        scheme.Equals("javascript", StringComparison.OrdinalIgnoreCase)
        || scheme.Equals("vbscript", StringComparison.OrdinalIgnoreCase)
        || scheme.Equals("data", StringComparison.OrdinalIgnoreCase);

    private static string FileName(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length == 0 ? "image.png" : name;
    }
}
