namespace Site.Content.Links;

/// <summary>A link URL split into the site path it points to and its fragment.</summary>
/// <param name="Path">Site-absolute, percent-decoded path (`/projects/linkerd/`); empty for a same-page `#fragment`.</param>
/// <param name="Fragment">Decoded text after `#`, or null.</param>
public readonly record struct LinkTarget(string Path, string? Fragment)
{
    /// <summary>
    /// Classifies a URL as written in markdown: null when it leaves the site (has a scheme such as
    /// `https:` or `mailto:`, or starts with `//`); otherwise the internal target, with relative URLs
    /// resolved against <paramref name="pageUrl"/> (a folder URL such as `/blog/2019/x/`).
    /// </summary>
    public static LinkTarget? Parse(string url, string pageUrl)
    {
        url = url.Trim();
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return null;
        }

        string? fragment = null;
        var hash = url.IndexOf('#');
        if (hash >= 0)
        {
            fragment = Uri.UnescapeDataString(url[(hash + 1)..]);
            url = url[..hash];
        }

        var query = url.IndexOf('?');
        if (query >= 0)
        {
            url = url[..query];
        }

        if (url.Length == 0)
        {
            return new LinkTarget(string.Empty, fragment);
        }

        var path = url.StartsWith('/') ? url : Resolve(pageUrl, url);
        return new LinkTarget(Uri.UnescapeDataString(Normalise(path)), fragment);
    }

    /// <summary>The URL's scheme (`https`, `mailto`), or null when it has none (a path or fragment).</summary>
    public static string? SchemeOf(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i > 0 ? url[..i] : null;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (i == 0 && !char.IsAsciiLetter(c)))
            {
                return null;
            }
        }

        return null;
    }

    private static bool HasScheme(string url) => SchemeOf(url) is not null;

    private static string Resolve(string pageUrl, string relative)
    {
        var folder = pageUrl.EndsWith('/') ? pageUrl : pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
        return folder + relative;
    }

    /// <summary>Resolves `.` and `..` segments; never climbs above the root.</summary>
    private static string Normalise(string path)
    {
        if (!path.Contains("./", StringComparison.Ordinal) && !path.EndsWith("/.", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal))
        {
            return path;
        }

        var trailing = path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);
        var stack = new List<string>();
        foreach (var seg in path.Split('/'))
        {
            if (seg is "" or ".")
            {
                continue;
            }

            if (seg == "..")
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                continue;
            }

            stack.Add(seg);
        }

        var joined = "/" + string.Join('/', stack);
        return trailing && stack.Count > 0 ? joined + "/" : joined;
    }
}
