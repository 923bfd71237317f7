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

        var files = SearchIndexComposer.Build(site.En);

        var light = new IndexFile(files["light.json"]);
        var text = SearchFolder.Text(files);
        Assert.Equal(light.Docs.Keys.Order(), light.Refs.Order());
        Assert.Subset(light.Docs.Keys.ToHashSet(), text.Refs.ToHashSet());
        Assert.All(light.Docs.Keys, r => Assert.True(r.Length <= 2, r));
        Assert.Contains(light.Docs.Values, d => d.GetProperty("url").GetString() == "/projects/linkerd/" && d.GetProperty("type").GetString() == "project");
        // Titles stay inert even if the JSON is ever inlined into HTML.
        Assert.All(files.Values, bytes => Assert.DoesNotContain("<script>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal));
    }

    [Fact]
    public void The_full_tier_is_cut_into_term_range_shards_listed_by_its_manifest()
    {
        using var site = new MiniSite(posts: 3);

        var files = SearchIndexComposer.Build(site.En);

        using var manifest = JsonDocument.Parse(files["full.json"]);
        var shards = manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => (First: s[0].GetString()!, Path: s[1].GetString()!)).ToList();
        Assert.Equal(2, manifest.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(new IndexFile(files["light.json"]).Docs.Count, manifest.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal("", shards[0].First);
        Assert.Equal(files.Keys.Where(k => k.StartsWith("full/", StringComparison.Ordinal)).Order(), shards.Select(s => s.Path).Order());
        for (var i = 0; i < shards.Count; i++)
        {
            var terms = new IndexFile(files[shards[i].Path], withDocs: false).Terms;
            Assert.NotEmpty(terms);
            Assert.All(terms, t => Assert.True(
                string.CompareOrdinal(t, shards[i].First) >= 0 && (i + 1 == shards.Count || string.CompareOrdinal(t, shards[i + 1].First) < 0),
                $"{t} in shard {i}"));
        }
    }

    [Fact]
    public void A_language_search_folder_holds_its_indexes_only_and_no_copy_of_any_page_text()
    {
        using var site = new MiniSite(posts: 2);

        var files = SearchIndexComposer.Build(site.Zh);

        // A passage is cut from the result's own page (search.js), so no page's text is written twice.
        Assert.All(files.Keys, path => Assert.True(path is "light.json" or "full.json" || path.StartsWith("full/", StringComparison.Ordinal), path));
        using var manifest = JsonDocument.Parse(files["full.json"]);
        Assert.Equal(["version", "documents", "shards"], manifest.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Zh_fallback_pages_are_found_by_title_and_summary_but_their_body_is_not_indexed()
    {
        using var site = new MiniSite(posts: 2);

        var files = SearchIndexComposer.Build(site.Zh);

        var light = new IndexFile(files["light.json"]);
        var text = SearchFolder.Text(files);
        var fallbackPost = light.RefOf(u => u.StartsWith("/zh/blog/", StringComparison.Ordinal));
        var translated = light.RefOf(u => u == "/zh/projects/linkerd/");
        Assert.Contains(fallbackPost, light.Refs);
        Assert.False(text.HasVector("body", fallbackPost), "a fallback's body is not in the Chinese index");
        Assert.True(text.HasVector("body", translated));
        // The light file's docs map names every document either index can return.
        Assert.Superset(text.Refs.ToHashSet(), light.Docs.Keys.ToHashSet());
    }

    [Fact]
    public void Cjk_profile_indexes_the_english_words_of_fallback_pages_with_the_english_pipeline()
    {
        using var site = new MiniSite(posts: 1);

        var files = SearchIndexComposer.Build(site.Zh);
        var light = new IndexFile(files["light.json"]);
        var text = SearchFolder.Text(files);

        var category = light.RefOf(u => u == "/zh/categories/mesh/");
        // "Meshes" in the summary is stemmed like lunr's English pipeline does ("mesh").
        Assert.True(text.Score(category, "mesh") > 0);
        Assert.Null(text.TermIndex("meshes"));
    }

    [Fact]
    public void A_post_tagged_with_a_word_outranks_the_tag_page_of_that_word()
    {
        using var site = new MiniSite(posts: 3);

        var light = new IndexFile(SearchIndexComposer.Build(site.En)["light.json"]);

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

        var light = new IndexFile(SearchIndexComposer.Build(site.Zh)["light.json"]);

        var tagPage = light.RefOf(u => u.StartsWith("/zh/tags/", StringComparison.Ordinal));
        Assert.Equal("网格事物", light.Docs[tagPage].GetProperty("title").GetString());
        Assert.True(light.FieldScore("tags", tagPage, "thing") > 0);
        Assert.True(light.FieldScore("title", tagPage, "网格") > 0);
        // Posts carrying the tag are found by the key too, above the tag page.
        var post = light.RefOf(u => u.StartsWith("/zh/blog/", StringComparison.Ordinal));
        Assert.True(light.Score(post, "thing") > light.Score(tagPage, "thing"));
    }

    /// <summary>The full tier's shards read back as one index.</summary>
    private static class SearchFolder
    {
        public static IndexFile Text(IReadOnlyDictionary<string, byte[]> files)
        {
            var merged = new IndexFile([]);
            foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("full/", StringComparison.Ordinal)))
            {
                merged.Add(JsonDocument.Parse(bytes).RootElement);
            }

            return merged;
        }
    }

    /// <summary>A search file read back: its docs and the weights lunr stored in its field vectors.</summary>
    private sealed class IndexFile
    {
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<int, double>> _vectors = new(StringComparer.Ordinal);

        public IndexFile(byte[] bytes, bool withDocs = true)
        {
            if (bytes.Length == 0)
            {
                return;
            }

            var root = JsonDocument.Parse(bytes).RootElement;
            if (withDocs)
            {
                Docs = root.GetProperty("docs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
            }

            Add(root.TryGetProperty("index", out var index) ? index : root);
        }

        public Dictionary<string, JsonElement> Docs { get; } = [];

        public IReadOnlySet<string> Refs => _vectors.Keys.Select(k => k.Split('/', 2)[1]).ToHashSet();

        public IReadOnlyCollection<string> Terms => _terms.Keys;

        public void Add(JsonElement index)
        {
            foreach (var entry in index.GetProperty("invertedIndex").EnumerateArray())
            {
                _terms[entry[0].GetString()!] = entry[1].GetProperty("_index").GetInt32();
            }

            foreach (var vector in index.GetProperty("fieldVectors").EnumerateArray())
            {
                var values = vector[1].EnumerateArray().ToList();
                var weights = _vectors.TryGetValue(vector[0].GetString()!, out var known) ? known : _vectors[vector[0].GetString()!] = [];
                for (var i = 0; i < values.Count; i += 2)
                {
                    weights[values[i].GetInt32()] = values[i + 1].GetDouble();
                }
            }
        }

        public bool HasVector(string field, string reference) => _vectors.TryGetValue(field + "/" + reference, out var v) && v.Count > 0;

        public string RefOf(Func<string, bool> url) => Docs.First(d => url(d.Value.GetProperty("url").GetString()!)).Key;

        public int? TermIndex(string term) => _terms.TryGetValue(term, out var i) ? i : null;

        public double FieldScore(string field, string reference, string term) =>
            TermIndex(term) is { } i && _vectors.TryGetValue(field + "/" + reference, out var v) ? v.GetValueOrDefault(i) : 0;

        /// <summary>lunr's score for a one-term query: the sum of the term's weight over the fields.</summary>
        public double Score(string reference, string term) =>
            new[] { "title", "headings", "tags", "summary", "body" }.Sum(f => FieldScore(f, reference, term));
    }
}
