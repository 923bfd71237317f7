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
}
