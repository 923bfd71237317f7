using Site.Content.Config;
using Site.Content.Loading;
using Site.Content.Model;

namespace Site.Content.Tests.Loading;

/// <summary>Layout, URLs, translations, fallbacks and drafts (CONTENT-MODEL.md).</summary>
public sealed class ContentLoaderTests
{
    [Fact]
    public void MinimalSiteLoadsWithoutDiagnostics()
    {
        using var site = new TestSite(TestSite.Minimal);
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        Assert.False(result.HasErrors);
        Assert.Equal(4, result.Content!.PagesIn("en").Count);
    }

    [Theory]
    [InlineData("en", "blog/2019/linkerd-benchmarks.md", "/blog/2019/linkerd-benchmarks/")]
    [InlineData("zh", "blog/2019/linkerd-benchmarks.md", "/zh/blog/2019/linkerd-benchmarks/")]
    [InlineData("en", "projects/linkerd.md", "/projects/linkerd/")]
    [InlineData("zh", "projects/linkerd.md", "/zh/projects/linkerd/")]
    [InlineData("en", "pages/about.md", "/pages/about/")]
    [InlineData("en", "_index.md", "/")]
    [InlineData("zh", "_index.md", "/zh/")]
    [InlineData("en", "blog/undated-folder.md", "/blog/undated-folder/")]
    public void UrlsMirrorThePathBelowTheLanguageFolder(string language, string id, string url)
    {
        using var site = TestSite.With(
            ("en/_index.md", "---\ntitle: Home\n---\nWelcome.\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nAbout.\n"),
            ("en/blog/undated-folder.md", "---\ntitle: U\ndate: 2020-01-01\n---\nU.\n"));
        var content = site.Load().Content!;
        var page = content.Get(language, id)!;
        Assert.Equal(url, page.Url);
        Assert.Same(page, content.ByUrl(url));
    }

    [Fact]
    public void HomePageWithoutFrontMatterIsAccepted()
    {
        using var site = TestSite.With(("en/_index.md", "Welcome.\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        Assert.IsType<HomePage>(result.Content!.ByUrl("/"));
    }

    [Fact]
    public void TranslationInheritsFactsAndGivesWords()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", "---\ntitle: Linkerd 中文\nsummary: 服务网格\n---\n中文正文。\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        var zh = (ProjectPage)result.Content!.Get("zh", "projects/linkerd.md")!;
        Assert.Equal("Linkerd 中文", zh.Title);
        Assert.Equal("服务网格", zh.Summary);
        Assert.Equal("中文正文。\n", zh.Body);
        Assert.Equal(Maturity.Graduated, zh.Maturity);
        Assert.Equal("service-mesh", zh.Category);
        Assert.Equal("tag-network", zh.Sig);
        Assert.Equal(new DateOnly(2021, 7, 28), zh.Graduated);
        Assert.Equal(TranslationState.Translated, zh.TranslationState);
        Assert.True(zh.IsTranslation);
        Assert.Equal("input/zh/projects/linkerd.md", zh.SourcePath);
        Assert.Equal("input/en/projects/linkerd.md", zh.FactsPath);
        Assert.Equal("zh", zh.ContentLanguage);
    }

    [Theory]
    [InlineData("2019-11-06", "; translations inherit facts, remove this line (every language shows that date; if this text appeared first, its date is the page's: write `date: 2019-11-06` in input/en/blog/2020/paddle.md instead)")]
    [InlineData("2021-01-01", "; translations inherit facts, remove this line (every language shows that date; if this one is right: write `date: 2021-01-01` in input/en/blog/2020/paddle.md instead)")]
    public void A_translation_dated_otherwise_than_its_source_is_told_it_may_be_the_pages_date(string date, string ending)
    {
        using var site = TestSite.With(
            ("en/blog/2020/paddle.md", "---\ntitle: Paddle\ndate: 2020-12-23\n---\nText.\n"),
            ("zh/blog/2020/paddle.md", $"---\ntitle: 飞桨\ndate: {date}\n---\n正文。\n"));

        var d = Assert.Single(site.Load().Diagnostics, x => x.IsError);

        Assert.StartsWith("`date` contradicts the source page: input/en/blog/2020/paddle.md:3 says `date: 2020-12-23`", d.Message, StringComparison.Ordinal);
        Assert.EndsWith(ending, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationContradictingAFactIsAnErrorAtItsLine()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", "---\ntitle: Linkerd\nmaturity: sandbox\n---\n正文。\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.True(d.IsError);
        Assert.Equal("input/zh/projects/linkerd.md", d.Path);
        Assert.Equal((3, 11), (d.Line, d.Column));
        Assert.Contains("contradicts the source page: input/en/projects/linkerd.md:3 says `maturity: graduated`", d.Message);
    }

    [Fact]
    public void TranslationRepeatingAFactIsOnlyAWarning()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: 基准\ndate: 2019-05-30\n---\n正文。\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.False(d.IsError);
        Assert.Contains("`date` is inherited from input/en/blog/2019/linkerd-benchmarks.md", d.Message);
    }

    [Fact]
    public void A_translated_post_may_give_its_authors_names_as_its_readers_know_them()
    {
        using var site = TestSite.With(
            ("en/blog/2021/batch.md", "---\ntitle: Batch\ndate: 2021-08-25\nauthors: [Zhe Jin, Volcano maintainers]\n---\nText.\n"),
            ("zh/blog/2021/batch.md", "---\ntitle: 批量计算\nauthors: [金喆, Volcano 维护者]\n---\n正文。\n"),
            ("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: 基准\n---\n正文。\n"));

        var result = site.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["金喆", "Volcano 维护者"], Assert.IsType<PostPage>(result.Content!.Get("zh", "blog/2021/batch.md")).Authors);
        Assert.Equal(["Zhe Jin", "Volcano maintainers"], Assert.IsType<PostPage>(result.Content.Get("en", "blog/2021/batch.md")).Authors);
    }

