using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Model;

public class StructuredDataTests
{
    [Fact]
    public void A_graph_is_compact_json_without_null_properties_and_with_text_that_cannot_end_its_script_element()
    {
        var article = StructuredData.Article(
            "BlogPosting", "Why </script><b>\"mesh\"</b> & 网格 🚀", "https://kb.example.org/blog/a/", "zh-CN",
            description: null, published: "2024-03-01T00:00:00+00:00", modified: null,
            authors: ["Ana O'Neil", "李雷"], image: "https://kb.example.org/assets/og/1.png", publisher: "CNCF KB");
        var crumbs = StructuredData.BreadcrumbList([("Home", "https://kb.example.org/"), ("Blog", "https://kb.example.org/blog/")]);

        var json = StructuredData.Graph(article, null, crumbs);

        Assert.Equal(
            "{\"@context\":\"https://schema.org\",\"@graph\":[" +
            "{\"@type\":\"BlogPosting\",\"headline\":\"Why \\u003C/script\\u003E\\u003Cb\\u003E\\u0022mesh\\u0022\\u003C/b\\u003E \\u0026 网格 \\uD83D\\uDE80\"," +
            "\"url\":\"https://kb.example.org/blog/a/\",\"mainEntityOfPage\":\"https://kb.example.org/blog/a/\",\"inLanguage\":\"zh-CN\"," +
            "\"datePublished\":\"2024-03-01T00:00:00\\u002B00:00\",\"dateModified\":\"2024-03-01T00:00:00\\u002B00:00\"," +
            "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana O\\u0027Neil\"},{\"@type\":\"Person\",\"name\":\"李雷\"}]," +
            "\"image\":\"https://kb.example.org/assets/og/1.png\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"CNCF KB\"}}," +
            "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[" +
            "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"https://kb.example.org/\"}," +
            "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Blog\",\"item\":\"https://kb.example.org/blog/\"}]}]}",
            json);
    }

    [Fact]
    public void A_graph_of_no_nodes_is_null()
    {
        Assert.Null(StructuredData.Graph(null, null));
        Assert.Null(StructuredData.Graph());
    }

    [Fact]
    public void A_node_value_of_a_type_the_writer_does_not_handle_is_refused_rather_than_serialized_by_reflection()
    {
        var node = new Dictionary<string, object?> { ["@type"] = "Thing", ["ratio"] = 0.5 };

        var error = Assert.Throws<ArgumentException>(() => StructuredData.Graph(node));

        Assert.Contains("`ratio`", error.Message);
    }
}
