using System.Text;
using Site.Search.Analysis;
using Site.Search.Serialization;
using Site.Search.Text;

namespace Site.Search.Tests.Analysis;

/// <summary>
/// Each porting trap of the spec checked against real lunr.js over ~1,500 hostile strings and ~4,000 numbers
/// (one Node run for the class), plus focused expectations that document the trap.
/// </summary>
public sealed class PortingTrapTests(AnalysisOracle oracle) : IClassFixture<AnalysisOracle>
{
    [Fact]
    public void Lower_casing_matches_javascript_toLowerCase()
    {
        for (int i = 0; i < oracle.Strings.Count; i++)
        {
            string expected = AnalysisOracle.FromUnits(oracle.Output.Lower[i]);
            Assert.True(expected == JsLowerCase.ToLower(oracle.Strings[i]), $"input #{i} {Escape(oracle.Strings[i])}: JS {Escape(expected)}, C# {Escape(JsLowerCase.ToLower(oracle.Strings[i]))}");
        }
    }

    [Fact]
    public void English_tokens_terms_and_positions_match_lunr()
        => AssertAnalysisMatches(SearchProfile.English, oracle.Output.En);

    [Fact]
    public void Cjk_tokens_terms_and_positions_match_lunr_cjk_js()
        => AssertAnalysisMatches(SearchProfile.Cjk, oracle.Output.Cjk);

    /// <summary>The index builder normalizes into one reused buffer (grown as needed) instead of a string per field.</summary>
    [Fact]
    public void Tokens_normalized_into_a_reused_buffer_are_the_same_as_lunrs()
    {
        AssertAnalysisMatches(SearchProfile.English, oracle.Output.En, reuseBuffer: true);
        AssertAnalysisMatches(SearchProfile.Cjk, oracle.Output.Cjk, reuseBuffer: true);
    }

    [Fact]
    public void The_browser_splits_a_query_into_the_terms_the_builder_indexes_for_the_same_text()
    {
        // lunrCjk.parseQuery (what the search box runs) against the C# cjk tokenizer and pipeline: same terms,
        // punctuation included (each side deduplicates and drops stop words its own way, so compare sets).
        for (int i = 0; i < oracle.Strings.Count; i++)
        {
            var expected = Terms(SearchProfile.Cjk, oracle.Strings[i]).ToHashSet(StringComparer.Ordinal);
            var actual = oracle.Output.Query[i].Select(AnalysisOracle.FromUnits).ToHashSet(StringComparer.Ordinal);
            Assert.True(expected.SetEquals(actual), $"input #{i} {Escape(oracle.Strings[i])}: C# [{string.Join(", ", expected.Select(Escape))}], browser [{string.Join(", ", actual.Select(Escape))}]");
        }
    }

    [Fact]
    public void Json_strings_are_escaped_exactly_like_JSON_stringify()
    {
        for (int i = 0; i < oracle.Strings.Count; i++)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonTextWriter(stream, JsonEscaping.JavaScript))
            {
                writer.WriteString(oracle.Strings[i]);
            }

