namespace Site.Search.Analysis;

/// <summary>
/// Port of <c>lunr.trimmer</c>: strips JS <c>\W</c> (ASCII <c>[^A-Za-z0-9_]</c>) from both ends. Like lunr it
/// returns <c>""</c> rather than dropping the token, so all-punctuation tokens become the empty term.
/// </summary>
public sealed class Trimmer : IPipelineFunction
{
    /// <summary>Shared stateless instance.</summary>
    public static Trimmer Instance { get; } = new();

    /// <inheritdoc />
    public string Label => "trimmer";

    /// <inheritdoc />
    public string? Process(string token) => Trim(token);

    internal static string Trim(string token)
    {
        int start = 0;
        int end = token.Length;
        while (start < end && !IsAsciiWordChar(token[start]))
        {
            start++;
        }

        while (end > start && !IsAsciiWordChar(token[end - 1]))
        {
            end--;
        }

        return start == 0 && end == token.Length ? token : token[start..end];
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
