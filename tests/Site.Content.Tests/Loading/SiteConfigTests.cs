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
    public void Repository_branch_and_edit_path_make_edit_and_new_file_urls()
    {
        using var site = new TestSite(new Dictionary<string, string>(TestSite.Minimal)
        {
            ["site.yml"] = TestSite.DefaultSiteYml + "\nrepository: https://github.com/example/kb/\nbranch: release/1.x\neditPath: site/input\n",
        });
        var repository = site.Load().Content!.Config.Repository!;

        Assert.Equal("https://github.com/example/kb/edit/release%2F1.x/site/input/en/blog/2024/a%20b.md", repository.EditUrl("en/blog/2024/a b.md"));
        Assert.Equal("https://github.com/example/kb/new/release%2F1.x/site/input/zh/blog/2024?filename=x.md&value=a%26b", repository.NewFileUrl("zh/blog/2024/x.md", "a&b"));
    }

    [Fact]
    public void Without_a_repository_there_are_no_edit_links_and_defaults_apply_when_one_is_given()
    {
        using var none = new TestSite(TestSite.Minimal);
        Assert.Null(none.Load().Content!.Config.Repository);

        using var site = new TestSite(new Dictionary<string, string>(TestSite.Minimal) { ["site.yml"] = TestSite.DefaultSiteYml + "\nrepository: https://github.com/example/kb\n" });
        Assert.Equal(new Site.Content.Config.SourceRepository("https://github.com/example/kb", "main", "input"), site.Load().Content!.Config.Repository);
    }

    [Theory]
    [InlineData("repository: http://github.com/example/kb", "`repository` must be the https URL")]
    [InlineData("repository: javascript:alert(1)", "`repository` must be the https URL")]
    [InlineData("repository: https://github.com/example/kb\nbranch: a b", "`branch` must be a branch name")]
    [InlineData("repository: https://github.com/example/kb\neditPath: ../secret", "`editPath` must be the input folder's path")]
    [InlineData("branch: main", "need `repository:`")]
    public void Bad_repository_settings_are_errors_on_their_line(string yaml, string message)
    {
        using var site = new TestSite(new Dictionary<string, string>(TestSite.Minimal) { ["site.yml"] = TestSite.DefaultSiteYml + "\n" + yaml + "\n" });
        var result = site.Load();

        var d = Assert.Single(result.Diagnostics);
        Assert.Contains(message, d.Message);
        Assert.True(d.Line >= 7, $"line {d.Line}");
        Assert.Null(result.Content);
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
