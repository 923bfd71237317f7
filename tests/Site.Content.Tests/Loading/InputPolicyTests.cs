using Site.Content.Diagnostics;
using Site.Content.Loading;
using Site.Content.Markdown;

namespace Site.Content.Tests.Loading;

/// <summary>
/// What a content pull request may not do: replace theme assets, ship active files, publish
/// oversized pages, hide pages in an unknown language folder, or embed third-party images.
/// </summary>
public sealed class InputPolicyTests
{
    private static LoadResult LoadWithTheme(TestSite site, params string[] themeAssets)
    {
        var theme = Path.Combine(site.Root, "theme", "assets");
        foreach (var asset in themeAssets)
        {
            var full = Path.Combine(theme, asset);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "theme file");
        }

        return ContentLoader.Load(site.Input, new ContentLoaderOptions { DisplayRoot = site.Root, ThemeAssetsFolder = theme });
    }

    [Fact]
    public void InputAssetAtTheUrlOfAThemeAssetIsAnErrorNamingTheFile()
    {
        using var site = TestSite.With(("assets/css/site.css", "body{}"));
        var result = LoadWithTheme(site, "css/site.css");

        var d = Assert.Single(result.Diagnostics);
        Assert.True(d.IsError);
        Assert.Equal("input/assets/css/site.css", d.Path);
        Assert.Contains("/assets/css/site.css", d.Message);
        Assert.Contains("theme", d.Message);
        Assert.DoesNotContain(result.Content!.Assets, a => a.Url == "/assets/css/site.css");
    }

    [Theory]
    [InlineData("js/search.js")]
    [InlineData("js/module.mjs")]
    [InlineData("demo/page.html")]
    [InlineData("demo/page.HTM")]
    [InlineData("demo/page.xhtml")]
    [InlineData("bin/app.wasm")]
    public void ActiveAssetTypesAreErrors(string asset)
    {
        using var site = TestSite.With(("assets/" + asset, "alert(1)"));
        var result = LoadWithTheme(site);

        var d = Assert.Single(result.Diagnostics);
        Assert.True(d.IsError);
        Assert.Equal("input/assets/" + asset, d.Path);
        Assert.Contains("script", d.Message);
        Assert.Empty(result.Content!.Assets);
    }

    [Fact]
    public void SvgImagesAndOtherPassiveAssetsAreAccepted()
    {
        using var site = TestSite.With(("assets/img/logo.svg", "<svg/>"), ("assets/img/photo.png", "png"), ("assets/docs/talk.pdf", "pdf"));
        var result = LoadWithTheme(site, "img/favicon.svg");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Content!.Assets.Count);
    }

    [Fact]
    public void PageOverTheSizeLimitIsAnErrorAtItsFirstLineBeforeParsing()
    {
        using var site = TestSite.With();
        site.Write("en/pages/huge.md", "---\ntitle: Huge\n---\n" + new string('x', (int)ContentLoader.MaxPageBytes));
        var d = Assert.Single(site.Load().Diagnostics);

        Assert.True(d.IsError);
        Assert.Equal(("input/en/pages/huge.md", 1, 1), (d.Path, d.Line, d.Column));
        Assert.Contains("MiB", d.Message);
    }

    [Fact]
    public void PageJustUnderTheSizeLimitIsAccepted()
    {
        using var site = TestSite.With();
        var head = "---\ntitle: Big\n---\n";
        site.Write("en/pages/big.md", head + new string('x', (int)ContentLoader.MaxPageBytes - head.Length - 1) + "\n");
        Assert.DoesNotContain(site.Load().Diagnostics, d => d.IsError);
    }

    [Fact]
    public void LanguageFolderMissingFromSiteYmlIsAnErrorSuggestingToAddIt()
    {
        using var site = TestSite.With(("fr/pages/a.md", "---\ntitle: A\n---\nA.\n"));
        var d = Assert.Single(site.Load().Diagnostics);

        Assert.True(d.IsError);
        Assert.Equal("input/fr", d.Path);
        Assert.Contains("not published", d.Message);
        Assert.Contains("add `fr` to `languages:` in site.yml", d.Message);
    }

    [Fact]
    public void OtherUnknownFolderInInputIsAnError()
    {
        using var site = TestSite.With(("images/logo.png", "png"));
        var d = Assert.Single(site.Load().Diagnostics);

        Assert.True(d.IsError);
        Assert.Equal("input/images", d.Path);
        Assert.Contains("input/assets/", d.Message);
    }

    [Theory]
    [InlineData("![diagram](https://cdn.example.org/d.png)")]
    [InlineData("![diagram](//cdn.example.org/d.png)")]
    [InlineData("![diagram](HTTP://cdn.example.org/d.png)")]
    public void ImageFromAnotherHostIsAnErrorTellingWhereToPutTheFile(string image)
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\n---\nIntro.\n\n" + image + "\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);
        Assert.True(d.IsError);
        Assert.Equal(("input/en/pages/about.md", 6, 1), (d.Path, d.Line, d.Column));
        Assert.Contains("input/assets/", d.Message);
        Assert.Contains("/assets/", d.Message);
    }

    [Fact]
    public void LinksToOtherSitesAndLocalImagesStayFine()
    {
        using var site = TestSite.With(
            ("en/pages/about.md", "---\ntitle: About\n---\n[site](https://example.org/) <https://example.org/x> ![logo](/assets/logo.png)\n"),
            ("assets/logo.png", "png"));
        var result = site.Load();
        Assert.Empty(ContentRenderer.RenderAll(result.Content!).Diagnostics);
    }

    [Fact]
    public void LinksToThemeAssetsResolve()
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\n---\n![icon](/assets/img/favicon.svg) [css](/assets/css/site.css)\n"));
        var result = LoadWithTheme(site, "img/favicon.svg", "css/site.css");
        Assert.Empty(result.Diagnostics);

        Assert.Empty(ContentRenderer.RenderAll(result.Content!).Diagnostics);
    }

    [Fact]
    public void MissingThemeAssetsFolderMeansNoThemeAssets()
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\n---\n[css](/assets/css/site.css)\n"));
        var result = ContentLoader.Load(site.Input, new ContentLoaderOptions { DisplayRoot = site.Root, ThemeAssetsFolder = Path.Combine(site.Root, "nowhere") });
        Assert.Empty(result.Diagnostics);

        var d = Assert.Single(ContentRenderer.RenderAll(result.Content!).Diagnostics);
        Assert.Contains("file /assets/css/site.css does not exist", d.Message);
    }
}
