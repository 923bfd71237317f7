using BenchmarkDotNet.Attributes;
using Site.Content.Diagnostics;
using Site.Pipeline.Model;
using Site.Pipeline.Rendering;

namespace Site.Benchmarks;

/// <summary>
/// The render step of a build on real pages: every English page of the small corpus (posts, projects,
/// lists, tag pages, indexes) rendered with the default theme by one <see cref="PageRenderer"/>, as one
/// render thread of <c>RenderPages</c> does. Page models are built once in the setup.
/// </summary>
[MemoryDiagnoser]
public class ThemeRenderBenchmark
{
    private List<PageJob> _jobs = null!;
    private PageRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = CorpusSite.Instance;
        var diagnostics = new List<Diagnostic>();
        var theme = Theme.Load(site.ThemePath, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }

        _jobs = new PageModelFactory(site.Model.Languages[0]).All().ToList();
        _renderer = new PageRenderer(theme);
    }

    [Benchmark]
    public long RenderEveryPageOfOneLanguage()
    {
        var length = 0L;
        foreach (var job in _jobs)
        {
            length += (_renderer.Render(job, out var error) ?? throw new InvalidOperationException(error?.ToString())).Length;
        }

        return length;
    }
}
