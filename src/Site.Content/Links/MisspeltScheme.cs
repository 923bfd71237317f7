using Site.Content.Text;

namespace Site.Content.Links;

/// <summary>
/// Recognises a web address whose scheme is misspelt: <c>htts://docs.falco-talon.org</c>, <c>htp://</c>,
/// <c>htttps://</c>, written twice or over a false start, <c>hthttps://slack.cncf.io/</c>, <c>https://https://…</c>, or
/// written without its colon, <c>https//github.com</c>. Browsers read the first kinds as an unknown scheme or a host
/// named `https` (a dead link that no check of this site's pages sees) and the last as a path below the page.
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

        // `https://https://host`, `http://https//host`: the scheme written twice; the second is the one meant.
        foreach (var outer in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (written.StartsWith(outer, StringComparison.OrdinalIgnoreCase) && written.Length > outer.Length
                && Suggest(written[outer.Length..]) is var inner
                && (inner ?? written[outer.Length..]) is var second
                && (second.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || second.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
            {
                return second;
            }
        }

        var colon = written.IndexOf(':', StringComparison.Ordinal);
        if (colon is > 7 and <= 10 && written.AsSpan(colon).StartsWith("://", StringComparison.Ordinal) && HostAt(written, colon + 3) && FalseStart(written[..colon].ToLowerInvariant()) is { } restarted)
        {
            return restarted + written[colon..];
        }

        if (colon is < 3 or > 7 || !written.AsSpan(colon).StartsWith("://", StringComparison.Ordinal) || !HostAt(written, colon + 3))
        {
            return null;
        }

        var candidate = written[..colon].ToLowerInvariant();
        if (candidate is "http" or "https" || !candidate.All(char.IsAsciiLetter))
        {
            return null;
        }

        if (FalseStart(candidate) is { } typedAgain)
        {
            return typedAgain + written[colon..];
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

    /// <summary>
    /// The scheme of `hthttps`, `httphttps`, `hhttp`: a start of `https` typed, then the whole scheme again (Chaos Mesh's
    /// `hthttps://slack.cncf.io/`, two letters off, which the one-letter rule cannot see); null for any other scheme.
    /// </summary>
    private static string? FalseStart(string candidate)
    {
        foreach (var scheme in (ReadOnlySpan<string>)["https", "http"])
        {
            if (candidate.Length > scheme.Length && candidate.EndsWith(scheme, StringComparison.Ordinal)
                && "https".StartsWith(candidate[..^scheme.Length], StringComparison.Ordinal))
            {
                return scheme;
            }
        }

        return null;
    }

    /// <summary>Whether a host name starts at <paramref name="index"/>: a letter or digit, so `http//` alone is not taken.</summary>
    private static bool HostAt(string text, int index) => index < text.Length && char.IsAsciiLetterOrDigit(text[index]);
}
