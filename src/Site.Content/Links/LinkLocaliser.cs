using Markdig.Renderers;
using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Content.Links;

/// <summary>
/// Contributors write internal links in the default language's form (`/projects/linkerd/`). Inside
/// a page of another language (translation or fallback) such a link is pointed at that language's
/// version when a real translation exists there, or at the language's generated page (`/zh/blog/`,
/// `/zh/tags/…/`) when one exists; fragments and queries are kept. Applied after rendering, so
/// cached renders stay valid when translations come and go. Thread-safe.
/// </summary>
public sealed class LinkLocaliser(ContentSet content)
{
    private readonly string _defaultCode = content.Config.DefaultLanguage.Code;

    /// <summary>The localised form of <paramref name="url"/> inside <paramref name="page"/>, or null to keep it.</summary>
    public string? Localise(Page page, string url)
    {
        if (page.Language == _defaultCode || content.Config.Language(page.Language) is not { } language)
        {
            return null;
        }

        if (LinkTarget.Parse(url, page.Url) is not { Path.Length: > 0 } target)
        {
            return null;
        }

        var path = target.Path;
        if (!path.StartsWith('/') || IsInOtherLanguage(path))
        {
            return null;
        }

        if (content.ByUrl(path) is { } written && written.Language == _defaultCode)
        {
            // A content page: only a real translation counts; a fallback would only repeat the English words.
            var own = content.Graph.Counterpart(written, page.Language);
            return own is { IsFallback: false } && own.Url != path ? own.Url + Suffix(url) : null;
        }

        var localised = language.Localise(path);
        return content.OutputUrls.Contains(path) && content.OutputUrls.Contains(localised) && content.ByUrl(localised) is null
            ? localised + Suffix(url)
            : null;
    }

    /// <summary>
    /// <paramref name="rendered"/> with its links localised for <paramref name="page"/>: the same
    /// instance when nothing changes (the common case), else a copy whose HTML and link list
    /// carry the new URLs (so link checks validate the page actually linked to).
    /// </summary>
    public RenderedMarkdown Apply(Page page, RenderedMarkdown rendered)
    {
        if (page.Language == _defaultCode || rendered.Links.Count == 0)
        {
            return rendered;
        }

        MarkdownLink[]? links = null;
        Dictionary<string, string>? hrefs = null; // href value as Markdig wrote it → the localised one
        for (var i = 0; i < rendered.Links.Count; i++)
        {
            var link = rendered.Links[i];
            if (link.IsImage || Localise(page, link.Url) is not { } localised)
            {
                continue;
            }

            links ??= [.. rendered.Links];
            links[i] = link with { Url = localised };
            (hrefs ??= new(StringComparer.Ordinal)).TryAdd(EscapeUrl(link.Url), EscapeUrl(localised));
        }

        return links is null ? rendered : rendered with { Html = ReplaceHrefs(rendered.Html, hrefs!), Links = links };
    }

    /// <summary>
    /// Every <c>href="…"</c> of <paramref name="html"/> whose value is a key of <paramref name="hrefs"/>, rewritten in
    /// one pass. (One <c>string.Replace</c> per link copied the whole page once per link.) A localised URL is always in
    /// the page's own language, which is never localised again, so no rewrite can feed another.
    /// </summary>
    private static string ReplaceHrefs(string html, Dictionary<string, string> hrefs)
    {
        const string Attribute = "href=\"";
        var lookup = hrefs.GetAlternateLookup<ReadOnlySpan<char>>();
        System.Text.StringBuilder? result = null;
        var copied = 0;
        for (var at = html.IndexOf(Attribute, StringComparison.Ordinal); at >= 0; at = html.IndexOf(Attribute, at, StringComparison.Ordinal))
        {
            var start = at + Attribute.Length;
            var end = html.IndexOf('"', start);
            if (end < 0)
            {
                break;
            }

            if (lookup.TryGetValue(html.AsSpan(start, end - start), out var localised))
            {
                result ??= new System.Text.StringBuilder(html.Length + 64);
                result.Append(html, copied, start - copied).Append(localised);
                copied = end;
            }

            at = end + 1;
        }

        return result is null ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    private bool IsInOtherLanguage(string path)
    {
        foreach (var l in content.Config.Languages)
        {
            if (!l.IsDefault && (path == l.HomeUrl || path.StartsWith(l.HomeUrl, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Suffix(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? string.Empty : url[cut..];
    }

    /// <summary>The URL exactly as Markdig writes it into `href`, so the rendered attribute is found.</summary>
    private static string EscapeUrl(string url)
    {
        // Markdig's own escaping, through a writer and renderer kept per thread (a renderer sets up ~20 object renderers).
        var (writer, renderer) = _escaper ??= NewEscaper();
        writer.GetStringBuilder().Clear();
        renderer.WriteEscapeUrl(url);
        writer.Flush();
        return writer.ToString();
    }

    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? _escaper;

    private static (StringWriter, HtmlRenderer) NewEscaper()
    {
        var writer = new StringWriter();
        return (writer, new HtmlRenderer(writer));
    }
}
