using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Onigwrap;
using Site.Content.Markdown.Highlighting;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Site.Content.Tests.Markdown;

/// <summary>
/// The rewritten YAML and Go patterns (FasterPatterns) are faster forms of the shipped ones: the same
/// matches from every position, the same tokens on real code.
/// </summary>
public sealed class FasterPatternsTests
{
    /// <summary>Pieces of lines that exercise the rewritten patterns: every kind of implicit type and its near misses, Go names before "=".</summary>
    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "-", "- ", "+", ".", "=", "==", "!=", ":=", "<", "<<", "~", "?", "'", "\"", "*", "&", "!",
        "null", "Null", "NULL", "y", "Y", "yes", "Yes", "n", "N", "no", "NO", "true", "True", "false", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "t", "f", "o",
        "0", "1", "7", "9", "12", "0b", "0x", "0o", "_", "e", "E", "e+", "inf", "Inf", "nan", "NaN", "12:30", ":5", "2001-12-14", "T", "t", "Z", "-05:00",
        "٣", "١٢٣٤", "١٢٣٤-٠١-٠٢", "２００１-１２-１４", "١٢٣٤-٠١-٠٢T٠٣:٠٤:٠٥", "１", "𝟙", "x", "a", "key", "var", "value", "cfg.Name", "a.b", "é", "数量",
        "var x = 1", "var a, b int = 1, 2", "vars = 1", "var3 = 0", "a, b.c = 1, 2", "x.y.z=", "x == y", "x != y", "a := 1", "x /= 2", "f(a, b) = ",
        "key: null", "- 12", "? yes", "[1, 2.5, .inf]", "{a: ~, b: 0x1F}", "k: 2001-12-14 21:59:43.10 -5", "<<: *base", "y: n # c",
    ];

    /// <summary>Lines as the scanner sees them: TextMateSharp gives Oniguruma each line with its line end.</summary>
    private static Arbitrary<string> Lines { get; } = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts) + "\n").ToArbitrary();

    public static TheoryData<int> RewriteIndexes
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < FasterPatterns.Rewrites.Count; i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RewriteIndexes))]
    public void Each_rewrite_still_finds_its_original_once_in_the_bundled_grammar(int index)
    {
        var rewrite = FasterPatterns.Rewrites[index];
        var json = FasterPatterns.BundledJson(rewrite.Scope);
        Assert.NotNull(json);

        var original = rewrite.Original(JsonNode.Parse(json)!);

        Assert.NotNull(original);
        Assert.Single(AllIndexesOf(original, rewrite.Find));
        Assert.NotNull(FasterPatterns.Load(rewrite.Scope));
    }

    [Theory]
    [MemberData(nameof(RewriteIndexes))]
    public void A_rewritten_pattern_matches_what_the_original_matches_from_every_position(int index)
    {
        var (original, rewritten) = Patterns(index);
        var before = new ORegex(original, false, false);
        var after = new ORegex(rewritten, false, false);
        Assert.True(before.Valid && after.Valid);

        Prop.ForAll(Lines, line =>
        {
            for (var start = 0; start <= line.Length; start++)
            {
                Assert.Equal(Matches(before, line, start), Matches(after, line, start));
            }
        }).Check(PropertyRuns.Config.WithMaxTest(Math.Min(PropertyRuns.Count, 1_000)));
    }

    [Theory]
    [InlineData("source.yaml", "implicit-types.yaml")]
    [InlineData("source.go", "assignments.go")]
    public void Sample_code_gets_the_tokens_of_the_shipped_grammar(string scope, string sample)
    {
        var code = File.ReadAllText(RepositoryRoot.Combine("tests", "Site.Content.Tests", "Markdown", "Samples", sample));

        Assert.Equal(Tokens(Shipped(scope), code), Tokens(SyntaxHighlighter.GrammarOf(scope)!.Grammar, code));
    }

    [SharedDataFact]
    public void The_real_landscape_file_gets_the_tokens_of_the_shipped_grammar()
    {
        var code = File.ReadAllText(SharedData.LandscapeFile);

        Assert.Equal(Tokens(Shipped("source.yaml"), code), Tokens(SyntaxHighlighter.GrammarOf("source.yaml")!.Grammar, code));
    }

    [Fact]
    public void A_rewrite_whose_original_is_gone_leaves_the_grammar_as_shipped()
    {
        var grammar = JsonNode.Parse("""{"patterns": [{"match": "(?x) a"}]}""")!;

        Assert.False(new FasterPatterns.PatternRewrite("source.test", "patterns/0/match", "(?y)", "(?x)").TryApply(grammar));
        Assert.False(new FasterPatterns.PatternRewrite("source.test", "patterns/1/match", "(?x)", "(?x)").TryApply(grammar));
        Assert.False(new FasterPatterns.PatternRewrite("source.test", "patterns/0/match", "a", "b").TryApply(JsonNode.Parse("""{"patterns": [{"match": "a a"}]}""")!));
        Assert.Equal("""{"patterns":[{"match":"(?x) a"}]}""", grammar.ToJsonString());
    }

    private static (string Original, string Rewritten) Patterns(int index)
    {
        var rewrite = FasterPatterns.Rewrites[index];
        var shipped = JsonNode.Parse(FasterPatterns.BundledJson(rewrite.Scope)!)!;
        var rewritten = JsonNode.Parse(FasterPatterns.Apply(rewrite.Scope)!)!;
        return (rewrite.Original(shipped)!, rewrite.Original(rewritten)!);
    }

    /// <summary>Where each group of the first match from <paramref name="start"/> begins and ends ("none" when nothing matches).</summary>
    private static string Matches(ORegex regex, string line, int start)
    {
        var result = regex.SafeSearch(line, start);
        if (result is null || result.Count() == 0)
        {
            return "none";
        }

        var groups = new StringBuilder();
        for (var group = 0; group < result.Count(); group++)
        {
            groups.Append(result.LocationAt(group)).Append('+').Append(result.LengthAt(group)).Append(' ');
        }

        return groups.ToString();
    }

    private static List<int> AllIndexesOf(string text, string find)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(find, StringComparison.Ordinal); at >= 0; at = text.IndexOf(find, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    private static IGrammar Shipped(string scope) => new Registry(new RegistryOptions(ThemeName.LightPlus)).LoadGrammar(scope);

    /// <summary>Each line's tokens (start and scopes), tokenized in sequence so states carry over.</summary>
    private static List<string> Tokens(IGrammar grammar, string code)
    {
        var lines = new List<string>();
        IStateStack? state = null;
        foreach (var line in code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var result = grammar.TokenizeLine(line, state, TimeSpan.FromSeconds(10));
            lines.Add(string.Join(" | ", result.Tokens.Select(t => $"{t.StartIndex}: {string.Join(' ', t.Scopes)}")));
            state = result.RuleStack;
        }

        return lines;
    }
}
