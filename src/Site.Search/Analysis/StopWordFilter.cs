namespace Site.Search.Analysis;

/// <summary>Port of <c>lunr.stopWordFilter</c>: drops lunr's 119 English stop words (exact, ordinal match).</summary>
public sealed class StopWordFilter : IPipelineFunction
{
    private static readonly HashSet<string> Words = new(
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do", "does",
        "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he", "her", "hers",
        "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like",
        "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off", "often",
        "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she", "should", "since", "so",
        "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "tis", "to", "too",
        "twas", "us", "wants", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "yet", "you", "your",
    ], StringComparer.Ordinal);

    /// <summary>Shared stateless instance.</summary>
    public static StopWordFilter Instance { get; } = new();

    /// <summary>The stop words, for tests and documentation.</summary>
    public static IReadOnlyCollection<string> StopWords => Words;

    /// <inheritdoc />
    public string Label => "stopWordFilter";

    /// <inheritdoc />
    public string? Process(string token) => Words.Contains(token) ? null : token;
}
