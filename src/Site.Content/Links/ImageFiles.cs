namespace Site.Content.Links;

/// <summary>Whether an address names a picture, by its extension (a query or fragment set aside).</summary>
internal static class ImageFiles
{
    public static bool Named(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var extension = Path.GetExtension(end < 0 ? url : url[..end]).ToLowerInvariant();
        return extension is ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" or ".avif" or ".svg";
    }
}
