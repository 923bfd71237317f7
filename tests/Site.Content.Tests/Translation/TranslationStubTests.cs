using Site.Content.Text;
using Site.Content.Translation;

namespace Site.Content.Tests.Translation;

/// <summary>The stub `translate` writes and the one-line update of `translate --refresh`.</summary>
public sealed class TranslationStubTests
{
    private const string Source = "---\ntitle: \"Linkerd \\\"2\\\"\"\nsummary: A mesh.\nmaturity: graduated\n---\nFirst paragraph\nstill first.\n\n## Install\n\n```sh\nlinkerd install\n\nlinkerd check\n```\n";

    [Fact]
    public void StubPinsTheHashKeepsSourceParagraphsAsCommentsAndIsADraft()
    {
        var hash = SourceHash.ComputeForFile("en/projects/linkerd.md", Source)!;
        var stub = TranslationStub.Create("en/projects/linkerd.md", Source, hash)!;

        Assert.Contains($"\nsourceHash: {hash}\n", stub, StringComparison.Ordinal);
        Assert.Contains("\ndraft: true\n", stub, StringComparison.Ordinal);
        Assert.Contains("title: \"Linkerd \\\"2\\\"\"\n", stub, StringComparison.Ordinal);
        Assert.DoesNotContain("maturity", stub, StringComparison.Ordinal); // facts are inherited, never copied
        Assert.Contains("<!--\nFirst paragraph\nstill first.\n-->", stub, StringComparison.Ordinal);
        Assert.Contains("<!--\n## Install\n-->", stub, StringComparison.Ordinal);
        Assert.Contains("<!--\n```sh\nlinkerd install\n\nlinkerd check\n```\n-->", stub, StringComparison.Ordinal); // a fence is one block
    }

    [Fact]
    public void StubIsAValidTranslationThatFallsBackUntilTheDraftLineGoes()
    {
        using var site = new TestSite(TestSite.Minimal);
        var sourceText = File.ReadAllText(Path.Combine(site.Input, "en", "projects", "linkerd.md"));
        var hash = SourceHash.ComputeForFile("x", sourceText)!;
        site.Write("zh/projects/linkerd.md", TranslationStub.Create("en/projects/linkerd.md", sourceText, hash)!);
        var result = site.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.True(result.Content!.Get("zh", "projects/linkerd.md")!.IsFallback);
    }

    [Fact]
    public void RefreshReplacesOnlyTheHashLine()
    {
        var text = "---\ntitle: 标题\nsourceHash: 111111111111 \nsummary: 摘要\n---\n正文\n";
        Assert.Equal("---\ntitle: 标题\nsourceHash: 222222222222\nsummary: 摘要\n---\n正文\n", TranslationStub.Refresh(text, "222222222222"));
    }

    [Fact]
    public void RefreshAddsTheHashBeforeTheClosingLineAndKeepsWindowsLineEndings()
    {
        var text = "---\r\ntitle: 标题\r\n---\r\n正文\r\n";
        Assert.Equal("---\r\ntitle: 标题\r\nsourceHash: 333333333333\r\n---\r\n正文\r\n", TranslationStub.Refresh(text, "333333333333"));
    }

    [Fact]
    public void RefreshIgnoresHashLikeLinesInTheBodyAndNeedsFrontMatter()
    {
        Assert.Null(TranslationStub.Refresh("正文\nsourceHash: 1\n", "x"));
        var text = "---\ntitle: t\n---\nsourceHash: body text\n";
        Assert.Equal("---\ntitle: t\nsourceHash: abc\n---\nsourceHash: body text\n", TranslationStub.Refresh(text, "abc"));
    }

    [Fact]
    public void StrippingCommentsKeepsLineCountAndCodeFences()
    {
        var body = "<!--\nEnglish\n-->\n中文\n```html\n<!-- kept in code -->\n```\n<!-- one line -->\n尾\n";
        var stripped = TranslationStub.StripComments(body, out var count);
        Assert.Equal(2, count);
        Assert.Equal(body.Split('\n').Length, stripped.Split('\n').Length);
        Assert.Contains("<!-- kept in code -->", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("English", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("one line", stripped, StringComparison.Ordinal);
    }
}
