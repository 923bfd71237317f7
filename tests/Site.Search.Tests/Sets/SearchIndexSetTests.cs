using System.Text;
using System.Text.Json;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests.Sets;

public sealed class SearchIndexSetTests
{
    private static SearchIndexSet EnglishSet()
    {
        var set = SearchIndexSet.ForLanguage("en");
        set.Add(new SearchDocument("/en/projects/envoy/", "Envoy")
        {
            Headings = ["Architecture", "Filters"],
            Summary = "An edge and service proxy.",
            Tags = ["proxy", "graduated"],
            Body = "Envoy is configured through xDS. The listener filter chain handles wasm extensions.",
            Type = "project",
            Date = new DateOnly(2024, 5, 1),
        });
        set.Add(new SearchDocument("/en/glossary/sidecar/", "Sidecar")
        {
            Summary = null,
            Body = "A sidecar container runs next to the application container and often hosts an Envoy proxy.",
            Type = "glossary",
        });
        return set;
    }

    [Fact]
    public void Light_tier_indexes_metadata_fields_and_full_tier_adds_the_body()
    {
        SearchIndexOutput output = EnglishSet().Build();

        Assert.Equal(["title", "headings", "tags", "summary"], output.Light.Fields);
        Assert.Equal(["title", "headings", "tags", "summary", "body"], output.Full.Fields);
        Assert.Equal(output.Light.DocumentRefs, output.Full.DocumentRefs);
        Assert.DoesNotContain("wasm", output.Light.Terms);
        Assert.Contains("wasm", output.Full.Terms);
        Assert.Contains("architectur", output.Light.Terms);
    }

    [Fact]
    public void Tiers_built_one_at_a_time_equal_the_tiers_built_together()
    {
        SearchIndexOutput both = EnglishSet().Build();

        Assert.Equal(both.Light.ToJson(), EnglishSet().BuildLight().ToJson());
        Assert.Equal(both.Full.ToJson(), EnglishSet().BuildFull().ToJson());
    }

    [Fact]
    public void Chinese_sets_use_the_cjk_profile()
    {
        var set = SearchIndexSet.ForLanguage("zh-CN");
        set.Add(new SearchDocument("/zh/a/", "容器编排") { Body = "Kubernetes 集群" });
        SearchIndexOutput output = set.Build();

        Assert.Same(SearchProfile.Cjk, set.Profile);
        Assert.Equal(["器编", "容器", "编排"], output.Light.Terms);
        Assert.Contains("集群", output.Full.Terms);
    }

    [Fact]
    public void Body_length_cap_limits_the_full_tier_at_a_word_boundary()
    {
        var set = SearchIndexSet.ForLanguage("en", new SearchIndexSetOptions { MaxBodyLength = 12 });
        set.Add(new SearchDocument("/a/", "A") { Body = "prometheus scrapes metrics endlessly" });
        LunrIndex full = set.Build().Full;
        Assert.Contains("prometheu", full.Terms);
        Assert.DoesNotContain("scrape", full.Terms);
        Assert.DoesNotContain("scrap", full.Terms);
    }

    [Fact]
    public void Duplicate_urls_are_rejected()
    {
        SearchIndexSet set = EnglishSet();
        Assert.Throws<ArgumentException>(() => set.Add(new SearchDocument("/en/projects/envoy/", "Again")));
    }

    [Fact]
    public void Documents_json_holds_display_fields_with_a_body_snippet_fallback()
    {
        using var temp = new TempDirectory();
        SearchIndexFiles files = EnglishSet().Build().WriteFiles(temp.Path, "en");

        using JsonDocument docs = JsonDocument.Parse(File.ReadAllBytes(files.DocumentsPath));
        JsonElement envoy = docs.RootElement.GetProperty("docs").GetProperty("/en/projects/envoy/");
        Assert.Equal(1, docs.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("Envoy", envoy.GetProperty("title").GetString());
        Assert.Equal("project", envoy.GetProperty("type").GetString());
        Assert.Equal("2024-05-01", envoy.GetProperty("date").GetString());
        Assert.Equal("An edge and service proxy.", envoy.GetProperty("summary").GetString());
        JsonElement sidecar = docs.RootElement.GetProperty("docs").GetProperty("/en/glossary/sidecar/");
        Assert.StartsWith("A sidecar container runs", sidecar.GetProperty("summary").GetString());
        Assert.Equal(JsonValueKind.Null, sidecar.GetProperty("date").ValueKind);
        Assert.True(File.Exists(files.LightPath) && File.Exists(files.FullPath));
    }

    [Fact]
    public void Long_summaries_are_cut_at_a_word_boundary()
    {
        var set = SearchIndexSet.ForLanguage("en", new SearchIndexSetOptions { SnippetLength = 20 });
        set.Add(new SearchDocument("/a/", "A") { Body = "alpha   beta\n\ngamma delta epsilon zeta" });
        using JsonDocument docs = JsonDocument.Parse(set.Build().Documents.ToJson());
        Assert.Equal("alpha beta gamma…", docs.RootElement.GetProperty("docs").GetProperty("/a/").GetProperty("summary").GetString());
    }

    [Fact]
    public void Hostile_contributor_strings_are_escaped_in_every_file()
    {
        const string hostile = "\"q\" </script><script>alert(1)</script> \u2028\u2029 back\\slash \uD800 lone";
        var set = SearchIndexSet.ForLanguage("en");
        set.Add(new SearchDocument("/x/\"</script>/", hostile) { Summary = hostile, Body = hostile, Tags = [hostile], Headings = [hostile], Type = hostile });
        SearchIndexOutput output = set.Build();

        string docs = output.Documents.ToJson();
        Assert.DoesNotContain("<", docs, StringComparison.Ordinal);
        Assert.DoesNotContain(">", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", docs, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script\\u003e", docs, StringComparison.Ordinal);
        Assert.Contains("\\ud800", docs, StringComparison.Ordinal);
        Assert.Contains("\\u2028\\u2029", docs, StringComparison.Ordinal);
        Assert.Contains("\\\"q\\\"", docs, StringComparison.Ordinal);

        foreach (byte[] bytes in new[] { output.Light.ToUtf8Bytes(), output.Full.ToUtf8Bytes(), Encoding.UTF8.GetBytes(docs) })
        {
            // Well-formed UTF-8 (lone surrogates escaped, not encoded) and structurally valid JSON.
            Assert.True(Encoding.UTF8.GetString(bytes).IndexOf('\uFFFD') < 0);
            using JsonDocument parsed = JsonDocument.Parse(bytes);
        }

        // The lunr indexes as written by default (what the site publishes) have no raw markup characters either,
        // while the contributor's words are in them.
        foreach (string index in new[] { output.Light.ToJson(), output.Full.ToJson() })
        {
            Assert.Contains("\\u003c/script\\u003e", index, StringComparison.Ordinal);
            foreach (char c in "<>&")
            {
                Assert.DoesNotContain(c, index);
            }
        }
    }
}
