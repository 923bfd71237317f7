namespace Site.Content.Loading;

/// <summary>
/// Front matter keys of other site generators (Hugo, Docsy, Docusaurus, Jekyll), which pages copied from those
/// sites bring along, with what to do instead: the key this site uses for the same thing, or why none is needed.
/// An unknown key stays an error (a typo must never be ignored); the hint replaces the list of valid keys.
/// </summary>
internal static class ForeignKeyHints
{
    private const string OtherGenerator = "a setting of another site generator (Hugo, Docsy, Docusaurus, Jekyll) that this site does not use: delete the key";

    private static readonly Dictionary<string, (string? Use, string Advice)> Hints = Build(
        (["description", "excerpt", "abstract", "subtitle", "lead"], "summary", string.Empty),
        (["canonicalUrl", "canonical_url", "canonical", "source_url", "original_url", "originalURL", "externalUrl", "link", "crosspost_url"], "originalUrl", string.Empty),
        // Jekyll's `category: news` on a post; a project page's `category` is its own key, never looked up here.
        (["categories", "category", "keywords"], "tags", string.Empty),
        (["author", "contributors", "by", "attribution", "author_name", "author_names"], "authors", string.Empty),
        // kubernetes.io's translations credit their translators (`translator: >` with links).
        (["translator", "transltor", "translated_by", "translation_by"], "translators", string.Empty),
        // Nanoc's blogging helper (prometheus.io's posts) dates a post with `created_at`.
        (["publishDate", "pubDate", "published", "created", "created_at"], "date", string.Empty),
        (["redirect_from", "redirects", "alias"], "aliases", string.Empty),
        // opentelemetry.io's posts name their SIG as text (`sig: Collector SIG`); here a project page's `sig` is a SIG page's slug.
        (["sig"], "tags", string.Empty),
        // Keys that feed only the origin site's tools (a spell checker, review assignment, an editor), never its readers:
        // etcd's Docsy posts say `spelling: cSpell:ignore Gyuho`, which was told only the list of valid keys. "delete the line"
        // becomes "the key and the lines of its value under it" for a value on lines of its own (KeyValidator).
        (["cSpell:ignore", "cspell:ignore", "cSpell:words", "cspell:words", "cSpell", "spelling", "spellcheck", "spell_check", "spell-check", "spellcheck_ignore"], null,
            "a spell checker's list of words (cSpell; Docsy sites write it as `spelling: cSpell:ignore …`), read only by the origin site's checks, never shown to readers: delete the line"),
        // kubernetes.io's pages name who reviews changes to them, for its review bot (Prow).
        (["reviewers", "approvers"], null, "the people the origin site's review bot (Prow, on kubernetes.io) asks to review changes to the page, never shown to readers: delete the line"),
        // Hugo's blogdown (R Markdown) and Jupytext pages carry their editor's settings.
        (["editor_options", "jupyter", "jupytext"], null, "settings of the editor the page was written in (RStudio, Jupyter), never shown to readers: delete the line"),
        (["issue", "issues"], null, "the tracking issue of the site the page comes from: delete the key"),
        (["default_lang_commit", "drifted_from_default"], null,
            "how the site the page comes from tracks its translations; here `sourceHash` does: delete the key, and once the translation matches its source run `site translate --refresh` on this file"),
        (["layout"], null, "the page's folder sets its layout (blog/, projects/, sigs/, glossary/, pages/): delete the key"),
        // `kind: article` marks a blog post on Nanoc sites; only a SIG page has a `kind` here (sig, tag, wg), and there it is allowed.
        // Knative's MkDocs posts say `type: "blog"`.
        (["kind", "type"], null, "the page's type on the site it comes from (Nanoc, Jekyll, Hugo, MkDocs); here the page's folder gives it (blog/, projects/, sigs/, glossary/, pages/): delete the key"),
        // KubeVirt's Jekyll posts name the menu entry their theme highlights.
        (["navbar_active", "nav_active", "active_nav"], null, "the menu entry the theme of the site the page comes from highlights; here the page's folder (blog/, projects/, …) gives it: delete the key"),
        // Cilium's Gatsby posts mark the ones its blog list shows first.
        (["isFeatured", "isPopular", "featured", "popular", "pinned", "sticky"], null,
            "how the blog list of the site the page comes from picks posts to show first; here every list shows its posts newest first: delete the key"),
        (["slug", "permalink"], null,
            "the page's URL comes from its file name: rename the file instead (`site move` does it for a published page and keeps its old URL working)"),
        (["lastmod", "last_modified_at", "lastUpdated", "updated", "modified"], null,
            "the last-updated date comes from the file's git history: delete the key"),
        // As Hugo's `params.cover` is told (KeyValidator): Cilium's Gatsby posts give `ogImage`.
        (["image", "images", "featured_image", "featuredImage", "cover", "thumbnail", "og_image", "ogImage", "og:image", "socialImage", "social_image", "banner"], null,
            "a cover or link-preview picture: this site shows no cover or thumbnail image (it draws each page's link-preview card itself): delete the key (a picture for readers goes in the text, `![…](/assets/…)`)"),
        (["author_title", "author_url", "author_image_url", "author_imageURL", "authorURL", "authorTitle", "authorImageURL", "author_twitter"], null,
            "an author's details on a Docusaurus site; this site shows authors by name (`authors: [Name]`): delete the key"),
        // Docusaurus's and Medium's `readTime: 12 min read`: the theme puts a reading time computed from the text on every post.
        (["readTime", "readingTime", "reading_time", "read_time", "readtime", "timeToRead", "time_to_read", "estimatedReadingTime"], null,
            "a reading time, which this site works out from the text itself and shows on every post: delete the key"),
        (["resources"], null, "Hugo's list of a page's files (their names and titles): here a page bundle's files, beside its index.md, are published with it and linked by name (`![…](diagram.png)`), and other images go in input/assets/: delete the key"),
        (["weight", "linkTitle", "menu", "toc", "toc_hide", "hide_summary", "evergreen", "comments", "sitemap", "math", "mermaid",
            "no_list", "sidebar_position", "sidebar_label", "sidebar_class_name", "hide_table_of_contents", "hide_title", "sidebar", "nav_order",
            "headless", "outputs", "cascade", "_build", "expiryDate", "translationKey", "series", "showToc", "ShowToc", "hideMeta",
            "ShowReadingTime", "pagination_next", "pagination_prev", "custom_edit_url", "last_update", "has_children", "nav_exclude",
            "permalink_pretty", "redirect_to"], null, OtherGenerator));

    /// <summary>
    /// What to say about <paramref name="key"/> in a page that accepts <paramref name="allowed"/>, and the key to use
    /// instead when there is one; null when the key is not a known foreign one, or when its equivalent is not a key of
    /// this page type either (`categories` in a free page, which has no tags).
    /// </summary>
    public static string? For(string key, IReadOnlyList<string> allowed, out string? use)
    {
        use = null;
        if (!Hints.TryGetValue(key, out var hint))
        {
            return null;
        }

        if (hint.Use is null)
        {
            return hint.Advice;
        }

        if (!allowed.Contains(hint.Use))
        {
            return null;
        }

        use = hint.Use;
        // Said when no finished line is given (a value too long for one, a list, a block): "write it as `summary`", followed
        // as a line to paste, lost the text and broke the YAML.
        return $"rename the key to `{hint.Use}`, keeping its value";
    }

    private static Dictionary<string, (string? Use, string Advice)> Build(params (string[] Keys, string? Use, string Advice)[] groups)
    {
        var map = new Dictionary<string, (string? Use, string Advice)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keys, use, advice) in groups)
        {
            foreach (var key in keys)
            {
                map.TryAdd(key, (use, advice));
            }
        }

        return map;
    }
}
