using BenchmarkDotNet.Attributes;
using Site.Pipeline.Model;
using Site.Pipeline.Modules;

namespace Site.Benchmarks;

/// <summary>
/// The template models of every page of one language of the small corpus (what BuildSiteModel does
/// per language), and their fingerprints (what a serve rebuild computes to find the pages an edit affects).
/// </summary>
[MemoryDiagnoser]
public class PageModelBenchmark
{
    private List<PageJob> _jobs = null!;

    [GlobalSetup]
    public void Setup() => _jobs = new PageModelFactory(CorpusSite.Instance.Model.Languages[0]).All().ToList();

    [Benchmark(Baseline = true)]
    public int BuildAllPageModels() => new PageModelFactory(CorpusSite.Instance.Model.Languages[0]).All().Count();

    [Benchmark]
    public ulong FingerprintAllPageModels()
    {
        var combined = 0UL;
        foreach (var job in _jobs)
        {
            combined ^= RenderPages.Fingerprint(job, 0);
        }

        return combined;
    }
}
