using System.Globalization;
using System.Numerics;
using System.Text;

namespace Site.Templating.Syntax;

/// <summary>
/// Hand-written lexer: splits a template into raw text, escape blocks and code tokens.
/// Whitespace control is applied in a post-pass by trimming neighbouring raw tokens.
/// </summary>
public sealed class Lexer
{
    private readonly string _text;
    private readonly string? _path;
    private readonly bool _liquid;
    private readonly int[] _lineStarts;
    private readonly List<Token> _tokens = new();
    private int _pos;
    private bool _spaceBefore;

    // Open interpolation holes: the brace depth at which each hole was opened and its quote.
    private readonly Stack<(int Depth, char Quote)> _holes = new();
    private int _braceDepth;

    private Lexer(string text, string? path, bool liquid)
    {
        _text = text;
        _path = path;
        _liquid = liquid;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public static List<Token> Tokenize(string text, string? path, bool liquid)
    {
        var lexer = new Lexer(text, path, liquid);
        lexer.Run();
        return lexer._tokens;
    }

    private TextPosition Pos(int offset)
    {
        var idx = Array.BinarySearch(_lineStarts, offset);
        if (idx < 0)
        {
            idx = ~idx - 1;
        }
        return new TextPosition(offset, idx + 1, offset - _lineStarts[idx] + 1);
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Add(TokenType type, int start, int end, string? text = null, object? number = null, TrimMode trim = TrimMode.None, TrimMode trimRight = TrimMode.None, bool liquidTag = false)
    {
        var src = _text.Substring(start, end - start);
        var token = new Token(type, Pos(start), Pos(end), text ?? src)
        {
            Number = number,
            Trim = trim,
            TrimRight = trimRight,
            IsLiquidTag = liquidTag,
            SourceText = src,
            SpaceBefore = _spaceBefore,
        };
        _spaceBefore = false;
        _tokens.Add(token);
        return token;
    }

    private void Error(Token token, int offset, string message)
    {
        token.Errors ??= new();
        token.Errors.Add((new SourceSpan(_path, Pos(offset), Pos(offset)), message));
    }

    private void Run()
    {
        while (_pos < _text.Length)
        {
            LexRaw();
        }
        Add(TokenType.Eof, _text.Length, _text.Length, "<EOF>");
        ApplyWhitespaceControl();
    }

    private void LexRaw()
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '{' && _pos + 1 < _text.Length)
            {
                var next = _text[_pos + 1];
                if (next == '{')
                {
                    break;
                }
                if (next == '%')
                {
                    if (_liquid)
                    {
                        break;
                    }
                    var j = _pos + 1;
                    while (j < _text.Length && _text[j] == '%')
                    {
                        j++;
                    }
                    if (j < _text.Length && _text[j] == '{')
                    {
                        break;
                    }
                }
            }
            _pos++;
        }
        if (_pos > start)
        {
            Add(TokenType.Raw, start, _pos);
        }
        if (_pos >= _text.Length)
        {
            return;
        }
        if (_text[_pos + 1] == '{')
        {
            LexCode(liquidTag: false);
        }
        else if (_liquid)
        {
            LexLiquidTagOrRaw();
        }
        else
        {
            LexEscape();
        }
    }

    private void LexEscape()
    {
        var start = _pos;
        _pos++;
        var percents = 0;
        while (Peek() == '%')
        {
            percents++;
            _pos++;
        }
        _pos++; // '{'
        var trim = ReadTrimMarker();
        var close = "}" + new string('%', percents) + "}";
        var contentStart = _pos;
        var idx = _text.IndexOf(close, _pos, StringComparison.Ordinal);
        var contentEnd = idx < 0 ? _text.Length : idx;
        var trimRight = TrimMode.None;
        if (contentEnd > contentStart && (_text[contentEnd - 1] == '-' || _text[contentEnd - 1] == '~'))
        {
            trimRight = _text[contentEnd - 1] == '-' ? TrimMode.Greedy : TrimMode.NonGreedy;
            contentEnd--;
        }
        _pos = idx < 0 ? _text.Length : idx + close.Length;
        var token = Add(TokenType.Escape, start, _pos, _text.Substring(contentStart, contentEnd - contentStart), trim: trim, trimRight: trimRight);
        if (idx < 0)
        {
            Error(token, start, "Unexpected end of file while parsing an escape block not terminated by " + close);
        }
    }

    private TrimMode ReadTrimMarker()
    {
        var c = Peek();
        if (c == '-')
        {
            _pos++;
            return TrimMode.Greedy;
        }
        if (c == '~')
        {
            _pos++;
            return TrimMode.NonGreedy;
        }
        return TrimMode.None;
    }

    private void LexLiquidTagOrRaw()
    {
        // Liquid: {% raw %}...{% endraw %} and {% comment %}...{% endcomment %} are verbatim.
        var start = _pos;
        var p = _pos + 2;
        var trim = p < _text.Length && _text[p] == '-' ? TrimMode.Greedy : TrimMode.None;
        if (trim != TrimMode.None)
        {
            p++;
        }
        while (p < _text.Length && char.IsWhiteSpace(_text[p]))
        {
            p++;
        }
        var wordStart = p;
        while (p < _text.Length && char.IsLetter(_text[p]))
        {
            p++;
        }
        var word = _text.Substring(wordStart, p - wordStart);
        if (word is "raw" or "comment")
        {
            var tagEnd = _text.IndexOf("%}", p, StringComparison.Ordinal);
            if (tagEnd >= 0)
            {
                var trimAfterOpen = tagEnd > 0 && _text[tagEnd - 1] == '-' ? TrimMode.Greedy : TrimMode.None;
                var contentStart = tagEnd + 2;
                var endWord = "end" + word;
                var search = contentStart;
                while (true)
                {
                    var open = _text.IndexOf("{%", search, StringComparison.Ordinal);
                    if (open < 0)
                    {
                        break;
                    }
                    var q = open + 2;
                    var endTrimLeft = q < _text.Length && _text[q] == '-' ? TrimMode.Greedy : TrimMode.None;
                    if (endTrimLeft != TrimMode.None)
                    {
                        q++;
                    }
                    while (q < _text.Length && char.IsWhiteSpace(_text[q]))
                    {
                        q++;
                    }
                    if (string.CompareOrdinal(_text, q, endWord, 0, endWord.Length) == 0)
                    {
                        var close = _text.IndexOf("%}", q, StringComparison.Ordinal);
                        if (close < 0)
                        {
                            break;
                        }
                        var trimRight = _text[close - 1] == '-' ? TrimMode.Greedy : TrimMode.None;
                        var content = word == "raw" ? _text.Substring(contentStart, open - contentStart) : "";
                        _pos = close + 2;
                        // Inner trims apply to the content itself.
                        if (trimAfterOpen == TrimMode.Greedy)
                        {
                            content = content.TrimStart();
                        }
                        if (endTrimLeft == TrimMode.Greedy)
                        {
                            content = content.TrimEnd();
                        }
                        Add(TokenType.Escape, start, _pos, content, trim: trim, trimRight: trimRight);
                        return;
                    }
                    search = open + 2;
                }
            }
        }
        LexCode(liquidTag: true);
    }

    private void LexCode(bool liquidTag)
    {
        var start = _pos;
        _pos += 2;
        var trim = ReadTrimMarker();
        if (liquidTag && trim == TrimMode.NonGreedy)
        {
            _pos--;
            trim = TrimMode.None;
        }
        Add(TokenType.CodeEnter, start, _pos, liquidTag ? "{%" : "{{", trim: trim, liquidTag: liquidTag);
        _braceDepth = 0;
        _holes.Clear();
        while (_pos < _text.Length)
        {
            if (TryCodeExit(liquidTag))
            {
                return;
            }
            LexCodeToken();
        }
        // Unterminated code block: let the parser report it at EOF.
    }

    private bool TryCodeExit(bool liquidTag)
    {
        if (_braceDepth != 0 || _holes.Count != 0)
        {
            return false;
        }
        var closeChar = liquidTag ? '%' : '}';
        var c = Peek();
        var trim = TrimMode.None;
        var offset = 0;
        if ((c == '-' || (c == '~' && !liquidTag)) && Peek(1) == closeChar && Peek(2) == '}')
        {
            trim = c == '-' ? TrimMode.Greedy : TrimMode.NonGreedy;
            offset = 1;
        }
        if (Peek(offset) == closeChar && Peek(offset + 1) == '}')
        {
            var start = _pos;
            _pos += offset + 2;
            Add(TokenType.CodeExit, start, _pos, liquidTag ? "%}" : "}}", trim: trim, liquidTag: liquidTag);
            return true;
        }
        return false;
    }

    private static bool IsIdentStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentPart(char c) => c == '_' || char.IsLetterOrDigit(c);

    private void LexCodeToken()
    {
        var c = _text[_pos];
        var start = _pos;
        switch (c)
        {
            case ' ':
            case '\t':
            case '\r' when Peek(1) != '\n':
            case '\f':
            case '\v':
                _pos++;
                _spaceBefore = true;
                return;
            case '\r':
            case '\n':
                {
                    _pos += c == '\r' ? 2 : 1;
                    var token = Add(TokenType.NewLine, start, _pos, "\n");
                    if (_holes.Count > 0)
                    {
                        Error(token, start, "Opened interpolated expression not closed on the same line.");
                        _holes.Clear();
                        _braceDepth = 0;
                    }
                    return;
                }
            case '#':
                SkipComment();
                return;
            case '"':
            case '\'':
                LexString(start, c, interpolated: false, startsAfterHole: false);
                return;
            case '`':
                LexVerbatim(start);
                return;
            case '$':
                if (Peek(1) == '"' || Peek(1) == '\'')
                {
                    _pos++;
                    LexString(start, Peek(), interpolated: true, startsAfterHole: false);
                    return;
                }
                _pos++;
                if (Peek() == '$')
                {
                    _pos++;
                }
                else if (char.IsDigit(Peek()))
                {
                    while (char.IsDigit(Peek()))
                    {
                        _pos++;
                    }
                }
                else
                {
                    while (_pos < _text.Length && IsIdentPart(_text[_pos]))
                    {
                        _pos++;
                    }
                }
                Add(TokenType.IdentifierSpecial, start, _pos);
                return;
        }
        if (IsIdentStart(c))
        {
            _pos++;
            while (_pos < _text.Length && (IsIdentPart(_text[_pos]) || (_liquid && _text[_pos] == '-' && _pos + 1 < _text.Length && IsIdentStart(_text[_pos + 1]))))
            {
                _pos++;
            }
            Add(TokenType.Identifier, start, _pos);
            return;
        }
        if (char.IsDigit(c))
        {
            LexNumber(start);
            return;
        }
        LexOperator(start, c);
    }

    private void SkipComment()
    {
        var multi = Peek(1) == '#';
        _pos += multi ? 2 : 1;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (!multi && (c == '\n' || (c == '\r' && Peek(1) == '\n')))
            {
                return;
            }
            if (multi && c == '#' && Peek(1) == '#')
            {
                _pos += 2;
                return;
            }
            if (_holes.Count == 0 && IsCodeExitAhead())
            {
                return;
            }
            _pos++;
        }
    }

    private bool IsCodeExitAhead()
    {
        var c = Peek();
        var closeChar = '}';
        if ((c == '-' || c == '~') && Peek(1) == closeChar && Peek(2) == '}')
        {
            return true;
        }
        if (_liquid && (c == '%' || (c == '-' && Peek(1) == '%')))
        {
            return c == '%' ? Peek(1) == '}' : Peek(2) == '}';
        }
        return c == closeChar && Peek(1) == '}';
    }

    private void LexVerbatim(int start)
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                var t = Add(TokenType.String, start, _pos, sb.ToString());
                Error(t, start, "Unexpected end of file while parsing a verbatim string not terminated by `");
                return;
            }
            var c = _text[_pos];
            if (c == '`')
            {
                if (Peek(1) == '`')
                {
                    sb.Append('`');
                    _pos += 2;
                    continue;
                }
                _pos++;
                break;
            }
            sb.Append(c);
            _pos++;
        }
        Add(TokenType.String, start, _pos, sb.ToString());
    }

    /// <summary>Lexes a string or the part of an interpolated string up to its next hole or closing quote.</summary>
    private void LexString(int start, char quote, bool interpolated, bool startsAfterHole)
    {
        var segmentStart = _pos;
        _pos++; // opening quote, or the '}' closing a hole
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                var type = interpolated ? (startsAfterHole ? TokenType.InterpolatedEnd : TokenType.String) : TokenType.String;
                var t = Add(type, start, _pos, sb.ToString());
                Error(t, startsAfterHole ? segmentStart + 1 : start, $"Unexpected end of file while parsing a string not terminated by a {quote}");
                return;
            }
            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                var type = !interpolated ? TokenType.String : startsAfterHole ? TokenType.InterpolatedEnd : TokenType.String;
                Add(type, start, _pos, sb.ToString());
                return;
            }
            if (interpolated && c == '{')
            {
                _pos++;
                Add(startsAfterHole ? TokenType.InterpolatedMiddle : TokenType.InterpolatedStart, start, _pos, sb.ToString());
                _holes.Push((_braceDepth, quote));
                return;
            }
            if (c == '\\')
            {
                _pos++;
                if (_pos >= _text.Length)
                {
                    continue;
                }
                var e = _text[_pos];
                _pos++;
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'v': sb.Append('\v'); break;
                    case '0': sb.Append('\0'); break;
                    case '\n': break;
                    case '\r':
                        if (Peek() == '\n')
                        {
                            _pos++;
                        }
                        break;
                    case 'u':
                        sb.Append(ReadHex(4));
                        break;
                    case 'x':
                        sb.Append(ReadHex(2));
                        break;
                    default:
                        sb.Append(e);
                        break;
                }
                continue;
            }
            sb.Append(c);
            _pos++;
        }
    }

    private char ReadHex(int count)
    {
        var value = 0;
        for (var i = 0; i < count && _pos < _text.Length && Uri.IsHexDigit(_text[_pos]); i++)
        {
            value = (value * 16) + Convert.ToInt32(_text[_pos].ToString(), 16);
            _pos++;
        }
        return (char)value;
    }

    private void LexNumber(int start)
    {
        var c = _text[_pos];
        if (c == '0' && (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'b' || Peek(1) == 'B'))
        {
            var hex = Peek(1) is 'x' or 'X';
            _pos += 2;
            BigInteger value = 0;
            while (_pos < _text.Length)
            {
                var d = _text[_pos];
                if (d == '_')
                {
                    _pos++;
                    continue;
                }
                int digit;
                if (hex && Uri.IsHexDigit(d))
                {
                    digit = Convert.ToInt32(d.ToString(), 16);
                }
                else if (!hex && (d == '0' || d == '1'))
                {
                    digit = d - '0';
                }
                else
                {
                    break;
                }
                value = (value * (hex ? 16 : 2)) + digit;
                _pos++;
            }
            var unsigned = false;
            if (Peek() is 'u' or 'U')
            {
                unsigned = true;
                _pos++;
            }
            Add(TokenType.Integer, start, _pos, number: NarrowInteger(value, unsigned));
            return;
        }
        var digits = new StringBuilder();
        ReadDigits(digits);
        var isFloat = false;
        if (Peek() == '.' && char.IsDigit(Peek(1)))
        {
            isFloat = true;
            digits.Append('.');
            _pos++;
            ReadDigits(digits);
        }
        var exponent = 0;
        var hasExponent = false;
        if ((Peek() == 'e' || Peek() == 'E') && (char.IsDigit(Peek(1)) || ((Peek(1) == '-' || Peek(1) == '+') && char.IsDigit(Peek(2)))))
        {
            hasExponent = true;
            _pos++;
            var sign = 1;
            if (Peek() == '-' || Peek() == '+')
            {
                sign = Peek() == '-' ? -1 : 1;
                _pos++;
            }
            var exp = new StringBuilder();
            ReadDigits(exp);
            // Bounded: a huge exponent would overflow int or make BigInteger.Pow run for minutes (a template that never parses).
            if (!int.TryParse(exp.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out exponent) || exponent > MaxExponent)
            {
                var outOfRange = Add(TokenType.Integer, start, _pos, number: 0);
                Error(outOfRange, start, $"Number exponent is out of range (at most {MaxExponent})");
                return;
            }
            exponent *= sign;
        }
        var suffix = Peek();
        object number;
        if (suffix is 'f' or 'F' or 'd' or 'D' or 'm' or 'M')
        {
            _pos++;
            var literal = digits + (hasExponent ? "e" + exponent.ToString(CultureInfo.InvariantCulture) : "");
            if (suffix is 'm' or 'M' && !decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                var outOfRange = Add(TokenType.Float, start, _pos, number: 0m);
                Error(outOfRange, start, "Decimal number is out of range");
                return;
            }
            number = suffix switch
            {
                'f' or 'F' => float.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
                'd' or 'D' => double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
        }
        else if (isFloat || (hasExponent && exponent < 0))
        {
            var literal = digits + (hasExponent ? "e" + exponent.ToString(CultureInfo.InvariantCulture) : "");
            number = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        else
        {
            var value = BigInteger.Parse(digits.ToString(), CultureInfo.InvariantCulture);
            if (hasExponent)
            {
                value *= BigInteger.Pow(10, exponent);
            }
            var unsigned = false;
            if (suffix is 'u' or 'U')
            {
                unsigned = true;
                _pos++;
            }
            number = NarrowInteger(value, unsigned);
        }
        Add(isFloat || number is float or double or decimal ? TokenType.Float : TokenType.Integer, start, _pos, number: number);
    }

    private const int MaxExponent = 400;

    private void ReadDigits(StringBuilder sb)
    {
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || (_text[_pos] == '_' && sb.Length > 0)))
        {
            if (_text[_pos] != '_')
            {
                sb.Append(_text[_pos]);
            }
            _pos++;
        }
    }

    private static object NarrowInteger(BigInteger value, bool unsigned)
    {
        if (unsigned)
        {
            if (value <= uint.MaxValue)
            {
                return (uint)value;
            }
            if (value <= ulong.MaxValue)
            {
                return (ulong)value;
            }
            return value;
        }
        if (value <= int.MaxValue)
        {
            return (int)value;
        }
        if (value <= long.MaxValue)
        {
            return (long)value;
        }
        return value;
    }

    private void LexOperator(int start, char c)
    {
        var n1 = Peek(1);
        var n2 = Peek(2);
        TokenType type;
        var len = 2;
        switch (c)
        {
            case '{':
                _braceDepth++;
                type = TokenType.OpenBrace;
                len = 1;
                break;
            case '}':
                if (_holes.Count > 0 && _holes.Peek().Depth == _braceDepth)
                {
                    var (_, quote) = _holes.Pop();
                    LexString(start, quote, interpolated: true, startsAfterHole: true);
                    return;
                }
                if (_braceDepth > 0)
                {
                    _braceDepth--;
                }
                type = TokenType.CloseBrace;
                len = 1;
                break;
            case '=':
                (type, len) = n1 == '=' ? (TokenType.DoubleEqual, 2) : (TokenType.Equal, 1);
                break;
            case '!':
                (type, len) = n1 == '=' ? (TokenType.ExclamationEqual, 2) : (TokenType.Exclamation, 1);
                break;
            case '<':
                (type, len) = n1 == '=' ? (TokenType.LessEqual, 2) : n1 == '<' ? (TokenType.DoubleLess, 2) : (TokenType.Less, 1);
                break;
            case '>':
                (type, len) = n1 == '=' ? (TokenType.GreaterEqual, 2) : n1 == '>' ? (TokenType.DoubleGreater, 2) : (TokenType.Greater, 1);
                break;
            case '&':
                (type, len) = n1 == '&' ? (TokenType.DoubleAmp, 2) : (TokenType.Amp, 1);
                break;
            case '|':
                (type, len) = n1 == '|' ? (TokenType.DoublePipe, 2) : n1 == '>' ? (TokenType.PipeGreater, 2) : (TokenType.Pipe, 1);
                break;
            case '+':
                (type, len) = n1 == '+' ? (TokenType.DoublePlus, 2) : n1 == '=' ? (TokenType.PlusEqual, 2) : (TokenType.Plus, 1);
                break;
            case '-':
                (type, len) = n1 == '-' ? (TokenType.DoubleMinus, 2) : n1 == '=' ? (TokenType.MinusEqual, 2) : (TokenType.Minus, 1);
                break;
            case '*':
                (type, len) = n1 == '=' ? (TokenType.StarEqual, 2) : (TokenType.Star, 1);
                break;
            case '/':
                (type, len) = n1 == '/' ? (n2 == '=' ? (TokenType.DoubleSlashEqual, 3) : (TokenType.DoubleSlash, 2)) : n1 == '=' ? (TokenType.SlashEqual, 2) : (TokenType.Slash, 1);
                break;
            case '%':
                (type, len) = n1 == '=' ? (TokenType.PercentEqual, 2) : (TokenType.Percent, 1);
                break;
            case '.':
                (type, len) = n1 == '.' ? (n2 == '<' ? (TokenType.DoubleDotLess, 3) : (TokenType.DoubleDot, 2)) : (TokenType.Dot, 1);
                break;
            case '?':
                (type, len) = n1 == '.' ? (TokenType.QuestionDot, 2) : n1 == '?' ? (TokenType.DoubleQuestion, 2) : n1 == '!' ? (TokenType.QuestionExclamation, 2) : (TokenType.Question, 1);
                break;
            case ',': type = TokenType.Comma; len = 1; break;
            case ':': type = TokenType.Colon; len = 1; break;
            case ';': type = TokenType.SemiColon; len = 1; break;
            case '^': type = TokenType.Caret; len = 1; break;
            case '@': type = TokenType.Arroba; len = 1; break;
            case '(': type = TokenType.OpenParen; len = 1; break;
            case ')': type = TokenType.CloseParen; len = 1; break;
            case '[': type = TokenType.OpenBracket; len = 1; break;
            case ']': type = TokenType.CloseBracket; len = 1; break;
            default:
                type = TokenType.Invalid;
                len = char.IsSurrogatePair(_text, _pos) ? 2 : 1;
                break;
        }
        _pos += len;
        var token = Add(type, start, _pos);
        if (type == TokenType.Invalid)
        {
            Error(token, start, $"Unexpected character `{token.Text}`");
        }
    }

    /// <summary>Trims raw text next to <c>{{-</c>, <c>-}}</c>, <c>{{~</c>, <c>~}}</c> and records auto-indent.</summary>
    private void ApplyWhitespaceControl()
    {
        // Raw tokens are trimmed by adjusting offsets; text is sliced once at the end.
        var starts = new int[_tokens.Count];
        var ends = new int[_tokens.Count];
        for (var i = 0; i < _tokens.Count; i++)
        {
            starts[i] = _tokens[i].Start.Offset;
            ends[i] = _tokens[i].End.Offset;
        }
        for (var i = 0; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            var leftTrim = t.Type is TokenType.CodeEnter or TokenType.Escape ? t.Trim : TrimMode.None;
            var rightTrim = t.Type == TokenType.CodeExit ? t.Trim : t.Type == TokenType.Escape ? t.TrimRight : TrimMode.None;
            if (leftTrim != TrimMode.None && i > 0 && _tokens[i - 1].Type == TokenType.Raw)
            {
                var s = starts[i - 1];
                var e = ends[i - 1];
                while (e > s)
                {
                    var ch = _text[e - 1];
                    if (leftTrim == TrimMode.Greedy ? char.IsWhiteSpace(ch) : ch is ' ' or '\t')
                    {
                        e--;
                        continue;
                    }
                    break;
                }
                ends[i - 1] = e;
            }
            if (rightTrim != TrimMode.None && i + 1 < _tokens.Count && _tokens[i + 1].Type == TokenType.Raw)
            {
                var s = starts[i + 1];
                var e = ends[i + 1];
                if (rightTrim == TrimMode.Greedy)
                {
                    while (s < e && char.IsWhiteSpace(_text[s]))
                    {
                        s++;
                    }
                }
                else
                {
                    while (s < e && _text[s] is ' ' or '\t')
                    {
                        s++;
                    }
                    if (s < e && _text[s] == '\n')
                    {
                        s++;
                    }
                    else if (s + 1 < e && _text[s] == '\r' && _text[s + 1] == '\n')
                    {
                        s += 2;
                    }
                }
                starts[i + 1] = s;
            }
        }
        for (var i = 0; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Type == TokenType.Raw)
            {
                t.Text = _text.Substring(starts[i], ends[i] - starts[i]);
            }
            else if (t.Type == TokenType.CodeEnter && t.Trim == TrimMode.None && i > 0 && _tokens[i - 1].Type == TokenType.Raw)
            {
                var raw = _tokens[i - 1];
                var text = raw.Text;
                var nl = text.LastIndexOf('\n');
                if (nl < 0 && starts[i - 1] != 0)
                {
                    continue;
                }
                var indent = text.Substring(nl + 1);
                if (indent.Length > 0 && indent.AsSpan().IndexOfAnyExcept(' ', '\t') < 0)
                {
                    t.Indent = indent;
                }
            }
        }
        _tokens.RemoveAll(t => t.Type == TokenType.Raw && t.Text.Length == 0);
    }
}
