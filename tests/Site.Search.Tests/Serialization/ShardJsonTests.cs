using System.Text;
using System.Text.Json;
using Site.Search.Serialization;
using Site.Search.Tests.Compat;

namespace Site.Search.Tests.Serialization;

/// <summary>
/// A shard must be exactly the whole index's JSON cut down to the shard's terms: its terms' postings as they are,
/// and every field vector with only the entries of those terms (vectors left empty omitted). The expected shard is
/// derived here from the whole index's text, independently of how the writer regroups postings into vectors.
/// </summary>
public sealed class ShardJsonTests
{
    public static TheoryData<string> CorpusIndexNames => ["en", "zh", "positions", "punctuation"];

    [Theory]
    [MemberData(nameof(CorpusIndexNames))]
    public void Every_shard_of_a_corpus_index_is_the_whole_index_cut_to_its_terms(string name)
    {
        LunrIndex index = CompatCorpus.Load().Indexes.Single(i => i.Name == name).Build();

        AssertShardsAreCutsOfTheWholeIndex(index, targetBytes: 300);
    }

    [Fact]
    public void Shards_keep_javascript_key_order_for_numeric_refs_that_are_not_in_add_order()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("title", 3).AddField("body");
        builder.MetadataWhitelist.Add("position");
        string[] refs = ["b", "10", "007", "2", "a", "4294967294", "4294967295", "1"];
        for (int i = 0; i < refs.Length; i++)
        {
            builder.Add(refs[i], new Dictionary<string, string?> { ["title"] = i % 2 == 0 ? "kube proxy" : null, ["body"] = $"kube mesh word{i % 3} proxy kube" });
        }

        LunrIndex index = builder.Build();

        Assert.Contains("\"body\":{\"1\":{", index.ToJson(JsonEscaping.JavaScript), StringComparison.Ordinal);
        AssertShardsAreCutsOfTheWholeIndex(index, targetBytes: 1);
    }

    [Fact]
    public void Shards_of_an_index_with_more_than_65536_field_vectors_group_entries_by_vector()
    {
        // 33,000 documents × 2 fields: vector ordinals take three bytes.
        string[] words = ["kube", "mesh", "proxy", "envoy", "linkerd", "etcd", "helm", "argo", "flux", "istio", "cilium"];
        var builder = new LunrIndexBuilder();
        builder.AddField("title").AddField("body");
        for (int d = 0; d < 33_000; d++)
        {
            builder.Add(d.ToString("x", System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string?>
            {
                ["title"] = words[d % words.Length],
                ["body"] = $"{words[(d * 7) % words.Length]} {words[(d * 3) % words.Length]} {words[d % 5]}",
            });
        }

        AssertShardsAreCutsOfTheWholeIndex(builder.Build(), targetBytes: 200_000);
    }

    [Fact]
    public void Shards_written_at_the_same_time_equal_shards_written_one_by_one()
    {
        LunrIndex index = CompatCorpus.Load().Indexes.Single(i => i.Name == "zh").Build();
        LunrIndexShards shards = index.PlanShards(200);
        string[] oneByOne = [.. Enumerable.Range(0, shards.Shards.Count).Select(shards.ToJson)];

        var together = new string[oneByOne.Length];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = shards.ToJson(i));

        Assert.Equal(oneByOne, together);
    }

    private static void AssertShardsAreCutsOfTheWholeIndex(LunrIndex index, int targetBytes)
    {
        string whole = index.ToJson(JsonEscaping.JavaScript);
        LunrIndexShards shards = index.PlanShards(targetBytes);
        Assert.True(shards.Shards.Count >= 2, $"{shards.Shards.Count} shard(s)");
        for (int i = 0; i < shards.Shards.Count; i++)
        {
            LunrIndexShard shard = shards.Shards[i];
            Assert.Equal(ExpectedShard(whole, shard.Start, shard.End), shards.ToJson(i));
        }
    }

    private static string ExpectedShard(string wholeJson, int start, int end)
    {
        using JsonDocument document = JsonDocument.Parse(wholeJson);
        JsonElement root = document.RootElement;
        List<JsonElement> terms = [.. root.GetProperty("invertedIndex").EnumerateArray().Skip(start).Take(end - start)];
        var termIndexes = terms.Select(t => t[1].GetProperty("_index").GetInt32()).ToHashSet();

        var json = new StringBuilder();
        json.Append("{\"version\":").Append(root.GetProperty("version").GetRawText())
            .Append(",\"fields\":").Append(root.GetProperty("fields").GetRawText())
            .Append(",\"fieldVectors\":[");
        bool first = true;
        foreach (JsonElement vector in root.GetProperty("fieldVectors").EnumerateArray())
        {
            List<JsonElement> elements = [.. vector[1].EnumerateArray()];
            var kept = new List<string>();
            for (int i = 0; i < elements.Count; i += 2)
            {
                if (termIndexes.Contains(elements[i].GetInt32()))
                {
                    kept.Add(elements[i].GetRawText());
                    kept.Add(elements[i + 1].GetRawText());
                }
            }

            if (kept.Count > 0)
            {
                json.Append(first ? "" : ",").Append('[').Append(vector[0].GetRawText()).Append(",[").AppendJoin(',', kept).Append("]]");
                first = false;
            }
        }

        json.Append("],\"invertedIndex\":[").AppendJoin(',', terms.Select(t => t.GetRawText()))
            .Append("],\"pipeline\":").Append(root.GetProperty("pipeline").GetRawText()).Append('}');
        return json.ToString();
    }
}
