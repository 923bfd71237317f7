using AngleSharp.Dom;

namespace Site.Content.Markdown.Html;

/// <summary>
/// A social network's embed code pasted into a page: a <c>&lt;blockquote class="twitter-tweet"&gt;</c> holding the post's
/// text and link, followed by the network's <c>&lt;script&gt;</c> that turns it into a card. Pages run no scripts from
/// other sites, so the quote is what readers get; it reads well as it is, so the removed class, <c>data-</c> attributes
/// and script make one warning per post instead of one per removal.
/// </summary>
internal static class EmbeddedPost
{
    /// <summary>Embed classes of the networks whose share box writes a quote, and what the quote holds.</summary>
    private static readonly Dictionary<string, (string Kind, string Network)> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twitter-tweet"] = ("tweet", "X (Twitter)"),
        ["twitter-video"] = ("tweet", "X (Twitter)"),
        ["bluesky-embed"] = ("Bluesky post", "Bluesky"),
        ["mastodon-embed"] = ("Mastodon post", "Mastodon"),
        ["instagram-media"] = ("Instagram post", "Instagram"),
        ["tiktok-embed"] = ("TikTok video", "TikTok"),
        ["reddit-embed-bq"] = ("Reddit post", "Reddit"),
        ["text-post-media"] = ("Threads post", "Threads"),
    };

    private static readonly HashSet<string> WidgetHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "platform.twitter.com", "embed.bsky.app", "www.instagram.com", "instagram.com", "www.tiktok.com", "embed.reddit.com", "www.threads.net",
    };

    /// <summary>The quote's kind and network when <paramref name="quote"/> is an embed's quote, else null.</summary>
    public static (string Kind, string Network)? Of(IElement quote)
    {
        if (quote.LocalName != "blockquote")
        {
            return null;
        }

        foreach (var name in quote.ClassList)
        {
            if (Classes.TryGetValue(name, out var found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether a script's source is a network's embed script (Mastodon's is <c>/embed.js</c> on each server).</summary>
    public static bool IsWidgetScript(string? src) =>
        src is not null
        && Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && (WidgetHosts.Contains(uri.Host) || uri.AbsolutePath.EndsWith("/embed.js", StringComparison.OrdinalIgnoreCase));

    public static string Warning(string kind, string network) =>
        $"an embedded {kind} is shown as a quote of its text and link: pages run no scripts from other sites, so {network}'s card does not load, "
        + "nor any picture or video in the post (its `<script>`, `class` and `data-` attributes are dropped); nothing to do, unless a picture in it matters: then add it as an image";
}
