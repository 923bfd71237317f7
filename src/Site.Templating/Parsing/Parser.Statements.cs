using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Templating.Parsing;

/// <summary>Statements: keyword dispatch, blocks and <c>end</c> matching.</summary>
internal sealed partial class Parser
{
    private enum Terminator
    {
        None,
        End,
        Else,
        When,
        Eof,
    }

    /// <summary>Parses statements until <c>end</c>, <c>else</c>, <c>when</c> (keyword consumed) or end of file.</summary>
    // True while parsing the body of `do ... end` used as an expression: its `end` does not consume the line end.
    private bool _expressionBlock;

    private ScriptBlockStatement ParseBlock(out Terminator terminator, bool expressionBlock = false)
    {
        EnterDepth();
        var savedExpressionBlock = _expressionBlock;
        _expressionBlock = expressionBlock;
        try
        {
            var block = new ScriptBlockStatement();
            var start = Current.Start;
            while (true)
            {
                if (Current.Type == TokenType.Eof)
                {
                    terminator = Terminator.Eof;
                    break;
                }
                var before = _index;
                var statement = ParseStatement(out terminator);
                if (statement != null)
                {
                    block.Statements.Add(statement);
                }
                if (terminator != Terminator.None)
                {
                    break;
                }
                if (_index == before)
                {
                    Next();
                }
            }
            return Finish(block, start);
        }
        finally
        {
            _expressionBlock = savedExpressionBlock;
            ExitDepth();
        }
    }

    private ScriptStatement? ParseStatement(out Terminator terminator)
    {
        terminator = Terminator.None;
        var token = Current;
        switch (token.Type)
        {
            case TokenType.Raw:
                Next();
                return Finish(new ScriptRawStatement(token.Text), token.Start);
            case TokenType.Escape:
                Next();
                return Finish(new ScriptRawStatement(token.Text), token.Start);
            case TokenType.CodeEnter:
                Next();
                if (token.IsLiquidTag)
                {
                    return ParseLiquidTag(token, out terminator);
                }
                return Finish(new ScriptCodeMarker(true, token.Indent), token.Start);
            case TokenType.CodeExit:
                Next();
                return Finish(new ScriptCodeMarker(false, null), token.Start);
            case TokenType.NewLine:
            case TokenType.SemiColon:
                Next();
                return null;
            case TokenType.Eof:
                terminator = Terminator.Eof;
                return null;
            // Liquid has no statements inside {{ }}: keywords there are plain variables (`{{ for }}`).
            case TokenType.Identifier when !_liquid && !(PeekToken().Type is TokenType.Dot or TokenType.QuestionDot && token.Text is "for" or "while" or "tablerow"):
                switch (token.Text)
                {
                    case "end":
                        Next();
                        if (!_expressionBlock)
                        {
                            ExpectEndOfStatement();
                        }

                        terminator = Terminator.End;
                        return null;
                    case "else":
                        Next();
                        terminator = Terminator.Else;
                        return null;
                    case "when":
                        Next();
                        terminator = Terminator.When;
                        return null;
                    case "if":
                        return ParseIf();
                    case "for":
                        return ParseFor(LoopKind.For);
                    case "tablerow":
                        return ParseFor(LoopKind.TableRow);
                    case "while":
                        return ParseWhile();
                    case "case":
                        return ParseCase();
                    case "capture":
                        return ParseCapture(liquid: false);
                    case "readonly":
                        return ParseReadOnly();
                    case "import":
                        return ParseSimpleExpressionStatement(e => new ScriptImportStatement(e), "import statement", "import <expression>");
                    case "with":
                        return ParseWith();
                    case "wrap":
                        return ParseWrap();
                    case "func":
                        return ParseFunction();
                    case "ret":
                        return ParseReturn();
                    case "break":
                    case "continue":
                        Next();
                        var bc = Finish(new ScriptBreakContinueStatement(token.Text == "break"), token.Start);
                        ExpectEndOfStatement();
                        return bc;
                }
                break;
        }
        return ParseExpressionStatement();
    }

    private ScriptStatement? ParseExpressionStatement()
    {
        var start = Current.Start;
        if (!StartsExpression(Current))
        {
            LogError(Current, $"Unexpected token `{Describe(Current)}`");
            Next();
            return null;
        }
        var expr = ParseExpression(0, ExprFlags.AllowAssign);
        // Inline function definition: f(x) = expr
        if (expr is ScriptAssignExpression { Target: ScriptFunctionCall call, CompoundOperator: null } assign && _explicitCalls.Contains(call) && call.Target is ScriptVariable fnName)
        {
            var parameters = new List<ScriptParameter>();
            foreach (var arg in call.Arguments)
            {
                if (arg is ScriptVariable p)
                {
                    parameters.Add(new ScriptParameter(p.Name, null, false, p.Span));
                }
                else
                {
                    LogError(arg.Span, "Expecting a parameter name for the function definition");
                }
            }
            var body = new ScriptBlockStatement();
            body.Statements.Add(Finish(new ScriptReturnStatement(assign.Value), assign.Value.Span.Start));
            var function = Finish(new ScriptFunctionDefinition(fnName.Name, parameters, body), start);
            ExpectEndOfStatement();
            return Finish(new ScriptFunctionStatement(fnName, function), start);
        }
        var statement = Finish(new ScriptExpressionStatement(expr), start);
        ExpectEndOfStatement();
        return statement;
    }

