using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>
/// Where the files of page bundles are published: beside their page, in every language that shows the page, so
/// that a relative link (`![Diagram](diagram.png)`) works in the source, in its translations and in the
/// fallbacks that show the source's words. A translation's bundle may hold its own files; a file of the same
/// name replaces the source's in that language (a diagram with translated labels). Drafts and pages that failed
/// publish nothing.
/// </summary>
internal static class PageBundles
{
    public static List<AssetFile> Publish(IReadOnlyList<BundleFile> files, IEnumerable<Page> pages, string defaultLanguage)
    {
        var published = new List<AssetFile>();
        if (files.Count == 0)
        {
            return published;
        }

        var byPage = files.GroupBy(f => (f.Language.Code, f.PageId)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var page in pages)
        {
            var own = page.IsFallback ? null : byPage.GetValueOrDefault((page.Language, page.Id));
            var source = page.Language == defaultLanguage ? null : byPage.GetValueOrDefault((defaultLanguage, page.Id));
            if (own is null && source is null)
            {
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in (own ?? []).Concat(source ?? []))
            {
                if (names.Add(file.PathInBundle))
                {
                    published.Add(new AssetFile(file.InputPath, file.FullPath, page.Url + file.PathInBundle) { BundleOf = page.Id });
                }
            }
        }

        return published;
    }
}
