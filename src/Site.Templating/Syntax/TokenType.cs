namespace Site.Templating.Syntax;

/// <summary>Kinds of tokens produced by the <see cref="Lexer"/>.</summary>
public enum TokenType
{
    Raw,
    Escape,
    CodeEnter,
    CodeExit,
    NewLine,
    SemiColon,
    Identifier,
    IdentifierSpecial,
    Integer,
    Float,
    String,
    InterpolatedStart,
    InterpolatedMiddle,
    InterpolatedEnd,
    Comma,
    Colon,
    Dot,
    QuestionDot,
    Question,
    DoubleQuestion,
    QuestionExclamation,
    Equal,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    DoubleEqual,
    ExclamationEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    DoubleLess,
    DoubleGreater,
    DoubleAmp,
    DoublePipe,
    Exclamation,
    Plus,
    Minus,
    DoublePlus,
    DoubleMinus,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    DoubleDot,
    DoubleDotLess,
    Pipe,
    PipeGreater,
    Amp,
    Caret,
    Arroba,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    OpenBrace,
    CloseBrace,
    Invalid,
    Eof,
}

/// <summary>How a <c>{{</c> or <c>}}</c> marker trims the neighbouring text.</summary>
public enum TrimMode : byte
{
    None,
    /// <summary><c>-</c>: all whitespace including newlines.</summary>
    Greedy,
    /// <summary><c>~</c>: spaces/tabs on the same line (and one newline after a closing marker).</summary>
    NonGreedy,
}

/// <summary>One lexed token; <see cref="Value"/> holds decoded text for strings, raw text and numbers.</summary>
public sealed class Token(TokenType type, TextPosition start, TextPosition end, string text)
{
    public TokenType Type { get; } = type;
    public TextPosition Start { get; internal set; } = start;
    public TextPosition End { get; internal set; } = end;

    /// <summary>Source text of the token (decoded value for strings and raw text).</summary>
    public string Text { get; internal set; } = text;

    /// <summary>Number literal value (int, long, BigInteger, float, double, decimal, uint, ulong).</summary>
    public object? Number { get; init; }

    /// <summary>Left trim for CodeEnter/Escape, right trim for CodeExit.</summary>
    public TrimMode Trim { get; init; }

    /// <summary>Right trim of an <see cref="TokenType.Escape"/> block.</summary>
    public TrimMode TrimRight { get; init; }

    /// <summary>Source text of the token as written (quotes included).</summary>
    public string SourceText { get; internal set; } = "";

    /// <summary>True when whitespace (not a newline) precedes the token in the source.</summary>
    public bool SpaceBefore { get; internal set; }

    /// <summary>For <see cref="TokenType.CodeEnter"/>: true for a Liquid <c>{%</c> tag.</summary>
    public bool IsLiquidTag { get; init; }

    /// <summary>For <see cref="TokenType.CodeEnter"/>: indentation recorded for auto-indent.</summary>
    public string? Indent { get; internal set; }

    /// <summary>Lexer error attached to this token, reported when the parser reaches it.</summary>
    public List<(SourceSpan Span, string Message)>? Errors { get; internal set; }

    public string Describe() => Type switch
    {
        TokenType.NewLine => "\\n",
        TokenType.Eof => "<EOF>",
        TokenType.CodeExit => IsLiquidTag ? "%}" : "}}",
        _ => SourceText.Length > 0 ? SourceText : Text,
    };

    public override string ToString() => $"{Type} {Start.Line}:{Start.Column} '{Text}'";
}