    [Fact]
    public void A_translation_without_authors_shows_its_sources_and_a_markdown_link_is_an_error_there_too()
    {
        using var site = TestSite.With(
            ("en/blog/2021/batch.md", "---\ntitle: Batch\ndate: 2021-08-25\nauthors: [Zhe Jin]\n---\nText.\n"),
            ("zh/blog/2021/batch.md", "---\ntitle: 批量计算\n---\n正文。\n"),
            ("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: 基准\nauthors: [\"[金喆](https://github.com/x)\"]\n---\n正文。\n"));

        var result = site.Load();

        Assert.Equal(["Zhe Jin"], Assert.IsType<PostPage>(result.Content!.Get("zh", "blog/2021/batch.md")).Authors);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/zh/blog/2019/linkerd-benchmarks.md", 3), (d.Path, d.Line));
        Assert.Contains("`authors` holds names, shown as plain text: `[金喆](https://github.com/x)` would show its brackets and address; write `金喆`", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationWithAnUnknownKeyGetsASuggestion()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", "---\ntitle: Linkerd\nsumary: 网格\n---\n正文。\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.Contains("did you mean `summary`?", d.Message);
    }

    [Fact]
    public void ATranslationsForeignKeyForAnInheritedFactIsToldToGoNotToBeRenamed()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: 基准\npublishdate: 2019-05-30\n---\n正文。\n"));

        var d = Assert.Single(site.Load().Diagnostics);

        Assert.Equal("unknown key `publishdate` for blog posts: it is `date` here, which a translation takes from its source page: delete the line", d.Message);
    }

    [Fact]
    public void ATranslationsUnknownKeyListsEachValidKeyOnce()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: 基准\nqqq: 1\n---\n正文。\n"));

        var d = Assert.Single(site.Load().Diagnostics);

