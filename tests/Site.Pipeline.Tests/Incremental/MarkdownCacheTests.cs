using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.Loading;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Tests.Incremental;

public sealed class MarkdownCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly MarkdownCache _cache = new();
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = 2 };

    public MarkdownCacheTests()
    {
        _temp.WriteFile("input/site.yml", "title: { en: KB, zh: 知识库 }\nbaseUrl: https://kb.example.org/\nlanguages:\n  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\n");
        _temp.WriteFile("input/en/categories/mesh.md", "---\ntitle: Mesh\n---\nSee [the design](/projects/linkerd/#design).\n");
        WriteProject("## Design\n\nProxies.");
        _temp.WriteFile("input/zh/projects/linkerd.md", "---\ntitle: Linkerd\n---\n中文。\n\n## 设计\n\n代理。\n");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_second_run_over_unchanged_content_renders_and_checks_nothing()
    {
        var first = Render(out _);
        var second = Render(out var diagnostics);

        // Two English bodies and the Chinese translation; the Chinese category is a fallback sharing the English result.
        Assert.Equal(3, first.RenderedCount);
        Assert.Equal(0, second.RenderedCount);
        Assert.Equal(0, _cache.LastChecked);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Editing_source_prose_re_renders_the_source_but_not_its_translation()
    {
        Render(out _);
        WriteProject("## Design\n\nProxies, rewritten.");

        var run = Render(out _);

        Assert.Equal(1, run.RenderedCount);
    }

    [Fact]
    public void A_title_edit_renders_the_body_again_when_its_first_line_repeated_the_title()
    {
        _temp.WriteFile("input/en/pages/about.md", "---\ntitle: About us\n---\n# About us\n\nWho we are.\n");
        var first = Render(out _);
        Assert.DoesNotContain("<h1", first.Get(Loaded("en", "pages/about.md"))!.Html, StringComparison.Ordinal);

        _temp.WriteFile("input/en/pages/about.md", "---\ntitle: About the team\n---\n# About us\n\nWho we are.\n");
        var second = Render(out var diagnostics);

        Assert.Equal(1, second.RenderedCount);
        Assert.Contains("<h1", second.Get(Loaded("en", "pages/about.md"))!.Html, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Message.Contains("second `<h1>`", StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_a_heading_rechecks_the_links_of_other_pages()
    {
        Render(out _);
        WriteProject("## Architecture\n\nProxies.");

        var run = Render(out var diagnostics);

        // The translation inherits ids from the source outline, which changed: it renders again too.
        Assert.Equal(2, run.RenderedCount);
        Assert.Contains(diagnostics, d => d.IsError && d.Path.EndsWith("categories/mesh.md", StringComparison.Ordinal) && d.Message.Contains("design", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_that_moves_pages_in_lists_but_not_where_links_lead_keeps_the_localised_bodies()
    {
        _temp.WriteFile("input/zh/categories/mesh.md", "---\ntitle: 网格\n---\n见[设计](/projects/linkerd/#design)。\n");
        var first = Render(out _);
        var localisedBefore = first.Get(Loaded("zh", "categories/mesh.md"));
        Assert.Contains("/zh/projects/linkerd/", localisedBefore!.Html, StringComparison.Ordinal);

        // Another maturity: the project moves to another group of its category (the site's shape changes), its URL does not.
        WriteProject("## Design\n\nProxies.", maturity: "incubating");
        var second = Render(out _);

        Assert.Equal(0, _cache.LastLocalised);
        Assert.Same(localisedBefore, second.Get(Loaded("zh", "categories/mesh.md")));

        // A translation that goes away changes where the link leads: localised again, to the English page.
        File.Delete(_temp.Combine("input", "zh", "projects", "linkerd.md"));
        var third = Render(out _);

        Assert.Equal(1, _cache.LastLocalised);
        Assert.DoesNotContain("/zh/projects/linkerd/", third.Get(Loaded("zh", "categories/mesh.md"))!.Html, StringComparison.Ordinal);
    }

    /// <summary>The page of the last load.</summary>
    private Site.Content.Model.Page Loaded(string language, string id) =>
        _lastLoaded!.Get(language, id) ?? throw new InvalidOperationException($"{language}:{id} not loaded");

    private void WriteProject(string sections, string maturity = "graduated") =>
        _temp.WriteFile("input/en/projects/linkerd.md", $"---\ntitle: Linkerd\nmaturity: {maturity}\ncategory: mesh\n---\nLinkerd.\n\n{sections}\n");

    private ContentSet? _lastLoaded;

    private RenderedPages Render(out List<Diagnostic> diagnostics)
    {
        var loaded = ContentLoader.Load(_temp.Combine("input"));
        Assert.NotNull(loaded.Content);
        _lastLoaded = loaded.Content;
        diagnostics = [];
        return _cache.RenderAll(loaded.Content!, _parallel, diagnostics);
    }
}
