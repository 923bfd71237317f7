using System.Text;
using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Content.Tests.Loading;

/// <summary>Front matter rules: syntax, types, keys, encodings. Each diagnostic names file, line and column.</summary>
public sealed class FrontMatterRuleTests
{
    private static IReadOnlyList<Diagnostic> Errors(string path, string content)
    {
        using var site = TestSite.With((path, content));
        return site.Load().Diagnostics.Where(d => d.IsError).ToArray();
    }

    private static Diagnostic SingleError(string path, string content) => Assert.Single(Errors(path, content));

    [Fact]
    public void UnknownKeySuggestsTheNearestValidKey()
    {
        var d = SingleError("en/projects/envoy.md", "---\ntitle: Envoy\nmaturty: graduated\ncategory: service-mesh\n---\nBody.\n");
        Assert.Equal("input/en/projects/envoy.md", d.Path);
        Assert.Equal((3, 1), (d.Line, d.Column));
        Assert.Contains("unknown key `maturty`", d.Message);
        Assert.Contains("did you mean `maturity`?", d.Message);
        Assert.Equal("maturty: graduated", d.SourceLine);
        Assert.StartsWith("input/en/projects/envoy.md:3:1: error: unknown key `maturty`", d.ToString());
        Assert.EndsWith("    maturty: graduated\n    ^", d.ToString());
    }

