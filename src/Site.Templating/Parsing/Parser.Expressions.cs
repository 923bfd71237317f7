using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Templating.Parsing;

/// <summary>Expressions: precedence climbing, space-separated calls, pipes, conditionals, literals.</summary>
internal sealed partial class Parser
{
    [Flags]
    private enum ExprFlags
    {
        None = 0,
        /// <summary>Parsing a space-separated call argument: no nested calls, pipes or conditionals.</summary>
        Argument = 1,
        NoPipe = 2,
        NoConditional = 4,
        AllowAssign = 8,
        /// <summary>Inside a <c>for</c> header: <c>offset:</c>, <c>limit:</c>, <c>reversed</c>, <c>cols:</c> end the expression.</summary>
        LoopHeader = 16,
    }

    private static readonly HashSet<string> LoopOptions = new(StringComparer.Ordinal) { "offset", "limit", "reversed", "cols" };

    private static readonly HashSet<string> ForVariables = new(StringComparer.Ordinal) { "index", "rindex", "first", "last", "even", "odd", "changed", "length", "col" };

    private static readonly HashSet<string> WhileVariables = new(StringComparer.Ordinal) { "index", "first", "even", "odd" };

    private static readonly HashSet<string> LiquidForVariables = new(StringComparer.Ordinal) { "index", "index0", "rindex", "rindex0", "first", "last", "length", "col", "col0", "row", "changed", "even", "odd" };

    private bool TryGetBinaryOperator(Token token, out BinaryOperator op, out int precedence)
    {
        (op, precedence) = token.Type switch
        {
            TokenType.DoubleQuestion => (BinaryOperator.EmptyCoalescing, 20),
            TokenType.QuestionExclamation => (BinaryOperator.NotEmptyCoalescing, 20),
            TokenType.DoublePipe => (BinaryOperator.Or, 30),
            TokenType.DoubleAmp => (BinaryOperator.And, 40),
            TokenType.Pipe when _scientific => (BinaryOperator.BinaryOr, 50),
            TokenType.Amp when _scientific => (BinaryOperator.BinaryAnd, 60),
            TokenType.DoubleEqual => (BinaryOperator.Equal, 70),
            TokenType.ExclamationEqual => (BinaryOperator.NotEqual, 70),
            TokenType.Less => (BinaryOperator.Less, 80),
            TokenType.LessEqual => (BinaryOperator.LessOrEqual, 80),
            TokenType.Greater => (BinaryOperator.Greater, 80),
            TokenType.GreaterEqual => (BinaryOperator.GreaterOrEqual, 80),
            TokenType.Plus => (BinaryOperator.Add, 100),
            TokenType.Minus => (BinaryOperator.Subtract, 100),
            TokenType.Star => (BinaryOperator.Multiply, 110),
            TokenType.Slash => (BinaryOperator.Divide, 110),
            TokenType.DoubleSlash => (BinaryOperator.DivideRound, 110),
            TokenType.Percent => (BinaryOperator.Modulus, 110),
            TokenType.DoubleLess => (BinaryOperator.ShiftLeft, 110),
            TokenType.DoubleGreater => (BinaryOperator.ShiftRight, 110),
            TokenType.Caret when _scientific => (BinaryOperator.Power, 120),
            TokenType.DoubleDot => (BinaryOperator.RangeInclude, 130),
            TokenType.DoubleDotLess => (BinaryOperator.RangeExclude, 130),
            _ => ((BinaryOperator)(-1), -1),
        };
        if (precedence < 0 && _liquid && token.Type == TokenType.Identifier)
        {
            (op, precedence) = token.Text switch
            {
                "or" => (BinaryOperator.Or, 30),
                "and" => (BinaryOperator.And, 40),
                "contains" => (BinaryOperator.LiquidContains, 90),
                "startsWith" => (BinaryOperator.LiquidStartsWith, 90),
                "endsWith" => (BinaryOperator.LiquidEndsWith, 90),
                "hasKey" => (BinaryOperator.LiquidHasKey, 90),
                "hasValue" => (BinaryOperator.LiquidHasValue, 90),
                _ => ((BinaryOperator)(-1), -1),
            };
        }
        return precedence >= 0;
    }

