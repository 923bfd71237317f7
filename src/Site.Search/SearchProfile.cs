using Site.Search.Analysis;

namespace Site.Search;

/// <summary>
/// How text becomes terms for one language: the tokenizer, the indexing pipeline and the search pipeline whose
/// labels are serialized into the index (and must be registered in the browser before <c>lunr.Index.load</c>).
/// </summary>
public sealed class SearchProfile
{
    private readonly IPipelineFunction[] _indexPipeline;

    /// <summary>Creates a profile.</summary>
    public SearchProfile(string name, ITokenizer tokenizer, IEnumerable<IPipelineFunction> indexPipeline, IEnumerable<string> searchPipeline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(indexPipeline);
        ArgumentNullException.ThrowIfNull(searchPipeline);
        Name = name;
        Tokenizer = tokenizer;
        _indexPipeline = [.. indexPipeline];
        SearchPipeline = [.. searchPipeline];
    }

    /// <summary>lunr.js defaults: <c>lunr.tokenizer</c>, pipeline <c>trimmer, stopWordFilter, stemmer</c>, search pipeline <c>stemmer</c>.</summary>
    public static SearchProfile English { get; } = new(
        "en",
        LunrTokenizer.Instance,
        [Trimmer.Instance, StopWordFilter.Instance, PorterStemmer.Instance],
        ["stemmer"]);

    /// <summary>
    /// The <c>cjk</c> profile for Chinese (and mixed Chinese/English) pages: bigram tokenizer, pipeline
    /// <c>trimmer-han, drop-empty, stopWordFilter, stemmer</c>, search pipeline <c>stemmer</c>. Queries must be
    /// rewritten with <c>lunrCjk.toLunrQuery</c> from <c>tools/lunr/lunr-cjk.js</c>.
    /// </summary>
    public static SearchProfile Cjk { get; } = new(
        "cjk",
        CjkTokenizer.Instance,
        [HanAwareTrimmer.Instance, DropEmptyFilter.Instance, StopWordFilter.Instance, PorterStemmer.Instance],
        ["stemmer"]);

    /// <summary>Short identifier ("en", "cjk").</summary>
    public string Name { get; }

    /// <summary>Tokenizer applied to every field value.</summary>
    public ITokenizer Tokenizer { get; }

    /// <summary>Labels of the search pipeline, serialized as the index's <c>pipeline</c>.</summary>
    public IReadOnlyList<string> SearchPipeline { get; }

    /// <summary>Labels of the indexing pipeline (not serialized; documentation and tests).</summary>
    public IReadOnlyList<string> IndexPipelineLabels => [.. _indexPipeline.Select(f => f.Label)];

    /// <summary>
    /// Picks the profile for a site language code: <see cref="Cjk"/> for every language. For English text it
    /// gives lunr's terms, except that punctuation separates words (paths, domains, <c>kubernetes's</c>) and the
    /// empty term is dropped; English pages also quote Chinese names, and one tokenizer for both languages
    /// keeps the browser's query code single. (Kana and Hangul are not segmented.)
    /// </summary>
    public static SearchProfile ForLanguage(string languageCode)
    {
        ArgumentNullException.ThrowIfNull(languageCode);
        return Cjk;
    }

    /// <summary>A fresh (memoizing, single-threaded) instance of the indexing pipeline.</summary>
    public TokenPipeline CreateIndexPipeline() => new(_indexPipeline);
}
