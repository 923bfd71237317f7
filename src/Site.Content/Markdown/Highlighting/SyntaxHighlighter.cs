using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Site.Content.Markdown.Highlighting;

/// <summary>
/// Highlights code at build time with TextMate grammars (TextMateSharp, the grammars VS Code uses),
/// writing <c>&lt;span class="hl-…"&gt;</c> around tokens (<see cref="ScopeClasses"/>).
/// </summary>
/// <remarks>
/// Why TextMateSharp rather than ColorCode (both on NuGet): ColorCode has no grammar for YAML, Go,
/// Rust, shell, Dockerfile, TOML, HCL or diff, the bulk of CNCF code samples; TextMateSharp ships
/// ~60 grammars covering all of those but TOML, HCL and PromQL, which are added as small grammars
/// of our own. It is slow per line (Oniguruma regexes; bench/Site.Benchmarks HighlightBenchmark
/// measures both): YAML ~10-60 µs a line, Go ~100 µs, a long Go call up to several ms. Code samples
/// repeat their lines, though (and a translation repeats its source's blocks), so each grammar keeps
/// the classes of the lines it has seen (<see cref="LineTokenMemo"/>) and only a line new in its state
/// is tokenized: on the large benchmark corpus, 17,000 of 385,000 lines. The slowest patterns of the
/// bundled YAML and Go grammars are loaded in an equivalent, faster form (<see cref="FasterPatterns"/>).
/// <para>
/// Grammars and their compiled rules are not documented as thread-safe, and bodies render in parallel:
/// each language has its own registry and grammar, loaded on first use and shared by all threads, one
/// thread at a time (a block holds it for microseconds when its lines are known). One memo per language
/// for the whole build rather than one per thread: a line is tokenized once, not once per thread.
/// </para>
/// </remarks>
public static partial class SyntaxHighlighter
{
    /// <summary>Beyond this a block is shown plain: highlighting a generated 1 MB manifest helps nobody.</summary>
    public const int MaxCodeLength = 200_000;

    /// <summary>A longer line (minified JSON) is written plain; the lines after it are still highlighted.</summary>
    public const int MaxLineLength = 2_000;

    private static readonly ConcurrentDictionary<string, Lazy<LineTokenMemo?>> Grammars = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes <paramref name="lines"/> (without line ends) highlighted as <paramref name="language"/>,
    /// HTML-escaped, each line followed by <c>\n</c>. Returns false, having written nothing, when the
    /// code cannot be highlighted (too long, grammar failure): the caller writes it plain.
    /// </summary>
    /// <param name="reuse">Reuse the classes of lines seen before (false: tokenize every line afresh, for benchmarks and tests).</param>
    public static bool TryHighlight(CodeLanguage language, IReadOnlyList<string> lines, StringBuilder output, bool reuse = true)
    {
        var length = 0;
        foreach (var line in lines)
        {
            length += line.Length + 1;
        }

        if (length > MaxCodeLength)
        {
            return false;
        }

        var grammar = GrammarOf(language.Scope);
        if (grammar is null)
        {
            return false;
        }

        var start = output.Length;
        try
        {
            lock (grammar.Gate)
            {
                var writer = new SpanWriter(output);
                if (language.IsConsole)
                {
                    WriteConsole(grammar, lines, writer, reuse);
                }
                else
                {
                    IStateStack? state = null;
                    foreach (var line in lines)
                    {
                        state = WriteLine(grammar, line, state, writer, reuse);
                        writer.EndLine();
                    }
                }

                writer.Close();
            }
        }
#pragma warning disable CA1031 // A grammar that fails on some input must not fail the build: the block is shown plain.
        catch (Exception)
#pragma warning restore CA1031
        {
            output.Length = start;
            return false;
        }

        return true;
    }

    /// <summary>The grammar of a scope with its memo, loaded on first use into a registry of its own; null when no grammar has the scope.</summary>
    internal static LineTokenMemo? GrammarOf(string scope) =>
        Grammars.GetOrAdd(scope, static s => new Lazy<LineTokenMemo?>(() => new Registry(new Options()).LoadGrammar(s) is { } grammar ? new LineTokenMemo(grammar) : null)).Value;

    /// <summary>Writes text HTML-escaped (text content: <c>&amp; &lt; &gt;</c>).</summary>
    public static void AppendEscaped(StringBuilder output, ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var i = text.IndexOfAny('&', '<', '>');
            if (i < 0)
            {
                output.Append(text);
                return;
            }

            output.Append(text[..i]);
            output.Append(text[i] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
            text = text[(i + 1)..];
        }
    }

