using System.Text.Json;
using Site.Pipeline.SearchFiles;
using Site.Pipeline.Tests.Model;

namespace Site.Pipeline.Tests.SearchFiles;

public class SearchIndexComposerTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(35, "z")]
    [InlineData(36, "10")]
    [InlineData(1295, "zz")]
    public void Refs_are_base_36_positions(int position, string expected) =>
        Assert.Equal(expected, SearchIndexComposer.ShortRef(position));

    [Fact]
    public void Both_tiers_use_short_refs_whose_docs_carry_the_page_url()
    {
        using var site = new MiniSite(posts: 3);

        var (light, full) = SearchIndexComposer.Build(site.En);

        foreach (var bytes in new[] { light, full })
        {
            using var json = JsonDocument.Parse(bytes);
            var docs = json.RootElement.GetProperty("docs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
            var refs = json.RootElement.GetProperty("index").GetProperty("fieldVectors").EnumerateArray()
                .Select(v => v[0].GetString()!.Split('/', 2)[1])
                .ToHashSet();
            Assert.Equal(docs.Keys.Order(), refs.Order());
            Assert.All(docs.Keys, r => Assert.True(r.Length <= 2, r));
            Assert.Contains(docs.Values, d => d.GetProperty("url").GetString() == "/projects/linkerd/" && d.GetProperty("type").GetString() == "project");
            // Titles stay inert even if the JSON is ever inlined into HTML.
            Assert.DoesNotContain("<script>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Zh_light_tier_holds_untranslated_fallback_pages_but_the_full_tier_does_not()
    {
        using var site = new MiniSite(posts: 2);

        var (light, full) = SearchIndexComposer.Build(site.Zh);

        var lightFile = new IndexFile(light);
        var fullFile = new IndexFile(full);
        var fallbackPost = lightFile.RefOf(u => u.StartsWith("/zh/blog/", StringComparison.Ordinal));
        var translated = lightFile.RefOf(u => u == "/zh/projects/linkerd/");
        Assert.Contains(fallbackPost, lightFile.Refs);
        Assert.DoesNotContain(fallbackPost, fullFile.Refs);
        Assert.Contains(translated, lightFile.Refs);
        Assert.Contains(translated, fullFile.Refs);
        // Each file's docs map holds exactly the documents its index can return.
        Assert.Equal(lightFile.Refs.Order(), lightFile.Docs.Keys.Order());
        Assert.Equal(fullFile.Refs.Order(), fullFile.Docs.Keys.Order());
    }

    [Fact]
    public void Cjk_profile_indexes_the_english_words_of_fallback_pages_with_the_english_pipeline()
    {
        using var site = new MiniSite(posts: 1);

        var light = new IndexFile(SearchIndexComposer.Build(site.Zh).Light);

        var category = light.RefOf(u => u == "/zh/categories/mesh/");
        // "Meshes" in the summary is stemmed like lunr's English pipeline does ("mesh").
        Assert.True(light.Score(category, "mesh") > 0);
        Assert.Null(light.TermIndex("meshes"));
    }

    [Fact]
    public void A_post_tagged_with_a_word_outranks_the_tag_page_of_that_word()
    {
        using var site = new MiniSite(posts: 3);

        var light = new IndexFile(SearchIndexComposer.Build(site.En).Light);

        var tagPage = light.RefOf(u => u.StartsWith("/tags/", StringComparison.Ordinal));
        var post = light.RefOf(u => u.StartsWith("/blog/", StringComparison.Ordinal));
        Assert.True(light.Score(tagPage, "thing") > 0, "the tag page is still found by its name");
        Assert.True(light.Score(post, "thing") > light.Score(tagPage, "thing"), $"post {light.Score(post, "thing")} vs tag {light.Score(tagPage, "thing")}");
        // The name is in the title only; the tags field is empty when the label is the key.
        Assert.Equal(0, light.FieldScore("tags", tagPage, "thing"));
    }

    [Fact]
    public void A_translated_tag_label_is_found_by_the_english_tag_key()
    {
        using var site = new MiniSite(posts: 2, tagLabelsYaml: "mesh-things:\n  en: Mesh Things\n  zh: 网格事物\n");

        var light = new IndexFile(SearchIndexComposer.Build(site.Zh).Light);

        var tagPage = light.RefOf(u => u.StartsWith("/zh/tags/", StringComparison.Ordinal));
        Assert.Equal("网格事物", light.Docs[tagPage].GetProperty("title").GetString());
        Assert.True(light.FieldScore("tags", tagPage, "thing") > 0);
        Assert.True(light.FieldScore("title", tagPage, "网格") > 0);
        // Posts carrying the tag are found by the key too, above the tag page.
        var post = light.RefOf(u => u.StartsWith("/zh/blog/", StringComparison.Ordinal));
        Assert.True(light.Score(post, "thing") > light.Score(tagPage, "thing"));
    }

    /// <summary>A search file read back: its docs and the weights lunr stored in its field vectors.</summary>
    private sealed class IndexFile
    {
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<int, double>> _vectors = new(StringComparer.Ordinal);

        public IndexFile(byte[] bytes)
        {
            var root = JsonDocument.Parse(bytes).RootElement;
            Docs = root.GetProperty("docs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
            var index = root.GetProperty("index");
            foreach (var entry in index.GetProperty("invertedIndex").EnumerateArray())
            {
                _terms[entry[0].GetString()!] = entry[1].GetProperty("_index").GetInt32();
            }

            foreach (var vector in index.GetProperty("fieldVectors").EnumerateArray())
            {
                var values = vector[1].EnumerateArray().ToList();
                var weights = new Dictionary<int, double>();
                for (var i = 0; i < values.Count; i += 2)
                {
                    weights[values[i].GetInt32()] = values[i + 1].GetDouble();
                }

                _vectors[vector[0].GetString()!] = weights;
            }
        }

        public Dictionary<string, JsonElement> Docs { get; }

        public IReadOnlySet<string> Refs => _vectors.Keys.Select(k => k.Split('/', 2)[1]).ToHashSet();

        public string RefOf(Func<string, bool> url) => Docs.First(d => url(d.Value.GetProperty("url").GetString()!)).Key;

        public int? TermIndex(string term) => _terms.TryGetValue(term, out var i) ? i : null;

        public double FieldScore(string field, string reference, string term) =>
            TermIndex(term) is { } i && _vectors.TryGetValue(field + "/" + reference, out var v) ? v.GetValueOrDefault(i) : 0;

        /// <summary>lunr's score for a one-term query: the sum of the term's weight over the fields.</summary>
        public double Score(string reference, string term) =>
            new[] { "title", "headings", "tags", "summary", "body" }.Sum(f => FieldScore(f, reference, term));
    }
}