    /// <summary>True when the token can begin an expression operand.</summary>
    private bool StartsExpression(Token token) => token.Type switch
    {
        TokenType.Identifier or TokenType.IdentifierSpecial or TokenType.Integer or TokenType.Float or TokenType.String
            or TokenType.InterpolatedStart or TokenType.OpenParen or TokenType.OpenBracket or TokenType.OpenBrace
            or TokenType.Exclamation or TokenType.Minus or TokenType.Plus or TokenType.Arroba or TokenType.Caret
            or TokenType.DoublePlus or TokenType.DoubleMinus => true,
        _ => false,
    };

    /// <summary>True when the token starts a space-separated call argument after an operand.</summary>
    private bool StartsArgument(Token token, ExprFlags flags)
    {
        switch (token.Type)
        {
            case TokenType.Identifier:
                if (token.Text is "end" or "else" or "when" || (_liquid && TryGetBinaryOperator(token, out _, out _)))
                {
                    return false;
                }
                if ((flags & ExprFlags.LoopHeader) != 0 && LoopOptions.Contains(token.Text))
                {
                    return false;
                }
                return true;
            case TokenType.IdentifierSpecial:
            case TokenType.Integer:
            case TokenType.Float:
            case TokenType.String:
            case TokenType.InterpolatedStart:
            case TokenType.OpenParen:
            case TokenType.OpenBracket:
            case TokenType.OpenBrace:
            case TokenType.Exclamation:
            case TokenType.Arroba:
                return true;
            case TokenType.Caret:
                return !_scientific;
        }
        return false;
    }

    private ScriptExpression ParseExpression(int precedence = 0, ExprFlags flags = ExprFlags.None)
    {
        EnterDepth();
        try
        {
            var start = Current.Start;
            var left = ParseUnary(flags);
            while (true)
            {
                if (TryGetBinaryOperator(Current, out var op, out var opPrecedence))
                {
                    if (opPrecedence <= precedence)
                    {
                        break;
                    }
                    var opToken = Current;
                    Next();
                    if (!StartsExpression(Current))
                    {
                        LogError(Current, $"Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `{Describe(Current)}` in: <expression> operator <expression>");
                        return left;
                    }
                    var right = ParseExpression(opPrecedence, flags & ~ExprFlags.AllowAssign);
                    left = Finish(new ScriptBinaryExpression(op, left, right, SpanOf(opToken)), start);
                    continue;
                }
                if ((flags & ExprFlags.Argument) == 0 && StartsArgument(Current, flags) && Current.Type != TokenType.Eof)
                {
                    left = ParseCallArguments(left, start, flags);
                    continue;
                }
                break;
            }
            if (precedence > 0 || (flags & ExprFlags.Argument) != 0)
            {
                return left;
            }
            if ((flags & ExprFlags.NoPipe) == 0)
            {
                while (Current.Type is TokenType.PipeGreater || (Current.Type == TokenType.Pipe && !_scientific))
                {
                    Next();
                    while (Current.Type == TokenType.NewLine)
                    {
                        Next();
                    }
                    if (!StartsExpression(Current))
                    {
                        LogError(Current, $"Error while parsing pipe expression: Expecting <expression> instead of `{Describe(Current)}` in: <expression> | <expression>");
                        return left;
                    }
                    var to = _liquid ? ParseLiquidFilter() : ParseExpression(0, (flags & ExprFlags.LoopHeader) | ExprFlags.NoPipe | ExprFlags.NoConditional);
                    left = Finish(new ScriptPipeCall(left, to), start);
                }
            }
            if ((flags & ExprFlags.NoConditional) == 0 && Current.Type == TokenType.Question)
            {
                Next();
                var then = ParseExpression(0, flags & ExprFlags.LoopHeader);
                if (Current.Type != TokenType.Colon)
                {
                    LogError(Current, $"Error while parsing conditional expression: Expecting `:` instead of `{Describe(Current)}` in: <condition> ? <expression> : <expression>");
                    return left;
                }
                Next();
                var otherwise = ParseExpression(0, flags & ExprFlags.LoopHeader);
                left = Finish(new ScriptConditionalExpression(left, then, otherwise), start);
            }
            if (IsAssignOperator(Current.Type, out var compound))
            {
                var opToken = Current;
                if ((flags & ExprFlags.AllowAssign) == 0)
                {
                    LogError(left.Span, "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>");
                    Next();
                    if (StartsExpression(Current))
                    {
                        ParseExpression(0, flags);
                    }
                    return left;
                }
                Next();
                if (!StartsExpression(Current))
                {
                    LogError(Current, $"Error while parsing assign expression: Expecting <expression> instead of `{Describe(Current)}` in: <target_expression> = <value_expression>");
                    return left;
                }
                var value = ParseExpression(0, flags & ~ExprFlags.AllowAssign);
                return Finish(new ScriptAssignExpression(left, value, compound, SpanOf(opToken)), start);
            }
            return left;
        }
        finally
        {
            ExitDepth();
        }
    }

