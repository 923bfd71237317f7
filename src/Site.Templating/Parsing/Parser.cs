using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Templating.Parsing;

/// <summary>
/// Recursive-descent parser producing a <see cref="ScriptPage"/>. Errors are collected (parsing continues
/// after most of them); nesting beyond <see cref="DepthLimit"/> aborts with an error instead of overflowing the stack.
/// Split by concern: this file (driver, tokens, errors), expressions, statements.
/// </summary>
internal sealed partial class Parser
{
    public const int DepthLimit = 250;

    private readonly List<Token> _tokens;
    private readonly string _source;
    private readonly string? _path;
    private readonly bool _liquid;
    private readonly bool _scientific;
    private readonly List<LogMessage> _messages = new();
    private int _index;
    private int _depth;
    private TextPosition _previousEnd;

    private sealed class FatalParseException : Exception
    {
    }

    public Parser(string source, string? path, TemplateSyntax syntax)
    {
        _source = source;
        _path = path;
        _liquid = syntax == TemplateSyntax.Liquid;
        _scientific = syntax == TemplateSyntax.Scientific;
        _tokens = Lexer.Tokenize(source, path, _liquid);
        ReportTokenErrors(_tokens[0]);
    }

    public IReadOnlyList<LogMessage> Messages => _messages;

    public bool HasErrors => _messages.Any(m => m.Type == ParserMessageType.Error);

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private void Next()
    {
        _previousEnd = Current.End;
        if (_index < _tokens.Count - 1)
        {
            _index++;
            ReportTokenErrors(Current);
        }
    }

    private void ReportTokenErrors(Token token)
    {
        if (token.Errors != null)
        {
            foreach (var (span, message) in token.Errors)
            {
                _messages.Add(new LogMessage(ParserMessageType.Error, span, message));
            }
            token.Errors = null;
        }
    }

    public ScriptPage ParsePage()
    {
        var page = new ScriptPage();
        try
        {
            while (Current.Type != TokenType.Eof)
            {
                var start = _index;
                var statement = ParseStatement(out var terminator);
                if (statement != null)
                {
                    page.Statements.Add(statement);
                }
                switch (terminator)
                {
                    case Terminator.End:
                        LogError(Current, "Unexpected statement `end` without a matching block start");
                        break;
                    case Terminator.Else:
                    case Terminator.When:
                        LogError(_tokens[Math.Max(0, _index - 1)], "A else condition must be preceded by another if/else/when condition or a for loop.");
                        break;
                }
                if (_index == start && Current.Type != TokenType.Eof)
                {
                    Next();
                }
            }
        }
        catch (FatalParseException)
        {
        }
        page.Span = new SourceSpan(_path, TextPosition.Start, Current.End);
        page.SetSource(_source);
        return page;
    }

    private SourceSpan SpanOf(Token token) => new(_path, token.Start, token.End);

    private void LogError(Token token, string message) => LogError(SpanOf(token), message);

    private void LogError(SourceSpan span, string message) => _messages.Add(new LogMessage(ParserMessageType.Error, span, message));

    private T Finish<T>(T node, TextPosition start)
        where T : ScriptNode
    {
        node.Span = new SourceSpan(_path, start, _previousEnd.Offset >= start.Offset ? _previousEnd : start);
        node.SetSource(_source);
        return node;
    }

    private void EnterDepth()
    {
        if (++_depth > DepthLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            LogError(Current, $"The template is too deeply nested (limit: {DepthLimit} levels)");
            throw new FatalParseException();
        }
    }

    private void ExitDepth() => _depth--;

    private static string Describe(Token token) => token.Describe();

    private bool IsEndOfStatement(Token token) => token.Type is TokenType.NewLine or TokenType.SemiColon or TokenType.CodeExit or TokenType.Eof;

    /// <summary>Requires a newline, <c>;</c> or <c>}}</c> after a statement; skips the rest of the line otherwise.</summary>
    private void ExpectEndOfStatement()
    {
        if (Current.Type is TokenType.NewLine or TokenType.SemiColon)
        {
            Next();
            return;
        }
        if (Current.Type is TokenType.CodeExit or TokenType.Eof)
        {
            return;
        }
        LogError(Current, $"Invalid token found `{Describe(Current)}`. Expecting <EOL>/end of line.");
        while (!IsEndOfStatement(Current))
        {
            Next();
        }
        if (Current.Type is TokenType.NewLine or TokenType.SemiColon)
        {
            Next();
        }
    }

    private bool IsIdentifier(Token token, string text) => token.Type == TokenType.Identifier && token.Text == text;
}

/// <summary>Template syntax flavours.</summary>
public enum TemplateSyntax
{
    Scriban,
    Liquid,
    Scientific,
}
