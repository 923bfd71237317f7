using System.Text.Json;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests.Sets;

/// <summary>
/// End to end in real lunr.js: files written by <see cref="SearchIndexSet"/> served to
/// tools/lunr/lunr-tiered-search.js, before any load, with the light tier only, then after the full tier arrives.
/// </summary>
public sealed class TieredSearchScriptTests
{
    [Fact]
    public void Light_results_come_first_and_full_text_results_merge_in_when_the_full_index_arrives()
    {
        using var temp = new TempDirectory();
        var set = SearchIndexSet.ForLanguage("zh");
        set.Add(new SearchDocument("/zh/kubernetes/", "Kubernetes 容器编排") { Summary = "调度容器", Body = "控制平面管理工作节点。" });
        set.Add(new SearchDocument("/zh/etcd/", "etcd") { Summary = "分布式键值存储", Body = "Kubernetes 的控制平面把集群状态保存在 etcd。" });
        set.Build().WriteFiles(temp.Path, "zh");
        string queries = temp.File("queries.json");
        File.WriteAllText(queries, JsonSerializer.Serialize(new[] { "容器编排", "控制平面", "Kubernetes", "a\\:b:c", "nosuch:x^" }));

        using JsonDocument result = JsonDocument.Parse(NodeRunner.RunScript("tiered.js", temp.Path, "zh", queries));
        JsonElement root = result.RootElement;

        Assert.Equal("none", root.GetProperty("before")[0].GetProperty("tier").GetString());
        JsonElement light = root.GetProperty("light");
        JsonElement full = root.GetProperty("full");
        Assert.Equal("light", light[0].GetProperty("tier").GetString());
        Assert.Equal("/zh/kubernetes/", Refs(light[0])[0]);
        Assert.Equal("容器编排", light[0].GetProperty("results")[0].GetProperty("doc").GetProperty("title").GetString()![^4..]);
        Assert.Empty(Refs(light[1]));                       // body-only words need the full tier
        Assert.Equal("full", full[1].GetProperty("tier").GetString());
        Assert.Equal(["/zh/etcd/", "/zh/kubernetes/"], Refs(full[1]).Order(StringComparer.Ordinal));
        Assert.Equal(["/zh/kubernetes/"], Refs(light[2]));
        Assert.Equal(2, Refs(full[2]).Count);               // "Kubernetes" also occurs in etcd's body
        Assert.True(full[3].TryGetProperty("error", out _)); // syntax errors are reported, not thrown
        Assert.False(full[4].TryGetProperty("error", out _)); // unknown fields and stray ^ are rewritten away
        Assert.Empty(Refs(full[4]));
    }

    private static List<string> Refs(JsonElement response) =>
        response.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ref").GetString()!).ToList();
}
