using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Search.Tests.Compat;

/// <summary>The checked-in compatibility corpus (Compat/corpus.json), shared with node/compat.js.</summary>
internal sealed record CompatCorpus([property: JsonPropertyName("indexes")] List<CompatIndexSpec> Indexes)
{
    public static string FilePath => Path.Combine(Infrastructure.RepositoryPaths.TestProjectDir, "Compat", "corpus.json");

    public static CompatCorpus Load() =>
        JsonSerializer.Deserialize<CompatCorpus>(File.ReadAllText(FilePath)) ?? throw new InvalidOperationException("empty corpus");
}

internal sealed record CompatIndexSpec(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("fields")] List<CompatField> Fields,
    [property: JsonPropertyName("metadataWhitelist")] List<string> MetadataWhitelist,
    [property: JsonPropertyName("documents")] List<CompatDocument> Documents,
    [property: JsonPropertyName("queries")] List<string> Queries,
    [property: JsonPropertyName("b")] double? B = null,
    [property: JsonPropertyName("k1")] double? K1 = null)
{
    public LunrIndex Build()
    {
        var builder = new LunrIndexBuilder(Profile == "cjk" ? SearchProfile.Cjk : SearchProfile.English);
        foreach (CompatField field in Fields)
        {
            builder.AddField(field.Name, field.Boost);
        }

        if (B is { } b)
        {
            builder.B = b;
        }

        if (K1 is { } k1)
        {
            builder.K1 = k1;
        }

        foreach (string key in MetadataWhitelist)
        {
            builder.MetadataWhitelist.Add(key);
        }

        foreach (CompatDocument document in Documents)
        {
            builder.Add(document.Ref, document.Fields, document.Boost ?? 1);
        }

        return builder.Build();
    }
}

internal sealed record CompatField([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("boost")] double Boost);

internal sealed record CompatDocument(
    [property: JsonPropertyName("ref")] string Ref,
    [property: JsonPropertyName("fields")] Dictionary<string, string?> Fields,
    [property: JsonPropertyName("boost")] double? Boost = null);