    [Fact]
    public void KeyOfAnotherPageTypeSaysWhereItBelongs()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nmaturity: graduated\n---\nBody.\n");
        Assert.Contains("unknown key `maturity` for blog posts", d.Message);
        Assert.Contains("belongs to project pages", d.Message);
    }

    [Theory]
    [InlineData("en/blog/x.md", "canonicalUrl: https://example.org/x/", "for blog posts: write it as `originalUrl: \"https://example.org/x/\"`")]
    [InlineData("en/blog/x.md", "description: Short.", "for blog posts: write it as `summary: Short.`")]
    [InlineData("en/blog/x.md", "description: \"Short: and sweet\"", "for blog posts: write it as `summary: \"Short: and sweet\"`")]
    [InlineData("en/blog/x.md", "description: \"\"", "for blog posts: it is `summary` here, but empty: delete the line")]
    [InlineData("en/blog/x.md", "categories: [Networking]", "for blog posts: write it as `tags: [Networking]`")]
    [InlineData("en/blog/x.md", "categories: Networking", "for blog posts: write it as `tags: [Networking]`")]
    [InlineData("en/blog/x.md", "attribution: Ada Lovelace (Example Corp)", "for blog posts: write it as `authors: [Ada Lovelace (Example Corp)]`")]
    [InlineData("en/blog/x.md", "link: https://example.org/original/", "for blog posts: write it as `originalUrl: \"https://example.org/original/\"`")]
    [InlineData("en/blog/x.md", "crosspost_url: https://example.org/original/", "for blog posts: write it as `originalUrl: \"https://example.org/original/\"`")]
    [InlineData("en/blog/x.md", "sig: Collector SIG", "for blog posts: write it as `tags: [Collector SIG]`")]
    [InlineData("en/blog/x.md", "cSpell:ignore: otel kubecon", "a spell checker's list of words (cSpell; Docsy sites write it as `spelling: cSpell:ignore …`), read only by the origin site's checks, never shown to readers: delete the line")]
    [InlineData("en/blog/x.md", "issue: 4321", "the tracking issue of the site the page comes from: delete the key")]
    [InlineData("en/blog/x.md", "default_lang_commit: 1a2b3c", "here `sourceHash` does: delete the key, and once the translation matches its source run `site translate --refresh` on this file")]
    [InlineData("en/blog/x.md", "layout: blog", "the page's folder sets its layout")]
    [InlineData("en/pages/x.md", "slug: other-name", "the page's URL comes from its file's name: rename the file to `other-name.md` with `site move pages/x.md pages/other-name.md` (which moves its translations with it and rewrites links to it), then delete the key; the move also adds the current URL to `aliases`: delete it there if the page was never published under it (an import)")]
    [InlineData("en/blog/2025/x.md", "slug: ingress-nginx-CVE-2025-1974", "rename the file to `ingress-nginx-cve-2025-1974.md` with `site move blog/2025/x.md blog/2025/ingress-nginx-cve-2025-1974.md`")]
    [InlineData("en/blog/2024/foo/index.md", "slug: long-foo", "the page's URL comes from its folder's name: rename the folder `foo/` to `long-foo/` with `site move blog/2024/foo.md blog/2024/long-foo.md`")]
    [InlineData("en/blog/2024/foo/index.md", "slug: foo", "the folder's name gives the page this URL already: delete the key")]
    [InlineData("en/pages/x.md", "slug: x", "the file's name gives the page this URL already: delete the key")]
    [InlineData("en/pages/x.md", "slug: /chaos_mesh_solution", "rename the file to `chaos_mesh_solution.md` with `site move pages/x.md pages/chaos_mesh_solution.md`")]
    [InlineData("en/blog/2020/2020-01-15-x.md", "slug: /x", "rename the file to `x.md` with `site move blog/2020/2020-01-15-x.md blog/2020/x.md`")]
    [InlineData("en/pages/x.md", "slug: /about/team/", "the page's URL comes from its file name: rename the file instead")]
    [InlineData("en/blog/x.md", "url: /blog/2020/12/december-update/", "for blog posts: `url` sets a page's address on Hugo sites; here its file's name does: to keep the old address working, write it as `aliases: [/blog/2020/12/december-update/]`")]
    [InlineData("en/blog/x.md", "url: /blog/2020/12/december-update", "write it as `aliases: [/blog/2020/12/december-update/]`")]
    [InlineData("en/blog/x.md", "lastmod: 2024-02-01", "from the file's git history")]
    [InlineData("en/blog/x.md", "featured_image: /img/x.png", "draws each page's link-preview card itself")]
    [InlineData("en/blog/x.md", "resources:\n  - src: shot.png\n    title: A shot", "Hugo's list of a page's files (their names and titles): here a page bundle's files, beside its index.md, are published with it and linked by name (`![…](diagram.png)`), and other images go in input/assets/: delete the key")]
    [InlineData("en/blog/x.md", "author_url: https://github.com/x", "an author's details on a Docusaurus site; this site shows authors by name (`authors: [Name]`): delete the key")]
    [InlineData("en/pages/x.md", "weight: 20", "a setting of another site generator")]
    [InlineData("en/pages/x.md", "sidebar_position: 2", "a setting of another site generator")]
    [InlineData("en/pages/x.md", "redirect_from: [/old/]", "for free pages: rename the key to `aliases`, keeping its value")]
    [InlineData("en/pages/x.md", "redirect_from: /old/", "for free pages: write it as `aliases: [/old/]`")]
    [InlineData("en/blog/x.md", "author_name: Fabian Reinartz, Julius Volz", "for blog posts: write it as `authors: [Fabian Reinartz, Julius Volz]`")]
    [InlineData("en/blog/x.md", "author: \"dholbach & pjbgf\"", "for blog posts: write it as `authors: [dholbach, pjbgf]`")]
    [InlineData("en/blog/x.md", "description: >\n  A folded value\n  over two lines.", "for blog posts: write it as `summary: A folded value over two lines.`, in place of the key and the lines of its value under it")]
    [InlineData("en/blog/x.md", "author_name: Goutham Veeramachaneni (@Gouthamve) and Carrie Edwards (@carrieedwards)", "write it as `authors: [\"Goutham Veeramachaneni (@Gouthamve)\", \"Carrie Edwards (@carrieedwards)\"]`")]
    [InlineData("en/blog/x.md", "author: Brian Brazil", "for blog posts: write it as `authors: [Brian Brazil]`")]
    [InlineData("en/blog/x.md", "kind: article", "the page's type on the site it comes from (Nanoc, Jekyll, Hugo, MkDocs); here the page's folder gives it (blog/, projects/, sigs/, glossary/, pages/): delete the key")]
    public void A_key_from_Hugo_Docusaurus_or_Jekyll_says_what_to_do_instead(string path, string line, string advice)
    {
        var isPost = path.StartsWith("en/blog/", StringComparison.Ordinal);
        var d = SingleError(path, "---\ntitle: X\n" + (isPost ? "date: 2020-01-01\n" : string.Empty) + line + "\n---\nBody.\n");

        Assert.Equal(isPost ? 4 : 3, d.Line);
        Assert.Contains($"unknown key `{System.Text.RegularExpressions.Regex.Match(line, @"^(\S+?):(\s|$)").Groups[1].Value}`", d.Message);
        Assert.Contains(advice, d.Message);
    }

    [Theory]
    [InlineData("spelling: cSpell:ignore Gyuho", "unknown key `spelling` for blog posts: a spell checker's list of words (cSpell; Docsy sites write it as `spelling: cSpell:ignore …`), read only by the origin site's checks, never shown to readers: delete the line")]
    [InlineData("cSpell:\n  - Gyuho\n  - etcdctl", "unknown key `cSpell` for blog posts: a spell checker's list of words (cSpell; Docsy sites write it as `spelling: cSpell:ignore …`), read only by the origin site's checks, never shown to readers: delete the key and the lines of its value under it")]
    [InlineData("reviewers:\n- serathius\n- ahrtr", "unknown key `reviewers` for blog posts: the people the origin site's review bot (Prow, on kubernetes.io) asks to review changes to the page, never shown to readers: delete the key and the lines of its value under it")]
    [InlineData("editor_options:\n  chunk_output_type: console", "unknown key `editor_options` for blog posts: settings of the editor the page was written in (RStudio, Jupyter), never shown to readers: delete the key and the lines of its value under it")]
    public void A_key_that_only_feeds_the_origin_sites_tools_is_told_to_be_deleted(string lines, string message)
    {
        // etcd's Docsy posts' `spelling: cSpell:ignore Gyuho` was told only the list of valid keys.
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2021-06-15\n" + lines + "\n---\nBody.\n");

        Assert.Equal((4, message), (d.Line, d.Message));
    }

    [Theory]
    [InlineData("path: '/blog/2024/10/04/cilium-kubecon-na-2024'", "unknown key `path` for blog posts: `path` sets a page's address on Gatsby sites; here its file's name does: to keep the old address working, write it as `aliases: [/blog/2024/10/04/cilium-kubecon-na-2024/]`")]
    [InlineData("permalink: /2019/11/22/jenkins-infra-upgrade/", "unknown key `permalink` for blog posts: `permalink` sets a page's address on Jekyll and Hugo sites; here its file's name does: to keep the old address working, write it as `aliases: [/2019/11/22/jenkins-infra-upgrade/]`")]
    [InlineData("permalink: /:year/:title/", "unknown key `permalink` for blog posts: the page's URL comes from its file name: rename the file instead (`site move` does it for a published page and keeps its old URL working)")]
    public void A_gatsby_path_key_is_told_its_finished_aliases_line(string line, string message)
    {
        // Renamed to the nearest key, `date`, as it once was told, Gatsby's `path` gave each post two dates.
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2024-10-04\n" + line + "\n---\nBody.\n");

        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("tags: [cilium, ebpf]\ncategories: [Community, eBPF]\n", 5, "unknown key `categories` for blog posts: `categories` are tags here: merge them into `tags:` on line 4: `tags: [cilium, ebpf, Community]`, and delete this key")]
    [InlineData("categories:\n  - Community\ntags:\n  - cilium\n", 4, "unknown key `categories` for blog posts: `categories` are tags here: merge them into `tags:` on line 6: `tags: [cilium, Community]` (in place of that key and the lines of its value under it), and delete this key and the lines of its value under it")]
    [InlineData("tags: [news, kubevirt]\ncategory: news\n", 5, "unknown key `category` for blog posts: `category` is a tag here, and `tags:` on line 4 has it already: delete this key")]
    [InlineData("category: news\n", 4, "unknown key `category` for blog posts: write it as `tags: [news]`")]
    [InlineData("categories:\n  - Community\n  - How-To\n", 4, "unknown key `categories` for blog posts: write it as `tags: [Community, How-To]`, in place of the key and the lines of its value under it")]
    public void Categories_beside_tags_are_given_the_merged_tags_line(string lines, int line, string message)
    {
        // Renamed as told beside `tags:`, `categories` made a duplicate key, and keeping one of the two lost 67 of Cilium's labels.
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2024-10-04\n" + lines + "---\nBody.\n");

        Assert.Equal(message, d.Message);
        Assert.Equal(line, d.Line);
    }

    [Theory]
    [InlineData("subtitle: KubeEdge was accepted into the CNCF sandbox in March 2019\nsummary:\n  KubeEdge is a Kubernetes Native Edge Computing Framework. KubeEdge was accepted\n  into the CNCF sandbox in March 2019\n", 4, "unknown key `subtitle` for blog posts: it is `summary` here, and `summary:` on line 5 says this already: delete this key")]
    [InlineData("subtitle: Win a conference ticket to [KubeCon + CloudNativeCon & Open Source Summit,\n  Shanghai, China 2019.](https://www.lfasiallc.com/events/kubecon-cloudnativecon-china-2019/)\nsummary: Win a conference ticket to KubeCon + CloudNativeCon & Open Source Summit,\n  Shanghai, China 2019.\n", 4, "unknown key `subtitle` for blog posts: it is `summary` here, and `summary:` on line 6 says this already: delete this key and the lines of its value under it (a summary is shown as plain text: if the body lacks its link to `https://www.lfasiallc.com/events/kubecon-cloudnativecon-china-2019/`, add it there)")]
    [InlineData("summary: Falco 0.38 is out.\ndescription: It brings new rules.\n", 5, "unknown key `description` for blog posts: it is `summary` here, and `summary:` on line 4 gives the page's summary already: fold this text into it, `summary: Falco 0.38 is out. It brings new rules.`, and delete this key")]
    [InlineData("summary: Falco 0.38\nexcerpt: Falco 0.38 is out, with new rules.\n", 5, "unknown key `excerpt` for blog posts: it is `summary` here, and `summary:` on line 4 gives the page's summary already: fold this text into it, `summary: \"Falco 0.38 is out, with new rules.\"`, and delete this key")]
    [InlineData("publishDate: 2019-11-22\n", 4, "unknown key `publishDate` for blog posts: it is `date` here, and `date:` on line 3 says the same: delete this key")]
    [InlineData("publishDate: 2019-11-26\n", 4, "unknown key `publishDate` for blog posts: it is `date` here, and `date:` on line 3 says `2019-11-22`: find out which is right, and if it is this one, write `date: 2019-11-26` on line 3; then delete this key")]
    [InlineData("originalUrl: https://example.org/a/\ncanonicalUrl: https://example.org/a\n", 5, "unknown key `canonicalUrl` for blog posts: it is `originalUrl` here, and `originalUrl:` on line 4 says the same: delete this key")]
    [InlineData("authors: [Ann Lee]\nauthor: Ann Lee\n", 5, "unknown key `author` for blog posts: it is `authors` here, and `authors:` on line 4 has it already: delete this key")]
    [InlineData("authors: [Ann Lee]\nauthor: Bo Chen and Ann Lee\n", 5, "unknown key `author` for blog posts: it is `authors` here: merge it into `authors:` on line 4: `authors: [Ann Lee, Bo Chen]`, and delete this key")]
    [InlineData("aliases: [/blog/old/]\nredirect_from:\n  - /2019/old.html\n", 5, "unknown key `redirect_from` for blog posts: it is `aliases` here: merge it into `aliases:` on line 4: `aliases: [/blog/old/, /2019/old.html]`, and delete this key and the lines of its value under it")]
    public void A_key_whose_equivalent_the_page_gives_already_is_told_to_keep_both_in_that_line(string lines, int line, string message)
    {
        // KubeEdge's `subtitle` beside `summary:`, written as `summary:` as told, was a duplicate key, and keeping one of the two lost a text.
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2019-11-22\n" + lines + "---\nBody.\n");

        Assert.Equal(message, d.Message);
        Assert.Equal(line, d.Line);
    }

    [Fact]
    public void A_translations_categories_beside_its_tags_are_merged_into_that_line()
    {
        // KubeEdge's Chinese posts: told `write it as tags: [...]` beside their `tags:`, ten gave a duplicate key.
        using var site = TestSite.With(
            ("en/blog/x.md", "---\ntitle: X\ndate: 2019-04-23\ntags: [KubeEdge]\n---\nBody.\n"),
            ("zh/blog/x.md", "---\ntitle: X 中文\ncategories:\n- General\n- Announcements\ntags:\n- KubeEdge\n---\n正文。\n"));

        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);

        Assert.Equal("unknown key `categories` for blog posts: `categories` are tags here: merge them into `tags:` on line 6: `tags: [KubeEdge, General, Announcements]` (in place of that key and the lines of its value under it), and delete this key and the lines of its value under it", d.Message);
    }

    [Theory]
    [InlineData("ogImage: cilium-kubecon.png", "unknown key `ogImage` for blog posts: a cover or link-preview picture: this site shows no cover or thumbnail image (it draws each page's link-preview card itself): delete the key (a picture for readers goes in the text, `![…](/assets/…)`)")]
    [InlineData("image: /img/x.png", "unknown key `image` for blog posts: a cover or link-preview picture: this site shows no cover or thumbnail image")]
    [InlineData("cover: x.png", "unknown key `cover` for blog posts: a cover or link-preview picture: this site shows no cover or thumbnail image")]
    [InlineData("isFeatured: true", "unknown key `isFeatured` for blog posts: how the blog list of the site the page comes from picks posts to show first; here every list shows its posts newest first: delete the key")]
    [InlineData("isPopular: false", "unknown key `isPopular` for blog posts: how the blog list of the site the page comes from picks posts to show first; here every list shows its posts newest first: delete the key")]
    [InlineData("navbar_active: Blogs", "unknown key `navbar_active` for blog posts: the menu entry the theme of the site the page comes from highlights; here the page's folder (blog/, projects/, …) gives it: delete the key")]
    [InlineData("type: \"blog\"", "unknown key `type` for blog posts: the page's type on the site it comes from (Nanoc, Jekyll, Hugo, MkDocs); here the page's folder gives it (blog/, projects/, sigs/, glossary/, pages/): delete the key")]
    [InlineData("pub-date: November 22", "unknown key `pub-date` for blog posts: it repeats the post's date (`date:` on line 3): delete the key")]
    [InlineData("pub-year: 2019", "unknown key `pub-year` for blog posts: it repeats the post's date (`date:` on line 3): delete the key")]
    [InlineData("pub-date: November, 22", "unknown key `pub-date` for blog posts: it repeats the post's date (`date:` on line 3): delete the key")]
    [InlineData("pub-date: November 26", "unknown key `pub-date` for blog posts: `pub-date` says 2019-11-26, but `date:` on line 3 says 2019-11-22: find out which is right, and if it is this one, write `date: 2019-11-26` on line 3; then delete the key")]
    [InlineData("readTime: 12 min read", "unknown key `readTime` for blog posts: a reading time, which this site works out from the text itself and shows on every post: delete the key")]
    [InlineData("author handle: https://github.com/kahirokunn", "unknown key `author handle` for blog posts: the author's address on the site the post comes from; this site shows authors by name only: write `authors: [kahirokunn]` (or the author's full name) and delete this key")]
    public void A_key_real_blogs_carry_is_told_what_to_do_with_it(string line, string message)
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2019-11-22\n" + line + "\n---\nBody.\n");

        Assert.StartsWith(message, d.Message);
        Assert.DoesNotContain("valid keys", d.Message);
    }

    [Fact]
    public void A_pub_date_that_disagrees_with_the_date_says_so()
    {
        var errors = Errors("en/blog/x.md", "---\ntitle: X\ndate: 2025-10-31\npub-date: November 26\npub-year: 2025\n---\nBody.\n").Select(d => (d.Line, d.Message)).ToList();

        Assert.Equal(
            [
                (4, "unknown key `pub-date` for blog posts: `pub-date: November 26` with `pub-year: 2025` say 2025-11-26, but `date:` on line 3 says 2025-10-31: find out which is right, and if it is this one, write `date: 2025-11-26` on line 3; then delete the key"),
                (5, "unknown key `pub-year` for blog posts: `pub-date: November 26` with `pub-year: 2025` say 2025-11-26, but `date:` on line 3 says 2025-10-31: find out which is right, and if it is this one, write `date: 2025-11-26` on line 3; then delete the key"),
            ],
            errors);
    }

    [Fact]
    public void A_pub_year_that_disagrees_with_the_date_in_the_file_name_says_so()
    {
        var errors = Errors("en/blog/2020-02-06-gpu.md", "---\ntitle: X\npub-year: 2019\n---\nBody.\n").Select(d => d.Message).ToList();

        Assert.Contains("unknown key `pub-year` for blog posts: `pub-year: 2019`, but the date the file's name starts with says 2020-02-06: find out which year is right, and correct `date:` if it is this one; then delete the key", errors);
        Assert.Contains(errors, m => m.StartsWith("missing required key `date`", StringComparison.Ordinal));
    }

    [Fact]
    public void An_author_handle_beside_the_authors_name_is_deleted_keeping_the_name()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\nauthors: [kahirokunn]\nauthor handle: https://github.com/kahirokunn\ndate: 2026-05-07\n---\nBody.\n");

        Assert.Equal("unknown key `author handle` for blog posts: the author's address on the site the post comes from; this site shows authors by name only: keep the name in `authors:` (line 3 gives it) and delete this key", d.Message);
    }

    [Fact]
    public void A_long_description_is_told_to_rename_the_key_keeping_its_value()
    {
        // "write it as `summary`", followed as a line to paste in place of the key's line, lost KubeVirt's text and broke the YAML.
        var text = string.Join(' ', Enumerable.Repeat("KubeVirt runs virtual machines on Kubernetes.", 6));
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\ndescription: " + text + "\n---\nBody.\n");

        Assert.Equal("unknown key `description` for blog posts: rename the key to `summary`, keeping its value", d.Message);
        Assert.Equal((4, 1), (d.Line, d.Column));
    }

    [Fact]
    public void A_key_under_a_foreign_name_stands_in_so_the_body_and_the_translation_are_checked_in_the_same_run()
    {
        using var site = TestSite.With(
            ("en/blog/2023/x.md", "---\ntitle: X\npublishdate: 2023-03-01\n---\nSee [the docs](/docs/setup/install/).\n"),
            ("zh/blog/2023/x.md", "---\ntitle: X 中文\nqqq: 1\n---\n正文。\n"));

        var result = site.Load();

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Message)).ToList();
        Assert.Contains(("input/en/blog/2023/x.md", "unknown key `publishdate` for blog posts: write it as `date: 2023-03-01`"), errors);
        Assert.DoesNotContain(errors, e => e.Message.Contains("missing required key", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "input/zh/blog/2023/x.md" && e.Message.StartsWith("unknown key `qqq`", StringComparison.Ordinal));
        var post = Assert.IsType<PostPage>(result.Content!.Get("en", "blog/2023/x.md"));
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Contains(ContentRenderer.RenderAll(result.Content).Diagnostics, d => d.Message.StartsWith("link to unknown page /docs/setup/install/", StringComparison.Ordinal));
    }

    [Fact]
    public void Docsys_author_string_of_links_is_given_the_finished_authors_line()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nauthor: >-\n  [Reese Lee](https://github.com/reese) (New Relic), [Adriana Villela](https://github.com/avillela)\n  (ServiceNow)\n---\nBody.\n");
        Assert.Equal("unknown key `author` for blog posts: write it as `authors: [Reese Lee (New Relic), Adriana Villela (ServiceNow)]` (without the links: authors are shown as plain text)", d.Message);

        var renamed = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nauthors: \"[Liudmila Molkova](https://github.com/l)（微软）、[Trask Stalnaker](https://github.com/t)（微软）\"\n---\nBody.\n");
        Assert.Equal("`authors` is a list of names, shown as plain text: write `authors: [Liudmila Molkova（微软）, Trask Stalnaker（微软）]`", renamed.Message);
    }

    [Theory]
    [InlineData( // etcd: the last author had no profile link, and the list without him lost a co-author
        "\"[Han Kang](https://github.com/logicalhan), [Marek Siarkowicz](https://github.com/serathius), Frederico Muñoz\"",
        "`authors: [Han Kang, Marek Siarkowicz, Frederico Muñoz]` (without the links: authors are shown as plain text)")]
    [InlineData( // etcd: a company after a comma reads as the person's; the writer may still mean another author
        "\"[Gyuho Lee](https://github.com/gyuho), Amazon Web Services\"",
        "`authors: [Gyuho Lee (Amazon Web Services)]` (without the links: authors are shown as plain text); `Amazon Web Services` has no link, so it is read as Gyuho Lee's organisation: if it is another author, write `Gyuho Lee, Amazon Web Services` in place of `Gyuho Lee (Amazon Web Services)`")]
    [InlineData(
        "\"[Marek Siarkowicz](https://github.com/serathius), VMware by Broadcom, [Ann Lee](https://x.dev/ann)\"",
        "`authors: [Marek Siarkowicz (VMware by Broadcom), Ann Lee]` (without the links: authors are shown as plain text); `VMware by Broadcom` has no link, so it is read as Marek Siarkowicz's organisation: if it is another author, write `Marek Siarkowicz, VMware by Broadcom` in place of `Marek Siarkowicz (VMware by Broadcom)`")]
    [InlineData( // etcd: the company right after each link, with no separator, is that person's
        "\"[Benjamin Wang](https://github.com/ahrtr) Broadcom, [Josh Berkus](https://github.com/jberkus) Red Hat\"",
        "`authors: [Benjamin Wang (Broadcom), Josh Berkus (Red Hat)]` (without the links: authors are shown as plain text)")]
    [InlineData( // a name with its affiliation already given is followed by another person
        "\"By [Ann Lee](https://x.dev/ann) (Google), Bo Chen and [Cy Day](https://x.dev/cy)\"",
        "`authors: [Ann Lee (Google), Bo Chen, Cy Day]` (without the links: authors are shown as plain text)")]
    public void A_byline_of_links_keeps_every_person_and_affiliation_it_names(string value, string line)
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nauthor: " + value + "\n---\nBody.\n");

        Assert.Equal("unknown key `author` for blog posts: write it as " + line, d.Message);
    }

    [Theory]
    [InlineData("author: >\n  Ann Lee (Google),\n  Bo Chen (Red Hat)\n", "unknown key `author` for blog posts: write it as `authors: [Ann Lee (Google), Bo Chen (Red Hat)]`, in place of the key and the lines of its value under it")]
    [InlineData("author: |\n  Danna Wang (Google)\n  Sunny Song (Google)\n", "unknown key `author` for blog posts: write it as `authors: [Danna Wang (Google), Sunny Song (Google)]`, in place of the key and the lines of its value under it")]
    [InlineData("author: Junya Okabe / Satoshi Ono\n", "unknown key `author` for blog posts: write it as `authors: [Junya Okabe, Satoshi Ono]`")]
    [InlineData("authors: >\n  Peter Hunt (Red Hat)\n", "`authors` must be a list of names: write `authors: [Peter Hunt (Red Hat)]`, in place of the key and the lines of its value under it")]
    [InlineData("authors:\n  - name: Kevin Wang\n    title: Huawei Cloud\n    url: https://github.com/kevin-wangzefeng\n  - name: Yifan Shen\n", "`authors` is a list of names, shown as plain text (a Docusaurus author's `url` and picture are not shown): write `authors: [Kevin Wang (Huawei Cloud), Yifan Shen]`, in place of the key and the lines of its value under it")]
    public void A_byline_over_several_lines_is_split_into_names_and_no_message_holds_a_line_break(string line, string message)
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\n" + line + "---\nBody.\n");

        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("author: Avery Qi (Tongji University) Zhengxi Zhou (Alibaba Cloud)\n", "unknown key `author` for blog posts: write it as `authors: [Avery Qi (Tongji University), Zhengxi Zhou (Alibaba Cloud)]`")]
    [InlineData("author: Ann Lee (Google) Bo Chen\n", "unknown key `author` for blog posts: write it as `authors: [Ann Lee (Google), Bo Chen]`")]
    [InlineData("author: Ann Lee (Google) on behalf of SIG Docs\n", "unknown key `author` for blog posts: write it as `authors: [Ann Lee (Google) on behalf of SIG Docs]`")]
    [InlineData("authors: Avery Qi (Tongji University) Zhengxi Zhou (Alibaba Cloud)\n", "`authors` must be a list of names: write `authors: [Avery Qi (Tongji University), Zhengxi Zhou (Alibaba Cloud)]`")]
    public void Names_each_followed_by_an_affiliation_in_parentheses_are_several_authors(string line, string message)
    {
        // KubeVela's `author: Avery Qi (Tongji University) Zhengxi Zhou (Alibaba Cloud)` is two people, told as one.
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\n" + line + "---\nBody.\n");

        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void A_chinese_byline_of_names_with_full_width_affiliations_is_split_into_names()
    {
        // The real line: full-width parentheses, the last one closed with an ASCII `)`, and no comma between the two people.
        using var site = TestSite.With(
            ("en/blog/2022/x.md", "---\ntitle: X\ndate: 2022-01-01\n---\nBody.\n"),
            ("zh/blog/2022/x.md", "---\ntitle: X 中文\nauthor: Avery Qi（同济大学） 周正喜（阿里云)\n---\n正文。\n"),
            ("en/blog/2022/y.md", "---\ntitle: Y\ndate: 2022-01-02\n---\nBody.\n"),
            ("zh/blog/2022/y.md", "---\ntitle: Y 中文\nauthors: 周正喜（阿里云）孙健波（阿里云）\n---\n正文。\n"));

        var result = site.Load();

        var messages = result.Diagnostics.Where(d => d.IsError).Select(d => d.Message).ToList();
        Assert.Equal(
            [
                "unknown key `author` for blog posts: write it as `authors: [Avery Qi（同济大学）, 周正喜（阿里云)]`",
                "`authors` must be a list of names: write `authors: [周正喜（阿里云）, 孙健波（阿里云）]`",
            ],
            messages);
    }

    [Fact]
    public void A_translations_description_left_in_the_sources_language_is_told_to_be_translated_not_renamed()
    {
        // KubeVela's Chinese posts kept the English `description`: renamed as told, the Chinese list showed English summaries.
        using var site = TestSite.With(
            ("en/blog/2022/x.md", "---\ntitle: X\ndate: 2022-01-01\n---\nBody.\n"),
            ("zh/blog/2022/x.md", "---\ntitle: 将 Terraform 生态粘合到 Kubernetes 世界\ndescription: \"This article discusses how to Integrate terraform ecosystem with KubeVela.\"\n---\n正文。\n"),
            ("en/blog/2022/y.md", "---\ntitle: Y\ndate: 2022-01-02\n---\nBody.\n"),
            ("zh/blog/2022/y.md", "---\ntitle: Y 中文\ndescription: 如何在 20 分钟内给你的 K8s PaaS 上线一个新功能\n---\n正文。\n"),
            ("en/blog/2022/z.md", "---\ntitle: Z\ndate: 2022-01-03\n---\nBody.\n"),
            ("zh/blog/2022/z.md", "---\ntitle: Z 中文\nsummary: 中文摘要。\ndescription: The Extensible App Platform Based on Open Application Model and Kubernetes\n---\n正文。\n"));

        var result = site.Load();

        var messages = result.Diagnostics.Where(d => d.IsError).OrderBy(d => d.Path, StringComparer.Ordinal).Select(d => d.Message).ToList();
        Assert.Equal(
            [
                "unknown key `description` for blog posts: it is `summary` here, but its text is in English, the source's language, not in 中文: lists would show it to 中文 readers as it is; write its translation as `summary: …`, or delete the line, and lists show the page's own first paragraph",
                "unknown key `description` for blog posts: write it as `summary: 如何在 20 分钟内给你的 K8s PaaS 上线一个新功能`",
                "unknown key `description` for blog posts: it is `summary` here, but its text is in English, the source's language, not in 中文, and `summary:` on line 3 gives the page's summary already: delete the line",
            ],
            messages);
    }

    [Fact]
    public void A_list_example_never_carries_a_line_break_into_the_message()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\ntags: >\n  networking\n---\nBody.\n");

        Assert.Equal("`tags` must be a list, e.g. `tags: [networking]` or one `- item` per line", d.Message);
    }

    [Fact]
    public void A_translation_names_its_translators_and_kubernetes_translator_line_gets_the_finished_list()
    {
        using var site = TestSite.With(
            ("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\nBody.\n"),
            ("zh/blog/2024/x.md", "---\ntitle: X 中文\ntranslators: [Michael Yao]\n---\n正文。\n"),
            ("en/blog/2024/y.md", "---\ntitle: Y\ndate: 2024-01-02\n---\nBody.\n"),
            ("zh/blog/2024/y.md", "---\ntitle: Y 中文\ntranslator: >\n  [Michael Yao](https://github.com/windsonsea) (DaoCloud)\n---\n正文。\n"));

        var result = site.Load();

        Assert.Equal(["Michael Yao"], result.Content!.Get("zh", "blog/2024/x.md")!.Translators);
        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("unknown key `translator` for blog posts: write it as `translators: [Michael Yao (DaoCloud)]`, in place of the key and the lines of its value under it", d.Message);
    }

    [Fact]
    public void A_key_unknown_on_a_translation_is_told_as_on_its_source_without_a_puzzling_note()
    {
        // KubeVela: every key message on a Chinese file added "(translations give only words)", which said nothing to act on.
        using var site = TestSite.With(
            ("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\nhide_table_of_contents: false\n---\nBody.\n"),
            ("zh/blog/2024/x.md", "---\ntitle: X 中文\nhide_table_of_contents: false\n---\n正文。\n"));

        var errors = site.Load().Diagnostics.Where(d => d.IsError).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Equal(errors[0].Message, errors[1].Message);
        Assert.DoesNotContain("(translations", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translations_slug_is_told_that_its_url_is_its_sources()
    {
        using var site = TestSite.With(
            ("en/blog/2024/api-streaming.md", "---\ntitle: X\ndate: 2024-01-01\n---\nBody.\n"),
            ("zh/blog/2024/api-streaming.md", "---\ntitle: X 中文\nslug: kube-apiserver-api-streaming\n---\n正文。\n"));

        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);

        Assert.Equal("unknown key `slug` for blog posts: a translation's URL is its source page's (with the language's prefix): delete the key", d.Message);
    }

    [Fact]
    public void A_plain_text_of_authors_is_given_the_finished_list()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nauthors: Fabian Reinartz and Julius Volz\n---\nBody.\n");

        Assert.Equal("`authors` must be a list of names: write `authors: [Fabian Reinartz, Julius Volz]`", d.Message);
    }

    [Theory]
    [InlineData("params:\n  author:\n    name: Ann Lee\n    avatar: ann.png\n  showCover: true\n", "`params.author` is the byline: write it as `authors: [Ann Lee]`; `showCover`: this site shows no cover or thumbnail image (it draws each page's link-preview card itself); then delete the key")]
    [InlineData("params:\n  author: flynn\n  cover: cover.jpg\n  metaTitle: Short\n", "`params.author: flynn` names an entry of the origin site's list of authors (Hugo's data/authors file): write the name it stands for, `authors: [Full Name]`; `cover`: this site shows no cover or thumbnail image (it draws each page's link-preview card itself); `metaTitle` is read only by the origin site's theme; then delete the key")]
    [InlineData("params:\n  author: Ann Lee\n", "`params.author` is the byline: write it as `authors: [Ann Lee]`; then delete the key")]
    public void Hugos_params_map_is_opened_and_its_author_becomes_the_authors_line(string parameters, string advice)
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\n" + parameters + "---\nBody.\n");

        Assert.Equal("unknown key `params` for blog posts: Hugo's page parameters, read by the origin site's theme: " + advice, d.Message);
    }

    [Fact]
    public void A_slug_that_several_posts_of_a_folder_share_or_that_another_page_has_is_told_to_keep_the_name()
    {
        // Linkerd's monthly roundups: eight posts of 2024 with `slug: linkerd-edge-release-roundup`, which their dated URLs told apart.
        using var site = TestSite.With(
            ("en/blog/2024/0307-edge-release-roundup/index.md", "---\ntitle: March\ndate: 2024-03-07\nslug: linkerd-edge-release-roundup\n---\nText.\n"),
            ("en/blog/2024/0805-edge-release-roundup/index.md", "---\ntitle: August\ndate: 2024-08-05\nslug: Linkerd-Edge-Release-Roundup\n---\nText.\n"),
            ("en/blog/2024/taken.md", "---\ntitle: Taken\ndate: 2024-01-01\n---\nText.\n"),
            ("en/blog/2024/other.md", "---\ntitle: Other\ndate: 2024-01-02\nslug: taken\n---\nText.\n"));

        var errors = site.Load().Diagnostics.Where(d => d.IsError).ToList();

        Assert.Equal(3, errors.Count);
        Assert.Equal(("input/en/blog/2024/0307-edge-release-roundup/index.md", 4, 1), (errors[0].Path, errors[0].Line, errors[0].Column));
        Assert.Equal("unknown key `slug` for blog posts: 2 pages in `blog/2024/` have `slug: linkerd-edge-release-roundup` (their old URLs told them apart by date), and here a page's URL is its folder's name, so they cannot all take it: keep this folder's name and delete the key", errors[0].Message);
        Assert.Contains("2 pages in `blog/2024/` have `slug: linkerd-edge-release-roundup`", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("input/en/blog/2024/other.md", errors[2].Path);
        Assert.Equal("unknown key `slug` for blog posts: `blog/2024/taken.md` has that name already, and here a page's URL is its file's name: keep this file's name and delete the key", errors[2].Message);
    }

    [Fact]
    public void A_description_reported_as_summary_stands_in_for_it_so_that_no_summary_warning_repeats_it()
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\ndescription: What the post is about.\n---\n## First\n\nText.\n"));

        var result = site.Load();

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("write it as `summary: What the post is about.`", StringComparison.Ordinal));
        Assert.Equal("What the post is about.", result.Content!.Get("en", "blog/2024/x.md")!.Summary);
    }

    [Fact]
    public void Nanocs_created_at_is_one_error_with_its_date_and_not_the_date_in_the_file_name()
    {
        var d = SingleError("en/blog/2017-06-21-alpha.md", "---\ntitle: X\ncreated_at: 2017-06-22\n---\nBody.\n");

        Assert.Equal("unknown key `created_at` for blog posts: write it as `date: 2017-06-22`", d.Message);
    }

    [Theory]
    [InlineData("---\ntitle: X\n---\nSee [the docs](/docs/setup/).\n", "missing required key `date`")]
    [InlineData("---\ntitle: X\ndate: someday\n---\nSee [the docs](/docs/setup/).\n", "`date`")]
    [InlineData("---\ndate: 2023-03-01\n---\nSee [the docs](/docs/setup/).\n", "missing required key `title`")]
    public void A_post_missing_its_date_or_title_still_has_its_body_checked_in_the_same_run(string content, string frontMatterError)
    {
        using var site = TestSite.With(("en/blog/2023/x.md", content), ("zh/blog/2023/x.md", "---\nqqq: 1\n---\n见[文档](/docs/zh/)。\n"));

        var result = site.Load();

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path == "input/en/blog/2023/x.md" && d.Message.Contains(frontMatterError, StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path == "input/zh/blog/2023/x.md" && d.Message.StartsWith("missing required key `title`", StringComparison.Ordinal));
        var rendered = ContentRenderer.RenderAll(result.Content!).Diagnostics;
        Assert.Contains(rendered, d => d.Path == "input/en/blog/2023/x.md" && d.Message.StartsWith("link to unknown page /docs/setup/", StringComparison.Ordinal));
        Assert.Contains(rendered, d => d.Path == "input/zh/blog/2023/x.md" && d.Message.StartsWith("link to unknown page /docs/zh/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_dated_with_publishDate_is_told_to_write_date_once()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\npublishDate: 2020-01-01\n---\nBody.\n");

        Assert.Equal("unknown key `publishDate` for blog posts: write it as `date: 2020-01-01`", d.Message);
    }

    [Fact]
    public void A_foreign_key_whose_equivalent_the_page_type_lacks_gets_the_usual_message()
    {
        // Free pages have no `tags`: the hint would point at a key they refuse, so the valid keys are listed.
        var d = SingleError("en/pages/x.md", "---\ntitle: X\ncategories: [a]\n---\nBody.\n");

        Assert.DoesNotContain("write it as", d.Message);
        Assert.Contains("valid keys: title, summary, aliases", d.Message);
    }

    [Fact]
    public void MissingRequiredKeyIsAnError()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\n---\nBody.\n");
        Assert.Contains("missing required key `date`", d.Message);
        Assert.Equal(1, d.Line);
    }

    [Theory]
    [InlineData("en/blog/2021-08-30-performance-test.md", "; the file's name starts with a date, which dates a post on Docusaurus and Jekyll sites but not here: add `date: 2021-08-30`")]
    [InlineData("en/blog/2020/2020-12-7-kubevela.md", "; the file's name starts with a date, which dates a post on Docusaurus and Jekyll sites but not here: add `date: 2020-12-07`")]
    [InlineData("en/blog/2021-02-30-impossible.md", "")]
    [InlineData("en/blog/launch.md", "")]
    public void AMissingDateNamesTheDateAFileNameStartsWith(string path, string hint)
    {
        var d = SingleError(path, "---\ntitle: X\n---\nBody.\n");
        Assert.Equal("missing required key `date` (blog posts need `title`, `date`)" + hint, d.Message);
    }

    [Fact]
    public void MissingFrontMatterIsAnError()
    {
        var d = SingleError("en/pages/x.md", "Just text.\n");
        Assert.Equal("missing front matter: start the file with the lines `---`, `title: …`, `---` (give the page its title)", d.Message);
    }

    [Theory]
    [InlineData("en/blog/2024-09-13-karmada-v1.11/index.md", "# Karmada v1.11: Cross-cluster Rolling Upgrades\n\nKarmada is here.\n",
        "missing front matter: start the file with the lines `---`, `title: \"Karmada v1.11: Cross-cluster Rolling Upgrades\"`, `date: 2024-09-13`, `---` (the title is the body's `# ` line, which is then left out as a repeat; the date is the one its name starts with)")]
    [InlineData("en/blog/2024/x.md", "Text.\n", "missing front matter: start the file with the lines `---`, `title: …`, `date: …`, `---` (give the page its title, and the post its date)")]
    [InlineData("en/projects/envoy.md", "# Envoy\n\nA proxy.\n", "missing front matter: start the file with the lines `---`, `title: Envoy`, `maturity: …`, `category: …`, `---` (the title is the body's `# ` line, which is then left out as a repeat)")]
    public void Missing_front_matter_is_told_the_lines_to_write_with_what_the_file_already_says(string path, string content, string message)
    {
        Assert.Equal(message, SingleError(path, content).Message);
    }

    [Theory]
    [InlineData("# Knative and Restate\n\n**Author: [Giselle van Dongen](https://github.com/gvdongen), Software Engineer @ Restate**\n\nText.\n",
        "missing front matter: start the file with the lines `---`, `title: Knative and Restate`, `date: …`, `authors: [Giselle van Dongen]`, `---` (the title is the body's `# ` line, which is then left out as a repeat; the authors are those of the body's line 3, which you then delete; give the post its date)")]
    [InlineData("# A post\n\nText.\n\n#### _Author: Charity Mbisi, Isovalent_\n",
        "missing front matter: start the file with the lines `---`, `title: A post`, `date: …`, `authors: [Charity Mbisi]`, `---` (the title is the body's `# ` line, which is then left out as a repeat; the authors are those of the body's line 5, which you then delete; give the post its date)")]
    public void Missing_front_matter_of_a_post_that_names_its_authors_in_the_body_gets_the_authors_line(string content, string message)
    {
        Assert.Equal(message, SingleError("en/blog/restate.md", content).Message);
    }

    [Theory]
    [InlineData("**Author:** Jane Doe\n\nText.\n", 5, "authors: [Jane Doe]")]
    [InlineData("Text.\n\n*By Jane Doe and John Roe*\n", 7, "authors: [Jane Doe, John Roe]")]
    [InlineData("作者：张三\n\n正文。\n", 5, "authors: [张三]")]
    public void A_post_without_authors_that_names_them_in_the_body_is_told_the_authors_line(string body, int line, string authors)
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\n" + body));

        var d = Assert.Single(site.Load().Diagnostics, d => d.Message.Contains("names the post's authors", StringComparison.Ordinal));

        Assert.Equal((Severity.Warning, line, 1), (d.Severity, d.Line, d.Column));
        Assert.Equal($"this line names the post's authors, whom lists, feeds and the page's byline take from the front matter: write `{authors}` there, and delete this line", d.Message);
    }

    [Theory]
    [InlineData("Text.\n\n**Author**: Ronak Raj\n\n---\n", 8, "delete this line and line 10, the `---` rule that would be left at the end of the post")]
    [InlineData("Text.\n\n***\n\n**Author**: Ronak Raj\n", 10, "delete this line and line 8, the `***` rule that would be left at the end of the post")]
    [InlineData("Text.\n\n---\n\n**Author**: Ronak Raj\n\n---\n", 10, "delete this line and lines 8 and 12, the rules that would be left at the end of the post")]
    [InlineData("**Author**: Ronak Raj\n\n---\n\nText.\n", 6, "delete this line and line 8, the `---` rule that would be left at the top of the post")]
    [InlineData("# X\n\n**Author**: Ronak Raj\n\n* * *\n\nText.\n", 8, "delete this line and line 10, the `* * *` rule that would be left at the top of the post")]
    [InlineData("Text.\n---\n\n**Author**: Ronak Raj\n", 9, "delete this line")]
    [InlineData("Text.\n\n---\n\n**Author**: Ronak Raj\n\nMore text.\n", 10, "delete this line")]
    public void A_byline_set_apart_by_a_rule_at_the_end_or_the_top_is_told_to_delete_the_rule_too(string body, int line, string advice)
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\nauthors: [Ronak Raj]\n---\n" + body));

        var d = Assert.Single(site.Load().Diagnostics, d => d.Message.Contains("names the post's authors", StringComparison.Ordinal));

        Assert.Equal(line, d.Line);
        Assert.Equal("this line names the post's authors, whom the front matter gives already and the page shows under its title: " + advice, d.Message);
    }

    [Fact]
    public void A_byline_without_authors_in_the_front_matter_is_told_to_delete_its_trailing_rule_too()
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\nText.\n\n**Author**: Ronak Raj\n\n---\n"));

        var d = Assert.Single(site.Load().Diagnostics, d => d.Message.Contains("names the post's authors", StringComparison.Ordinal));

        Assert.Equal("this line names the post's authors, whom lists, feeds and the page's byline take from the front matter: write `authors: [Ronak Raj]` there, and delete this line and line 9, the `---` rule that would be left at the end of the post", d.Message);
    }

    [Theory]
    [InlineData("", "By default, the controller retries.\n")]
    [InlineData("", "Text.\n\nBy using this feature you agree.\n")]
    [InlineData("", "## Authors: a guide\n\nWriting about authors and how they write the things they write about.\n")]
    public void A_post_without_a_byline_gets_no_authors_advice(string key, string body)
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n" + key + "---\n" + body));

        Assert.DoesNotContain(site.Load().Diagnostics, d => d.Message.Contains("names the post's authors", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en/blog/2020/x.md", "---\ntitle: \"Extend KubeVela by CUE\"\ndate: 2020-12-01\nsummary: \"Extend KubeVela by CUE.\"\n---\nText.\n", 4)]
    [InlineData("zh/blog/2020/x.md", "---\ntitle: 如何在 20 分钟内上线一个新功能\nsummary: 如何在 20 分钟内上线一个新功能。\n---\n正文。\n", 3)]
    public void A_summary_that_repeats_the_title_is_a_warning(string path, string content, int line)
    {
        using var site = TestSite.With(("en/blog/2020/x.md", "---\ntitle: X\ndate: 2020-12-01\n---\nText.\n"), (path, content));

        var d = Assert.Single(site.Load().Diagnostics, d => d.Message.Contains("repeats the title", StringComparison.Ordinal));

        Assert.Equal((Severity.Warning, path, line), (d.Severity, d.Path[(d.Path.IndexOf("/input/", StringComparison.Ordinal) + 7)..], d.Line));
        Assert.Equal("`summary` repeats the title, which lists show right above it: write in a sentence or two what the page is about, or delete the line, and lists show the page's opening paragraph", d.Message);
    }

    [Fact]
    public void A_description_that_repeats_the_title_is_told_to_go_not_to_become_the_summary()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: KubeVela 1.2 released\ndate: 2020-01-01\ndescription: KubeVela 1.2 Released\n---\nBody.\n");

        Assert.Equal("unknown key `description` for blog posts: it is `summary` here, but it repeats the title, which lists show right above the summary: delete the line, and lists show the page's opening paragraph", d.Message);
    }

    [Theory]
    [InlineData( // etcd: the note opened the post, so lists showed it as the summary
        "*This is a post from the [CNCF blog](https://www.cncf.io/blog/2025/09/25/x/) which we are sharing with our community as well.*\n\nText.\n",
        5, "https://www.cncf.io/blog/2025/09/25/x/")]
    [InlineData( // Chaos Mesh
        "Text.\n\n**Originally published at _[The New Stack](https://thenewstack.io/develop-a-daily-reporting-system/)_.**\n",
        7, "https://thenewstack.io/develop-a-daily-reporting-system/")]
    [InlineData( // Volcano
        "# 标题\n\n>本文2019年11月6日首发于容器魔方微信公众号，原文链接[百度飞桨分布式训练](https://mp.weixin.qq.com/s/SnUUEEy9OfNghzoel7FtUg)\n\n正文。\n",
        7, "https://mp.weixin.qq.com/s/SnUUEEy9OfNghzoel7FtUg")]
    [InlineData("Text.\n\nCross-posted from <https://example.dev/blog/x/>\n", 7, "https://example.dev/blog/x/")]
    public void A_line_saying_where_the_post_was_first_published_is_told_to_become_its_original_url(string body, int line, string url)
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\n" + body));

        var d = Assert.Single(site.Load().Diagnostics, d => d.Message.Contains("first published", StringComparison.Ordinal));

        Assert.Equal((Severity.Warning, line, 1), (d.Severity, d.Line, d.Column));
        Assert.Equal($"this line says where the post was first published: write `originalUrl: {url}` in the front matter, and the page shows \"Originally published at\" with that address under the post; then delete this line", d.Message);
    }

    [Theory]
    [InlineData("https://thenewstack.io/x", "this line says where the post was first published, which `originalUrl:` gives already and the page shows under the post: delete this line")]
    [InlineData("https://example.dev/y/", "this line says the post was first published at https://thenewstack.io/x/, but `originalUrl:` gives https://example.dev/y/: keep the right address in `originalUrl:`, which the page shows under the post, and delete this line")]
    public void A_first_published_line_beside_an_original_url_is_told_to_go(string originalUrl, string message)
    {
        using var site = TestSite.With(("en/blog/2024/x.md", $"---\ntitle: X\ndate: 2024-01-01\noriginalUrl: {originalUrl}\n---\nOriginally published at [The New Stack](https://thenewstack.io/x/).\n\nText.\n"));

        var d = Assert.Single(site.Load().Diagnostics, d => d.Message.Contains("first published", StringComparison.Ordinal));

        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("The range stream feature, originally outlined in the [v3.5 blog](https://etcd.io/blog/2021/x/), remains an idea.\n\nText.\n")]
    [InlineData("This update ends support for v3.4, originally [released in August 2019](https://kubernetes.io/blog/2019/08/30/x/).\n")]
    [InlineData("Originally published at [A](https://a.dev/x/) and [B](https://b.dev/x/).\n\nText.\n")]
    [InlineData("Text.\n\nMore.\n\nAnd more.\n\nStill more.\n\nThe middle, first published at [A](https://a.dev/x/), is far from both ends.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n")]
    public void A_post_that_only_mentions_another_site_gets_no_original_url_advice(string body)
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\n" + body));

        Assert.DoesNotContain(site.Load().Diagnostics, d => d.Message.Contains("first published", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("authors: [Jane Doe]\n", "**Author:** Jane Doe\n\nText.\n", 6, "this line names the post's authors, whom the front matter gives already and the page shows under its title: delete this line")]
    [InlineData("author: kahirokunn\n", "**Author: [kahirokunn](https://github.com/kahirokunn)**\n\nText.\n", 6, "this line names the post's authors, whom the front matter gives already and the page shows under its title: delete this line")]
    [InlineData("", "**Authors: Pierangelo Di Pilato, Senior Software Engineer @ Red Hat, Matthias Weßendorf, Senior\nPrincipal Software Engineer @ Red Hat**\n\nText.\n", 5, "these 2 lines name the post's authors, whom lists, feeds and the page's byline take from the front matter: write `authors: [Pierangelo Di Pilato, Matthias Weßendorf]` there, and delete them")]
    [InlineData("", "Text.\n\n*By Ben Moss (VMware), Mauricio Salatino @Camunda*\n", 7, "this line names the post's authors, whom lists, feeds and the page's byline take from the front matter: write `authors: [Ben Moss, Mauricio Salatino]` there, and delete this line")]
    public void A_byline_in_the_body_is_told_to_go_to_the_front_matter_or_to_go_when_it_is_there(string key, string body, int line, string message)
    {
        using var site = TestSite.With(("en/blog/2024/x.md", "---\ntitle: X\ndate: 2024-01-01\n" + key + "---\n" + body));

        var d = Assert.Single(site.Load().Diagnostics, d => d.Message.Contains("the post's authors", StringComparison.Ordinal));

        Assert.Equal((Severity.Warning, line, 1), (d.Severity, d.Line, d.Column));
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void A_post_without_front_matter_and_its_translation_are_still_built_so_that_their_bodies_are_checked_in_the_same_run()
    {
        using var site = TestSite.With(
            ("en/blog/2024-09-13-karmada-v1.11/index.md", "# Karmada v1.11\n\nSee ![diagram](./img/missing.png).\n"),
            ("zh/blog/2024-09-13-karmada-v1.11/index.md", "# Karmada v1.11 发布\n\n见 ![示意图](./img/missing.png)。\n"));

        var result = site.Load();

        var en = result.Content!.Get("en", "blog/2024-09-13-karmada-v1.11.md")!;
        Assert.Equal(("Karmada v1.11", new DateTimeOffset(2024, 9, 13, 0, 0, 0, TimeSpan.Zero)), (en.Title, ((PostPage)en).Date));
        var zh = result.Content.Get("zh", "blog/2024-09-13-karmada-v1.11.md")!;
        Assert.Equal(("Karmada v1.11 发布", false), (zh.Title, zh.IsFallback));
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Message)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(("input/zh/blog/2024-09-13-karmada-v1.11/index.md", "missing front matter: a translation starts with the lines `---`, `title: Karmada v1.11 发布`, `---` (the title is the body's `# ` line, which is then left out as a repeat)"), errors);
        var images = ContentRenderer.RenderAll(result.Content).Diagnostics.Where(d => d.Message.Contains("missing.png", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, images.Count);
    }

    [Theory]
    [InlineData("en/blog/2024/club.md", "------\ntitle: Club\ndate: 2024-02-22\n---\nBody.\n", "front matter opens with `------`: the first line must be exactly `---`")]
    [InlineData("en/pages/about.md", "-----\r\ntitle: 关于\r\n---\r\n正文。\r\n", "front matter opens with `-----`: the first line must be exactly `---`")]
    [InlineData("en/pages/x.md", "+++\ntitle = \"X\"\n+++\nBody.\n", "front matter in TOML (between `+++` lines, a Hugo form) is not read here: write it as YAML between `---` lines (`title = \"X\"` becomes `title: X`)")]
    public void FrontMatterInAFormHugoAcceptsIsAnErrorThatSaysWhatToChange(string path, string content, string message)
    {
        var d = SingleError(path, content);
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void AHomePageThatOpensWithARuleIsNotTakenForFrontMatter()
    {
        Assert.Empty(Errors("en/_index.md", "-----\n\nWelcome: this site is new.\n"));
    }

    [Fact]
    public void UnterminatedFrontMatterIsAnError()
    {
        var d = SingleError("en/pages/x.md", "---\ntitle: X\n\nBody without a closing fence.\n");
        Assert.Contains("front matter is not closed", d.Message);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void MalformedYamlPointsAtTheFileLine()
    {
        var d = SingleError("en/pages/x.md", "---\ntitle: X\nsummary: [unclosed\n---\nBody.\n");
        Assert.Contains("not valid YAML", d.Message);
        Assert.InRange(d.Line, 3, 4);
    }

    [Fact]
    public void DuplicateKeyIsAnErrorThatNamesTheKeyAndItsFirstLine()
    {
        var d = SingleError("en/pages/x.md", "---\ntitle: X\nsummary: A\ntitle: Y\n---\nBody.\n");
        Assert.Equal("duplicate key `title`: line 2 gives it already as `X`, and this line as `Y`: keep the line whose value is right and delete the other", d.Message);
        Assert.Equal(4, d.Line);
    }

    [Theory]
    [InlineData("date: '/blog/2024/10/04/cilium-kubecon-na-2024'\ntitle: X\ndate: 2024-10-04\n", "duplicate key `date`: line 2 gives it already as `/blog/2024/10/04/cilium-kubecon-na-2024`, which is not a date, and this line as `2024-10-04`: delete line 2")]
    [InlineData("date: 2024-10-04\ntitle: X\ndate: /blog/x\n", "duplicate key `date`: line 2 gives it already as `2024-10-04`, and this line as `/blog/x`, which is not a date: delete this line")]
    [InlineData("date: 2024-10-04\ntitle: X\ndate: 2024-10-04\n", "duplicate key `date`: line 2 gives it already, with the same value: delete this line")]
    [InlineData("tags: [cilium, ebpf]\ntitle: X\ntags: [Community, eBPF]\n", "duplicate key `tags`: line 2 gives it already: merge the two lists into one line, `tags: [cilium, ebpf, Community]`, in place of line 2, and delete this line")]
    [InlineData("tags:\n  - Community\ntitle: X\ntags:\n  - Cilium\n", "duplicate key `tags`: line 2 gives it already: merge the two lists into one line, `tags: [Community, Cilium]`, in place of line 2 and the lines of its value under it, and delete this key and the lines of its value under it")]
    [InlineData("summary: >\n  One.\ntitle: X\nsummary: Two.\n", "duplicate key `summary`: line 2 gives it already; keep one of the two")]
    public void A_duplicate_key_shows_both_values_and_which_one_is_valid(string lines, string message)
    {
        var d = Assert.Single(Errors("en/blog/2024/x.md", "---\n" + lines + "---\nBody.\n"), e => e.Message.StartsWith("duplicate key", StringComparison.Ordinal));

        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void Every_duplicate_key_of_a_file_is_reported_in_one_run()
    {
        // Cilium's posts showed their duplicate `date` in one round and their duplicate `tags` only in the next.
        var errors = Errors("en/blog/x.md", "---\ntitle: X\ndate: '/blog/2024/10/04/x'\ntags: [a]\ndate: 2024-10-04\ntags: [b]\n---\nBody.\n");

        Assert.Equal(
            [
                (5, "duplicate key `date`: line 3 gives it already as `/blog/2024/10/04/x`, which is not a date, and this line as `2024-10-04`: delete line 3"),
                (6, "duplicate key `tags`: line 4 gives it already: merge the two lists into one line, `tags: [a, b]`, in place of line 4, and delete this line"),
            ],
            errors.Select(d => (d.Line, d.Message)));
    }

    [Fact]
    public void Every_key_given_twice_is_reported_and_read_with_its_last_value_so_that_the_other_keys_and_the_body_are_checked_in_the_same_run()
    {
        using var site = TestSite.With(("en/blog/2024/x.md",
            "---\ntitle: X\ndate: 2024-01-02\ntags: [a]\ndate: 2024-01-03\nogImage: y.png\ntags:\n- b\n- c\n---\nSee ![gone](/assets/missing.png).\n"));

        var result = site.Load();

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Line, d.Column, d.Message)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal((5, 1, "duplicate key `date`: line 3 gives it already as `2024-01-02`, and this line as `2024-01-03`: keep the line whose value is right and delete the other"), errors[0]);
        Assert.Equal((6, 1), (errors[1].Line, errors[1].Column));
        Assert.StartsWith("unknown key `ogImage`", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal((7, 1, "duplicate key `tags`: line 4 gives it already: merge the two lists into one line, `tags: [a, b, c]`, in place of line 4, and delete this key and the lines of its value under it"), errors[2]);
        var post = (PostPage)result.Content!.Get("en", "blog/2024/x.md")!;
        Assert.Equal(new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Equal(["b", "c"], post.Tags);
        var image = Assert.Single(ContentRenderer.RenderAll(result.Content).Diagnostics, d => d.IsError);
        Assert.Equal((11, "image /assets/missing.png does not exist"), (image.Line, image.Message[.."image /assets/missing.png does not exist".Length]));
    }

    [Fact]
    public void Front_matter_that_is_not_valid_yaml_has_its_other_keys_and_its_body_checked_in_the_same_run()
    {
        // KubeVirt's: a quoted value continued on an unindented line.
        using var site = TestSite.With(("en/blog/2020/x.md",
            "---\nlayout: post\ndescription: \"The talk is called\nKubeVirt Deep Dive: GPU Workloads\"\nnavbar_active: Blogs\ntitle: Deep dive\n---\nSee ![gone](/assets/missing.png).\n"));

        var result = site.Load();

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Line, d.Column, d.Message)).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Equal((1, 1), (errors[0].Line, errors[0].Column));
        Assert.StartsWith("missing required key `date`", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("unknown key `layout`", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal((4, 1), (errors[2].Line, errors[2].Column));
        Assert.Equal("front matter is not valid YAML: the quoted value of `description` (line 3) goes on at line 4 without indentation: indent line 4 by two spaces, or join it to line 3", errors[2].Message);
        Assert.Equal(5, errors[3].Line);
        Assert.StartsWith("unknown key `navbar_active`", errors[3].Message, StringComparison.Ordinal);
        Assert.Equal("Deep dive", result.Content!.Get("en", "blog/2020/x.md")!.Title);
        var image = Assert.Single(ContentRenderer.RenderAll(result.Content).Diagnostics, d => d.IsError);
        Assert.Equal(8, image.Line);
    }

    [Fact]
    public void A_translation_whose_title_is_not_valid_yaml_is_not_told_it_lacks_one_and_has_its_body_checked()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: \"Linkerd 基准\n测试\"\n---\n见 ![图](/assets/missing.png)。\n"));

        var result = site.Load();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.StartsWith("front matter is not valid YAML: the quoted value of `title` (line 2) goes on at line 3 without indentation", error.Message, StringComparison.Ordinal);
        Assert.False(result.Content!.Get("zh", "blog/2019/linkerd-benchmarks.md")!.IsFallback);
        Assert.Single(ContentRenderer.RenderAll(result.Content).Diagnostics, d => d.IsError && d.Path == "input/zh/blog/2019/linkerd-benchmarks.md");
    }

    [Fact]
    public void AListExampleQuotesAValueThatACommaWouldCutInTwo()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nauthors: \"Craig Box (ARMO), for the Istio Product Security Working Group\"\n---\nBody.\n");
        Assert.Equal("`authors` must be a list of names: write `authors: [\"Craig Box (ARMO), for the Istio Product Security Working Group\"]`", d.Message);

        var plain = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\nauthors: Ada Lovelace\n---\nBody.\n");
        Assert.Contains("write `authors: [Ada Lovelace]`", plain.Message);
    }

    [Fact]
    public void ListGivenAsAStringIsAnError()
    {
        var d = SingleError("en/blog/x.md", "---\ntitle: X\ndate: 2020-01-01\ntags: kubernetes\n---\nBody.\n");
        Assert.Equal((4, 7), (d.Line, d.Column));
        Assert.Contains("`tags` must be a list", d.Message);
    }

    [Fact]
    public void StringGivenAsAListIsAnError()
    {
        var d = SingleError("en/pages/x.md", "---\ntitle: [a, b]\n---\nBody.\n");
        Assert.Contains("`title` must be a single text value, not a list", d.Message);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2019-02-30")]
    [InlineData("30/05/2019")]
    public void NonDateIsAnError(string value)
    {
        var d = SingleError("en/blog/x.md", $"---\ntitle: X\ndate: {value}\n---\nBody.\n");
        Assert.Contains("`date` must be an ISO date", d.Message);
        Assert.Equal(3, d.Line);
    }

    [Theory]
    [InlineData("2021-10-01 8:30:00+00:00", "2021-10-01T08:30:00+00:00")]
    [InlineData("2022-3-9", "2022-03-09")]
    public void A_date_that_is_nearly_iso_is_told_the_value_to_write(string value, string iso)
    {
        var d = SingleError("en/blog/x.md", $"---\ntitle: X\ndate: {value}\n---\nBody.\n");

        Assert.EndsWith($"not `{value}`: write `date: {iso}`", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("\"true\"")]
    public void DraftMustBeTrueOrFalse(string value)
    {
        var d = SingleError("en/blog/x.md", $"---\ntitle: X\ndate: 2020-01-01\ndraft: {value}\n---\nBody.\n");
        Assert.Contains("`draft` must be `true` or `false`", d.Message);
    }

    [Fact]
    public void InvalidMaturitySuggestsTheNearestLevel()
    {
        var d = SingleError("en/projects/envoy.md", "---\ntitle: Envoy\nmaturity: graduted\ncategory: service-mesh\n---\nBody.\n");
        Assert.Contains("did you mean `graduated`?", d.Message);
        Assert.Equal((3, 11), (d.Line, d.Column));
    }

    [Fact]
    public void InvalidKindIsAnError()
    {
        var d = SingleError("en/sigs/x.md", "---\ntitle: X\nkind: team\n---\nBody.\n");
        Assert.Contains("`kind: team` is not valid", d.Message);
    }

    [Fact]
    public void ScriptUrlInFrontMatterIsRefused()
    {
        var d = SingleError("en/projects/envoy.md", "---\ntitle: Envoy\nmaturity: graduated\ncategory: service-mesh\nhomepage: javascript:alert(1)\n---\nBody.\n");
        Assert.Contains("`homepage` must be an absolute http(s) URL", d.Message);
    }

    [Fact]
    public void OrderMustBeANumber()
    {
        var d = SingleError("en/categories/x.md", "---\ntitle: X\norder: first\n---\nBody.\n");
        Assert.Contains("`order` must be a whole number", d.Message);
    }

    [Fact]
    public void EmptyTitleIsAnError()
    {
        var d = SingleError("en/pages/x.md", "---\ntitle:\n---\nBody.\n");
        Assert.Contains("`title` is empty", d.Message);
    }

    [Fact]
    public void DatesWithTimeAndOffsetAreAccepted()
    {
        using var site = TestSite.With(
            ("en/blog/a.md", "---\ntitle: A\ndate: 2019-05-30T14:00:00+02:00\n---\nA.\n"),
            ("en/blog/b.md", "---\ntitle: B\ndate: 2019-05-30 10:00:00\n---\nB.\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        var a = (Site.Content.Model.PostPage)result.Content!.Get("en", "blog/a.md")!;
        Assert.Equal(new DateTimeOffset(2019, 5, 30, 14, 0, 0, TimeSpan.FromHours(2)), a.Date);
        var b = (Site.Content.Model.PostPage)result.Content!.Get("en", "blog/b.md")!;
        Assert.Equal(TimeSpan.Zero, b.Date.Offset);
    }

    [Fact]
    public void ByteOrderMarkAndCrlfAreAccepted()
    {
        using var site = TestSite.With();
        var text = "---\r\ntitle: About\r\nsummary: Who we are\r\n---\r\n\r\nSee [x](/nope/).\r\n";
        site.WriteBytes("en/pages/about.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        var page = result.Content!.Get("en", "pages/about.md")!;
        Assert.Equal("About", page.Title);
        Assert.Equal(5, page.BodyStartLine);
        Assert.DoesNotContain('\r', page.Body);

        // Line numbers of the body still match the file.
        var rendered = Site.Content.Markdown.ContentRenderer.RenderAll(result.Content);
        var link = Assert.Single(rendered.Diagnostics);
        Assert.Equal(6, link.Line);
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsLine()
    {
        using var site = TestSite.With();
        site.WriteBytes("en/pages/bad.md", [.. Encoding.UTF8.GetBytes("---\ntitle: Bad\n---\nab"), 0xC3, 0x28, .. "\n"u8.ToArray()]);
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.True(d.IsError);
        Assert.Equal("input/en/pages/bad.md", d.Path);
        Assert.Equal((4, 3), (d.Line, d.Column));
        Assert.Contains("not valid UTF-8", d.Message);
    }
}

public sealed class ProjectDateTests
{
    [Fact]
    public void LevelDatesOutOfOrderAreAWarning()
    {
        using var site = TestSite.With(("en/projects/x.md", "---\ntitle: X\nmaturity: graduated\ncategory: service-mesh\naccepted: 2020-01-01\ngraduated: 2019-01-01\n---\nX.\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.False(d.IsError);
        Assert.Equal(6, d.Line);
        Assert.Contains("earlier than `accepted`", d.Message);
    }

    [Fact]
    public void TranslatedTagWithoutLettersIsAnError()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: 基准\ntags: [\"!!\"]\n---\n正文。\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.True(d.IsError);
        Assert.Contains("has no letters or digits", d.Message);
    }
}