    private static bool IsAssignOperator(TokenType type, out BinaryOperator? compound)
    {
        compound = type switch
        {
            TokenType.PlusEqual => BinaryOperator.Add,
            TokenType.MinusEqual => BinaryOperator.Subtract,
            TokenType.StarEqual => BinaryOperator.Multiply,
            TokenType.SlashEqual => BinaryOperator.Divide,
            TokenType.DoubleSlashEqual => BinaryOperator.DivideRound,
            TokenType.PercentEqual => BinaryOperator.Modulus,
            _ => null,
        };
        return compound != null || type == TokenType.Equal;
    }

    private ScriptExpression ParseCallArguments(ScriptExpression target, TextPosition start, ExprFlags flags)
    {
        var arguments = new List<ScriptExpression>();
        var argFlags = ExprFlags.Argument | (flags & ExprFlags.LoopHeader);
        while (StartsArgument(Current, flags))
        {
            var argStart = Current.Start;
            if (Current.Type == TokenType.Identifier && PeekToken().Type == TokenType.Colon && !(_liquid && false))
            {
                var name = Current.Text;
                Next();
                Next();
                if (!StartsExpression(Current))
                {
                    LogError(Current, $"Error while parsing named argument: Expecting <expression> instead of `{Describe(Current)}`");
                    break;
                }
                var value = ParseExpression(0, argFlags);
                arguments.Add(Finish(new ScriptNamedArgument(name, value), argStart));
                continue;
            }
            arguments.Add(ParseExpression(0, argFlags));
        }
        return Finish(new ScriptFunctionCall(target, arguments), start);
    }

    private ScriptExpression ParseUnary(ExprFlags flags)
    {
        var start = Current.Start;
        UnaryOperator? op = Current.Type switch
        {
            TokenType.Exclamation => UnaryOperator.Not,
            TokenType.Minus => UnaryOperator.Negate,
            TokenType.Plus => UnaryOperator.Plus,
            TokenType.Arroba => UnaryOperator.Alias,
            TokenType.Caret when !_scientific => UnaryOperator.Spread,
            _ => null,
        };
        if (op != null)
        {
            Next();
            if (!StartsExpression(Current))
            {
                LogError(Current, $"Error while parsing unary expression: Expecting <expression> instead of `{Describe(Current)}` in: <operator> <expression>");
                return Finish(new ScriptLiteral(null), start);
            }
            EnterDepth();
            try
            {
                var operand = ParseUnary(flags | ExprFlags.Argument);
                return Finish(new ScriptUnaryExpression(op.Value, operand), start);
            }
            finally
            {
                ExitDepth();
            }
        }
        if (Current.Type is TokenType.DoublePlus or TokenType.DoubleMinus)
        {
            var increment = Current.Type == TokenType.DoublePlus;
            Next();
            var operand = ParsePostfix(flags);
            return Finish(new ScriptIncrementDecrement(operand, increment, postfix: false), start);
        }
        return ParsePostfix(flags);
    }

