using System.Text;
using Site.Content.Markdown.Highlighting;
using TextMateSharp.Grammars;

namespace Site.Content.Tests.Markdown;

/// <summary>Highlighting reuses the classes of lines it has seen (LineTokenMemo): never different from tokenizing afresh.</summary>
public sealed class LineTokenMemoTests
{
    /// <summary>Blocks whose lines depend on the lines before them: the same text is a string in one place and code in another.</summary>
    public static TheoryData<string, string> MultiLine => new()
    {
        // A block scalar: "  name: web" is string content, then a property.
        { "yaml", "script: |\n  name: web\n  kind: Pod\nother:\n  name: web\n  kind: Pod\n" },
        { "yaml", "a: >-\n  folded\n  text: 1\nb: \"quoted\n  text: 1\"\ntext: 1\n" },
        // A Go raw string spanning lines: "func main() {}" inside it, then as code.
        { "go", "var s = `\nfunc main() {}\n// not a comment\n`\nfunc main() {}\n// a comment\n" },
        { "go", "/* block\nfunc main() {}\n*/\nfunc main() {}\n" },
        // A heredoc: its body is a string until EOF.
        { "bash", "cat <<EOF > x.yaml\nif [ -f x ]; then echo ok; fi\nEOF\nif [ -f x ]; then echo ok; fi\n" },
        { "bash", "echo \"multi\nif true; then\n\"\nif true; then echo; fi\n" },
        // Markdown's block quotes and lists are begin/while rules (the while anchor depends on the state).
        { "markdown", "> quoted\n> - item\n>   more\n\n- item\n  more\n\n```yaml\nkey: 1\n```\nkey: 1\n" },
        { "json", "{\n  \"a\": \"x\",\n  \"b\": [\n    \"x\",\n    1\n  ]\n}\n" },
        { "console", "$ cat <<EOF\n> name: web\nEOF\n$ echo \"a\nname: web\n" },
        { "toml", "s = \"\"\"\n[server]\nport = 1\n\"\"\"\n[server]\nport = 1\n" },
    };

    [Theory]
    [MemberData(nameof(MultiLine))]
    public void Reused_lines_give_exactly_the_classes_of_a_fresh_tokenization(string fence, string code)
    {
        var language = CodeLanguages.Resolve(fence)!;
        var lines = code.TrimEnd('\n').Split('\n');

        var fresh = Highlight(language, lines, reuse: false);
        var first = Highlight(language, lines, reuse: true);
        var again = Highlight(language, lines, reuse: true);

        Assert.Equal(fresh, first);
        Assert.Equal(fresh, again);
    }

    [Fact]
    public void The_same_line_in_another_state_gets_its_own_classes()
    {
        var yaml = CodeLanguages.Resolve("yaml")!;
        Highlight(yaml, ["other:", "  name: web"], reuse: true); // "  name: web" seen as a property first

        var html = Highlight(yaml, ["script: |", "  name: web", "other:", "  name: web"], reuse: true).Split('\n');

        Assert.Equal("<span class=\"hl-s\">  name: web</span>", html[1]);
        Assert.Equal("  <span class=\"hl-p\">name</span>: <span class=\"hl-s\">web</span>", html[3]);
    }

    [Fact]
    public void Lines_of_blocks_highlighted_before_are_answered_without_tokenizing()
    {
        Assert.True(LineTokenMemo.IsAvailable, "this TextMateSharp no longer exposes what SameState compares: highlighting reuses nothing");
        var memo = SyntaxHighlighter.GrammarOf("source.yaml")!;
        string[] block = ["apiVersion: memo-test/v1", "kind: MemoTest", "spec:", "  replicas: 3"];
        Highlight(CodeLanguages.Resolve("yaml")!, block, reuse: true);

        long before;
        lock (memo.Gate)
        {
            before = memo.Hits;
        }

        Highlight(CodeLanguages.Resolve("yaml")!, block, reuse: true);

        lock (memo.Gate)
        {
            Assert.True(memo.Hits - before >= block.Length);
        }
    }

    [Fact]
    public void States_compare_by_what_the_next_line_depends_on()
    {
        var memo = SyntaxHighlighter.GrammarOf("source.yaml")!;
        lock (memo.Gate)
        {
            var grammar = memo.Grammar;
            var afterKey = (StateStack)grammar.TokenizeLine("a: 1").RuleStack;
            var afterOtherKey = (StateStack)grammar.TokenizeLine("bb: 22").RuleStack;
            var inScalar = (StateStack)grammar.TokenizeLine("a: |").RuleStack;

            Assert.NotSame(afterKey, afterOtherKey);
            Assert.True(LineTokenMemo.SameState(afterKey, afterOtherKey));
            Assert.False(LineTokenMemo.SameState(afterKey, inScalar));
            Assert.False(LineTokenMemo.SameState(afterKey, null));
        }
    }

    [Fact]
    public void The_memo_holds_at_most_two_generations_and_keeps_lines_that_come_back()
    {
        var shared = SyntaxHighlighter.GrammarOf("source.yaml")!;
        lock (shared.Gate)
        {
            var memo = new LineTokenMemo(shared.Grammar, maxEntries: 4);
            for (var i = 0; i < 50; i++)
            {
                memo.Tokenize("key" + i + ": " + i, null);
                memo.Tokenize("kept: 1", null); // comes back every time: never dropped
                Assert.True(memo.Count <= 2 * memo.MaxEntries, $"{memo.Count} lines held");
            }

            Assert.Equal(49, memo.Hits);
            var reused = memo.Tokenize("kept: 1", null);
            var fresh = memo.Tokenize("kept: 1", null, reuse: false);
            Assert.Equal(fresh.Runs, reused.Runs);
            Assert.Equal(50, memo.Hits);
        }
    }

    [Fact]
    public void Threads_sharing_a_grammar_get_the_classes_of_a_fresh_tokenization()
    {
        var blocks = Enumerable.Range(0, 40).Select(i => (CodeLanguages.Resolve(i % 2 == 0 ? "yaml" : "go")!, i % 2 == 0
            ? new[] { "apiVersion: apps/v1", "metadata:", $"  name: web-{i % 7}", "spec:", "  script: |", $"    echo {i % 5}" }
            : new[] { "func main() {", $"\ts := `raw {i % 3}", "func x() {}`", $"\tfmt.Println(s, {i % 4})", "}" })).ToArray();
        var expected = blocks.Select(b => Highlight(b.Item1, b.Item2, reuse: false)).ToArray();

        var results = new string[blocks.Length * 4];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = Highlight(blocks[i % blocks.Length].Item1, blocks[i % blocks.Length].Item2, reuse: true));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % blocks.Length], results[i]);
        }
    }

    private static string Highlight(CodeLanguage language, string[] lines, bool reuse)
    {
        var output = new StringBuilder();
        Assert.True(SyntaxHighlighter.TryHighlight(language, lines, output, reuse));
        return output.ToString();
    }
}