    private static IStateStack? WriteLine(LineTokenMemo grammar, string line, IStateStack? state, SpanWriter writer, bool reuse)
    {
        if (line.Length > MaxLineLength)
        {
            writer.Plain(line);
            return state;
        }

        var tokenized = grammar.Tokenize(line, state, reuse);
        foreach (var run in tokenized.Runs)
        {
            writer.Token(run.Class, line.AsSpan(run.Start, run.Length));
        }

        return tokenized.Next;
    }

    /// <summary>
    /// A terminal session: a line starting with a prompt (<c>$ </c>, <c># </c>, <c>% </c>, <c>user@host:~$ </c>)
    /// is a command, highlighted as shell, and so is a line continuing one that ended in <c>\</c>; other lines
    /// are output. Prompts and output carry their own classes so the copy button can leave them out.
    /// </summary>
    private static void WriteConsole(LineTokenMemo shell, IReadOnlyList<string> lines, SpanWriter writer, bool reuse)
    {
        IStateStack? state = null;
        var continued = false;
        foreach (var line in lines)
        {
            var prompt = continued ? null : Prompt().Match(line);
            if (continued || prompt is { Success: true })
            {
                var command = line;
                if (prompt is { Success: true })
                {
                    writer.Token("hl-gp", prompt.Value);
                    command = line[prompt.Length..];
                    state = null;
                }

                state = WriteLine(shell, command, state, writer, reuse);
                continued = command.EndsWith('\\');
            }
            else
            {
                writer.Token(line.Length == 0 ? null : "hl-go", line);
            }

            writer.EndLine();
        }
    }

    [GeneratedRegex(@"^(?:[\w.-]+@[\w.-]+(?::[^$#\s]*)?\s?)?[$#%>] ")]
    private static partial Regex Prompt();

    /// <summary>Writes tokens, merging neighbours of the same class into one span so the HTML stays small.</summary>
    private sealed class SpanWriter(StringBuilder output)
    {
        private readonly StringBuilder _pendingSpace = new();
        private string? _open;

        public void Token(string? cls, ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return;
            }

            // Whitespace after a span is held back: inside the span if the next token continues its class, after it otherwise.
            if (cls is null && _open is not null && text.IsWhiteSpace())
            {
                _pendingSpace.Append(text);
                return;
            }

            if (string.Equals(cls, _open, StringComparison.Ordinal))
            {
                FlushSpace();
            }
            else
            {
                Close();
                if (cls is not null)
                {
                    output.Append("<span class=\"").Append(cls).Append("\">");
                    _open = cls;
                }
            }

            AppendEscaped(output, text);
        }

        public void Plain(ReadOnlySpan<char> text) => Token(null, text);

        /// <summary>Spans never cross a line end: a line's HTML stands on its own.</summary>
        public void EndLine()
        {
            Close();
            output.Append('\n');
        }

        public void Close()
        {
            if (_open is not null)
            {
                output.Append("</span>");
                _open = null;
            }

            FlushSpace();
        }

        private void FlushSpace()
        {
            if (_pendingSpace.Length > 0)
            {
                output.Append(_pendingSpace);
                _pendingSpace.Clear();
            }
        }
    }

    private sealed class Options : IRegistryOptions
    {
        private static readonly Dictionary<string, string> OwnGrammars = new(StringComparer.Ordinal)
        {
            ["source.toml"] = "toml",
            ["source.hcl"] = "hcl",
            ["source.promql"] = "promql",
        };

        // The bundled theme is never used for colours (the site's CSS does that), but a registry needs one.
        // One for all languages' registries: it reads the manifests of all ~60 bundled grammars when made, and is only read afterwards.
        private static readonly Lazy<RegistryOptions> Shared = new(() => new RegistryOptions(ThemeName.LightPlus));

        private readonly RegistryOptions _bundled = Shared.Value;

        public IRawTheme GetTheme(string scopeName) => _bundled.GetTheme(scopeName);

        public IRawGrammar GetGrammar(string scopeName)
        {
            if (OwnGrammars.TryGetValue(scopeName, out var name))
            {
                var assembly = typeof(SyntaxHighlighter).Assembly;
                using var stream = assembly.GetManifestResourceStream($"Site.Content.Markdown.Highlighting.Grammars.{name}.tmLanguage.json")
                    ?? throw new InvalidOperationException($"grammar {name} is not embedded");
                using var reader = new StreamReader(stream);
                return GrammarReader.ReadGrammarSync(reader);
            }

            return FasterPatterns.Load(scopeName) ?? _bundled.GetGrammar(scopeName);
        }

        public ICollection<string> GetInjections(string scopeName) => _bundled.GetInjections(scopeName);

        public IRawTheme GetDefaultTheme() => _bundled.GetDefaultTheme();
    }
}
