using System.Text.Json;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests.Ranking;

/// <summary>
/// The ranking the site's search box runs (<c>lunrCjk.rank</c> in tools/lunr/lunr-cjk.js) over a names index and
/// text-index shards built by <see cref="SearchIndexSet"/>, in real lunr.js: one mechanism per test, on pages made
/// to tell the mechanism apart from its absence.
/// </summary>
public sealed class RankingScriptTests
{
    private static readonly SearchDocument[] Pages =
    [
        new("prometheus", "Prometheus") { Summary = "A monitoring system and time series database.", Body = "Prometheus scrapes metrics. Prometheus stores samples." },
        new("exporter", "Prometheusbeat exporter") { Summary = "Ships metrics.", Body = "See github.com/acme/prometheusbeat-exporterx for the code." },
        new("linkerd", "Linkerd") { Summary = "An ultralight service mesh.", Body = "Linkerd adds mTLS to every service mesh workload." },
        new("links", "Useful links") { Summary = "Links to other sites.", Body = "A list of links: link one, link two." },
        new("istio", "Istio") { Summary = "A service mesh.", Body = "Istio uses Envoy sidecars in the mesh." },
        new("services", "Services") { Summary = "What a service is.", Body = "A service, another service, many services and service accounts." },
        new("kubernetes", "Kubernetes") { Summary = "Container orchestration.", Body = "Kubernetes schedules pods." },
        new("fluentd", "Fluentd") { Summary = "日志层。", Body = "Fluentd 负责采集日志，也会缓冲和转发。It collects logs; its plugins are written in Ruby, not C++." },
        new("mesh-zh", "服务网格") { Summary = "服务网格是服务之间的基础设施层。", Body = "服务网格保护服务间流量。" },
        new("service-zh", "服务目录") { Summary = "服务的列表。", Body = "每个服务都有名字。服务发现。" },
    ];

    private static readonly Lazy<RankOutput> Output = new(Run);

    [Fact]
    public void A_complete_word_ranks_its_exact_pages_above_rare_words_that_merely_start_with_it()
        => Assert.Equal("prometheus", Ranked(0)[0]);

    [Fact]
    public void Every_word_is_required_when_some_page_has_them_all()
    {
        // "service mesh": the two pages with both words first; with so few, pages holding one of the words
        // follow them (the page saying "service" most often included).
        var ranked = Ranked(1);
        Assert.Equal(["istio", "linkerd"], ranked.Take(2).Order());
        Assert.True(ranked.IndexOf("services") >= 2, string.Join(", ", ranked));
    }

    [Fact]
    public void A_word_no_page_has_does_not_empty_the_results()
        => Assert.Contains("linkerd", Ranked(2)); // "mesh spaceship"

    [Theory]
    [InlineData(3, "kubernetes")] // "kubernetse": letters swapped
    [InlineData(4, "linkerd")]    // "linkred": the intended name, not the shorter word "link"
    [InlineData(5, "prometheus")] // "prometheeus": a doubled letter
    public void A_single_typo_in_a_long_word_still_finds_the_page(int query, string expected)
        => Assert.Equal(expected, Ranked(query)[0]);

    [Fact]
    public void Chinese_words_typed_in_another_order_still_match()
        => Assert.Equal("fluentd", Ranked(6)[0]); // "日志采集" where the text says "采集日志"

    [Fact]
    public void A_chinese_run_ranks_pages_with_the_whole_run_above_pages_with_part_of_it()
    {
        var ranked = Ranked(7); // "服务网格"
        Assert.Equal("mesh-zh", ranked[0]);
        Assert.DoesNotContain("service-zh", ranked);
    }

    [Fact]
    public void A_word_being_typed_completes_to_the_pages_about_the_common_word()
        => Assert.Equal("prometheus", Ranked(8)[0]); // "promet"

    [Fact]
    public void A_minus_word_excludes_pages()
        => Assert.Equal(["istio"], Ranked(9)); // "mesh -linkerd"

    [Fact]
    public void Chinese_question_words_are_not_required()
        => Assert.Equal("mesh-zh", Ranked(10)[0]); // "什么是服务网格": the pages say 服务网格, not 什么是

    [Fact]
    public void Highlights_cover_whole_words_whose_terms_matched_and_nothing_else()
    {
        Assert.Equal(["C"], Output.Value.Highlights[0]);           // "C++" marks "C", never "collects"
        Assert.Equal(["collects"], Output.Value.Highlights[1]);    // "collect" marks the whole word
        Assert.Equal(["服务网格", "服务"], Output.Value.Highlights[2]); // Han: the matched bigrams
    }

    [Fact]
    public void A_passage_is_cut_around_the_matched_words_at_word_boundaries()
    {
        var passage = Output.Value.Passages[0]!;
        Assert.Contains("sidecars", passage, StringComparison.Ordinal);
        Assert.False(passage.StartsWith(' ') || passage.EndsWith(' '));
        Assert.True(passage.Length <= 80, passage);
    }

    private static List<string> Ranked(int query) => Output.Value.Queries[query];

    private static RankOutput Run()
    {
        using var temp = new TempDirectory();
        var set = SearchIndexSet.ForLanguage("en");
        foreach (var page in Pages)
        {
            set.Add(page);
        }

        File.WriteAllText(temp.File("names.json"), set.BuildNamesIndex().ToJson());
        var text = set.BuildTextIndex();
        var shards = text.PlanShards(400);
        Assert.True(shards.Shards.Count > 2);
        File.WriteAllText(temp.File("documents.json"), text.DocumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (int i = 0; i < shards.Shards.Count; i++)
        {
            File.WriteAllText(temp.File($"shard-{i:D3}.json"), shards.ToJson(i));
        }

        var filler = string.Join(' ', Enumerable.Repeat("Unrelated words about other things.", 6));
        var input = new
        {
            queries = new[] { "prometheus", "service mesh", "mesh spaceship", "kubernetse", "linkred", "prometheeus", "日志采集", "服务网格", "promet", "mesh -linkerd", "什么是服务网格" },
            highlights = new[]
            {
                new { query = "C++", text = "C is short; Fluentd collects logs." },
                new { query = "collect", text = "C is short; Fluentd collects logs." },
                new { query = "服务网格", text = "服务网格不是服务。" },
            },
            passages = new[] { new { query = "sidecars", text = filler + " Istio injects sidecars next to each workload. " + filler, size = 80 } },
        };
        var file = temp.File("input.json");
        File.WriteAllText(file, JsonSerializer.Serialize(input));
        return JsonSerializer.Deserialize<RankOutput>(NodeRunner.RunScript("rank.js", temp.Path, file), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record RankOutput(List<List<string>> Queries, List<List<string>> Highlights, List<string?> Passages);
}
