using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Scriban;
using Scriban.Runtime;
using Site.Content.Markdown;
using Site.Pipeline.Model;
using Site.Pipeline.Rendering;
using Site.Pipeline.Tests.Model;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>The default theme under Scriban's semantics, and the builtins the renderer replaces for speed.</summary>
public partial class DefaultThemeTests
{
    private static readonly Lazy<Theme> DefaultTheme = new(() => Theme.Load(RepositoryRoot.Combine("themes", "default"), []));

    [Fact]
    public void Every_page_gets_the_search_urls_of_its_own_language()
    {
        // In an object literal the new object is in scope: `{ lang: lang.code, search_url: lang.search_url }` reads the new `lang` string.
        using var site = new MiniSite();
        var strings = new[] { "en", "zh" }.ToDictionary(code => code, code => UiStrings.Load(RepositoryRoot.Combine("translations"), code, "translations", []));
        var model = new SiteModel(site.Content, ContentRenderer.RenderAll(site.Content).Get, strings, 2026);
        var renderer = new PageRenderer(DefaultTheme.Value);
        foreach (var language in model.Languages)
        {
            foreach (var job in new PageModelFactory(language).All())
            {
                var html = renderer.Render(job, out var error) ?? throw new InvalidOperationException(error!.ToString());
                var config = JsonDocument.Parse(SearchConfig().Match(html).Groups[1].Value).RootElement;

                Assert.Equal(language.Info.Code, config.GetProperty("lang").GetString());
                Assert.Equal(language.Lang["search_url"], config.GetProperty("search_url").GetString());
                Assert.Equal(((ModelMap)language.Lang["search"]!)["light_url"], config.GetProperty("light_index").GetString());
                Assert.Equal(((ModelMap)language.Lang["search"]!)["full_url"], config.GetProperty("full_index").GetString());
                Assert.Equal(((ModelMap)language.Globals["assets"]!)["lunr_js"], config.GetProperty("lunr").GetString());
            }
        }
    }

    [Fact]
    public void Ui_strings_in_the_search_configuration_cannot_close_its_script_element() =>
        Prop.ForAll(HostileText.Arbitrary, text =>
        {
            var renderer = new PageRenderer(DefaultTheme.Value);
            var globals = new Dictionary<string, object?>
            {
                ["lang"] = new ModelMap { ["code"] = "en", ["search_url"] = "/search/", ["search"] = new ModelMap { ["light_url"] = "/l.json", ["full_url"] = "/f.json" } },
                ["site"] = new ModelMap { ["assets"] = new ModelMap { ["lunr_js"] = "/lunr.js", ["lunr_cjk_js"] = "/cjk.js" } },
                ["t"] = new ModelMap { ["search"] = new ModelMap { ["label"] = text }, ["kind"] = new ModelMap { [text.Length > 0 ? text : "k"] = text } },
            };

            var html = renderer.RenderTemplate("partials/search_config.scriban", globals, out var error) ?? throw new InvalidOperationException(error!.ToString());
            var json = SearchConfig().Match(html).Groups[1].Value;

            Assert.DoesNotContain('<', json);
            Assert.DoesNotContain('>', json);
            Assert.Equal(html.IndexOf("</script>", StringComparison.Ordinal), html.LastIndexOf("</script>", StringComparison.Ordinal));
            if (!text.Any(char.IsSurrogate))
            {
                Assert.Equal(text, JsonDocument.Parse(json).RootElement.GetProperty("strings").GetProperty("label").GetString());
            }
        }).Check(PropertyRuns.Config);

    [Fact]
    public void The_renderers_html_escape_gives_what_Scribans_gives()
    {
        const string Layout = "{{ page.text | html.escape }}|{{ html.escape page.text }}|{{ page.number | html.escape }}|{{ null | html.escape }}";
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", Layout);
        var renderer = new PageRenderer(theme.Load());
        var scriban = Template.Parse(Layout);

        Prop.ForAll(HostileText.Arbitrary, text =>
        {
            var ours = renderer.RenderPage("page", TestTheme.Globals(new ModelMap { ["text"] = text, ["number"] = text.Length }), out var error);

            var context = new TemplateContext();
            context.PushGlobal(new ScriptObject { ["page"] = new ScriptObject { ["text"] = text, ["number"] = text.Length } });
            Assert.Null(error);
            Assert.Equal(scriban.Render(context), ours);
        }).Check(PropertyRuns.Config);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"search-config\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SearchConfig();
}