    private ScriptExpression? ParseRequiredExpression(string node, string syntax, ExprFlags flags = ExprFlags.None, SourceSpan? errorSpan = null)
    {
        if (!StartsExpression(Current))
        {
            LogError(errorSpan ?? SpanOf(Current), $"Error while parsing {node}: Expecting <expression> instead of `{Describe(Current)}` in: {syntax}");
            return null;
        }
        return ParseExpression(0, flags);
    }

    private ScriptStatement ParseIf()
    {
        var start = Current.Start;
        Next();
        var statement = ParseIfClause(liquid: false, negate: false, out var blockStart, out var terminator);
        if (terminator == Terminator.Else)
        {
            if (IsIdentifier(Current, "if"))
            {
                statement.Else = ParseIf();
                return Finish(statement, start);
            }
            statement.Else = ParseElseBlock(liquid: false, out terminator);
        }
        ExpectEnd(blockStart, terminator, "if statement", IfSyntax);
        return Finish(statement, start);
    }

    private void SkipToEndOfStatement()
    {
        while (!IsEndOfStatement(Current))
        {
            Next();
        }
    }

    private ScriptStatement ParseWhile()
    {
        var start = Current.Start;
        var (condition, body) = ParseHeadedBlock("while statement", "while <expression> ... end");
        return Finish(new ScriptWhileStatement(condition, body), start);
    }

    private ScriptStatement ParseCase()
    {
        var keyword = Current;
        Next();
        const string syntax = "case <expression> ... end|when <expression> ... end|else ... end";
        var value = ParseRequiredExpression("case statement", syntax) ?? new ScriptLiteral(null);
        ExpectEndOfStatement();
        var statement = new ScriptCaseStatement(value);
        // Only raw text and code markers may appear before the first `when`.
        var terminator = Terminator.None;
        while (terminator == Terminator.None)
        {
            if (Current.Type == TokenType.Eof)
            {
                terminator = Terminator.Eof;
                break;
            }
            var before = _index;
            var isCode = Current.Type is TokenType.Identifier or TokenType.IdentifierSpecial or TokenType.Integer or TokenType.String or TokenType.OpenParen;
            var token = Current;
            var s = ParseStatement(out terminator);
            if (s is ScriptRawStatement or ScriptCodeMarker)
            {
                statement.Prelude.Statements.Add(s);
            }
            else if (s != null && isCode)
            {
                LogError(token, $"Unexpected statement/expression `{token.Text}` in the body of a `case` statement. Only `when`/`else` are expected.");
            }
            if (_index == before && terminator == Terminator.None)
            {
                Next();
            }
        }
        if (terminator == Terminator.Else)
        {
            LogError(SpanOf(_tokens[_index - 1]), "A else condition must be preceded by another if/else/when condition or a for loop.");
        }
        while (terminator == Terminator.When)
        {
            var values = new List<ScriptExpression>();
            while (true)
            {
                var when = ParseRequiredExpression("when statement", "when <expression> ... end|when|else") ?? new ScriptLiteral(null);
                SplitOr(when, values);
                if (Current.Type == TokenType.Comma)
                {
                    Next();
                    continue;
                }
                break;
            }
            ExpectEndOfStatement();
            var body = ParseBlock(out terminator);
            statement.Whens.Add(new ScriptWhenClause(values, body));
            if (terminator == Terminator.Else)
            {
                statement.Else = ParseElseBlock(liquid: false, out terminator);
            }
        }
        ExpectEnd(keyword, terminator, "case statement", syntax);
        return Finish(statement, keyword.Start);
    }

    private static void SplitOr(ScriptExpression expr, List<ScriptExpression> values)
    {
        if (expr is ScriptBinaryExpression { Operator: BinaryOperator.Or } or)
        {
            SplitOr(or.Left, values);
            SplitOr(or.Right, values);
            return;
        }
        values.Add(expr);
    }

