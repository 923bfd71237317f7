using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests.Analysis;

/// <summary>
/// Runs node/analysis.js once over a deterministic batch of hostile strings and numbers, so every trap test of
/// the class compares against real lunr.js / V8 output without one Node process per case.
/// </summary>
public sealed class AnalysisOracle : IDisposable
{
    private readonly TempDirectory _temp = new();

    public AnalysisOracle()
    {
        Strings = HostileStrings.Build();
        Numbers = HostileStrings.Numbers();
        string input = _temp.File("input.json");
        var payload = new { strings = Strings.Select(s => s.Select(c => (int)c).ToArray()), numbers = Numbers };
        File.WriteAllText(input, JsonSerializer.Serialize(payload));
        Output = JsonSerializer.Deserialize<OracleOutput>(NodeRunner.RunScript("analysis.js", input))!;
    }

    public IReadOnlyList<string> Strings { get; }

    public IReadOnlyList<double> Numbers { get; }

    internal OracleOutput Output { get; }

    public static string FromUnits(int[] units)
    {
        var sb = new StringBuilder(units.Length);
        foreach (int u in units)
        {
            sb.Append((char)u);
        }

        return sb.ToString();
    }

    public void Dispose() => _temp.Dispose();
}

internal sealed record OracleOutput(
    [property: JsonPropertyName("lower")] List<int[]> Lower,
    [property: JsonPropertyName("en")] List<List<OracleToken>> En,
    [property: JsonPropertyName("cjk")] List<List<OracleToken>> Cjk,
    [property: JsonPropertyName("query")] List<List<int[]>> Query,
    [property: JsonPropertyName("stringify")] List<string> Stringify,
    [property: JsonPropertyName("numbers")] List<string> Numbers);

internal sealed record OracleToken(
    [property: JsonPropertyName("term")] int[] Term,
    [property: JsonPropertyName("position")] int[] Position,
    [property: JsonPropertyName("index")] int Index);
