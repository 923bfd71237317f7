using System.Text.Json;
using Site.Search.Serialization;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests.Compat;

/// <summary>
/// Builds every corpus index with <see cref="LunrIndexBuilder"/>, writes the JSON to a temp folder and runs
/// node/compat.js once for the whole test class (one Node process). The files lunr.js loads and queries are
/// the published form (HTML-safe escaping, the default); the byte-for-byte comparison uses the
/// <see cref="JsonEscaping.JavaScript"/> form, which escapes exactly what <c>JSON.stringify</c> does.
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
            CandidateJson[spec.Name] = index.ToJson(JsonEscaping.JavaScript);
            PublishedJson[spec.Name] = index.ToJson();
            File.WriteAllText(_temp.File(spec.Name + ".json"), PublishedJson[spec.Name]);

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

    /// <summary>The C# index escaped exactly as <c>JSON.stringify</c> does, per corpus index.</summary>
    internal Dictionary<string, string> CandidateJson { get; } = [];

    /// <summary>The C# index as the site publishes it (<see cref="JsonEscaping.HtmlSafe"/>), per corpus index.</summary>
    internal Dictionary<string, string> PublishedJson { get; } = [];

    internal CompatIndexReport ReportFor(string name) => Report.Indexes.Single(i => i.Name == name);

    public void Dispose() => _temp.Dispose();
}
