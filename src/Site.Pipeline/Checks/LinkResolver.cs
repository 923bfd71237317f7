using System.Collections.Concurrent;
using Site.Content.Links;
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

        // One URL grammar for markdown links and rendered pages: scheme, query, fragment, `.`/`..`.
        if (LinkTarget.Parse(url, "/" + pageFile) is not { } target)
        {
            return null; // another site, mailto:, data:, …
        }

        var fragment = target.Fragment;
        string file;
        if (target.Path.Length == 0)
        {
            file = pageFile;
        }
        else
        {
            if (!target.Path.StartsWith(urls.BasePath, StringComparison.Ordinal))
            {
                return new LinkProblem(target.Path, $"it is outside the site's base path {urls.BasePath}");
            }

            var sitePath = target.Path[urls.BasePath.Length..];
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

        if (fragment is null or "" or "top" || !htmlByFile.TryGetValue(file, out var html))
        {
            return null;
        }

        var ids = _ids.GetOrAdd(file, _ => HtmlAttributes.Ids(html.Content.GetText()));
        return ids.Contains(fragment)
            ? null
            : new LinkProblem("/" + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file) + "#" + fragment,
                $"that page has no element with id `{fragment}`"
                + (Site.Content.Markdown.FootnoteAnchors.Is(fragment) ? $"; it is a footnote's, which HTML footnotes lose here: {Site.Content.Markdown.FootnoteAnchors.Advice}" : string.Empty));
    }
}