        var keys = d.Message[(d.Message.IndexOf("valid keys: ", StringComparison.Ordinal) + "valid keys: ".Length)..].Split(", ");
        Assert.Equal(keys.Distinct().Count(), keys.Length);
        Assert.Contains("draft", keys);
    }

    [Fact]
    public void TranslationWithoutSourceIsAnError()
    {
        using var site = TestSite.With(("zh/projects/istio.md", "---\ntitle: Istio\n---\n正文。\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.True(d.IsError);
        Assert.Equal("input/zh/projects/istio.md", d.Path);
        Assert.Contains("orphaned translation: its source page en/projects/istio.md does not exist", d.Message);
    }

    [Fact]
    public void UntranslatedPageIsServedAsFallbackInTheOtherLanguage()
    {
        using var site = new TestSite(TestSite.Minimal);
        var content = site.Load().Content!;
        var zh = (ProjectPage)content.Get("zh", "projects/linkerd.md")!;
        Assert.True(zh.IsFallback);
        Assert.Equal("/zh/projects/linkerd/", zh.Url);
        Assert.Equal("Linkerd", zh.Title);
        Assert.Equal("Linkerd is a mesh.\n", zh.Body);
        Assert.Equal("en", zh.ContentLanguage);
        Assert.Equal("zh", zh.Language);
        var report = Assert.Single(content.TranslationReports);
        Assert.Equal(4, report.FallbackIds.Count);
        Assert.Equal(0, report.Coverage);
    }

    [Fact]
    public void DraftsAndTheirTranslationsAreExcluded()
    {
        using var site = TestSite.With(
            ("en/blog/draft.md", "---\ntitle: D\ndate: 2020-01-01\ndraft: true\n---\nD.\n"),
            ("zh/blog/draft.md", "---\ntitle: 草稿\n---\n草稿。\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Content!.Get("en", "blog/draft.md"));
        Assert.Null(result.Content.Get("zh", "blog/draft.md"));
        Assert.Equal(["blog/draft.md"], result.Content.DraftIds);
        Assert.Equal(["input/en/blog/draft.md"], result.Content.HeldBackDrafts);
        Assert.DoesNotContain("/blog/draft/", result.Content.OutputUrls);
    }

    [Theory]
    [InlineData("en/pages/roadmap.md", "title: Roadmap", "/pages/roadmap/")]
    [InlineData("en/projects/kuma.md", "title: Kuma\nmaturity: sandbox\ncategory: service-mesh", "/projects/kuma/")]
    [InlineData("en/sigs/tag-storage.md", "title: TAG Storage\nkind: tag", "/sigs/tag-storage/")]
    [InlineData("en/categories/storage.md", "title: Storage\norder: 3", "/categories/storage/")]
    [InlineData("en/blog/2020/soon.md", "title: Soon\ndate: 2020-01-01", "/blog/2020/soon/")]
    public void DraftIsAcceptedOnEveryPageTypeAndKeepsThePageAndItsTranslationsUnpublished(string path, string frontMatter, string url)
    {
        var id = path["en/".Length..];
        using var site = TestSite.With(
            (path, $"---\n{frontMatter}\ndraft: true\n---\nNot ready.\n"),
            ("zh/" + id, "---\ntitle: 草稿\n---\n还没好。\n"));

        var result = site.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Content!.Get("en", id));
        Assert.Null(result.Content.Get("zh", id));
        Assert.Contains(id, result.Content.DraftIds);
        Assert.DoesNotContain(url, result.Content.OutputUrls);
        Assert.DoesNotContain("/zh" + url, result.Content.OutputUrls);
    }

    [Fact]
    public void With_drafts_included_a_draft_its_translations_and_a_draft_translation_are_built_and_marked()
    {
        using var site = TestSite.With(
            ("en/blog/2020/soon.md", "---\ntitle: Soon\ndate: 2020-01-01\ndraft: true\n---\nNot ready.\n"),
            ("zh/blog/2020/soon.md", "---\ntitle: 即将\n---\n还没好。\n"),
            ("en/pages/about.md", "---\ntitle: About\n---\nAbout us.\n"),
            ("zh/pages/about.md", "---\ntitle: 关于\ndraft: true\n---\n未完成。\n"),
            ("en/blog/2020/news.md", "---\ntitle: News\ndate: 2020-01-02\n---\nSee [the draft](/blog/2020/soon/).\n"));

        var result = site.Load(includeDrafts: true);

        Assert.Empty(result.Diagnostics);
        var content = result.Content!;
        Assert.Empty(content.DraftIds);
        Assert.Empty(content.HeldBackDrafts);
        Assert.True(content.Get("en", "blog/2020/soon.md")!.IsDraft);
        Assert.Equal(("即将", true, false), (content.Get("zh", "blog/2020/soon.md")!.Title, content.Get("zh", "blog/2020/soon.md")!.IsDraft, content.Get("zh", "blog/2020/soon.md")!.IsFallback));
        Assert.Equal(("关于", true), (content.Get("zh", "pages/about.md")!.Title, content.Get("zh", "pages/about.md")!.IsDraft));
        Assert.False(content.Get("en", "pages/about.md")!.IsDraft);
        Assert.False(content.Get("en", "blog/2020/news.md")!.IsDraft);
        Assert.Contains("/blog/2020/soon/", content.OutputUrls);
        Assert.Contains("/zh/blog/2020/soon/", content.OutputUrls);
    }

    [Fact]
    public void DraftHomeTextLeavesTheGeneratedHomePage()
    {
        using var site = TestSite.With(("en/_index.md", "---\ntitle: Home\ndraft: true\n---\nWelcome.\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Content!.Get("en", "_index.md"));
        Assert.Contains("/", result.Content.OutputUrls);
    }

    [Fact]
    public void DraftTranslationOfAFreePageFallsBackToTheEnglishPage()
    {
        using var site = TestSite.With(
            ("en/pages/about.md", "---\ntitle: About\n---\nAbout us.\n"),
            ("zh/pages/about.md", "---\ntitle: 关于\ndraft: true\n---\n未完成。\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        var zh = result.Content!.Get("zh", "pages/about.md")!;
        Assert.True(zh.IsFallback);
        Assert.False(zh.IsDraft);
        Assert.Equal("About", zh.Title);
        Assert.Contains("/zh/pages/about/", result.Content.OutputUrls);
        Assert.Equal(["input/zh/pages/about.md"], result.Content.HeldBackDrafts);
    }

    [Fact]
    public void ReferenceToADraftSaysItIsADraft()
    {
        using var site = TestSite.With(
            ("en/projects/kuma.md", "---\ntitle: Kuma\nmaturity: sandbox\ncategory: service-mesh\ndraft: true\n---\nK.\n"),
            ("en/blog/2020/kuma.md", "---\ntitle: Kuma news\ndate: 2020-01-01\nprojects: [kuma]\n---\nNews.\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.Equal(("input/en/blog/2020/kuma.md", 4), (d.Path, d.Line));
        Assert.Contains("project `kuma` is a draft", d.Message);
        Assert.Contains("projects/kuma.md", d.Message);
    }

    [Fact]
    public void DraftTranslationFallsBackToTheSource()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", "---\ntitle: Linkerd\ndraft: true\n---\n未完成。\n"));
        var zh = site.Load().Content!.Get("zh", "projects/linkerd.md")!;
        Assert.True(zh.IsFallback);
    }

    [Fact]
    public void TranslatedTagsReplaceTheSourceTags()
    {
        using var site = TestSite.With(("zh/blog/2019/linkerd-benchmarks.md", "---\ntitle: 基准\ntags: [服务网格, 性能]\n---\n正文。\n"));
        var content = site.Load().Content!;
        Assert.Equal(["服务网格", "性能"], ((PostPage)content.Get("zh", "blog/2019/linkerd-benchmarks.md")!).Tags);
        Assert.Equal(["Service Mesh", "performance"], ((PostPage)content.Get("en", "blog/2019/linkerd-benchmarks.md")!).Tags);
    }

    [Fact]
    public void MatchingSourceHashMarksTheTranslationUpToDate()
    {
        var hash = Site.Content.Text.SourceHash.Compute("Linkerd", null, "Linkerd is a mesh.\n");
        using var site = TestSite.With(("zh/projects/linkerd.md", $"---\ntitle: Linkerd\nsourceHash: {hash}\n---\n正文。\n"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(TranslationState.UpToDate, result.Content!.Get("zh", "projects/linkerd.md")!.TranslationState);
    }

    [Fact]
    public void A_parse_keeps_its_front_matter_lines_and_the_bodys_first_and_its_whole_body()
    {
        var body = "First line of the body.\n\n" + string.Concat(Enumerable.Repeat("Linkerd adds mutual TLS to every pod.\n", 40));
        using var site = TestSite.With(("en/pages/long.md", "---\ntitle: Long\nsummary: A long page\n---\n" + body));
        var file = new PageFile(new LanguageInfo("en", "English", "en", true, string.Empty), "pages/long.md", Path.Combine(site.Input, "en", "pages", "long.md"), "input/en/pages/long.md");
        var bag = new Site.Content.Diagnostics.DiagnosticBag();

        var parsed = Assert.Single(ContentLoader.ParseFiles([file], 1, bag, null))!;

        Assert.Empty(bag.ToSortedList());
        Assert.Equal(5, parsed.Document.BodyStartLine);
        Assert.Equal(5, parsed.Document.Source.LineCount);
        Assert.Equal("First line of the body.", parsed.Document.Source.Line(5));
        Assert.Null(parsed.Document.Source.Line(6));
        Assert.Equal(body, parsed.Document.Body);

        var page = site.Load().Content!.Get("en", "pages/long.md")!;
        Assert.Equal(body, page.Body);
        Assert.Equal(Site.Content.Text.SourceHash.Compute("Long", "A long page", body), page.SourceHash);
    }

    [Theory]
    [InlineData("Docs from the *source*.\n\n## Install\n\nRun it.\n", true)]
    [InlineData("Docs from the *source*.\r\n\r\n## Install\r\n\r\nRun it.\r\n\r\n", true)]
    [InlineData("源文档。\n\n## 安装\n\n运行它。\n", false)]
    public void A_translation_whose_body_is_its_sources_untranslated_is_warned(string translated, bool warned)
    {
        // Karmada's Chinese "Ocean of Nodes" post is the English post, byte for byte, published as Chinese.
        using var site = TestSite.With(
            ("en/pages/guide.md", "---\ntitle: Guide\n---\nDocs from the *source*.\n\n## Install\n\nRun it.\n"),
            ("zh/pages/guide.md", "---\ntitle: 指南\n---\n" + translated));

        var warning = site.Load().Diagnostics.SingleOrDefault(d => d.Message.StartsWith("the body is its source's", StringComparison.Ordinal));

        Assert.Equal(warned, warning is not null);
        if (warning is not null)
        {
            Assert.Equal(("input/zh/pages/guide.md", 4), (warning.Path, warning.Line));
            Assert.Equal("the body is its source's, in English, not translated: translate it, or delete the file until it is (readers of 中文 then get the English page with a \"not yet translated\" notice, which this copy hides from them)", warning.Message);
        }
    }

    private const string EnglishProse =
        "Volcano schedules batch jobs on Kubernetes. It groups the pods of a job so that they start together, shares the cluster "
        + "between queues by their weight, and reclaims resources from queues that borrowed them when their owners need them back.\n";

    private const string ChineseProse =
        "Volcano 是基于 Kubernetes 的批处理调度系统。它把一个作业的 Pod 作为一组来调度，让它们同时启动；按权重在队列之间分配集群资源，"
        + "并在资源的主人需要时，从借用资源的队列中收回。许多企业用它运行人工智能训练、大数据分析和高性能计算的作业，"
        + "因为这些作业的任务必须一起运行，少一个都无法开始。本文介绍它的设计、主要功能，以及在生产环境中的实践经验和常见问题，"
        + "并说明如何从社区获得帮助，如何参与贡献代码、文档与测试，以及如何在自己的集群中一步一步地安装和配置它。\n";

    [Theory]
    [InlineData("Volcano schedules batch jobs. " + EnglishProse + "\n" + EnglishProse, true)]
    [InlineData(ChineseProse, false)]
    // A Chinese page that quotes English at length in code (commands, YAML) is Chinese: code is not prose.
    [InlineData(ChineseProse + "\n```yaml\napiVersion: batch.volcano.sh/v1alpha1\nkind: Job\nmetadata:\n  name: tensorflow-benchmark-with-a-long-name\nspec:\n  schedulerName: volcano\n  minAvailable: 3\n```\n\n    kubectl apply -f https://raw.githubusercontent.com/volcano-sh/volcano/master/installer/volcano-development.yaml\n", false)]
    // Too short to tell: a stub, a list of links.
    [InlineData("See [the release notes](https://github.com/volcano-sh/volcano/releases).\n", false)]
    public void A_chinese_translation_whose_body_reads_as_english_is_warned(string translated, bool warned)
    {
        // Volcano's Chinese "how Volcano…" post is the English post, left untranslated at the source, yet counted as translated.
        using var site = TestSite.With(
            ("en/pages/volcano.md", "---\ntitle: Volcano\n---\n" + EnglishProse),
            ("zh/pages/volcano.md", "---\ntitle: Volcano 介绍\n---\n" + translated));

        var warning = site.Load().Diagnostics.SingleOrDefault(d => d.Message.StartsWith("the body reads as", StringComparison.Ordinal));

        Assert.Equal(warned, warning is not null);
        if (warning is not null)
        {
            Assert.Equal(("input/zh/pages/volcano.md", 4, Site.Content.Diagnostics.Severity.Warning), (warning.Path, warning.Line, warning.Severity));
            Assert.Equal("the body reads as English, not 中文 (only 0 of its 417 letters are Han characters), so readers of 中文 would get the page in English, marked as translated: translate it, or delete the file until it is (readers of 中文 then get the English page with a \"not yet translated\" notice)", warning.Message);
        }
    }

    [Fact]
    public void A_translation_that_is_its_source_word_for_word_gets_one_warning_not_two()
    {
        using var site = TestSite.With(
            ("en/pages/volcano.md", "---\ntitle: Volcano\n---\n" + EnglishProse),
            ("zh/pages/volcano.md", "---\ntitle: Volcano 介绍\n---\n" + EnglishProse));

        var warning = Assert.Single(site.Load().Diagnostics, d => d.Path == "input/zh/pages/volcano.md");

        Assert.StartsWith("the body is its source's", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_english_source_page_written_in_chinese_is_told_to_become_the_translation(bool translationExists)
    {
        var files = new List<(string, string)> { ("en/blog/2020/volcano.md", "---\ntitle: Volcano 介绍\ndate: 2020-12-23\n---\n" + ChineseProse) };
        if (translationExists)
        {
            files.Add(("zh/blog/2020/volcano.md", "---\ntitle: Volcano 介绍\n---\n" + ChineseProse + "\n更多内容。\n"));
        }

        using var site = TestSite.With([.. files]);

        var warning = Assert.Single(site.Load().Diagnostics, d => d.Message.StartsWith("the body reads as", StringComparison.Ordinal));

        Assert.Equal(("input/en/blog/2020/volcano.md", 5, Site.Content.Diagnostics.Severity.Warning), (warning.Path, warning.Line, warning.Severity));
        Assert.Equal("the body reads as 中文, not English (195 of its 215 letters are Han characters), so readers of English would get it as their page and readers of 中文 a \"not yet translated\" notice: "
            + (translationExists
                ? "its zh translation, input/zh/blog/2020/volcano.md, exists already: write this page in English (if this 中文 text is newer than that file's, copy it there first)"
                : "it is the zh translation of a page yet to be written: move the file to input/zh/blog/2020/volcano.md and write the English page here, in its place (the translation then keeps only its words, `title:`, `summary:` and the body; facts such as `date:` stay on the English page)"),
            warning.Message);
    }

    [Fact]
    public void A_site_whose_own_language_is_chinese_has_chinese_source_pages_without_a_warning()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: { zh: 云原生知识库, en: Cloud Native Knowledge Base }\nbaseUrl: https://example.netlify.app/\nlanguages:\n  - { code: zh, name: 中文, locale: zh-CN }\n  - { code: en, name: English, locale: en-US }\ntheme: default\n",
            ["zh/pages/volcano.md"] = "---\ntitle: Volcano 介绍\n---\n" + ChineseProse,
        });

        Assert.DoesNotContain(site.Load().Diagnostics, d => d.Message.Contains("reads as", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_site_has_no_page_in_the_wrong_language()
    {
        var result = ContentLoader.Load(Path.Combine(RepositoryRoot.Path, "input"), new ContentLoaderOptions());

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("the body reads as", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<!-- Linkerd is a mesh. -->\n", true)]
    [InlineData("\n<!--\nLinkerd is a mesh.\n-->\n\n", true)]
    [InlineData("<!-- 来源：Linkerd is a mesh. -->\n\n正文。\n", false)]
    [InlineData("正文，没有注释。\n", false)]
    public void A_translation_holding_only_the_commented_source_is_warned_at_its_bodys_first_line(string translated, bool warned)
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", "---\ntitle: Linkerd\n---\n" + translated));

        var result = site.Load();

        var page = result.Content!.Get("zh", "projects/linkerd.md")!;
        Assert.Equal(Site.Content.Translation.TranslationStub.StripComments(translated, out _), page.Body);
        var warning = result.Diagnostics.SingleOrDefault(d => d.Message.Contains("holds only the commented source text", StringComparison.Ordinal));
        Assert.Equal(warned, warning is not null);
        if (warning is not null)
        {
            Assert.Equal(("input/zh/projects/linkerd.md", 4, 1, translated.Split('\n')[0]), (warning.Path, warning.Line, warning.Column, warning.SourceLine));
        }
    }

    [Fact]
    public void StaleSourceHashMarksTheTranslationOutdated()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", "---\ntitle: Linkerd\nsourceHash: 000000000000\n---\n正文。\n"));
        var result = site.Load();
        var d = Assert.Single(result.Diagnostics);
        Assert.False(d.IsError);
        Assert.Contains("translation is outdated", d.Message);
        Assert.Equal(TranslationState.Outdated, result.Content!.Get("zh", "projects/linkerd.md")!.TranslationState);
        Assert.Equal(["projects/linkerd.md"], result.Content.TranslationReports[0].OutdatedIds);
    }

    [Theory]
    [InlineData("en/notes.md", "pages live in")]
    [InlineData("en/projects/a/b/x.md", "`projects/` holds pages directly: no sub-folders")]
    [InlineData("en/blog/2023/a/b/x.md", "blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`")]
    [InlineData("en/blog/2023/_draft/index.md", "folder name `_draft` is not a page name")]
    [InlineData("en/pages/_index.md", "only the language root")]
    [InlineData("en/blog/2024/_index.md", "`_index.md` is the page of a folder's list on a Hugo site; here every list (the blog, its years, projects, tags) is generated: delete the file")]
    public void FilesOutsideTheLayoutAreErrors(string path, string message)
    {
        using var site = TestSite.With((path, "---\ntitle: X\n---\nX.\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.True(d.IsError);
        Assert.Contains(message, d.Message);
    }

    [Theory]
    [InlineData("en/pages/sub/x.md", "pages/x.md", "`pages/` holds pages directly: no sub-folders: move it to `pages/x.md` (images beside it go to `input/assets/pages/sub/`, linked as `/assets/pages/sub/<file>`, or make the page a bundle: `pages/x/index.md` with its images beside it); `aliases: [/pages/sub/x/]` keeps the address its place gave it")]
    [InlineData("en/blog/misc/x.md", "blog/x.md", "blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`: move it to `blog/x.md` (images beside it go to `input/assets/blog/misc/`, linked as `/assets/blog/misc/<file>`, or make the page a bundle: `blog/x/index.md` with its images beside it); `aliases: [/blog/misc/x/]` keeps the address its place gave it")]
    [InlineData("en/blog/kwok/kwok.md", "blog/kwok.md", "a page in a folder of its own is that folder's `index.md` (a page bundle: the files beside it are published with it): rename it to `blog/kwok/index.md`, or move it to `blog/kwok.md`")]
    [InlineData("en/blog/2024-09-13-karmada-v1.11/karmada-v1.11.md", "blog/2024-09-13-karmada-v1.11.md", "a Docusaurus post folder, whose name dates the post: rename the file to `blog/2024-09-13-karmada-v1.11/index.md`, which makes the folder a page bundle: its images stay beside it, and its name keeps the date for the `date:` line the post needs")]
    [InlineData("en/blog/misc/kwok/index.md", "blog/kwok.md", "blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`: move the folder `blog/misc/kwok/` to `blog/kwok/`; `aliases: [/blog/misc/kwok/]` keeps the address its place gave it")]
    [InlineData("en/blog/2023/misc/kwok/index.md", "blog/2023/kwok.md", "blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`: move the folder `blog/2023/misc/kwok/` to `blog/2023/kwok/`; `aliases: [/blog/2023/misc/kwok/]` keeps the address its place gave it")]
    [InlineData("en/pages/a/b/index.md", "pages/b.md", "`pages/` holds pages directly: no sub-folders: move the folder `pages/a/b/` to `pages/b/`; `aliases: [/pages/a/b/]` keeps the address its place gave it")]
    public void A_page_one_folder_too_deep_is_an_error_and_is_read_where_it_is_told_to_move(string path, string id, string message)
    {
        using var site = TestSite.With((path, id.StartsWith("blog/", StringComparison.Ordinal) ? $"---\ntitle: X\ndate: {(id.Contains("2023/", StringComparison.Ordinal) ? "2023" : "2024")}-09-13\n---\nX.\n" : "---\ntitle: X\n---\nX.\n"));

        var result = site.Load();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/" + path, true, message), (d.Path, d.IsError, d.Message));
        Assert.Equal("X", result.Content!.Get("en", id)!.Title);
    }

    [Fact]
    public void A_post_one_folder_too_deep_among_its_images_is_told_to_become_a_bundle_and_is_checked_as_one_in_the_same_run()
    {
        // KubeEdge's blog/cncf-lfx-EAI-benchmarking/EAI-meets-KubeEdge-Ianvs.md: told only to move, it showed 6 more errors after the move.
        using var site = TestSite.With(
            ("en/blog/cncf-lfx-EAI-benchmarking/EAI-meets-KubeEdge-Ianvs.md", "---\ntitle: EAI meets KubeEdge-Ianvs\ndate: 2025-01-10\nreadTime: 12 min read\n---\n![Labels](labels.jpg) and [results](#analyze-results).\n"),
            ("en/blog/cncf-lfx-EAI-benchmarking/labels.jpg", "jpg"));

        var result = site.Load();

        var page = result.Content!.Get("en", "blog/EAI-meets-KubeEdge-Ianvs.md")!;
        Assert.Equal("/blog/EAI-meets-KubeEdge-Ianvs/", page.Url);
        Assert.Contains(result.Content.Assets, a => a.Url == "/blog/EAI-meets-KubeEdge-Ianvs/labels.jpg");
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.Message).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("blog posts live in `blog/<slug>.md` or `blog/<yyyy>/<slug>.md`: move the folder `blog/cncf-lfx-EAI-benchmarking/` to `blog/EAI-meets-KubeEdge-Ianvs/` and rename the file in it to `index.md`, which makes it a page bundle: the files beside the page are published with it, so its links to them keep working; `aliases: [/blog/cncf-lfx-EAI-benchmarking/EAI-meets-KubeEdge-Ianvs/]` keeps the address its place gave it", errors);
        Assert.Contains(errors, m => m.StartsWith("unknown key `readTime`", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("ignored", StringComparison.Ordinal));
        var rendered = Site.Content.Markdown.ContentRenderer.RenderAll(result.Content).Diagnostics;
        Assert.Contains(rendered, d => d.Message.StartsWith("link to `#analyze-results`", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, d => d.Message.Contains("labels.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void A_docusaurus_mdx_post_is_told_its_md_name_and_is_read_as_that_page_in_the_same_run()
    {
        // KubeEdge's blog/<slug>/index.mdx posts were told to move to input/assets/ as downloads, as a warning.
        using var site = TestSite.With(
            ("en/blog/cncf-graduation-announcement/index.mdx", "---\ntitle: KubeEdge graduates\ndate: 2024-10-15\nreadTime: 4 min read\n---\n![Logo](logo.png)\n"),
            ("en/blog/cncf-graduation-announcement/logo.png", "png"),
            ("zh/blog/cncf-graduation-announcement/index.mdx", "---\ntitle: KubeEdge 毕业\n---\n正文。\n"));

        var result = site.Load();

        Assert.Equal("KubeEdge graduates", result.Content!.Get("en", "blog/cncf-graduation-announcement.md")!.Title);
        Assert.False(result.Content.Get("zh", "blog/cncf-graduation-announcement.md")!.IsFallback);
        Assert.Contains(result.Content.Assets, a => a.Url == "/blog/cncf-graduation-announcement/logo.png");
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Message)).ToList();
        Assert.Contains(("input/en/blog/cncf-graduation-announcement/index.mdx", "`index.mdx` is an MDX page (Docusaurus): pages here are markdown `.md` files: rename it to `index.md` (an `import` line or other text only MDX reads is reported at its line)"), errors);
        Assert.Contains(("input/zh/blog/cncf-graduation-announcement/index.mdx", "`index.mdx` is an MDX page (Docusaurus): pages here are markdown `.md` files: rename it to `index.md` (an `import` line or other text only MDX reads is reported at its line)"), errors);
        Assert.Contains(errors, e => e.Message.StartsWith("unknown key `readTime`", StringComparison.Ordinal));
        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void A_docusaurus_slug_names_the_final_file_and_the_mdx_and_file_name_errors_name_the_same_one()
    {
        // Chaos Mesh's 30 posts: the slug's error named no file, the MDX error kept the date prefix, and `q&a` needed a third rename.
        using var site = TestSite.With(
            ("en/blog/2021/2021-07-09-chaos-mesh-q&a.mdx", "---\nslug: /chaos-mesh-q&a\ntitle: 'Chaos Mesh Q&A'\n---\nBody.\n"),
            ("en/blog/2021/2021-08-20-chaos-mesh-apisix.mdx", "---\nslug: /How-Chaos-Mesh-Helps-Apache-APISIX-Improve-System-Stability\ntitle: APISIX\ndate: 2021-08-20\n---\nBody.\n"),
            ("en/blog/2021/share-your-story.mdx", "---\nslug: /share-your-story/\ntitle: Share\ndate: 2021-12-27\n---\nBody.\n"));

        var errors = site.Load().Diagnostics.Where(d => d.IsError).Select(d => (d.Path[("input/en/blog/2021/".Length)..], d.Line, d.Message)).ToList();

        Assert.Equal(
            [
                ("2021-07-09-chaos-mesh-q&a.mdx", 0, "`2021-07-09-chaos-mesh-q&a.mdx` is an MDX page (Docusaurus): pages here are markdown `.md` files: rename it to `chaos-mesh-q-a.md`, the name its `slug:` on line 2 asks for (an `import` line or other text only MDX reads is reported at its line)"),
                ("2021-07-09-chaos-mesh-q&a.mdx", 0, "file name `2021-07-09-chaos-mesh-q&a.md` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename it to `chaos-mesh-q-a.md`, the name its `slug:` on line 2 asks for (the page's URL is its file's name)"),
                ("2021-07-09-chaos-mesh-q&a.mdx", 1, "missing required key `date` (blog posts need `title`, `date`); the file's name starts with a date, which dates a post on Docusaurus and Jekyll sites but not here: add `date: 2021-07-09`"),
                ("2021-07-09-chaos-mesh-q&a.mdx", 2, "unknown key `slug` for blog posts: the page's URL comes from its file's name: rename `2021-07-09-chaos-mesh-q&a.mdx` to `chaos-mesh-q-a.md`, then delete the key; add `date: 2021-07-09` first: the old name starts with the post's date, which the new one drops"),
                ("2021-08-20-chaos-mesh-apisix.mdx", 0, "`2021-08-20-chaos-mesh-apisix.mdx` is an MDX page (Docusaurus): pages here are markdown `.md` files: rename it to `how-chaos-mesh-helps-apache-apisix-improve-system-stability.md`, the name its `slug:` on line 2 asks for (an `import` line or other text only MDX reads is reported at its line)"),
                ("2021-08-20-chaos-mesh-apisix.mdx", 2, "unknown key `slug` for blog posts: the page's URL comes from its file's name: rename `2021-08-20-chaos-mesh-apisix.mdx` to `how-chaos-mesh-helps-apache-apisix-improve-system-stability.md`, then delete the key"),
                ("share-your-story.mdx", 0, "`share-your-story.mdx` is an MDX page (Docusaurus): pages here are markdown `.md` files: rename it to `share-your-story.md` (an `import` line or other text only MDX reads is reported at its line)"),
                ("share-your-story.mdx", 2, "unknown key `slug` for blog posts: the file's name gives the page this URL already: delete the key"),
            ],
            errors.Order());
    }

    [Fact]
    public void An_mdx_file_whose_name_is_no_slug_is_told_the_slug_name_at_once()
    {
        // Told to become `2021-07-09-chaos-mesh-q&a.md`, the page then got the file-name error naming another name.
        using var site = TestSite.With(("en/blog/2021/2021-07-09-chaos-mesh-q&a.mdx", "---\ntitle: Q&A\ndate: 2021-07-09\n---\nBody.\n"));

        var messages = site.Load().Diagnostics.Where(d => d.IsError).Select(d => d.Message).Order().ToList();

        Assert.Equal(
            [
                "`2021-07-09-chaos-mesh-q&a.mdx` is an MDX page (Docusaurus): pages here are markdown `.md` files: rename it to `2021-07-09-chaos-mesh-q-a.md` (an `import` line or other text only MDX reads is reported at its line)",
                "file name `2021-07-09-chaos-mesh-q&a.md` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename it to `2021-07-09-chaos-mesh-q-a.md` (the page's URL is its file's name)",
            ],
            messages);
    }

    [Fact]
    public void An_mdx_file_beside_the_md_file_it_would_become_is_told_to_keep_one()
    {
        using var site = TestSite.With(("en/pages/x.mdx", "---\ntitle: Mine\n---\nX.\n"), ("en/pages/x.md", "---\ntitle: Theirs\n---\nX.\n"));

        var result = site.Load();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/en/pages/x.mdx", true, "`x.mdx` is an MDX page (Docusaurus): pages here are markdown `.md` files, and `x.md` beside it is one already: keep one of the two"), (d.Path, d.IsError, d.Message));
        Assert.Equal("Theirs", result.Content!.Get("en", "pages/x.md")!.Title);
    }

    [Fact]
    public void The_files_of_a_deleted_translations_bundle_are_told_they_can_be_deleted()
    {
        // KubeEdge: the untranslated zh/blog/secure-kubeedge/index.md deleted as told, its images were told to move to input/assets/ and be linked (29 times).
        using var site = TestSite.With(
            ("en/blog/secure-kubeedge/index.md", "---\ntitle: Secure KubeEdge\ndate: 2023-01-01\n---\n![Node](images/node1.png)\n"),
            ("en/blog/secure-kubeedge/images/node1.png", "png"),
            ("zh/blog/secure-kubeedge/images/node1.png", "png"),
            ("zh/blog/2023/gone/diagram.png", "png"),
            ("zh/blog/loose.png", "png"));

        var warnings = site.Load().Diagnostics.Where(d => !d.IsError).ToDictionary(d => d.Path, d => d.Message);

        Assert.Equal(3, warnings.Count);
        Assert.Equal("ignored: `input/zh/blog/secure-kubeedge/` has no index.md, so this is a file of the 中文 translation of input/en/blog/secure-kubeedge/index.md, which is not there: 中文 readers get the English page, with its own files: delete it, unless you put the translation back as `input/zh/blog/secure-kubeedge/index.md`", warnings["input/zh/blog/secure-kubeedge/images/node1.png"]);
        Assert.Equal("ignored: `input/zh/blog/2023/gone/` has no index.md, so this is a file of a page bundle whose page is not there (gone, or moved): delete it, unless you put the page back as `input/zh/blog/2023/gone/index.md` (if a page links to it, move it to `input/assets/zh/blog/2023/gone/diagram.png` and link it as `/assets/zh/blog/2023/gone/diagram.png`)", warnings["input/zh/blog/2023/gone/diagram.png"]);
        Assert.StartsWith("ignored: only .md files are pages; images and downloads go in input/assets/ (move it to `input/assets/zh/blog/loose.png`", warnings["input/zh/blog/loose.png"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_a_folder_named_like_the_page_beside_it_is_told_the_bundle_route_first_naming_the_page()
    {
        // etcd's Hugo posts: the page's error offered the bundle first, the PNG's warning only input/assets/; following both
        // moved the images away from the bundle the page had become.
        const string Post = "---\ntitle: Announcing etcd 3.5\ndate: 2021-06-15\n---\n![figure-1](../announcing-etcd-3.5/figure-1.png)\n";
        using var site = TestSite.With(("en/blog/2021/announcing-etcd-3.5.md", Post), ("en/blog/2021/announcing-etcd-3.5/figure-1.png", "png"));

        var warning = Assert.Single(site.Load().Diagnostics, d => !d.IsError);

        Assert.Equal(("input/en/blog/2021/announcing-etcd-3.5/figure-1.png", "ignored: only .md files are pages, and a folder named like the page beside it (`input/en/blog/2021/announcing-etcd-3.5/` beside `announcing-etcd-3.5.md`, Hugo's layout) is published only as that page's bundle: move `announcing-etcd-3.5.md` into it as `index.md` (`input/en/blog/2021/announcing-etcd-3.5/index.md`), and the page is published with its files, its links to them unchanged; or move this file to `input/assets/blog/2021/announcing-etcd-3.5/figure-1.png` and link it as `/assets/blog/2021/announcing-etcd-3.5/figure-1.png`"), (warning.Path, warning.Message));

        using var followed = TestSite.With(("en/blog/2021/announcing-etcd-3.5/index.md", Post), ("en/blog/2021/announcing-etcd-3.5/figure-1.png", "png"));
        var result = followed.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Content!.Assets, a => a.Url == "/blog/2021/announcing-etcd-3.5/figure-1.png");
    }

    [Fact]
    public void A_page_one_folder_too_deep_is_not_read_where_another_page_is()
    {
        using var site = TestSite.With(("en/blog/misc/x.md", "---\ntitle: Mine\ndate: 2024-01-01\n---\nX.\n"), ("en/blog/x.md", "---\ntitle: Theirs\ndate: 2024-01-01\n---\nX.\n"));

        var result = site.Load();

        Assert.Single(result.Diagnostics);
        Assert.Equal("Theirs", result.Content!.Get("en", "blog/x.md")!.Title);
    }

    [Theory]
    [InlineData("en/blog/2023/My Post/index.md", "blog/2023/my-post.md", "folder name `My Post` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename the folder to `my-post` (the page's URL is its folder's name)")]
    [InlineData("en/pages/my page.md", "pages/my-page.md", "file name `my page.md` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename it to `my-page.md` (the page's URL is its file's name)")]
    [InlineData("en/blog/Meet  Volcano in AI & Big Data.md", "blog/meet-volcano-in-ai-big-data.md", "file name `Meet  Volcano in AI & Big Data.md` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename it to `meet-volcano-in-ai-big-data.md` (the page's URL is its file's name)")]
    [InlineData("en/blog/1.4 release.md", "blog/1-4-release.md", "file name `1.4 release.md` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename it to `1-4-release.md` (the page's URL is its file's name)")]
    public void A_name_that_is_not_a_url_slug_is_an_error_and_the_page_is_read_under_the_name_it_is_told_to_take(string path, string id, string message)
    {
        using var site = TestSite.With((path, id.StartsWith("blog/", StringComparison.Ordinal) ? "---\ntitle: X\ndate: 2023-01-01\n---\nX.\n" : "---\ntitle: X\n---\nX.\n"));

        var result = site.Load();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/" + path, true, message), (d.Path, d.IsError, d.Message));
        Assert.Equal("X", result.Content!.Get("en", id)!.Title);
    }

    [Fact]
    public void A_post_whose_folder_name_is_not_a_url_slug_has_its_front_matter_body_images_and_translation_checked_in_the_same_run()
    {
        using var site = TestSite.With(
            ("en/blog/2024/Tetragon-and Azure-Sentinel/index.md", "---\ntitle: Tetragon and Azure Sentinel\ndate: 2024-03-01\nogImage: x.png\n---\n![Diagram](diagram.png) and ![gone](missing.png).\n"),
            ("en/blog/2024/Tetragon-and Azure-Sentinel/diagram.png", "png"),
            ("zh/blog/2024/Tetragon-and Azure-Sentinel/index.md", "---\ntitle: Tetragon 与 Azure Sentinel\ndate: 2024-03-02\n---\n正文。\n"));

        var result = site.Load();

        var page = result.Content!.Get("en", "blog/2024/tetragon-and-azure-sentinel.md")!;
        Assert.Equal(("Tetragon and Azure Sentinel", "/blog/2024/tetragon-and-azure-sentinel/"), (page.Title, page.Url));
        Assert.False(result.Content.Get("zh", "blog/2024/tetragon-and-azure-sentinel.md")!.IsFallback);
        Assert.Contains(result.Content.Assets, a => a.Url == "/blog/2024/tetragon-and-azure-sentinel/diagram.png");
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Message)).ToList();
        Assert.Contains(("input/en/blog/2024/Tetragon-and Azure-Sentinel/index.md", "folder name `Tetragon-and Azure-Sentinel` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename the folder to `tetragon-and-azure-sentinel` (the page's URL is its folder's name)"), errors);
        Assert.Contains(("input/zh/blog/2024/Tetragon-and Azure-Sentinel/index.md", "folder name `Tetragon-and Azure-Sentinel` must be a URL slug: letters, digits, `-`, `_` and `.` only, no spaces; rename the folder to `tetragon-and-azure-sentinel` (the page's URL is its folder's name)"), errors);
        Assert.Contains(errors, e => e.Path == "input/en/blog/2024/Tetragon-and Azure-Sentinel/index.md" && e.Message.StartsWith("unknown key `ogImage`", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "input/zh/blog/2024/Tetragon-and Azure-Sentinel/index.md" && e.Message.StartsWith("`date` contradicts the source page", StringComparison.Ordinal));
        var images = Site.Content.Markdown.ContentRenderer.RenderAll(result.Content).Diagnostics.Where(d => d.Message.Contains(".png", StringComparison.Ordinal)).Select(d => d.Message).ToList();
        Assert.All(images, m => Assert.Contains("missing.png", m, StringComparison.Ordinal));
        Assert.NotEmpty(images);
    }

    [Fact]
    public void A_name_that_is_not_a_url_slug_is_not_read_under_a_name_another_file_has()
    {
        using var site = TestSite.With(("en/pages/my page.md", "---\ntitle: Mine\n---\nX.\n"), ("en/pages/my-page.md", "---\ntitle: Theirs\n---\nX.\n"));

        var result = site.Load();

        Assert.Single(result.Diagnostics);
        Assert.Equal("Theirs", result.Content!.Get("en", "pages/my-page.md")!.Title);
    }

    [Fact]
    public void PostInTheWrongYearFolderIsAWarning()
    {
        using var site = TestSite.With(("en/blog/2018/x.md", "---\ntitle: X\ndate: 2019-01-01\n---\nX.\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.False(d.IsError);
        Assert.Contains("`2018/` folder but dated 2019", d.Message);
    }

    [Fact]
    public void UrlsThatDifferOnlyInCaseCollide()
    {
        using var site = TestSite.With(("en/pages/About.md", "---\ntitle: A\n---\nA.\n"), ("en/pages/about.md", "---\ntitle: a\n---\na.\n"));
        var errors = site.Load().Diagnostics.Where(d => d.IsError).ToArray();
        Assert.Contains(errors, d => d.Message.Contains("differ only in letter case"));
    }

    [Fact]
    public void NonMarkdownFilesInLanguageFoldersAreIgnoredWithAWarning()
    {
        using var site = TestSite.With(("en/pages/logo.png", "png"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.False(d.IsError);
        Assert.Contains("only .md files are pages", d.Message);
        Assert.Contains("move it to `input/assets/pages/logo.png` and link it as `/assets/pages/logo.png`", d.Message);
    }

    [Fact]
    public void AnImageBesideATranslationIsToldToMoveIntoItsLanguagesAssetFolder()
    {
        using var site = TestSite.With(("zh/blog/2023/kwok/shot.png", "png"));
        var d = Assert.Single(site.Load().Diagnostics, d => d.Path.EndsWith("shot.png", StringComparison.Ordinal));
        Assert.False(d.IsError);
        Assert.Contains("move it to `input/assets/zh/blog/2023/kwok/shot.png` and link it as `/assets/zh/blog/2023/kwok/shot.png`", d.Message);
    }

    [Fact]
    public void AScriptBesideAPageIsNotToldToMoveIntoAssetsWhichRefusesIt()
    {
        using var site = TestSite.With(("en/pages/widget.js", "alert(1)"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.False(d.IsError);
        Assert.Contains("input/assets/ would not publish it either: `.js` files would run script", d.Message);
        Assert.DoesNotContain("move it to", d.Message);
    }

    [Fact]
    public void UnknownLanguageFolderIsAnError()
    {
        using var site = TestSite.With(("fr/pages/a.md", "---\ntitle: A\n---\nA.\n"));
        var d = Assert.Single(site.Load().Diagnostics);
        Assert.True(d.IsError);
        Assert.Contains("folder `fr`", d.Message);
    }

    [Fact]
    public void SymlinkPointingOutsideInputIsNotFollowed()
    {
        using var site = TestSite.With(("en/pages/about.md", "---\ntitle: About\n---\nA.\n"));
        var outside = Path.Combine(site.Root, "secret.md");
        File.WriteAllText(outside, "---\ntitle: Secret\n---\nsecret\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "en", "pages", "leak.md"), outside);
        var result = site.Load();
        var d = Assert.Single(result.Diagnostics);
        Assert.True(d.IsError);
        Assert.Contains("points outside input/", d.Message);
        Assert.Null(result.Content!.Get("en", "pages/leak.md"));
    }

    [Fact]
    public void SymlinkInsideInputIsFollowed()
    {
        using var site = TestSite.With(("en/pages/real.md", "---\ntitle: Real\n---\nR.\n"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "en", "pages", "alias.md"), Path.Combine(site.Input, "en", "pages", "real.md"));
        var result = site.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Real", result.Content!.Get("en", "pages/alias.md")!.Title);
    }

    [Fact]
    public void AssetsArePublishedUnderAssets()
    {
        using var site = TestSite.With(("assets/img/logo.png", "png"));
        var content = site.Load().Content!;
        var asset = Assert.Single(content.Assets);
        Assert.Equal("/assets/img/logo.png", asset.Url);
        Assert.Contains("/assets/img/logo.png", content.OutputUrls);
    }

    [Fact]
    public void OutputUrlsIncludeGeneratedPagesOfEveryLanguage()
    {
        using var site = new TestSite(TestSite.Minimal);
        var urls = site.Load().Content!.OutputUrls;
        foreach (var u in new[] { "/blog/", "/zh/blog/", "/projects/", "/zh/categories/", "/sigs/", "/tags/", "/tags/service-mesh/", "/zh/tags/performance/", "/search/", "/feed.xml", "/zh/feed.xml", "/sitemap.xml", "/404.html" })
        {
            Assert.Contains(u, urls);
        }

        Assert.DoesNotContain("/zh/sitemap.xml", urls);
    }

    [Fact]
    public void EveryProblemOfAFileIsReportedInOneRun()
    {
        using var site = TestSite.With(("en/blog/x.md", "---\ntitle: X\ndate: someday\ntags: one\ndraft: maybe\nauthor: me\n---\nX.\n"));
        var lines = site.Load().Diagnostics.Where(d => d.IsError).Select(d => d.Line).ToArray();
        Assert.Equal([3, 4, 5, 6], lines);
    }

    [Fact]
    public void LoadingIsDeterministic()
    {
        using var site = TestSite.With(("zh/projects/linkerd.md", "---\ntitle: L\n---\nL.\n"));
        var a = site.Load().Content!.Pages.Select(p => p.Url).ToArray();
        var b = site.Load().Content!.Pages.Select(p => p.Url).ToArray();
        Assert.Equal(a, b);
        Assert.Equal("/blog/2019/linkerd-benchmarks/", a[0]);
        Assert.Equal("/zh/blog/2019/linkerd-benchmarks/", a[4]);
    }
}
