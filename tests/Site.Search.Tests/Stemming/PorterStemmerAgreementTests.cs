using System.Text.Json;
using Site.Search.Analysis;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests.Stemming;

/// <summary>The C# Porter stemmer against lunr.js's over a checked-in list of real English words (one Node run).</summary>
public sealed class PorterStemmerAgreementTests
{
    private static string WordFile => Path.Combine(RepositoryPaths.TestProjectDir, "Stemming", "english-words.txt");

    [Fact]
    public void Stems_agree_with_lunr_js_for_every_word_of_the_list()
    {
        string[] words = File.ReadAllLines(WordFile).Where(w => w.Length > 0).ToArray();
        Assert.True(words.Distinct(StringComparer.Ordinal).Count() >= 5000, "the word list must hold at least 5,000 distinct words");

        string[] expected = JsonSerializer.Deserialize<string[]>(NodeRunner.RunScript("stem.js", WordFile))!;
        Assert.Equal(words.Length, expected.Length);

        var mismatches = words
            .Select((w, i) => (Word: w, Lunr: expected[i], Ours: PorterStemmer.Stem(w)))
            .Where(x => x.Lunr != x.Ours)
            .Take(20)
            .Select(x => $"{x.Word}: lunr '{x.Lunr}', C# '{x.Ours}'")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));

        // The list must exercise the stemmer, not be made of words it leaves alone.
        Assert.True(words.Count(w => PorterStemmer.Stem(w) != w) > words.Length / 3);
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("runs", "run")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("sky", "ski")]
    [InlineData("yyyy", "yyyi")]
    [InlineData("agreed", "agre")]
    [InlineData("happiness", "happi")]
    [InlineData("k8s", "k8")]
    [InlineData("service", "servic")]
    [InlineData("proxy", "proxi")]
    [InlineData("mtls.", "mtls.")]
    [InlineData("mtls", "mtl")]
    [InlineData("yelling", "yell")]
    [InlineData("be", "be")]
    public void Known_lunr_stems(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));
}
