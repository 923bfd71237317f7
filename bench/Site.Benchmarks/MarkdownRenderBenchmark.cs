using BenchmarkDotNet.Attributes;
using Site.Content.Markdown;
using Site.Content.Model;

namespace Site.Benchmarks;

/// <summary>Markdown → HTML, headings, links and plain text of one real corpus post, English and its Chinese translation.</summary>
[MemoryDiagnoser]
public class MarkdownRenderBenchmark
{
    private Page _english = null!;
    private Page _chinese = null!;
    private IReadOnlyList<Heading> _outline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = CorpusSite.Instance;
        _chinese = site.Content.Pages.First(p => p is PostPage && p.Language == "zh" && p.IsTranslation);
        _english = site.Content.Get(site.Content.Config.DefaultLanguage.Code, _chinese.Id)!;
        _outline = site.Rendered.Get(_english)!.Headings;
    }

    [Benchmark(Baseline = true)]
    public RenderedMarkdown EnglishPost() => MarkdownRenderer.Shared.Render(_english.Body, _english.BodyStartLine);

    [Benchmark]
    public RenderedMarkdown ChineseTranslation() => MarkdownRenderer.Shared.Render(_chinese.Body, _chinese.BodyStartLine, _outline);
}
