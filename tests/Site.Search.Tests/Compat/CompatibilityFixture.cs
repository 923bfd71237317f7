using System.Text.Json;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests.Compat;

/// <summary>
/// Builds every corpus index with <see cref="LunrIndexBuilder"/>, writes the JSON to a temp folder and runs
/// node/compat.js once for the whole test class (one Node process).
/// </summary>
public sealed class CompatibilityFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CompatibilityFixture()
    {
        Corpus = CompatCorpus.Load();
        foreach (CompatIndexSpec spec in Corpus.Indexes)
        {
            string json = spec.Build().ToJson();
            CandidateJson[spec.Name] = json;
            File.WriteAllText(_temp.File(spec.Name + ".json"), json);
        }

        string output = NodeRunner.RunScript("compat.js", CompatCorpus.FilePath, _temp.Path);
        Report = JsonSerializer.Deserialize<CompatReport>(output) ?? throw new InvalidOperationException("compat.js printed nothing");
    }

    internal CompatCorpus Corpus { get; }

    internal CompatReport Report { get; }

    internal Dictionary<string, string> CandidateJson { get; } = [];

    internal CompatIndexReport ReportFor(string name) => Report.Indexes.Single(i => i.Name == name);

    public void Dispose() => _temp.Dispose();
}
