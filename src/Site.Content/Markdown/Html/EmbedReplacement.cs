using System.Text.RegularExpressions;

namespace Site.Content.Markdown.Html;

/// <summary>
/// The component to write instead of a removed video frame (<c>&lt;iframe src="https://www.youtube.com/embed/…"&gt;</c>,
/// pasted from a video site's "share" box): the <c>youtube</c> component for YouTube, the <c>video</c> component
/// (a link to the video's page) for Vimeo and Bilibili. Null for other frames.
/// </summary>
internal static partial class EmbedReplacement
{
    public static string? For(string? src, string? title)
    {
        if (src is null || !Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var quotedTitle = title is { Length: > 0 } t && !t.Contains('"') && !IsGeneric(t) ? $" title=\"{t}\"" : string.Empty;
        var host = uri.Host.ToLowerInvariant();
        if (host is "www.youtube.com" or "youtube.com" or "m.youtube.com" or "www.youtube-nocookie.com" or "youtube-nocookie.com" or "youtu.be"
            && YouTubeId(uri) is { } id)
        {
            return $"{{{{< youtube {id}{quotedTitle} >}}}}";
        }

        var page = host switch
        {
            "player.vimeo.com" when VimeoPlayer().Match(uri.AbsolutePath) is { Success: true } m => "https://vimeo.com/" + m.Groups[1].Value,
            "player.bilibili.com" when Query(uri, "bvid") is { } bvid => "https://www.bilibili.com/video/" + bvid,
            _ => null,
        };
        return page is null ? null : $"{{{{< video src=\"{page}\" title=\"{(quotedTitle.Length > 0 ? title : "…")}\" >}}}}";
    }

    /// <summary>
    /// The title a video site's share box puts on every frame ("YouTube video player"): it says nothing about the
    /// video, and as the component's title it would be shown to readers as if it did.
    /// </summary>
    private static bool IsGeneric(string title) =>
        GenericTitle().IsMatch(title.Trim());

    [GeneratedRegex(@"^(?i:(youtube|vimeo|bilibili)?\s*(video)?\s*(player)?|(youtube|vimeo|bilibili|video|embedded)\s+(video|content|player)(\s+player)?)$")]
    private static partial Regex GenericTitle();

    private static string? YouTubeId(Uri uri)
    {
        var candidate = uri.Host.EndsWith("youtu.be", StringComparison.OrdinalIgnoreCase)
            ? uri.AbsolutePath.Trim('/')
            : uri.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) ? uri.AbsolutePath["/embed/".Length..].Trim('/')
            : Query(uri, "v");
        return candidate is not null && VideoId().IsMatch(candidate) ? candidate : null;
    }

    private static string? Query(Uri uri, string key)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq] == key && eq < pair.Length - 1)
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex VideoId();

    [GeneratedRegex("^/video/([0-9]+)")]
    private static partial Regex VimeoPlayer();
}
