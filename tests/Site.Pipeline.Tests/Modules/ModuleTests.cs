using Site.Content;
using Site.Content.Diagnostics;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.Modules;

namespace Site.Pipeline.Tests.Modules;

public class ModuleTests
{
    [Fact]
    public async Task Read_files_skips_hidden_files_and_maps_destinations()
    {
        using var temp = new TempFolder();
        temp.WriteFile("assets/css/site.css", "body{}");
        temp.WriteFile("assets/.DS_Store", "junk");
        temp.WriteFile("assets/.git/config", "junk");
        var p = new PipelineDefinition("a") { Read = [new ReadFiles(temp.Combine("assets"), "assets", "theme/assets")] };

        var result = await new PipelineEngine([p]).RunAsync();

        var document = Assert.Single(result.Outputs["a"]);
        Assert.Equal("assets/css/site.css", document.Destination);
        Assert.Equal("theme/assets/css/site.css", document.Source);
    }

    [Fact]
    public async Task Two_outputs_for_one_file_are_an_error()
    {
        var a = new PipelineDefinition("a") { Read = [new DelegateModule("x", (_, _) => [Document.FromText("a.css", "assets/x.css", "1")])] };
        var b = new PipelineDefinition("b") { Read = [new DelegateModule("y", (_, _) => [Document.FromText("b.css", "assets/X.css", "2")])] };
        var verify = new PipelineDefinition("verify") { PostProcess = [new CheckDestinations(["a", "b"])] };

        var result = await new PipelineEngine([a, b, verify]).RunAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Contains("/assets/X.css", error.Message);
    }

    [Fact]
    public void Invalid_ui_strings_are_reported_with_their_line()
    {
        using var temp = new TempFolder();
        temp.WriteFile("translations/en.yml", "nav:\n  blog: Blog\n  bad: [unclosed\n");
        var diagnostics = new List<Diagnostic>();

        UiStrings.Load(temp.Combine("translations"), "en", "translations", diagnostics);
        UiStrings.Load(temp.Combine("translations"), "fr", "translations", diagnostics);

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("translations/en.yml", diagnostics[0].Path);
        Assert.True(diagnostics[0].Line >= 3);
        Assert.Contains("missing", diagnostics[1].Message);
    }

    [Fact]
    public async Task Tag_labels_come_from_the_translations_folder_the_build_was_given()
    {
        using var temp = new TempFolder();
        temp.WriteFile("site/input/site.yml", "title: { en: KB, zh: 知识库 }\nbaseUrl: https://kb.example.org/\nlanguages:\n  - { code: en, name: English, locale: en-US }\n  - { code: zh, name: 中文, locale: zh-CN }\n");
        temp.WriteFile("site/input/en/blog/p1.md", "---\ntitle: Post\ndate: 2020-01-01\ntags: [service-mesh]\n---\nBody.\n");
        // A translations folder that is not the input's sibling: its tags.yml must still apply.
        temp.WriteFile("ui/tags.yml", "service-mesh:\n  en: Service mesh\n  zh: 服务网格\n");
        var load = new LoadContent(temp.Combine("site/input")) { TagLabelsPath = temp.Combine("ui/tags.yml") };
        var p = new PipelineDefinition("content") { Read = [load] };

        var result = await new PipelineEngine([p]).RunAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var content = result.Outputs["content"].Single().GetRequired<ContentSet>(Keys.Content);
        var tag = Assert.Single(content.Graph["zh"].Tags);
        Assert.Equal("服务网格", tag.Name);
    }
}
