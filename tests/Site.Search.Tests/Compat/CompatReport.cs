using System.Text.Json.Serialization;

namespace Site.Search.Tests.Compat;

/// <summary>What node/compat.js prints.</summary>
internal sealed record CompatReport(
    [property: JsonPropertyName("lunrVersion")] string LunrVersion,
    [property: JsonPropertyName("indexes")] List<CompatIndexReport> Indexes);

internal sealed record CompatIndexReport(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("referenceJson")] string ReferenceJson,
    [property: JsonPropertyName("candidateLoaded")] bool CandidateLoaded,
    [property: JsonPropertyName("loadError")] string? LoadError,
    [property: JsonPropertyName("queries")] List<CompatQueryReport> Queries,
    [property: JsonPropertyName("shards")] CompatShardReport? Shards);

internal sealed record CompatShardReport(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("terms")] int Terms,
    [property: JsonPropertyName("problems")] List<string> Problems);

internal sealed record CompatQueryReport(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("lunrQuery")] string LunrQuery,
    [property: JsonPropertyName("reference")] CompatOutcome Reference,
    [property: JsonPropertyName("candidate")] CompatOutcome Candidate);

internal sealed record CompatOutcome(
    [property: JsonPropertyName("results")] List<CompatHit>? Results,
    [property: JsonPropertyName("error")] string? Error);

internal sealed record CompatHit(
    [property: JsonPropertyName("ref")] string Ref,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("terms")] List<string> Terms);
