namespace Site.Content.Tests.Loading;

public sealed class SiteConfigTests
{
    [Fact]
    public void SiteYmlOfTheSpecIsRead()
    {
        using var site = new TestSite(TestSite.Minimal);
        var config = site.Load().Content!.Config;
        Assert.Equal("Cloud Native Knowledge Base", config.Title("en"));
        Assert.Equal("云原生知识库", config.Title("zh"));
        Assert.Equal("https://example.netlify.app/", config.BaseUrl);
        Assert.Equal("en", config.DefaultLanguage.Code);
        Assert.Equal(string.Empty, config.DefaultLanguage.UrlPrefix);
        Assert.Equal("/zh", config.Language("zh")!.UrlPrefix);
        Assert.Equal("zh-CN", config.Language("zh")!.Locale);
        Assert.Equal("中文", config.Language("zh")!.Name);
        Assert.Equal("default", config.Theme);
        Assert.Equal("https://example.netlify.app/zh/projects/x/", config.AbsoluteUrl("/zh/projects/x/"));
    }

    [Fact]
    public void UnknownSiteKeySuggestsTheNearestOne()
    {
        using var site = new TestSite(new Dictionary<string, string>(TestSite.Minimal) { ["site.yml"] = TestSite.DefaultSiteYml + "\nbaseURL: x\n" });
        var result = site.Load();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("input/site.yml", d.Path);
        Assert.Equal(7, d.Line);
        Assert.Contains("did you mean `baseUrl`?", d.Message);
        Assert.Null(result.Content);
    }

    [Fact]
    public void MissingSiteYmlIsAnError()
    {
        using var site = new TestSite(TestSite.Minimal, withSiteYml: false);
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.Contains("site.yml is missing", d.Message);
    }

    [Fact]
    public void RelativeBaseUrlIsAnError()
    {
        var yml = TestSite.DefaultSiteYml.Replace("https://example.netlify.app/", "/site/");
        using var site = new TestSite(new Dictionary<string, string>(TestSite.Minimal) { ["site.yml"] = yml });
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.Equal(2, d.Line);
        Assert.Contains("`baseUrl` must be an absolute http(s) URL", d.Message);
    }

    [Fact]
    public void TitleMissingForALanguageIsAnError()
    {
        var yml = TestSite.DefaultSiteYml.Replace(", zh: 云原生知识库", string.Empty);
        using var site = new TestSite(new Dictionary<string, string>(TestSite.Minimal) { ["site.yml"] = yml });
        Assert.Contains(site.Load().Diagnostics, d => d.Message.Contains("no text for language `zh`"));
    }
}
