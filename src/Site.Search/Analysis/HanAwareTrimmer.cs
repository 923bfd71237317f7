using Site.Search.Text;

namespace Site.Search.Analysis;

/// <summary>
/// <c>trimmer-han</c> of the <c>cjk</c> profile: lunr's trimmer for word tokens, identity for Han tokens
/// (which would otherwise be trimmed away entirely because JS <c>\W</c> is ASCII-only).
/// </summary>
public sealed class HanAwareTrimmer : IPipelineFunction
{
    /// <summary>Shared stateless instance.</summary>
    public static HanAwareTrimmer Instance { get; } = new();

    /// <inheritdoc />
    public string Label => "trimmer-han";

    /// <inheritdoc />
    public string? Process(string token) => token.Length > 0 && HanScript.IsHan(token[0]) ? token : Trimmer.Trim(token);
}
