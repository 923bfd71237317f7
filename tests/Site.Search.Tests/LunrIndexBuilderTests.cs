using FsCheck;
using FsCheck.Fluent;
using Site.Search.Serialization;

namespace Site.Search.Tests;

public sealed class LunrIndexBuilderTests
{
    private static Dictionary<string, string?> Doc(string? title, string? body) => new() { ["title"] = title, ["body"] = body };

    private static string Build(Action<LunrIndexBuilder> configure, double titleBoost = 1)
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("title", titleBoost).AddField("body");
        configure(builder);
        return builder.Build().ToJson();
    }

    [Fact]
    public void Reproduces_the_worked_example_of_the_spec()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("title", 10).AddField("body");
        builder.MetadataWhitelist.Add("position");
        builder.Add("projects/linkerd", Doc("Linkerd", "Linkerd is a service mesh. Meshes add mTLS."));
        builder.Add("projects/envoy", Doc("Envoy proxy", "A proxy for service meshes"), boost: 2);
        string json = builder.Build().ToJson();

        Assert.StartsWith("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[[\"title/projects/linkerd\",[0,2.111]],[\"body/projects/linkerd\",[0,0.16,1,0.16,2,0.229,3,0.61,4,0.61]],[\"title/projects/envoy\",[5,12.199,6,3.209]]", json, StringComparison.Ordinal);
        Assert.Contains("[\"mesh\",{\"_index\":2,\"title\":{},\"body\":{\"projects/linkerd\":{\"position\":[[21,5],[27,6]]},\"projects/envoy\":{\"position\":[[20,6]]}}}]", json, StringComparison.Ordinal);
        Assert.EndsWith("\"pipeline\":[\"stemmer\"]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Boost_zero_and_nan_mean_one()
    {
        string one = Build(b => b.Add("a", Doc("kube", "proxy")), titleBoost: 1);
        Assert.Equal(one, Build(b => b.Add("a", Doc("kube", "proxy"), boost: 0), titleBoost: 0));
        Assert.Equal(one, Build(b => b.Add("a", Doc("kube", "proxy"), boost: double.NaN), titleBoost: double.NaN));
    }

    [Fact]
    public void Null_and_missing_fields_get_empty_vectors_and_count_in_the_average_length()
    {
        string withNull = Build(b => { b.Add("a", Doc("kube", null)); b.Add("b", Doc("kube", "proxy mesh")); });
        string withMissing = Build(b => { b.Add("a", new Dictionary<string, string?> { ["title"] = "kube" }); b.Add("b", Doc("kube", "proxy mesh")); });
        Assert.Equal(withNull, withMissing);
        Assert.Contains("[\"body/a\",[]]", withNull, StringComparison.Ordinal);
        // body avg length = (0 + 2) / 2 = 1, so "mesh" in b (length 2) gets ln 2·2.2/(1.2·(0.25+0.75·2)+1) = 0.492
        Assert.Contains("[\"body/b\",[1,0.492,2,0.492]]", withNull, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_are_sorted_by_utf16_code_unit()
    {
        // Code-unit order puts the surrogate pair of 😀 (U+D83D…) before ａ (U+FF41), unlike code-point order.
        var builder = new LunrIndexBuilder();
        builder.AddField("body");
        builder.Add("a", new Dictionary<string, string?> { ["body"] = "xａx b x😀x 0 x中x _ xéx" });
        Assert.Equal(["0", "_", "b", "xéx", "x中x", "x😀x", "xａx"], builder.Build().Terms);
    }

    [Fact]
    public void Array_index_like_refs_are_written_first_in_numeric_order_like_javascript_objects()
    {
        string json = Build(b =>
        {
            foreach (string r in new[] { "b", "10", "007", "2", "a" })
            {
                b.Add(r, Doc(null, "kube"));
            }
        });
        Assert.Contains("\"body\":{\"2\":{},\"10\":{},\"b\":{},\"007\":{},\"a\":{}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_use_is_rejected_instead_of_silently_corrupting_the_index()
    {
        var builder = new LunrIndexBuilder();
        Assert.Throws<ArgumentException>(() => builder.AddField("a/b"));
        Assert.Throws<ArgumentException>(() => builder.AddField("_index"));
        Assert.Throws<ArgumentException>(() => builder.AddField("12"));
        Assert.Throws<InvalidOperationException>(() => builder.Add("x", Doc("t", "b")));
        builder.AddField("title");
        Assert.Throws<ArgumentException>(() => builder.AddField("title"));
        builder.Add("x", Doc("t", "b"));
        Assert.Throws<ArgumentException>(() => builder.Add("x", Doc("t", "b")));
        Assert.Throws<InvalidOperationException>(() => builder.AddField("body"));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("y", Doc("t", "b"), double.PositiveInfinity));
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Add("z", Doc("t", "b")));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void An_index_without_documents_is_written_whole_and_as_one_empty_shard()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("title");
        LunrIndex index = builder.Build();

        const string Empty = "{\"version\":\"2.3.9\",\"fields\":[\"title\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}";
        Assert.Equal(Empty, index.ToJson());
        LunrIndexShards shards = index.PlanShards(100);
        Assert.Equal([new LunrIndexShard("", 0, 0)], shards.Shards);
        Assert.Equal(Empty, shards.ToJson(0));
    }

    [Fact]
    public void B_is_clamped_like_lunr()
    {
        var builder = new LunrIndexBuilder { B = 3 };
        Assert.Equal(1, builder.B);
        builder.B = -1;
        Assert.Equal(0, builder.B);
    }

    [Fact]
    public void Js_number_text_round_trips_for_any_finite_double()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat>(), x =>
        {
            string text = JsNumberFormatter.Format(x.Get);
            return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) == (x.Get == 0 ? 0 : x.Get)
                && !text.Contains('E', StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }
}