    private ScriptExpression ParsePostfix(ExprFlags flags)
    {
        var start = Current.Start;
        var expr = ParsePrimary(flags);
        while (true)
        {
            var token = Current;
            if (token.Type is TokenType.Dot or TokenType.QuestionDot)
            {
                var next = PeekToken();
                if (next.Type != TokenType.Identifier)
                {
                    break;
                }
                Next();
                var nameToken = Current;
                Next();
                if (nameToken.Text == "empty" && Current.Type == TokenType.Question && !Current.SpaceBefore && token.Type == TokenType.Dot)
                {
                    Next();
                    expr = Finish(new ScriptIsEmptyExpression(expr), start);
                    continue;
                }
                expr = Finish(new ScriptMemberExpression(expr, nameToken.Text, SpanOf(nameToken), token.Type == TokenType.QuestionDot), start);
                ValidateLoopVariable(expr);
                continue;
            }
            if (token.Type == TokenType.OpenBracket && !token.SpaceBefore)
            {
                Next();
                if (!StartsExpression(Current))
                {
                    LogError(Current, $"Error while parsing indexer expression: Expecting <index_expression> instead of `{Describe(Current)}` in: <expression>[<index_expression>]");
                    if (Current.Type != TokenType.CloseBracket)
                    {
                        LogError(Current, $"Unexpected `{Describe(Current)}`. Expecting ']'");
                        return expr;
                    }
                }
                var index = ParseExpression();
                if (Current.Type != TokenType.CloseBracket)
                {
                    LogError(Current, $"Unexpected `{Describe(Current)}`. Expecting ']'");
                    return expr;
                }
                Next();
                expr = Finish(new ScriptIndexerExpression(expr, index), start);
                continue;
            }
            if (token.Type == TokenType.OpenParen && !token.SpaceBefore && expr is ScriptVariable or ScriptMemberExpression or ScriptIndexerExpression or ScriptFunctionCall)
            {
                Next();
                var arguments = new List<ScriptExpression>();
                while (Current.Type != TokenType.CloseParen)
                {
                    var argStart = Current.Start;
                    if (Current.Type == TokenType.Identifier && PeekToken().Type == TokenType.Colon)
                    {
                        var name = Current.Text;
                        Next();
                        Next();
                        arguments.Add(Finish(new ScriptNamedArgument(name, ParseExpression()), argStart));
                    }
                    else if (StartsExpression(Current))
                    {
                        arguments.Add(ParseExpression());
                    }
                    else
                    {
                        LogError(Current, $"Invalid token `{Describe(Current)}`. Expecting a closing `)`.");
                        return expr;
                    }
                    if (Current.Type == TokenType.Comma)
                    {
                        Next();
                    }
                    else if (Current.Type != TokenType.CloseParen)
                    {
                        LogError(Current, $"Invalid token `{Describe(Current)}`. Expecting a closing `)`.");
                        return expr;
                    }
                }
                Next();
                expr = Finish(new ScriptFunctionCall(expr, arguments) { }, start);
                _explicitCalls.Add(expr);
                continue;
            }
            if (token.Type is TokenType.DoublePlus or TokenType.DoubleMinus && !token.SpaceBefore)
            {
                Next();
                expr = Finish(new ScriptIncrementDecrement(expr, token.Type == TokenType.DoublePlus, postfix: true), start);
                continue;
            }
            break;
        }
        return expr;
    }

    // Calls written with explicit parentheses, f(x): only these can define inline functions `f(x) = ...`.
    private readonly HashSet<ScriptExpression> _explicitCalls = new(ReferenceEqualityComparer.Instance);

    private void ValidateLoopVariable(ScriptExpression expr)
    {
        if (expr is not ScriptMemberExpression { Target: ScriptVariable { Kind: VariableKind.Loop } loop } member)
        {
            return;
        }
        var valid = loop.LoopKind switch
        {
            LoopKind.While => WhileVariables.Contains(member.Name),
            LoopKind.LiquidFor or LoopKind.LiquidTableRow => LiquidForVariables.Contains(member.Name),
            _ => ForVariables.Contains(member.Name),
        };
        if (!valid)
        {
            var text = $"{loop.Name}.{member.Name}";
            LogError(loop.Span, loop.LoopKind == LoopKind.While ? $"The loop variable <{text}> is invalid" : $"The loop variable <{text}> is not supported");
        }
    }

