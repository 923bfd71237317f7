using System.Runtime.CompilerServices;
using Scriban.Runtime;
using Site.Pipeline.Incremental;
using Site.Pipeline.Rendering;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>
/// <c>include_cached</c>: the text of an include, rendered once per template, arguments and language
/// for a whole build, with <c>page</c> and the includer's variables out of reach so that sharing the
/// result is sound.
/// </summary>
public class ThemeIncludeCachedTests
{
    private const string Card = "<li>{{ $1.title | html.escape }} ({{ t.read }}, {{ lang.code }}){{ include 'partials/badge' $1 }}</li>\n";

    /// <summary>Every case of <see cref="ThemeIncludeTests"/> but named arguments, which are refused (<see cref="Named_arguments_are_refused"/>).</summary>
    public static TheoryData<string, string> IncludeCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var row in ThemeIncludeTests.Cases)
        {
            if ((string)row[0] != "named")
            {
                cases.Add((string)row[0], (string)row[1]);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(IncludeCases))]
    public void Gives_the_same_text_as_include(string name, string layout)
    {
        using var theme = ThemeIncludeTests.WithPartials();
        theme.Write("theme/layouts/page.scriban", layout);
        theme.Write("theme/layouts/cached.scriban", layout.Replace("include '", "include_cached '", StringComparison.Ordinal));

        var (plain, plainError) = theme.RenderPage("page");
        var (cached, cachedError) = theme.RenderPage("cached");

        Assert.Null(plainError);
        Assert.Null(cachedError);
        Assert.Equal(plain, cached);
        Assert.NotNull(name);
    }

    [Fact]
    public void A_result_is_reused_for_the_same_model_object_and_language_and_not_for_another()
    {
        using var theme = CardTheme();
        var cache = new IncludeCache();
        var renderer = new PageRenderer(theme.Load(), includeCache: cache);
        var kube = new ModelMap { ["title"] = "Kubernetes" };
        var envoy = new ModelMap { ["title"] = "Envoy" };
        var en = Language("en");

        var first = Render(renderer, en, kube);
        kube["title"] = "changed behind the cache"; // models never change during a build: the kept text shows
        var second = Render(renderer, en, kube);
        var other = Render(renderer, en, envoy);
        var zh = Render(renderer, Language("zh"), kube);

        Assert.Equal(Listed("Kubernetes", "en"), first);
        Assert.Equal(first, second);
        Assert.Equal(Listed("Envoy", "en"), other);
        Assert.Contains("changed behind the cache (read, zh)", zh);
        Assert.Equal(3, cache.Count);
    }

    /// <summary>
    /// A build session's cache outlives the models of one run: a frozen item or language made again with the
    /// same content (every model is built anew after a new page) finds the result of the last run, and one with
    /// other content does not. The hit is visible because the second item changed after its fingerprint was taken.
    /// </summary>
    [Fact]
    public void With_keys_by_content_a_frozen_item_made_again_alike_finds_the_kept_result()
    {
        using var theme = CardTheme();
        var cache = new IncludeCache(frozenByContent: true);
        var renderer = new PageRenderer(theme.Load(), includeCache: cache);

        var first = Render(renderer, Frozen(Language("en")), Frozen(new ModelMap { ["title"] = "Kubernetes" }));
        var alike = Frozen(new ModelMap { ["title"] = "Kubernetes" });
        Assert.True(ModelFingerprint.TryFrozen(alike, out _));
        alike["title"] = "changed after its fingerprint was taken";
        var again = Render(renderer, Frozen(Language("en")), alike);
        var renamed = Render(renderer, Frozen(Language("en")), Frozen(new ModelMap { ["title"] = "Kubernetes 2" }));
        var otherLanguage = Render(renderer, Frozen(Language("zh")), Frozen(new ModelMap { ["title"] = "Kubernetes" }));

        Assert.Equal(Listed("Kubernetes", "en"), first);
        Assert.Equal(first, again);
        Assert.Equal(Listed("Kubernetes 2", "en"), renamed);
        Assert.Equal(Listed("Kubernetes", "zh"), otherLanguage);
        Assert.Equal(3, cache.Count);
    }

    /// <summary>Maps nobody froze (made for one page) still count by identity, and a one-shot build's cache compares frozen ones by identity too.</summary>
    [Fact]
    public void Unfrozen_maps_and_a_cache_without_keys_by_content_compare_by_identity()
    {
        using var theme = CardTheme();
        var en = Frozen(Language("en"));
        var unfrozenByContent = new IncludeCache(frozenByContent: true);
        var frozenByIdentity = new IncludeCache();

        var first = new PageRenderer(theme.Load(), includeCache: unfrozenByContent);
        Render(first, en, new ModelMap { ["title"] = "Kubernetes" });
        Render(first, en, new ModelMap { ["title"] = "Kubernetes" });
        var second = new PageRenderer(theme.Load(), includeCache: frozenByIdentity);
        Render(second, en, Frozen(new ModelMap { ["title"] = "Kubernetes" }));
        Render(second, en, Frozen(new ModelMap { ["title"] = "Kubernetes" }));

        Assert.Equal(2, unfrozenByContent.Count);
        Assert.Equal(2, frozenByIdentity.Count);
    }

    /// <summary>A session keeps its cache for hours: a result must not keep the models of the run that made it alive.</summary>
    [Fact]
    public void A_key_by_content_does_not_keep_the_item_it_was_made_from_alive()
    {
        using var theme = CardTheme();
        var cache = new IncludeCache(frozenByContent: true);
        var renderer = new PageRenderer(theme.Load(), includeCache: cache);
        var en = Frozen(Language("en"));

        var item = RenderedAndDropped(renderer, en);
        Render(renderer, en, Frozen(new ModelMap { ["title"] = "Envoy" })); // the renderer's last page shows another item
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(2, cache.Count);
        Assert.False(item.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RenderedAndDropped(PageRenderer renderer, ModelMap lang)
    {
        var item = Frozen(new ModelMap { ["title"] = "Kubernetes" });
        Render(renderer, lang, item);
        return new WeakReference(item);
    }

    private static ModelMap Frozen(ModelMap map) => ModelFingerprint.Freeze(map);

    [Fact]
    public void Every_renderer_of_a_build_shares_the_results()
    {
        using var theme = CardTheme();
        var loaded = theme.Load();
        var cache = new IncludeCache();
        var kube = new ModelMap { ["title"] = "Kubernetes" };
        var en = Language("en");

        Render(new PageRenderer(loaded, includeCache: cache), en, kube);
        kube["title"] = "Other";
        var fromSecondRenderer = Render(new PageRenderer(loaded, includeCache: cache), en, kube);

        Assert.Contains("Kubernetes", fromSecondRenderer);
        Assert.Equal(1, cache.Count);
    }

    /// <summary>
    /// A build session keeps the cache of its last run while it keeps results: a cache that is merely close to
    /// its bound is kept (the cold build of a large site filled 90% of the old bound, and every later edit then
    /// rendered every card of its pages again), one that refused a result is not.
    /// </summary>
    [Fact]
    public void A_cache_keeps_results_up_to_its_bound_and_says_when_it_stopped_keeping()
    {
        using var theme = CardTheme();
        const string Html = "<li>Kubernetes (read, en)<b>Kubernetes</b></li>\n";
        var cache = new IncludeCache(maxChars: (2 * Html.Length) + 1);
        var renderer = new PageRenderer(theme.Load(), includeCache: cache);
        var en = Language("en");

        Render(renderer, en, new ModelMap { ["title"] = "Kubernetes" });
        Render(renderer, en, new ModelMap { ["title"] = "Kubernetes" });
        Assert.Equal(2, cache.Count);
        Assert.False(cache.StoppedKeeping); // full to the last character but one

        var third = Render(renderer, en, new ModelMap { ["title"] = "Kubernetes" });
        Assert.Equal("<ul>" + Html + "</ul>", third);
        Assert.Equal(2, cache.Count);
        Assert.True(cache.StoppedKeeping);
    }

    [Fact]
    public void A_page_that_reuses_a_result_still_records_every_template_behind_it()
    {
        using var theme = CardTheme();
        var renderer = new PageRenderer(theme.Load(), includeCache: new IncludeCache());
        var kube = new ModelMap { ["title"] = "Kubernetes" };

        Render(renderer, Language("en"), kube);
        Render(renderer, Language("en"), kube);

        Assert.Equal(
            ["layouts/_base.scriban", "layouts/list.scriban", "partials/badge.scriban", "partials/card.scriban"],
            renderer.TemplatesUsed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Objects_made_by_a_template_are_rendered_but_never_kept()
    {
        using var theme = CardTheme();
        theme.Write("theme/layouts/made.scriban", "{{ $o = {title: 'A'} }}{{ include_cached 'partials/card' $o }}{{ $o.title = 'B' }}{{ include_cached 'partials/card' $o }}");
        var cache = new IncludeCache();
        var renderer = new PageRenderer(theme.Load(), includeCache: cache);

        var html = renderer.RenderPage("made", Globals(Language("en")), out var error);

        Assert.Null(error);
        Assert.Equal("<li>A (read, en)<b>A</b></li>\n<li>B (read, en)<b>B</b></li>\n", html);
        Assert.Equal(0, cache.Count);
    }

    [Theory]
    [InlineData("page")]
    [InlineData("content")]
    public void Reading_a_per_page_global_in_a_cached_include_is_an_error_at_its_line(string global)
    {
        using var theme = CardTheme();
        theme.Write("theme/partials/nav.scriban", $"<nav>\n  {{{{ {global}.url }}}}\n</nav>");
        theme.Write("theme/layouts/page.scriban", "{{ include_cached 'partials/nav' }}");

        var (html, error) = theme.RenderPage("page", new ModelMap { ["url"] = "/a/" });

        Assert.Null(html);
        Assert.EndsWith("theme/partials/nav.scriban", error!.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains($"`{global}` is not available", error.Message);
    }

    [Fact]
    public void The_includers_variables_are_out_of_reach()
    {
        using var theme = CardTheme();
        theme.Write("theme/partials/shows.scriban", "[{{ x }}]");
        theme.Write("theme/layouts/page.scriban", "{{ x = 'includer' }}{{ include 'partials/shows' }}{{ include_cached 'partials/shows' }}");

        var (html, error) = theme.RenderPage("page");

        Assert.Null(error);
        Assert.Equal("[includer][]", html);
    }

    [Fact]
    public void Named_arguments_are_refused()
    {
        using var theme = CardTheme();
        theme.Write("theme/layouts/page.scriban", "\n{{ include_cached 'partials/card' item: 1 }}");

        var (html, error) = theme.RenderPage("page");

        Assert.Null(html);
        Assert.EndsWith("theme/layouts/page.scriban", error!.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("positional arguments only", error.Message);
    }

    [Fact]
    public void After_a_failed_cached_include_the_next_page_renders_cleanly()
    {
        using var theme = CardTheme();
        theme.Write("theme/partials/fails.scriban", "{{ if $1 }}{{ $1.title.no_such_member.deeper }}{{ else }}fine{{ end }}");
        theme.Write("theme/layouts/page.scriban", "<{{ include_cached 'partials/fails' page.item }}>");
        var renderer = new PageRenderer(theme.Load(), includeCache: new IncludeCache());

        var failed = renderer.RenderPage("page", TestTheme.Globals(new ModelMap { ["item"] = new ModelMap { ["title"] = "x" } }), out var error);
        var next = renderer.RenderPage("page", TestTheme.Globals(new ModelMap { ["item"] = null }), out var nextError);

        Assert.Null(failed);
        Assert.EndsWith("theme/partials/fails.scriban", error!.Path);
        Assert.Null(nextError);
        Assert.Equal("<fine>", next);
    }

    private static TestTheme CardTheme()
    {
        var theme = new TestTheme();
        theme.Write("theme/partials/card.scriban", Card);
        theme.Write("theme/partials/badge.scriban", "<b>{{ $1.title }}</b>");
        theme.Write("theme/layouts/list.scriban", "<ul>{{ include_cached 'partials/card' page.item }}</ul>");
        return theme;
    }

    private static ModelMap Language(string code) => new() { ["code"] = code };

    /// <summary>The list layout's page with the card of <paramref name="title"/> in <paramref name="language"/>.</summary>
    private static string Listed(string title, string language) => $"<ul><li>{title} (read, {language})<b>{title}</b></li>\n</ul>";

    private static readonly ModelMap Strings = new() { ["read"] = "read" };

    private static ScriptObject Globals(ModelMap lang, ModelMap? page = null) => new()
    {
        ["page"] = page ?? [],
        ["lang"] = lang,
        ["t"] = Strings,
    };

    private static string Render(PageRenderer renderer, ModelMap lang, ModelMap item)
    {
        var html = renderer.RenderPage("list", Globals(lang, new ModelMap { ["item"] = item }), out var error);
        Assert.Null(error);
        return html!;
    }
}
