using System.Collections.Concurrent;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;

namespace Site.Pipeline.Checks;

/// <summary>Why a link of a rendered page goes nowhere: the site path it leads to, and what is wrong there.</summary>
public sealed record LinkProblem(string Target, string Reason);

/// <summary>
/// Resolves an <c>href</c>/<c>src</c> of a rendered page the way a browser on the published
/// site would (relative to the page, below the base path, absolute URLs of the site's own
/// host) and checks it against the files the build produces. Thread-safe.
/// </summary>
public sealed class LinkResolver(SiteUrls urls, IReadOnlySet<string> files, IReadOnlyDictionary<string, Document> htmlByFile)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    /// <summary>Null when the link is fine or leaves the site; otherwise what is wrong.</summary>
    /// <param name="pageFile">Output file of the page holding the link (<c>blog/x/index.html</c>).</param>
    public LinkProblem? Problem(string href, string pageFile)
    {
        var url = href.Trim();
        if (url.StartsWith(urls.BaseUrl, StringComparison.OrdinalIgnoreCase))
        {
            url = urls.BasePath + url[urls.BaseUrl.Length..];
        }
        else if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return null; // another site, mailto:, data:, …
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

        string file;
        if (url.Length == 0)
        {
            file = pageFile;
        }
        else
        {
            var absolute = url.StartsWith('/') ? url : Normalise("/" + pageFile[..(pageFile.LastIndexOf('/') + 1)] + url);
            if (!absolute.StartsWith(urls.BasePath, StringComparison.Ordinal))
            {
                return new LinkProblem(absolute, $"it is outside the site's base path {urls.BasePath}");
            }

            var sitePath = Uri.UnescapeDataString(absolute[urls.BasePath.Length..]);
            file = sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
            if (!files.Contains(file))
            {
                if (files.Contains(file + "/index.html"))
                {
                    return null; // served with a redirect adding the slash
                }

                return new LinkProblem("/" + sitePath, "the build produces nothing there");
            }
        }

        if (fragment is null or "" or "top" || !htmlByFile.TryGetValue(file, out var target))
        {
            return null;
        }

        var ids = _ids.GetOrAdd(file, _ => HtmlAttributes.Ids(target.Content.GetText()));
        return ids.Contains(fragment)
            ? null
            : new LinkProblem("/" + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file) + "#" + fragment,
                $"that page has no element with id `{fragment}`");
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var slash = url.IndexOfAny(['/', '?', '#']);
        return slash < 0 || colon < slash;
    }

    /// <summary>Resolves <c>.</c> and <c>..</c>; never climbs above the root.</summary>
    private static string Normalise(string path)
    {
        if (!path.Contains("./", StringComparison.Ordinal) && !path.EndsWith("/.", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal))
        {
            return path;
        }

        var trailing = path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);
        var stack = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                continue;
            }

            stack.Add(segment);
        }

        var joined = "/" + string.Join('/', stack);
        return trailing && stack.Count > 0 ? joined + "/" : joined;
    }
}