    private ScriptExpression ParsePrimary(ExprFlags flags)
    {
        var token = Current;
        var start = token.Start;
        switch (token.Type)
        {
            case TokenType.Integer:
            case TokenType.Float:
                Next();
                return Finish(new ScriptLiteral(token.Number), start);
            case TokenType.String:
                Next();
                return Finish(new ScriptLiteral(token.Text), start);
            case TokenType.InterpolatedStart:
                return ParseInterpolated();
            case TokenType.IdentifierSpecial:
                Next();
                return Finish(MakeSpecialVariable(token.Text), start);
            case TokenType.Identifier:
                return ParseIdentifier(flags);
            case TokenType.OpenParen:
                {
                    Next();
                    while (Current.Type == TokenType.NewLine)
                    {
                        Next();
                    }
                    if (!StartsExpression(Current))
                    {
                        LogError(Current, $"Error while parsing nested expression: Expecting <expression> instead of `{Describe(Current)}`");
                        return Finish(new ScriptLiteral(null), start);
                    }
                    var inner = ParseExpression();
                    if (Current.Type != TokenType.CloseParen)
                    {
                        LogError(Current, $"Invalid token `{Describe(Current)}`. Expecting a closing `)`.");
                        return Finish(new ScriptNestedExpression(inner), start);
                    }
                    Next();
                    return Finish(new ScriptNestedExpression(inner), start);
                }
            case TokenType.OpenBracket:
                return ParseArrayInitializer();
            case TokenType.OpenBrace:
                return ParseObjectInitializer();
        }
        LogError(token, $"Unexpected token `{Describe(token)}` while parsing expression");
        if (!IsEndOfStatement(token) && token.Type != TokenType.CloseBrace && token.Type != TokenType.CloseBracket && token.Type != TokenType.CloseParen)
        {
            Next();
        }
        return Finish(new ScriptLiteral(null), start);
    }

