using BenchmarkDotNet.Attributes;
using Site.Pipeline.SearchFiles;

namespace Site.Benchmarks;

/// <summary>Every search file (light index plus docs, full-tier manifest and shards) of one language of the small corpus, as the pipeline builds them.</summary>
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
        return SearchIndexComposer.Build(language).Values.Sum(bytes => bytes.LongLength);
    }
}