    private ScriptStatement? ParseReadOnly()
    {
        var keyword = Current;
        Next();
        if (Current.Type is not (TokenType.Identifier or TokenType.IdentifierSpecial))
        {
            LogError(Current, $"Error while parsing readonly statement: Expecting a variable instead of `{Describe(Current)}` in: readonly <variable>");
            SkipToEndOfStatement();
            return null;
        }
        var token = Current;
        Next();
        var variable = Finish(token.Type == TokenType.Identifier ? new ScriptVariable(token.Text, VariableKind.Global) : MakeSpecialVariable(token.Text), token.Start);
        ExpectEndOfStatement();
        return Finish(new ScriptReadOnlyStatement(variable), keyword.Start);
    }

    private ScriptStatement ParseSimpleExpressionStatement(Func<ScriptExpression, ScriptStatement> factory, string node, string syntax)
    {
        var keyword = Current;
        Next();
        var expr = ParseRequiredExpression(node, syntax) ?? new ScriptLiteral(null);
        ExpectEndOfStatement();
        return Finish(factory(expr), keyword.Start);
    }

    private ScriptStatement ParseWith()
    {
        var start = Current.Start;
        var (target, body) = ParseHeadedBlock("with statement", "with <variable> ... end");
        return Finish(new ScriptWithStatement(target, body), start);
    }

    private ScriptStatement ParseWrap()
    {
        var keyword = Current;
        Next();
        const string syntax = "wrap <function_call> ... end";
        var target = ParseRequiredExpression("wrap statement", syntax) ?? new ScriptLiteral(null);
        var call = target as ScriptFunctionCall ?? Finish(new ScriptFunctionCall(target, new List<ScriptExpression>()), target.Span.Start);
        ExpectEndOfStatement();
        var body = ParseBlock(out var terminator);
        ExpectEnd(keyword, terminator, "wrap statement", syntax);
        return Finish(new ScriptWrapStatement(call, body), keyword.Start);
    }

    private ScriptStatement? ParseFunction()
    {
        var keyword = Current;
        Next();
        const string syntax = "func <variable> ... end";
        if (Current.Type is not (TokenType.Identifier or TokenType.IdentifierSpecial))
        {
            LogError(Current, $"Error while parsing function statement: Expecting a function name instead of `{Describe(Current)}` in: {syntax}");
            SkipToEndOfStatement();
            return null;
        }
        var nameToken = Current;
        Next();
        var name = Finish(nameToken.Type == TokenType.Identifier ? new ScriptVariable(nameToken.Text, VariableKind.Global) : MakeSpecialVariable(nameToken.Text), nameToken.Start);
        List<ScriptParameter>? parameters = null;
        if (Current.Type == TokenType.OpenParen && !Current.SpaceBefore)
        {
            parameters = ParseParameters();
        }
        ExpectEndOfStatement();
        var body = ParseBlock(out var terminator);
        ExpectEnd(nameToken, terminator, "function statement", syntax);
        var function = Finish(new ScriptFunctionDefinition(nameToken.Text, parameters, body), keyword.Start);
        return Finish(new ScriptFunctionStatement(name, function), keyword.Start);
    }

    private List<ScriptParameter> ParseParameters()
    {
        Next();
        var parameters = new List<ScriptParameter>();
        var hasOptional = false;
        var hasVariadic = false;
        while (Current.Type != TokenType.CloseParen)
        {
            if (Current.Type != TokenType.Identifier)
            {
                LogError(Current, $"Expecting a parameter name instead of `{Describe(Current)}`");
                SkipToEndOfStatement();
                return parameters;
            }
            var token = Current;
            Next();
            ScriptExpression? defaultValue = null;
            var variadic = false;
            if (Current.Type == TokenType.DoubleDot && PeekToken().Type == TokenType.Dot)
            {
                Next();
                Next();
                variadic = true;
            }
            else if (Current.Type == TokenType.Equal)
            {
                Next();
                defaultValue = ParseExpression(0, ExprFlags.Argument);
            }
            if (defaultValue != null && hasVariadic)
            {
                LogError(token, "Cannot declare an optional parameter after a variable parameter (`...`).");
            }
            else if (defaultValue == null && !variadic && (hasOptional || hasVariadic))
            {
                LogError(token, "Cannot declare a normal parameter after an optional parameter.");
            }
            hasOptional |= defaultValue != null;
            hasVariadic |= variadic;
            parameters.Add(new ScriptParameter(token.Text, defaultValue, variadic, SpanOf(token)));
            if (Current.Type == TokenType.Comma)
            {
                Next();
            }
            else if (Current.Type != TokenType.CloseParen)
            {
                LogError(Current, $"Invalid token `{Describe(Current)}`. Expecting a closing `)`.");
                return parameters;
            }
        }
        Next();
        return parameters;
    }

    private ScriptStatement ParseReturn()
    {
        var keyword = Current;
        Next();
        ScriptExpression? value = null;
        if (StartsExpression(Current))
        {
            value = ParseExpression();
        }
        var statement = Finish(new ScriptReturnStatement(value), keyword.Start);
        ExpectEndOfStatement();
        return statement;
    }
}
