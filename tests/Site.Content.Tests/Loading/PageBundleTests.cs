using Site.Content.Loading;
using Site.Content.Markdown;

namespace Site.Content.Tests.Loading;

/// <summary>
/// A folder's `index.md` is the page named after the folder (Hugo's page bundle), and the files beside it are
/// published beside the page, in every language that shows it.
/// </summary>
public sealed class PageBundleTests
{
    private const string Post = "---\ntitle: KWOK\ndate: 2023-03-01\n---\nKWOK fakes nodes.\n\n![Diagram](diagram.png)\n\n![Shot](images/shot.png)\n";

    private static string[] UrlsOf(ContentSet content, string file) =>
        [.. content.Assets.Where(a => a.FullPath.EndsWith(file, StringComparison.Ordinal)).Select(a => a.Url).Order(StringComparer.Ordinal)];

    [Fact]
    public void AFoldersIndexIsThePageNamedAfterTheFolder()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post));

        var result = site.Load();

        Assert.Empty(result.Diagnostics);
        var page = result.Content!.Get("en", "blog/2023/kwok.md");
        Assert.NotNull(page);
        Assert.Equal("/blog/2023/kwok/", page.Url);
        Assert.Equal("input/en/blog/2023/kwok/index.md", page.SourcePath);
        Assert.Same(page, result.Content.ByUrl("/blog/2023/kwok/"));
    }

    [Fact]
    public void FilesBesideTheIndexArePublishedBesideThePageInEveryLanguage()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post), ("en/blog/2023/kwok/diagram.png", "png"), ("en/blog/2023/kwok/images/shot.png", "png"));

        var result = site.Load();

        Assert.Empty(result.Diagnostics);
        var content = result.Content!;
        Assert.Equal(["/blog/2023/kwok/diagram.png", "/zh/blog/2023/kwok/diagram.png"], UrlsOf(content, "diagram.png"));
        Assert.Equal(["/blog/2023/kwok/images/shot.png", "/zh/blog/2023/kwok/images/shot.png"], UrlsOf(content, "shot.png"));
        Assert.All(content.Assets.Where(a => a.BundleOf is not null), a => Assert.Equal("blog/2023/kwok.md", a.BundleOf));
        Assert.Contains("/zh/blog/2023/kwok/diagram.png", content.OutputUrls);
        Assert.DoesNotContain(content.Assets, a => a.IsLogo);
    }

    [Fact]
    public void RelativeImagesOfABundleResolveInTheSourceAndInItsFallback()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post), ("en/blog/2023/kwok/diagram.png", "png"), ("en/blog/2023/kwok/images/shot.png", "png"));
        var content = site.Load().Content!;
        Assert.True(content.Get("zh", "blog/2023/kwok.md")!.IsFallback);

        Assert.Empty(ContentRenderer.RenderAll(content).Diagnostics);
    }

    [Fact]
    public void ARelativeImageMissingFromTheBundleIsStillAnError()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post), ("en/blog/2023/kwok/diagram.png", "png"));

        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.True(d.IsError);
        Assert.Equal("input/en/blog/2023/kwok/index.md", d.Path);
        Assert.StartsWith("image /blog/2023/kwok/images/shot.png does not exist: put it beside input/en/blog/2023/kwok/index.md, as `images/shot.png` (the files of a page bundle are published with its page)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_bundle_image_is_never_offered_another_posts_picture_but_told_that_one_of_a_near_name_belongs_to_it()
    {
        // Cilium's KubeCon EU 26 post lacked ciliumcon.jpeg; the KubeCon NA post's ciliumcon.jpg, offered as "did you mean",
        // put a photo of another event on the page.
        using var site = TestSite.With(
            ("en/blog/2025/kubecon-eu-26/index.md", "---\ntitle: EU 26\ndate: 2025-01-23\n---\nAtlanta.\n\n![CiliumCon](ciliumcon.jpeg)\n"),
            ("en/blog/2025/kubecon-na-2025/index.md", "---\ntitle: NA 25\ndate: 2025-08-20\n---\nLondon.\n\n![CiliumCon](ciliumcon.jpg)\n"),
            ("en/blog/2025/kubecon-na-2025/ciliumcon.jpg", "jpg"));

        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.Equal(
            "image /blog/2025/kubecon-eu-26/ciliumcon.jpeg does not exist: put it beside input/en/blog/2025/kubecon-eu-26/index.md, as `ciliumcon.jpeg`"
            + " (the files of a page bundle are published with its page); /blog/2025/kubecon-na-2025/ciliumcon.jpg, of a near name, belongs to another page"
            + " (input/en/blog/2025/kubecon-na-2025/index.md): copy it beside this page only if it is the same picture",
            d.Message);
    }

    [Fact]
    public void A_missing_bundle_image_is_offered_a_near_name_of_its_own_bundle_or_of_input_assets_not_of_another_bundle()
    {
        using var site = TestSite.With(
            ("en/blog/2025/kubecon-eu-26/index.md", "---\ntitle: EU 26\ndate: 2025-01-23\n---\n![Hall](images/exhibit-hall.png)\n\n![Booth](booth.png)\n"),
            ("en/blog/2025/kubecon-eu-26/images/exhibit-hall.jpg", "jpg"),
            ("en/blog/2025/kubecon-na-2025/index.md", "---\ntitle: NA 25\ndate: 2025-08-20\n---\n![Hall](images/exhibit-hall.png)\n\n![Booth](booth.png)\n"),
            ("en/blog/2025/kubecon-na-2025/images/exhibit-hall.png", "png"),
            ("en/blog/2025/kubecon-na-2025/booth.png", "png"),
            ("assets/img/booth-1.png", "png"));

        var messages = ContentRenderer.RenderAll(site.Load().Content!).Diagnostics.Where(d => d.IsError).Select(d => d.Message).ToList();

        Assert.Equal(2, messages.Count);
        Assert.EndsWith("; did you mean /blog/2025/kubecon-eu-26/images/exhibit-hall.jpg?", messages[0], StringComparison.Ordinal);
        Assert.EndsWith("; did you mean /assets/img/booth-1.png?", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_bundle_image_is_not_offered_a_file_whose_name_differs_in_its_distinguishing_word()
    {
        // Falco's MITRE post lacked falco-mitre-attack-01.png and was offered its cover art, falco-mitre-attack-featured.png.
        using var site = TestSite.With(
            ("en/blog/2023/falco-mitre-attack/index.md", "---\ntitle: MITRE\ndate: 2023-09-01\n---\n![Matrix](images/falco-mitre-attack-01.png)\n\n![Flow](images/diagram-1.png)\n"),
            ("en/blog/2023/falco-mitre-attack/images/falco-mitre-attack-featured.png", "png"),
            ("en/blog/2023/falco-mitre-attack/images/diagram-2.png", "png"));

        var messages = ContentRenderer.RenderAll(site.Load().Content!).Diagnostics.Where(d => d.IsError).Select(d => d.Message).ToList();

        Assert.Equal(
            [
                "image /blog/2023/falco-mitre-attack/images/falco-mitre-attack-01.png does not exist: put it beside input/en/blog/2023/falco-mitre-attack/index.md,"
                    + " as `images/falco-mitre-attack-01.png` (the files of a page bundle are published with its page)",
                "image /blog/2023/falco-mitre-attack/images/diagram-1.png does not exist: put it beside input/en/blog/2023/falco-mitre-attack/index.md,"
                    + " as `images/diagram-1.png` (the files of a page bundle are published with its page)",
            ],
            messages);
    }

    [Theory]
    [InlineData("images/falco-mitre-attack-featured.png", "images/falco-mitre-attack-featred.png", "images/falco-mitre-attack-featured.png")]
    [InlineData("images/falco-mitre-attack-featured.png", "images/Falco-Mitre-Attack-Featured.PNG", "images/falco-mitre-attack-featured.png")]
    [InlineData("images/exhibit-hall.jpg", "images/exhibit_hall.png", "images/exhibit-hall.jpg")]
    [InlineData("images/dialog-box.png", "images/dialogbox.png", "images/dialog-box.png")]
    public void A_missing_bundle_image_is_still_offered_its_misspelt_or_differently_cased_or_typed_name(string file, string link, string offered)
    {
        using var site = TestSite.With(
            ("en/blog/2023/falco-mitre-attack/index.md", $"---\ntitle: MITRE\ndate: 2023-09-01\n---\n![Matrix]({link})\n"),
            ($"en/blog/2023/falco-mitre-attack/{file}", "png"));

        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics, d => d.IsError);

        Assert.EndsWith($"; did you mean /blog/2023/falco-mitre-attack/{offered}?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_whose_nearest_file_is_a_bundles_is_offered_it_without_being_sent_to_input_assets()
    {
        // Falco's posts linked /blog/falco-talon-v0-1-0/images/awss3.png, without the year: told that images go in
        // input/assets/, then offered the bundle's file, which was right.
        using var site = TestSite.With(
            ("en/blog/2024/falco-talon-v0-1-0/index.md", "---\ntitle: Talon 0.1\ndate: 2024-01-01\n---\n![S3](images/awss3.png)\n"),
            ("en/blog/2024/falco-talon-v0-1-0/images/awss3.png", "png"),
            ("en/blog/2024/falco-talon-v0-2-0/index.md", "---\ntitle: Talon 0.2\ndate: 2024-06-01\n---\n![S3](/blog/falco-talon-v0-1-0/images/awss3.png)\n"));

        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.Equal(
            "image /blog/falco-talon-v0-1-0/images/awss3.png does not exist; did you mean /blog/2024/falco-talon-v0-1-0/images/awss3.png?"
            + " (a file of the page bundle of input/en/blog/2024/falco-talon-v0-1-0/index.md, published with its page)",
            d.Message);
    }

    [Fact]
    public void A_bundle_file_no_page_links_is_a_warning_to_delete_it_or_show_it()
    {
        // Falco's and KubeEdge's featured.png covers were copied beside their posts and published unseen.
        using var site = TestSite.With(
            ("en/blog/2023/kwok/index.md", Post),
            ("en/blog/2023/kwok/diagram.png", "png"),
            ("en/blog/2023/kwok/images/shot.png", "png"),
            ("en/blog/2023/kwok/images/featured.png", "png"));

        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.False(d.IsError);
        Assert.Equal("input/en/blog/2023/kwok/images/featured.png", d.Path);
        Assert.Equal(
            "`images/featured.png` is published with input/en/blog/2023/kwok/index.md (at /blog/2023/kwok/images/featured.png), but no page links it, so no reader sees it"
            + " (a cover picture, Hugo's and Docusaurus's `featured.png`, is not shown on this site): delete the file, or show it on the page with `![what it shows](images/featured.png)`",
            d.Message);
    }

    [Fact]
    public void A_bundle_file_named_by_a_broken_link_of_its_page_is_left_to_that_links_error()
    {
        // Falco's falco-talon post linked /blog/falco-talon-v0-1-0/images/awss3.png (no year): the link's error offers the
        // bundle's file, and "delete the file" beside it would have lost the picture the link means.
        using var site = TestSite.With(
            ("en/blog/2023/kwok/index.md", "---\ntitle: KWOK\ndate: 2023-03-01\n---\nSee ![shot](/blog/kwok/images/shot.png).\n"),
            ("en/blog/2023/kwok/images/shot.png", "png"));

        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.True(d.IsError);
        Assert.Contains("did you mean /blog/2023/kwok/images/shot.png?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_file_linked_from_raw_html_another_page_or_only_the_translation_is_used()
    {
        using var site = TestSite.With(
            ("en/blog/2023/kwok/index.md", "---\ntitle: KWOK\ndate: 2023-03-01\n---\n<img src=\"raw.png\" alt=\"Raw\">\n\n<a href=\"slides.pdf\">Slides</a>\n"),
            ("en/blog/2023/kwok/raw.png", "png"),
            ("en/blog/2023/kwok/slides.pdf", "pdf"),
            ("en/blog/2023/kwok/other.png", "png"),
            ("en/blog/2023/kwok/zh-only.png", "png"),
            ("en/pages/about.md", "---\ntitle: About\n---\n![Other](/blog/2023/kwok/other.png)\n"),
            ("zh/blog/2023/kwok/index.md", "---\ntitle: KWOK 简介\n---\n<img src=\"raw.png\" alt=\"图\">\n\n<a href=\"slides.pdf\">幻灯片</a>\n\n![图](zh-only.png)\n"));

        Assert.Empty(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);
    }

    [Fact]
    public void ARelativeImageOfAPageThatIsNotABundleIsToldHowToMakeItOne()
    {
        using var site = TestSite.With(("en/blog/2023/kwok.md", Post.Replace("![Shot](images/shot.png)\n", string.Empty)));

        var d = Assert.Single(ContentRenderer.RenderAll(site.Load().Content!).Diagnostics);

        Assert.StartsWith("image /blog/2023/kwok/diagram.png does not exist: a file beside a page is published only when the page is a folder's index.md (a page bundle): make the page one, with `diagram.png` beside it, or put the file in input/assets/ and link it as /assets/…", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATranslationsOwnFileReplacesTheSourcesFileOfTheSameName()
    {
        using var site = TestSite.With(
            ("en/blog/2023/kwok/index.md", Post),
            ("en/blog/2023/kwok/diagram.png", "png"),
            ("en/blog/2023/kwok/images/shot.png", "png"),
            ("zh/blog/2023/kwok/index.md", "---\ntitle: KWOK 简介\n---\nKWOK 模拟节点。\n\n![图](diagram.png)\n\n![截图](images/shot.png)\n"),
            ("zh/blog/2023/kwok/diagram.png", "png, labelled in Chinese"));

        var result = site.Load();

        Assert.Empty(result.Diagnostics);
        var content = result.Content!;
        Assert.True(content.Get("zh", "blog/2023/kwok.md")!.IsTranslation);
        var diagram = Assert.Single(content.Assets, a => a.Url == "/zh/blog/2023/kwok/diagram.png");
        Assert.EndsWith(Path.Combine("zh", "blog", "2023", "kwok", "diagram.png"), diagram.FullPath, StringComparison.Ordinal);
        var shot = Assert.Single(content.Assets, a => a.Url == "/zh/blog/2023/kwok/images/shot.png");
        Assert.EndsWith(Path.Combine("en", "blog", "2023", "kwok", "images", "shot.png"), shot.FullPath, StringComparison.Ordinal);
        Assert.Empty(ContentRenderer.RenderAll(content).Diagnostics);
    }

    [Theory]
    [InlineData("en/blog/2023/kwok/index.md", "zh/blog/2023/kwok.md")]
    [InlineData("en/blog/2023/kwok.md", "zh/blog/2023/kwok/index.md")]
    public void ATranslationPairsWithItsSourceWhetherEitherIsABundle(string source, string translation)
    {
        using var site = TestSite.With((source, Post.Replace("![Diagram](diagram.png)\n\n![Shot](images/shot.png)\n", string.Empty)), (translation, "---\ntitle: KWOK 简介\n---\nKWOK 模拟节点。\n"));

        var result = site.Load();

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Content!.Get("zh", "blog/2023/kwok.md")!.IsTranslation);
        Assert.Empty(result.Content.Orphans);
    }

    [Fact]
    public void APageAsBothAFileAndABundleIsAnError()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post), ("en/blog/2023/kwok.md", Post));

        var d = Assert.Single(site.Load().Diagnostics, d => d.IsError);

        Assert.Equal("input/en/blog/2023/kwok/index.md", d.Path);
        Assert.Equal("`blog/2023/kwok/index.md` and `blog/2023/kwok.md` are the same page: a folder's index.md is the page named after the folder (a page bundle); keep one of them", d.Message);
    }

    [Fact]
    public void ADraftsBundleFilesAreNotPublished()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post.Replace("date: 2023-03-01\n", "date: 2023-03-01\ndraft: true\n")), ("en/blog/2023/kwok/diagram.png", "png"));

        var result = site.Load();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(result.Content!.Assets, a => a.FullPath.EndsWith("diagram.png", StringComparison.Ordinal));
        Assert.DoesNotContain("/blog/2023/kwok/diagram.png", result.Content.OutputUrls);
    }

    [Fact]
    public void AScriptBesideABundleIsRefused()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post.Replace("![Shot](images/shot.png)\n", string.Empty)), ("en/blog/2023/kwok/diagram.png", "png"), ("en/blog/2023/kwok/demo.html", "<script>alert(1)</script>"));

        var d = Assert.Single(site.Load().Diagnostics);

        Assert.True(d.IsError);
        Assert.Equal("input/en/blog/2023/kwok/demo.html", d.Path);
        Assert.StartsWith("`.html` files would run script on the site's origin and are not published beside a page", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileBesideAPageThatIsNotABundleIsStillIgnoredWithAdvice()
    {
        using var site = TestSite.With(("en/blog/2023/kwok.md", Post.Replace("![Diagram](diagram.png)\n\n![Shot](images/shot.png)\n", string.Empty)), ("en/blog/2023/kwok/diagram.png", "png"));

        var d = Assert.Single(site.Load().Diagnostics);

        Assert.False(d.IsError);
        // Hugo's layout: the folder is named like the page, so it is told first to become that page's bundle, as the page's errors say.
        Assert.Contains("move `kwok.md` into it as `index.md` (`input/en/blog/2023/kwok/index.md`)", d.Message);
        Assert.Contains("or move this file to `input/assets/blog/2023/kwok/diagram.png` and link it as `/assets/blog/2023/kwok/diagram.png`", d.Message);
    }

    [Fact]
    public void ThePagesFileIsFoundInEitherShapeByEitherName()
    {
        using var site = TestSite.With(("en/blog/2023/kwok/index.md", Post), ("zh/blog/2023/kwok.md", "---\ntitle: KWOK 简介\n---\n正文。\n"));
        var en = Path.Combine(site.Input, "en");
        var zh = Path.Combine(site.Input, "zh");

        Assert.Equal(Path.Combine(en, "blog", "2023", "kwok", "index.md"), PagePath.ExistingFile(en, "blog/2023/kwok.md"));
        Assert.Equal(Path.Combine(en, "blog", "2023", "kwok", "index.md"), PagePath.ExistingFile(en, "blog/2023/kwok/index.md"));
        Assert.Equal(Path.Combine(zh, "blog", "2023", "kwok.md"), PagePath.ExistingFile(zh, "blog/2023/kwok/index.md"));
        Assert.Null(PagePath.ExistingFile(en, "blog/2023/other.md"));
    }

    [Theory]
    [InlineData("blog/2023/kwok/index.md", "blog/2023/kwok.md")]
    [InlineData("projects/linkerd/index.md", "projects/linkerd.md")]
    [InlineData("blog/index.md", null)]
    [InlineData("index.md", null)]
    [InlineData("blog/2023/kwok/notes.md", null)]
    public void BundlePageIdNamesThePageAfterItsFolder(string file, string? id) => Assert.Equal(id, PagePath.BundlePageId(file));
}
