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
/// of our own. It is slower per line (Oniguruma regexes; bench/Site.Benchmarks HighlightBenchmark
/// measures both): YAML ~40 µs a line, JavaScript ~150-500 µs (VS Code's own tokenizer is in the same
/// range), while code is a small part of a body. Identical blocks (a translation repeats its source's code)
/// are highlighted once per process.
/// Grammars and their compiled rules are not documented as thread-safe, and bodies render in
/// parallel: each thread keeps its own registry, loading a grammar the first time it meets the language.
/// </remarks>
public static partial class SyntaxHighlighter
{
    /// <summary>Beyond this a block is shown plain: highlighting a generated 1 MB manifest helps nobody.</summary>
    public const int MaxCodeLength = 200_000;

    /// <summary>A longer line (minified JSON) is written plain; the lines after it are still highlighted.</summary>
    public const int MaxLineLength = 2_000;

    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(1);

    /// <summary>Characters of highlighted HTML kept for reuse (a translation repeats its source's code blocks).</summary>
    private const long MaxCachedChars = 8_000_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Scope, bool Console, string Code), string> Cache = new();
    private static long s_cachedChars;

    [ThreadStatic]
    private static GrammarSet? t_grammars;

    /// <summary>
    /// Writes <paramref name="lines"/> (without line ends) highlighted as <paramref name="language"/>,
    /// HTML-escaped, each line followed by <c>\n</c>. Returns false, having written nothing, when the
    /// code cannot be highlighted (too long, grammar failure): the caller writes it plain.
    /// </summary>
    /// <param name="reuse">Look up and keep the result in the process-wide cache (false: always tokenize, for benchmarks).</param>
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

        var key = (language.Scope, language.IsConsole, string.Join('\n', lines));
        if (reuse && Cache.TryGetValue(key, out var cached))
        {
            output.Append(cached);
            return true;
        }

        var grammars = t_grammars ??= new GrammarSet();
        var grammar = grammars.Get(language.Scope);
        if (grammar is null)
        {
            return false;
        }

        var start = output.Length;
        try
        {
            var writer = new SpanWriter(output);
            if (language.IsConsole)
            {
                WriteConsole(grammar, lines, writer);
            }
            else
            {
                IStateStack? state = null;
                foreach (var line in lines)
                {
                    state = WriteLine(grammar, line, state, writer);
                    writer.EndLine();
                }
            }

            writer.Close();
        }
#pragma warning disable CA1031 // A grammar that fails on some input must not fail the build: the block is shown plain.
        catch (Exception)
#pragma warning restore CA1031
        {
            output.Length = start;
            return false;
        }

        if (!reuse)
        {
            return true;
        }

        var html = output.ToString(start, output.Length - start);
        if (Interlocked.Add(ref s_cachedChars, html.Length) <= MaxCachedChars)
        {
            Cache.TryAdd(key, html);
        }

        return true;
    }

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

    private static IStateStack? WriteLine(IGrammar grammar, string line, IStateStack? state, SpanWriter writer)
    {
        if (line.Length > MaxLineLength)
        {
            writer.Plain(line);
            return state;
        }

        var result = grammar.TokenizeLine(line, state, LineTimeLimit);
        var tokens = result.Tokens;
        var end = 0;
        foreach (var token in tokens)
        {
            var from = Math.Clamp(token.StartIndex, end, line.Length);
            var to = Math.Clamp(token.EndIndex, from, line.Length);
            if (to > from)
            {
                writer.Token(ScopeClasses.Of(token.Scopes), line.AsSpan(from, to - from));
                end = to;
            }
        }

        if (end < line.Length)
        {
            writer.Plain(line.AsSpan(end));
        }

        return result.RuleStack;
    }

    /// <summary>
    /// A terminal session: a line starting with a prompt (<c>$ </c>, <c># </c>, <c>% </c>, <c>user@host:~$ </c>)
    /// is a command, highlighted as shell, and so is a line continuing one that ended in <c>\</c>; other lines
    /// are output. Prompts and output carry their own classes so the copy button can leave them out.
    /// </summary>
    private static void WriteConsole(IGrammar shell, IReadOnlyList<string> lines, SpanWriter writer)
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

                state = WriteLine(shell, command, state, writer);
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

    /// <summary>One thread's registry: TextMateSharp's bundled grammars plus the project's own (embedded resources).</summary>
    private sealed class GrammarSet
    {
        private readonly Registry _registry = new(new Options());
        private readonly Dictionary<string, IGrammar?> _loaded = new(StringComparer.Ordinal);

        public IGrammar? Get(string scope)
        {
            if (!_loaded.TryGetValue(scope, out var grammar))
            {
                grammar = _registry.LoadGrammar(scope);
                _loaded[scope] = grammar;
            }

            return grammar;
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
        private readonly RegistryOptions _bundled = new(ThemeName.LightPlus);

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

            return _bundled.GetGrammar(scopeName);
        }

        public ICollection<string> GetInjections(string scopeName) => _bundled.GetInjections(scopeName);

        public IRawTheme GetDefaultTheme() => _bundled.GetDefaultTheme();
    }
}
