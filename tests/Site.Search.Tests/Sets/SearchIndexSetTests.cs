using System.Text;
using System.Text.Json;

namespace Site.Search.Tests.Sets;

/// <summary>
/// The two indexes the build writes for a language (<see cref="SearchIndexSet.BuildNamesIndex"/> whole,
/// <see cref="SearchIndexSet.BuildTextIndex"/> in shards): which fields each holds, the profile, the body cap,
/// and escaping of what contributors wrote.
/// </summary>
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
    public void Names_index_holds_title_headings_and_tags_and_text_index_summary_and_body()
    {
        LunrIndex names = EnglishSet().BuildNamesIndex();
        LunrIndex text = EnglishSet().BuildTextIndex();

        Assert.Equal(["title", "headings", "tags"], names.Fields);
        Assert.Equal(["summary", "body"], text.Fields);
        Assert.Equal(names.DocumentRefs, text.DocumentRefs);
        Assert.Contains("architectur", names.Terms); // a heading
        Assert.Contains("graduat", names.Terms);     // a tag
        Assert.DoesNotContain("wasm", names.Terms);  // body only
        Assert.Contains("wasm", text.Terms);
        Assert.Contains("edg", text.Terms);          // summary
        Assert.DoesNotContain("edg", names.Terms);
    }

    [Fact]
    public void Chinese_sets_use_the_cjk_profile()
    {
        var set = SearchIndexSet.ForLanguage("zh-CN");
        set.Add(new SearchDocument("/zh/a/", "容器编排") { Body = "Kubernetes 集群" });

        Assert.Same(SearchProfile.Cjk, set.Profile);
        Assert.Equal(["器编", "容器", "编排"], set.BuildNamesIndex().Terms);
        Assert.Contains("集群", set.BuildTextIndex().Terms);
    }

    [Fact]
    public void Body_length_cap_limits_the_text_index_at_a_word_boundary()
    {
        var set = SearchIndexSet.ForLanguage("en", new SearchIndexSetOptions { MaxBodyLength = 12 });
        set.Add(new SearchDocument("/a/", "A") { Body = "prometheus scrapes metrics endlessly" });
        LunrIndex text = set.BuildTextIndex();
        Assert.Contains("prometheu", text.Terms);
        Assert.DoesNotContain("scrape", text.Terms);
        Assert.DoesNotContain("scrap", text.Terms);
    }

    [Fact]
    public void Duplicate_urls_are_rejected()
    {
        SearchIndexSet set = EnglishSet();
        Assert.Throws<ArgumentException>(() => set.Add(new SearchDocument("/en/projects/envoy/", "Again")));
    }

    [Fact]
    public void Hostile_contributor_strings_are_escaped_in_both_indexes()
    {
        const string hostile = "\"q\" </script><script>alert(1)</script> \u2028\u2029 back\\slash \uD800 lone";
        var set = SearchIndexSet.ForLanguage("en");
        set.Add(new SearchDocument("/x/\"</script>/", hostile) { Summary = hostile, Body = hostile, Tags = [hostile], Headings = [hostile], Type = hostile });

        foreach (LunrIndex index in new[] { set.BuildNamesIndex(), set.BuildTextIndex() })
        {
            // Well-formed UTF-8 (lone surrogates escaped, not encoded) and structurally valid JSON.
            byte[] bytes = index.ToUtf8Bytes();
            Assert.True(Encoding.UTF8.GetString(bytes).IndexOf('\uFFFD') < 0);
            using JsonDocument parsed = JsonDocument.Parse(bytes);

            // As written by default (what the site publishes): the contributor's words are there, raw markup characters are not.
            string json = index.ToJson();
            Assert.Contains("\\u003c/script\\u003e", json, StringComparison.Ordinal);
            foreach (char c in "<>&")
            {
                Assert.DoesNotContain(c, json);
            }
        }
    }
}