    private ScriptVariable MakeSpecialVariable(string text)
    {
        if (text == "$")
        {
            return new ScriptVariable("$", VariableKind.Arguments);
        }
        if (text == "$$")
        {
            return new ScriptVariable("$$", VariableKind.WrapBlock);
        }
        if (text.Length > 1 && char.IsDigit(text[1]))
        {
            // An index beyond int is an argument no call can pass: it reads as null like any missing one.
            var index = int.TryParse(text.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue;
            return new ScriptVariable(text, VariableKind.ArgumentIndex, index);
        }
        return new ScriptVariable(text, VariableKind.Local);
    }

    private ScriptExpression ParseIdentifier(ExprFlags flags)
    {
        var token = Current;
        var start = token.Start;
        switch (token.Text)
        {
            case "true":
                Next();
                return Finish(new ScriptLiteral(true), start);
            case "false":
                Next();
                return Finish(new ScriptLiteral(false), start);
            case "null":
            case "nil" when _liquid:
                Next();
                return Finish(new ScriptLiteral(null), start);
            case "this":
                Next();
                return Finish(new ScriptThis(), start);
            case "do":
                return ParseAnonymousFunction();
        }
        Next();
        if (Current.Type is TokenType.Dot or TokenType.QuestionDot)
        {
            LoopKind? kind = token.Text switch
            {
                "for" when !_liquid => LoopKind.For,
                "while" when !_liquid => LoopKind.While,
                "tablerow" when !_liquid => LoopKind.TableRow,
                "forloop" when _liquid => LoopKind.LiquidFor,
                "tablerowloop" when _liquid => LoopKind.LiquidTableRow,
                _ => null,
            };
            if (kind != null)
            {
                return Finish(new ScriptVariable(token.Text, VariableKind.Loop, loopKind: kind.Value), start);
            }
        }
        return Finish(new ScriptVariable(token.Text, VariableKind.Global), start);
    }

    private ScriptExpression ParseAnonymousFunction()
    {
        var start = Current.Start;
        var doToken = Current;
        Next();
        if (Current.Type is TokenType.NewLine or TokenType.SemiColon)
        {
            Next();
        }
        var body = ParseBlock(out var terminator, expressionBlock: true);
        if (terminator != Terminator.End)
        {
            LogError(doToken, "Error while parsing anonymous function: The <end> statement was not found in: do ... end");
        }
        var function = Finish(new ScriptFunctionDefinition("do", null, body), start);
        return Finish(new ScriptAnonymousFunction(function), start);
    }

    private ScriptExpression ParseInterpolated()
    {
        var start = Current.Start;
        var parts = new List<ScriptExpression>();
        var prefix = Current;
        if (prefix.Text.Length > 0)
        {
            parts.Add(new ScriptLiteral(prefix.Text));
        }
        Next();
        while (true)
        {
            if (!StartsExpression(Current))
            {
                LogError(Current, $"Unexpected token `{Describe(Current)}` while parsing expression");
                return Finish(new ScriptInterpolatedString(parts), start);
            }
            parts.Add(ParseExpression());
            if (Current.Type == TokenType.InterpolatedMiddle)
            {
                if (Current.Text.Length > 0)
                {
                    parts.Add(new ScriptLiteral(Current.Text));
                }
                Next();
                continue;
            }
            if (Current.Type == TokenType.InterpolatedEnd)
            {
                if (Current.Text.Length > 0)
                {
                    parts.Add(new ScriptLiteral(Current.Text));
                }
                Next();
                return Finish(new ScriptInterpolatedString(parts), start);
            }
            LogError(Current, $"Unexpected token `{Describe(Current)}` while parsing expression");
            return Finish(new ScriptInterpolatedString(parts), start);
        }
    }

    private void SkipNewLines()
    {
        while (Current.Type == TokenType.NewLine)
        {
            Next();
        }
    }

    private ScriptExpression ParseArrayInitializer()
    {
        var start = Current.Start;
        Next();
        var items = new List<ScriptExpression>();
        SkipNewLines();
        while (Current.Type != TokenType.CloseBracket)
        {
            if (!StartsExpression(Current))
            {
                if (items.Count > 0)
                {
                    LogError(Current, $"Error while parsing array initializer: Expecting <expression> instead of `{Describe(Current)}` in: [item1, item2,...]");
                }
                LogError(Current, $"Unexpected token found `{Describe(Current)}` while expecting `]`.");
                return Finish(new ScriptArrayInitializer(items), start);
            }
            items.Add(ParseExpression());
            SkipNewLines();
            if (Current.Type == TokenType.Comma)
            {
                Next();
                SkipNewLines();
                continue;
            }
            if (Current.Type != TokenType.CloseBracket)
            {
                LogError(Current, $"Unexpected token found `{Describe(Current)}` while expecting `]`.");
                return Finish(new ScriptArrayInitializer(items), start);
            }
        }
        Next();
        return Finish(new ScriptArrayInitializer(items), start);
    }

    private ScriptExpression ParseObjectInitializer()
    {
        var start = Current.Start;
        Next();
        var members = new List<KeyValuePair<string, ScriptExpression>>();
        SkipNewLines();
        while (Current.Type != TokenType.CloseBrace)
        {
            var keyToken = Current;
            if (keyToken.Type is not (TokenType.Identifier or TokenType.String))
            {
                LogError(keyToken, $"Unexpected token `{Describe(keyToken)}` while parsing object initializer. Expecting a simple identifier for the member name.");
                return Finish(new ScriptObjectInitializer(members), start);
            }
            Next();
            if (Current.Type != TokenType.Colon)
            {
                LogError(Current, $"Unexpected token `{Describe(Current)}` Expecting a colon : after identifier `{keyToken.Text}` for object initializer member name");
                return Finish(new ScriptObjectInitializer(members), start);
            }
            Next();
            SkipNewLines();
            if (!StartsExpression(Current))
            {
                LogError(Current, $"Unexpected token `{Describe(Current)}`. Expecting an expression for the value of the member.");
                Next();
                return Finish(new ScriptObjectInitializer(members), start);
            }
            members.Add(new(keyToken.Text, ParseExpression()));
            SkipNewLines();
            if (Current.Type == TokenType.Comma)
            {
                Next();
                SkipNewLines();
                continue;
            }
            if (Current.Type != TokenType.CloseBrace)
            {
                LogError(Current, $"Unexpected token `{Describe(Current)}` while parsing object initializer. Expecting `,` or `}}`.");
                return Finish(new ScriptObjectInitializer(members), start);
            }
        }
        Next();
        return Finish(new ScriptObjectInitializer(members), start);
    }
}
