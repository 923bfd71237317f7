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
        if (!external)
        {
            return null;
        }

        var original = CamoOriginal(url);
        var name = FileName(original ?? url);
        var note = original is null ? string.Empty : $"; {CamoHost} is GitHub's image proxy, and the file is {original}";
        if (!ImageFiles.Named(name))
        {
            // A name without a picture's extension is served as application/octet-stream, which browsers do not show.
            name += ".png";
            note += "; .png stands for the extension of the file's format: write .jpg, .gif, .svg or .webp instead if it is one of those";
        }

        return $"image {url} is loaded from another host, which the site does not do (it must work in mainland China, and the CSP blocks it):"
            + $" save the file under input/assets/ (for example input/assets/img/{name}) and write ![…](/assets/img/{name}){note}"
            + $"; if you cannot get the file, link to it instead, `[…]({original ?? url})` (without the `!`), and readers can still open it where it is";
    }

    private const string CamoHost = "camo.githubusercontent.com";

    /// <summary>
    /// The address a GitHub camo URL (`https://camo.githubusercontent.com/&lt;digest&gt;/&lt;hex&gt;`) proxies: its last segment
    /// is the original address in hexadecimal, whose name (Falco's `falco-diagram-blog-contribution.png`) is the one to save
    /// the file under, not the hex; null for any other URL.
    /// </summary>
    private static string? CamoOriginal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.Host.Equals(CamoHost, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hex = uri.AbsolutePath[(uri.AbsolutePath.LastIndexOf('/') + 1)..];
        if (hex.Length == 0 || hex.Length % 2 != 0 || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromHexString(hex));
        return decoded.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || decoded.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? decoded
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
        return name.Length == 0 ? "image" : name;
    }
}
