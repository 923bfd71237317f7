using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Content.Links;

/// <summary>
/// A file of a page bundle that no page links, in any language, is published all the same: a Hugo or Docusaurus cover
/// (`featured.png`, which this site does not show) or a picture left over from an edit, copied beside the page unseen.
/// Links count from every body, in every language, including raw HTML `src`/`href` and component arguments (`figure src`).
/// </summary>
public static class UnusedBundleFiles
{
    /// <summary>A warning per bundle file that no link of <paramref name="rendered"/> (every page's body, localised) names.</summary>
    public static IEnumerable<Diagnostic> Find(ContentSet content, IReadOnlyDictionary<Page, RenderedMarkdown> rendered)
    {
        var bundleFiles = content.Assets.Where(a => a.BundleOf is not null).ToList();
        if (bundleFiles.Count == 0)
        {
            return [];
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        // The file names each bundle's own page links, whether the link resolves or not: a broken link to the file by a
        // wrong path (a missing year folder) is reported with the file offered, and is what the contributor mends.
        var namedByPage = new HashSet<(string PageId, string Name)>();
        foreach (var (page, body) in rendered)
        {
            foreach (var link in body.Links)
            {
                if (LinkTarget.Parse(link.Url, page.Url) is { Path.Length: > 0 } target)
                {
                    linked.Add(target.Path);
                    namedByPage.Add((page.Id, target.Path[(target.Path.LastIndexOf('/') + 1)..]));
                }
            }
        }

        // A file is published at one URL per language that shows its page; a link to any of them uses it.
        return bundleFiles.GroupBy(a => a.FullPath, StringComparer.Ordinal)
            .Where(file => !file.Any(a => linked.Contains(a.Url) || namedByPage.Contains((a.BundleOf!, a.Url[(a.Url.LastIndexOf('/') + 1)..]))))
            .Select(file => file.OrderBy(a => a.Url.Length).ThenBy(a => a.Url, StringComparer.Ordinal).First())
            .Select(file => Message(content, file))
            .OfType<Diagnostic>()
            .ToList();
    }

    private static Diagnostic? Message(ContentSet content, Loading.AssetFile file)
    {
        var language = file.RelativePath[..file.RelativePath.IndexOf('/')];
        if (content.Get(language, file.BundleOf!) is not { } page)
        {
            return null;
        }

        var inBundle = file.Url[page.Url.Length..];
        // Named as the page's file is (`input/en/…`, or the full path when the input folder was given so), beside it.
        return Diagnostic.Warning(
            page.SourcePath[..(page.SourcePath.LastIndexOf('/') + 1)] + inBundle,
            0,
            0,
            $"`{inBundle}` is published with {page.SourcePath} (at {file.Url}), but no page links it, so no reader sees it"
            + $" (a cover picture, Hugo's and Docusaurus's `featured.png`, is not shown on this site): delete the file, or show it on the page with `![what it shows]({inBundle})`");
    }
}
