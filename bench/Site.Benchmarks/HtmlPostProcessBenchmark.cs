using BenchmarkDotNet.Attributes;
using Site.Content.Diagnostics;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;
using Site.Pipeline.Modules;
using Site.Pipeline.Rendering;

namespace Site.Benchmarks;

/// <summary>
/// What happens to a rendered page after its templates ran: the deploy-preview noindex tag
/// (one scan of the head), and the "rewrite only when the bytes change" check of serve's
/// in-place output, on a real post page of the small corpus.
/// </summary>
[MemoryDiagnoser]
public class HtmlPostProcessBenchmark
{
    private string _html = null!;
    private string _file = null!;
    private DocumentContent _content = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = CorpusSite.Instance;
        var theme = Theme.Load(site.ThemePath, new List<Diagnostic>());
        var job = new PageModelFactory(site.Model.Languages[0]).All().First(j => j.Layout == "post");
        _html = new PageRenderer(theme).Render(job, out var error) ?? throw new InvalidOperationException(error?.ToString());
        _content = DocumentContent.FromText(_html);
        _file = Path.Combine(Path.GetTempPath(), $"site-bench-page-{Guid.NewGuid():N}.html");
        _content.WriteTo(_file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark]
    public string InsertNoindexTag() => AddNoindex.Insert(_html);

    [Benchmark]
    public bool WriteIfChangedUnchangedPage() => _content.WriteIfChanged(_file);
}
