using System.Text.Json;

namespace Site.Tests.EndToEnd;

/// <summary>The search files as search.js reads them: short refs in the lunr index, every ref resolved by a doc that names a built page.</summary>
public class SearchFilesTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    /// <summary>Every JSON file of the build escapes markup characters inside strings; the sample's post titled with a script tag is in them, decoded intact, and indexed by its words.</summary>
    [Fact]
    public void Json_files_escape_markup_characters_and_keep_the_words()
    {
        Assert.True(built.Report.Succeeded);
        var files = Directory.EnumerateFiles(built.Site.Output, "*.json", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 4, string.Join(", ", files));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(text.IndexOfAny(['<', '>', '&']) < 0, $"{file} holds a raw <, > or &");
        }

        using var light = JsonDocument.Parse(File.ReadAllBytes(built.Site.OutputFile("search/light.json")));
        var titles = light.RootElement.GetProperty("docs").EnumerateObject().Select(d => d.Value.GetProperty("title").GetString()).ToList();
        Assert.Contains(SampleSite.ScriptTitle, titles);
        var terms = light.RootElement.GetProperty("index").GetProperty("invertedIndex").EnumerateArray().Select(t => t[0].GetString()!).ToList();
        // Markup characters separate words, so the title is found by its words, not by "<script>".
        Assert.Contains("script", terms);
        Assert.Contains("alert", terms);
        Assert.DoesNotContain(terms, t => t.IndexOfAny(['<', '>', '&']) >= 0);
    }

    [Theory]
    [InlineData("search/", "")]
    [InlineData("zh/search/", "zh/")]
    public void Every_ref_has_a_doc_whose_url_is_a_built_page_of_that_language(string folder, string prefix)
    {
        Assert.True(built.Report.Succeeded);
        using var json = JsonDocument.Parse(File.ReadAllBytes(built.Site.OutputFile(folder + "light.json")));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(built.Site.OutputFile(folder + "full.json")));
        var docs = json.RootElement.GetProperty("docs");
        var indexes = new List<JsonElement> { json.RootElement.GetProperty("index") };
        foreach (var shard in manifest.RootElement.GetProperty("shards").EnumerateArray())
        {
            indexes.Add(JsonDocument.Parse(File.ReadAllBytes(built.Site.OutputFile(folder + shard[1].GetString()))).RootElement);
        }

        var refs = indexes.SelectMany(i => i.GetProperty("fieldVectors").EnumerateArray())
            .Select(v => v[0].GetString()!.Split('/', 2)[1])
            .Distinct()
            .ToList();

        Assert.NotEmpty(refs);
        foreach (var reference in refs)
        {
            Assert.True(reference.Length <= 3, $"ref '{reference}' is not a short ref");
            var url = docs.GetProperty(reference).GetProperty("url").GetString()!;
            Assert.StartsWith("/" + prefix, url, StringComparison.Ordinal);
            Assert.True(prefix.Length > 0 || !url.StartsWith("/zh/", StringComparison.Ordinal), $"{url} is in the Chinese index of English");
            Assert.True(File.Exists(built.Site.OutputFile(url.TrimStart('/') + "index.html")), $"{folder}: {reference} → {url} is not a page");
        }
    }
}
