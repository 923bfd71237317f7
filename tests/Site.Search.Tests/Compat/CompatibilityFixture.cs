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
            LunrIndex index = spec.Build();
            string json = index.ToJson();
            CandidateJson[spec.Name] = json;
            File.WriteAllText(_temp.File(spec.Name + ".json"), json);

            // Small shards, so every index is cut into several.
            LunrIndexShards shards = index.PlanShards(200);
            string folder = _temp.File(spec.Name + ".shards");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "first.json"), JsonSerializer.Serialize(shards.Shards.Select((s, i) => i == 0 ? "" : s.FirstTerm)));
            for (int i = 0; i < shards.Shards.Count; i++)
            {
                File.WriteAllText(Path.Combine(folder, i + ".json"), shards.ToJson(i));
            }
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
