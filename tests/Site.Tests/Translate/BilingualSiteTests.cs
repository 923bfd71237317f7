using System.Text.RegularExpressions;
using Site.Tests.Browser;

namespace Site.Tests.Translate;

/// <summary>
/// The repository's sample site as built: every page pairs with its other-language version,
/// hreflang only for real translations, fallbacks marked and linked to the translation guide,
/// dates per language, the status page published in both languages.
/// </summary>
public sealed partial class BilingualSiteTests
{
    private static async Task<string> Read(string relative) => File.ReadAllText((await BuiltSampleSite.GetAsync()).OutputFile(relative));

    [Fact]
    public async Task Translated_page_has_locale_switcher_to_the_same_page_and_hreflang_pairs()
    {
        var html = await Read("zh/projects/linkerd/index.html");
        Assert.Contains("<html lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/projects/linkerd/\" hreflang=\"en-US\" data-lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Equal(
            ["en-US https://cncf-kb.netlify.app/projects/linkerd/", "zh-CN https://cncf-kb.netlify.app/zh/projects/linkerd/", "x-default https://cncf-kb.netlify.app/projects/linkerd/"],
            Alternates(html));
        Assert.DoesNotContain("notice-outdated", html, StringComparison.Ordinal); // the sample starts current
    }

    [Fact]
    public async Task Fallback_page_has_Chinese_chrome_English_body_a_notice_and_no_hreflang()
    {
        var html = await Read("zh/projects/telepresence/index.html");
        Assert.Contains("<html lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"prose\" lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("notice-fallback", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh/status/translations/#how-to-translate\"", html, StringComparison.Ordinal);
        Assert.Empty(Alternates(html));
        Assert.Contains("<link rel=\"canonical\" href=\"https://cncf-kb.netlify.app/projects/telepresence/\">", html, StringComparison.Ordinal);

        var english = await Read("projects/telepresence/index.html");
        Assert.Contains("href=\"/zh/projects/telepresence/\" hreflang=\"zh-CN\" data-lang=\"zh\" class=\"is-fallback\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("/zh/projects/telepresence/", await Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_pages_are_keyed_once_and_labelled_per_language()
    {
        var zh = await Read("zh/tags/service-mesh/index.html");
        Assert.Contains("服务网格", zh, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tags/service-mesh/\" hreflang=\"en-US\" data-lang=\"en\">", zh, StringComparison.Ordinal);
        Assert.Contains("zh-CN https://cncf-kb.netlify.app/zh/tags/service-mesh/", Alternates(zh));
        Assert.Contains("<a href=\"/zh/tags/service-mesh/\" hreflang=\"zh-CN\" data-lang=\"zh\">", await Read("tags/service-mesh/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_follow_the_patterns_of_each_language()
    {
        Assert.Contains(">2019年5月30日<", await Read("zh/blog/2019/linkerd-benchmarks/index.html"), StringComparison.Ordinal);
        Assert.Contains(">May 30, 2019<", await Read("blog/2019/linkerd-benchmarks/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_page_is_published_in_both_languages_with_the_missing_pages()
    {
        var zh = await Read("zh/status/translations/index.html");
        Assert.Contains("<h1>翻译状态</h1>", zh, StringComparison.Ordinal);
        Assert.Contains("site translate input/en/projects/telepresence.md --to zh", zh, StringComparison.Ordinal);
        Assert.Contains("id=\"how-to-translate\"", zh, StringComparison.Ordinal);
        var en = await Read("status/translations/index.html");
        Assert.Contains("<h1>Translation status</h1>", en, StringComparison.Ordinal);
        Assert.Contains("href=\"/status/translations/\"", await Read("index.html"), StringComparison.Ordinal); // footer link
    }

    private static List<string> Alternates(string html) =>
        AlternateLink().Matches(html).Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToList();

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">")]
    private static partial Regex AlternateLink();
}
