using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Text;

namespace Site.Content.Links;

/// <summary>
/// Checks that every site-internal link of a rendered body points at a URL the build writes
/// (a page, a generated list, an asset) and that its `#fragment` names a heading of the target,
/// and that no image is loaded from another host.
/// Construct once per build; <see cref="Validate"/> is thread-safe.
/// </summary>
public sealed class InternalLinkValidator(ContentSet content, Func<Page, RenderedMarkdown?> renderedOf)
{
    private readonly Lazy<LinkSuggestions> _suggestions = new(() => new LinkSuggestions(content), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<Diagnostic> Validate(Page page, RenderedMarkdown rendered)
    {
        var source = page.IsFallback ? content.Get(content.Config.DefaultLanguage.Code, page.Id) : null;
        var sourceRendered = source is null ? null : renderedOf(source);
        if (sourceRendered is not null && ReferenceEquals(sourceRendered, rendered))
        {
            return []; // same body as its source, which is validated itself; localised links differ and are checked
        }

        // A fallback's links are its source's, localised: one broken in both is reported once, by the source.
        List<Diagnostic>? found = null;
        foreach (var link in rendered.Links)
        {
            if (ProblemOf(page, rendered, link, out var isWarning) is not { } problem
                || (sourceRendered is not null && sourceRendered.Links.Any(l => l.Line == link.Line && l.Column == link.Column && ProblemOf(source!, sourceRendered, l, out _) is not null)))
            {
                continue;
            }

            var lineText = RenderFindings.BodyLine(page, link.Line);
            (found ??= []).Add(isWarning
                ? Diagnostic.Warning(page.SourcePath, link.Line, link.Column, problem, lineText)
                : Diagnostic.Error(page.SourcePath, link.Line, link.Column, problem, lineText));
        }

        return found ?? (IReadOnlyList<Diagnostic>)[];
    }

    private string? ProblemOf(Page page, RenderedMarkdown rendered, MarkdownLink link, out bool isWarning)
    {
        isWarning = false;
        if (link.Liquid is { } liquid)
        {
            return LiquidLink(liquid, link.Url);
        }

        if (JekyllLiquid.Holds(link.Url))
        {
            return null; // a Liquid tag in an HTML attribute: reported with its address as the tag itself
        }

        var target = LinkTarget.Parse(link.Url, page.Url);
        if (MisspeltScheme.Suggest(link.Url) is { } address)
        {
            // `htts://` leaves the site unchecked (a warning: it may be a scheme we do not know); `https//` is a broken path here.
            isWarning = target is null;
            return $"{(link.IsImage ? "image" : "link")} `{link.Url.Trim()}` has a misspelt scheme, so browsers cannot open it: write `{address}`";
        }

        if (target is null && DoubledSlash(link.Url) is { } doubled)
        {
            // Checked as the path it means, so a missing file still gets its nearest asset (Volcano's `//img/blog/x.png`).
            var meant = Check(page, rendered, doubled.Path, LinkTarget.Parse(doubled.Path, page.Url)!.Value, link.IsImage, out isWarning);
            var said = $"{(link.IsImage ? "image" : "link")} {link.Url.Trim()} starts with a doubled slash, which makes `{doubled.Host}` a host name (of another site), not a folder of this one";
            return meant is null ? $"{said}: write `{doubled.Path}`" : $"{said}: written with one slash, {meant}";
        }

        return DoubledParentheses(link.Url) ?? ShortcodeInTarget(link.Url)
            ?? (target is { } t
                ? AsWritten(Check(page, rendered, link.Url, t, link.IsImage, out isWarning), link.Url, t)
                : link.IsImage ? ExternalImageRule.Problem(link.Url, content.Config.BaseUrl) : null);
    }

    private string? Check(Page page, RenderedMarkdown rendered, string url, LinkTarget t, bool isImage, out bool isWarning)
    {
        isWarning = false;
        if (t.Path.Length == 0)
        {
            return t.Fragment is { Length: > 0 } f && !rendered.HasAnchor(f)
                ? $"link to `#{f}`, which is not a heading id of this page{Suggest(f, rendered)}"
                : null;
        }

        var path = t.Path;
        if (!content.OutputUrls.Contains(path))
        {
            if (path.EndsWith("/index.html", StringComparison.Ordinal) && content.OutputUrls.Contains(path[..^"index.html".Length]))
            {
                path = path[..^"index.html".Length];
            }
            else if (SchemelessWebAddress.Suggest(url) is { } address)
            {
                return $"link to `{url.Trim()}` is read as {t.Path}, a path on this site that does not exist:"
                    + $" a web address needs its scheme; if it is another site, write `{address}`";
            }
            else if (!path.EndsWith('/') && content.OutputUrls.Contains(path + "/"))
            {
                return $"link to {t.Path} lacks the trailing slash: write {t.Path}/";
            }
            else if (PathFormSuggestion.Suggest(content, path) is { } form)
            {
                return $"link to unknown page {t.Path}: {form.Reason}; did you mean {form.Url}{FragmentOf(t)}?";
            }
            else if (!isImage && FromFileFolder(page, url, path) is { } fromFile && PathFormSuggestion.Suggest(content, fromFile) is { } asFile)
            {
                return $"link to unknown page {t.Path}: links name a page's URL, not its markdown file, and a relative link starts at the page's URL ({page.Url}),"
                    + $" not at its file's folder; did you mean {asFile.Url}{FragmentOf(t)}?";
            }
            else if (!LinkSuggestions.IsFile(t.Path, isImage) && PathFormSuggestion.Undo(content.Config, path) is { } undone)
            {
                // A foreign form whose page is not there under that slug: look for renames, drafts and near names from the path it means.
                return _suggestions.Value.UnknownPage(t.Path, undone.Path, undone.Reason, FragmentOf(t), page.Url);
            }
            else if (!LinkSuggestions.IsFile(t.Path, isImage) && _suggestions.Value.RelativeIntoForeignSection(t.Path, url, FragmentOf(t), page.Url) is { } relative)
            {
                return relative;
            }
            else
            {
                // `kubelet-config.v1` in a section this site lacks names a page of the site the text comes from, not a file.
                // Unless input/assets/ holds a file of that name: then it is that file, at the address Hugo's static/ gave it.
                return LinkSuggestions.IsFile(t.Path, isImage)
                        && (isImage || !_suggestions.Value.IsInForeignSection(t.Path) || _suggestions.Value.IsAssetName(t.Path))
                    ? _suggestions.Value.MissingFile(t.Path, isImage, page)
                    : _suggestions.Value.UnknownPage(t.Path, fragment: FragmentOf(t), from: page.Url);
            }
        }

        if (content.RedirectOf(path) is { } moved)
        {
            if (page.IsFallback)
            {
                return null; // its source's copy of the link is reported; the localised one would say it again
            }

            // The old URL still works (a redirect is published), but every visit costs a hop and the alias may be dropped one day.
            isWarning = true;
            var suffix = t.Fragment is { Length: > 0 } movedFragment ? "#" + movedFragment : string.Empty;
            return $"link to {t.Path} goes through an alias of {moved.FactsPath}: link to {moved.Url}{suffix} instead";
        }

        var targetPage = content.ByUrl(path);
        if (t.Fragment is { Length: > 0 } fragment && targetPage is not null && renderedOf(targetPage) is { } targetRendered
            && !targetRendered.HasAnchor(fragment))
        {
            return $"link to {t.Path}#{fragment}: {targetPage.SourcePath} has no heading with id `{fragment}`{Suggest(fragment, targetRendered)}";
        }

        if (targetPage is not null && page.IsTranslation && targetPage.Language != page.Language
            && content.Graph.Counterpart(targetPage, page.Language) is { IsFallback: false } own)
        {
            isWarning = true;
            return $"a {page.Language} page links to the {targetPage.Language} page {t.Path}; link to {own.Url} instead";
        }

        return null;
    }

    /// <summary>
    /// A relative link to a markdown file (`pod.md`, `../projects/linkerd.md`), resolved as GitHub and
    /// Hugo repositories do, from the folder of the page's file rather than from the page's URL; null for other links.
    /// </summary>
    private static string? FromFileFolder(Page page, string url, string path)
    {
        if (url.TrimStart().StartsWith('/') || !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folder = page.Url.TrimEnd('/');
        folder = folder[..(folder.LastIndexOf('/') + 1)];
        return LinkTarget.Parse(url, folder)?.Path;
    }

    /// <summary>A Jekyll link tag, shown as text here: the address it means on this site, or that there is none.</summary>
    private string LiquidLink(string liquid, string path)
    {
        if (content.OutputUrls.Contains(path))
        {
            return JekyllLiquid.LinkMessage(liquid, $"write the address itself, `{path}`");
        }

        if (PathFormSuggestion.Suggest(content, path) is { } form)
        {
            return JekyllLiquid.LinkMessage(liquid, $"write the address itself, `{form.Url}`");
        }

        // A post of that name whose date is not written yet, or differs (the import's posts are dated in the same run).
        if (JekyllLiquid.PostName(path) is { } name
            && content.Pages.Where(p => p is PostPage && !p.IsFallback && string.Equals(Path.GetFileNameWithoutExtension(p.Id), name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList() is [var post])
        {
            return JekyllLiquid.LinkMessage(liquid, $"write the address itself, `{post.Url}` (the post of that name)");
        }

        return JekyllLiquid.LinkMessage(liquid, JekyllLiquid.Unknown(liquid, path));
    }

    /// <summary>
    /// `//img/blog/x.png`: a doubled slash before a site path makes its first folder a host name. A host without a dot
    /// (other than `localhost`, or one with a port) names no site on the web, so the path with one slash is meant; null otherwise.
    /// </summary>
    private static (string Host, string Path)? DoubledSlash(string url)
    {
        url = url.Trim();
        if (!url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var end = url.IndexOfAny(['/', '?', '#', ':', '@'], 2);
        var host = end < 0 ? url[2..] : url[2..end];
        return end < 0 || url[end] != '/' || host.Length == 0 || host.Contains('.') || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? null
            : (host, url[1..]);
    }

    /// <summary>
    /// `[report]: <{{% param canonical_url %}}>` (Docsy fills in a front matter value): inside a link a tag is read as
    /// part of the address, here and in Hugo without that feature, so the address would lead nowhere.
    /// </summary>
    private static string? ShortcodeInTarget(string url)
    {
        var start = url.IndexOf("{{", StringComparison.Ordinal);
        if (start < 0 || !Markdown.Components.ComponentTag.StartsAt(url.AsSpan(start)))
        {
            return null;
        }

        var end = url.IndexOf("}}", start, StringComparison.Ordinal);
        var tag = end < 0 ? url[start..] : url[start..(end + 2)];
        return $"link target `{url.Trim()}` holds the tag `{tag}`, which is not read inside a link: write the address itself";
    }

    /// <summary>
    /// <c>[text]((#section))</c>, a typo GitHub forgives by showing the text as it is: CommonMark reads
    /// the inner parentheses as part of the target, which then resolves to a page named <c>(</c>. Said as written.
    /// </summary>
    private static string? DoubledParentheses(string url) =>
        url.Length > 2 && url[0] == '(' && url[^1] == ')'
            ? $"link target `{url}` is wrapped in a second pair of parentheses: write `]{url}`, not `]({url})`"
            : null;

    /// <summary>
    /// A relative link is reported by the path it resolves to, which is nowhere in the file: the contributor searching for
    /// `/docs/install/` would not find Knative's `../../../../docs/install/`. So the link as written comes first.
    /// </summary>
    private static string? AsWritten(string? problem, string url, LinkTarget t)
    {
        var written = url.Trim();
        if (problem is null || written.StartsWith('/') || written.StartsWith('#') || problem.Contains($"`{written}`", StringComparison.Ordinal)
            || problem.IndexOf(t.Path, StringComparison.Ordinal) is var at && at < 0)
        {
            return problem;
        }

        var subject = t.Path + (problem.AsSpan(at + t.Path.Length).StartsWith(FragmentOf(t)) ? FragmentOf(t) : string.Empty);
        return $"{problem[..at]}`{written}` (read as {subject}){problem[(at + subject.Length)..]}";
    }

    private static string FragmentOf(LinkTarget t) => t.Fragment is { Length: > 0 } f ? "#" + f : string.Empty;

    private static string Suggest(string fragment, RenderedMarkdown rendered)
    {
        // By spelling first (a typo); else the one heading whose id holds all the fragment's words (KubeVirt's
        // `#environment-setup` for "Setup demo environment"). Spelling looks at the GitHub anchors too, which the page
        // answers to: a Chinese heading's id is a slug of its Latin letters only (`k8s-v1-30`), so a link written in
        // GitHub's form (`#升级k8s依赖到130`) is near only to its anchor (`#升级k8s依赖到v130`).
        var ids = rendered.Headings.Select(h => h.Id).ToList();
        var anchors = rendered.Headings.Where(h => h.GitHubAnchor is not null).Select(h => h.GitHubAnchor!);
        var near = NearestMatch.Find(fragment, ids.Concat(anchors)) ?? NearestMatch.HoldingAllWords(fragment, ids);
        return near is null ? string.Empty : $"; did you mean `#{near}`?";
    }
}