            Assert.Equal(oracle.Output.Stringify[i], Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    [Fact]
    public void Numbers_print_exactly_like_JSON_stringify()
    {
        for (int i = 0; i < oracle.Numbers.Count; i++)
        {
            Assert.True(oracle.Output.Numbers[i] == JsNumberFormatter.Format(oracle.Numbers[i]), $"{oracle.Numbers[i]:R}: JS {oracle.Output.Numbers[i]}, C# {JsNumberFormatter.Format(oracle.Numbers[i])}");
        }
    }

    [Theory]
    [InlineData("İ", "i\u0307")]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΣΑ", "σα")]
    [InlineData("I", "i")]
    public void Lower_casing_uses_full_mappings_and_final_sigma(string input, string expected)
        => Assert.Equal(expected, JsLowerCase.ToLower(input));

    [Fact]
    public void Dotted_capital_i_lengthens_the_text_so_positions_follow_the_lower_cased_string()
    {
        var tokens = new List<TokenSpan>();
        string text = LunrTokenizer.Instance.Tokenize("İİ ab", tokens);
        Assert.Equal("i\u0307i\u0307 ab", text);
        Assert.Equal(new TokenSpan(5, 2, 1), tokens[1]);
    }

    [Fact]
    public void Separator_is_javascript_whitespace_not_dotnet_whitespace()
    {
        Assert.True(JsWhitespace.IsLunrSeparator('\uFEFF'));
        Assert.True(JsWhitespace.IsLunrSeparator('\u3000'));
        Assert.True(JsWhitespace.IsLunrSeparator('-'));
        Assert.False(JsWhitespace.IsLunrSeparator('\u0085'));
        Assert.False(JsWhitespace.IsLunrSeparator('\u180E'));
        Assert.False(JsWhitespace.IsLunrSeparator('\u200B'));
    }

    [Theory]
    [InlineData("café", "caf")]
    [InlineData("\"quoted\"", "quoted")]
    [InlineData("__proto__", "__proto__")]
    [InlineData("中文测试", "")]
    [InlineData("kubernetes，通常缩写为k8s", "kubernetes，通常缩写为k8s")]
    [InlineData("—", "")]
    public void Trimmer_strips_only_ascii_non_word_characters(string token, string expected)
        => Assert.Equal(expected, Trimmer.Instance.Process(token));

    [Fact]
    public void Punctuation_only_token_becomes_the_empty_term_in_the_english_profile_but_not_in_cjk()
    {
        Assert.Equal([""], Terms(SearchProfile.English, "—"));
        Assert.Empty(Terms(SearchProfile.Cjk, "—"));
    }

    [Fact]
    public void Stop_words_are_dropped_after_trimming_and_prototype_names_are_not_stop_words()
    {
        Assert.Equal(119, StopWordFilter.StopWords.Count);
        Assert.Equal(["constructor", "__proto__"], Terms(SearchProfile.English, "The, (and) constructor __proto__"));
    }

    [Fact]
    public void Cjk_profile_splits_han_runs_into_bigrams_and_keeps_latin_words()
    {
        Assert.Equal(["kubernet", "集群"], Terms(SearchProfile.Cjk, "Kubernetes集群"));
        Assert.Equal(["容器", "器编", "编排"], Terms(SearchProfile.Cjk, "容器编排"));
        Assert.Equal(["云", "kubectl"], Terms(SearchProfile.Cjk, "云 ＫＵＢＥＣＴＬ"));
    }

    private void AssertAnalysisMatches(SearchProfile profile, List<List<OracleToken>> expected, bool reuseBuffer = false)
    {
        TokenPipeline pipeline = profile.CreateIndexPipeline();
        var tokens = new List<TokenSpan>();
        char[] buffer = new char[1];
        for (int i = 0; i < oracle.Strings.Count; i++)
        {
            tokens.Clear();
            ReadOnlySpan<char> text = reuseBuffer
                ? profile.Tokenizer.Tokenize(oracle.Strings[i], tokens, ref buffer)
                : profile.Tokenizer.Tokenize(oracle.Strings[i], tokens);
            var actual = new List<(string Term, int Start, int Length, int Index)>();
            foreach (TokenSpan t in tokens)
            {
                string? term = pipeline.Run(text.Slice(t.Start, t.Length));
                if (term is not null)
                {
                    actual.Add((term, t.Start, t.Length, t.Index));
                }
            }

            var wanted = expected[i].Select(t => (AnalysisOracle.FromUnits(t.Term), t.Position[0], t.Position[1], t.Index)).ToList();
            Assert.True(wanted.SequenceEqual(actual), $"input #{i} {Escape(oracle.Strings[i])}:\n lunr: {string.Join(" ", wanted)}\n C#:   {string.Join(" ", actual)}");
        }
    }

    private static List<string> Terms(SearchProfile profile, string text)
    {
        var tokens = new List<TokenSpan>();
        string normalized = profile.Tokenizer.Tokenize(text, tokens);
        TokenPipeline pipeline = profile.CreateIndexPipeline();
        return tokens.Select(t => pipeline.Run(normalized.AsSpan(t.Start, t.Length))).OfType<string>().ToList();
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:x4}"));
}
