using Site.Content.Text;

namespace Site.Content.Links;

/// <summary>
/// Recognises a web address whose scheme is misspelt: <c>htts://docs.falco-talon.org</c>, <c>htp://</c>,
/// <c>htttps://</c>, or written without its colon, <c>https//github.com</c>. Browsers read the first kind as an unknown
/// scheme (a dead link that no check of this site's pages sees) and the second as a path below the page.
/// </summary>
internal static class MisspeltScheme
{
    /// <summary>The address as it should be written (<c>https://docs.falco-talon.org</c>), or null when the scheme is not a misspelt http(s).</summary>
    public static string? Suggest(string url)
    {
        var written = url.Trim();

        // `https//host`, `http//host`: the colon is missing.
        foreach (var scheme in (ReadOnlySpan<string>)["https", "http"])
        {
            if (written.StartsWith(scheme + "//", StringComparison.OrdinalIgnoreCase) && HostAt(written, scheme.Length + 2))
            {
                return scheme + "://" + written[(scheme.Length + 2)..];
            }
        }

        var colon = written.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 3 or > 7 || !written.AsSpan(colon).StartsWith("://", StringComparison.Ordinal) || !HostAt(written, colon + 3))
        {
            return null;
        }

        var candidate = written[..colon].ToLowerInvariant();
        if (candidate is "http" or "https" || !candidate.All(char.IsAsciiLetter))
        {
            return null;
        }

        // One letter dropped, doubled, changed or swapped; `ftp` and `hxxp` (a defanged address) are two away and stay.
        var toHttps = NearestMatch.Distance(candidate, "https");
        var toHttp = NearestMatch.Distance(candidate, "http");
        if (Math.Min(toHttps, toHttp) > 1)
        {
            return null;
        }

        // `htts` is one from both: the `s` says it meant the secure one.
        var meant = toHttps < toHttp || (toHttps == toHttp && candidate.Contains('s')) ? "https" : "http";
        return meant + written[colon..];
    }

    /// <summary>Whether a host name starts at <paramref name="index"/>: a letter or digit, so `http//` alone is not taken.</summary>
    private static bool HostAt(string text, int index) => index < text.Length && char.IsAsciiLetterOrDigit(text[index]);
}
