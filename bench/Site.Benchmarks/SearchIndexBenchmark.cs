using BenchmarkDotNet.Attributes;
using Site.Pipeline.SearchFiles;

namespace Site.Benchmarks;

/// <summary>Both search files (light and full lunr index plus docs) of one language of the small corpus, as the pipeline builds them.</summary>
[MemoryDiagnoser]
public class SearchIndexBenchmark
{
    [Params("en", "zh")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup() => _ = CorpusSite.Instance;

    [Benchmark]
    public long BuildLanguageIndexes()
    {
        var language = CorpusSite.Instance.Model.Languages.First(l => l.Info.Code == Language);
        var (light, full) = SearchIndexComposer.Build(language);
        return light.LongLength + full.LongLength;
    }
}
