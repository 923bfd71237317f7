using Site.Templating.Syntax;

namespace Site.Templating.Parsing;

/// <summary>
/// Block statements that Scriban and Liquid share (<c>for</c>/<c>tablerow</c>, <c>if</c> clauses, <c>capture</c>,
/// <c>else</c> branches): one builder each, told the dialect. The dialects differ only in how a statement ends
/// (end of line or <c>;</c> against <c>%}</c>) and how a block is closed (<c>end</c> against <c>endfor</c>…).
/// </summary>
internal sealed partial class Parser
{
    private const string IfSyntax = "if <expression> ... end|else|else if";

    /// <summary>
    /// <c>for x in list [offset: n] [limit: n] [cols: n] [reversed] … [else …] end</c>, also <c>tablerow</c>, and
    /// their Liquid tags, which may separate the options with commas.
    /// </summary>
    private ScriptStatement? ParseFor(LoopKind kind)
    {
        var liquid = kind is LoopKind.LiquidFor or LoopKind.LiquidTableRow;
        var keyword = Current;
        var name = kind is LoopKind.TableRow or LoopKind.LiquidTableRow ? "tablerow" : "for";
        var syntax = $"{name} <variable> in <expression> ... end";
        Next();
        // Only Scriban loops over a special variable (`$x`).
        if (Current.Type != TokenType.Identifier && (liquid || Current.Type != TokenType.IdentifierSpecial))
        {
            LogError(keyword, $"Error while parsing {name} statement: Expecting a variable instead of `{Describe(Current)}` in: {syntax}");
            SkipStatement(liquid);
            return null;
        }
        var variableToken = Current;
        var variable = Finish(variableToken.Type == TokenType.Identifier ? new ScriptVariable(variableToken.Text, VariableKind.Global) : MakeSpecialVariable(variableToken.Text), variableToken.Start);
        Next();
        if (!IsIdentifier(Current, "in"))
        {
            LogError(keyword, $"Error while parsing {name} statement: Expecting 'in' word instead of `{Describe(Current)}` in: {syntax}");
            SkipStatement(liquid);
            return null;
        }
        Next();
        var iterable = ParseRequiredExpression($"{name} statement", syntax, ExprFlags.LoopHeader) ?? new ScriptLiteral(null);
        ScriptExpression? offset = null, limit = null, cols = null;
        var reversed = false;
        while (Current.Type == TokenType.Identifier && LoopOptions.Contains(Current.Text))
        {
            var option = Current.Text;
            Next();
            if (option == "reversed")
            {
                reversed = true;
                continue;
            }
            if (Current.Type == TokenType.Colon)
            {
                Next();
            }
            var value = ParseExpression(0, ExprFlags.Argument | ExprFlags.LoopHeader);
            switch (option)
            {
                case "offset": offset = value; break;
                case "limit": limit = value; break;
                default: cols = value; break;
            }
            if (liquid && Current.Type == TokenType.Comma)
            {
                Next();
            }
        }
        ExpectStatementEnd(liquid);
        var body = ParseBlock(out var terminator);
        var statement = new ScriptForStatement(variable, iterable, body, kind)
        {
            Offset = offset,
            Limit = limit,
            Columns = cols,
            Reversed = reversed,
        };
        // Liquid's tablerow has no else branch.
        if (AtElse(liquid, terminator) && kind != LoopKind.LiquidTableRow)
        {
            statement.Else = ParseElseBlock(liquid, out terminator);
        }
        ExpectBlockEnd(keyword, terminator, liquid ? "end" + name : null, $"{name} statement", syntax);
        return Finish(statement, keyword.Start);
    }

    /// <summary>
    /// One <c>if</c>, <c>else if</c>, <c>elsif</c> or <c>unless</c> clause after its keyword: the condition (negated for
    /// <c>unless</c>), the end of the statement or tag, and the block up to its terminator, which starts at <paramref name="blockStart"/>.
    /// </summary>
    private ScriptIfStatement ParseIfClause(bool liquid, bool negate, out Token blockStart, out Terminator terminator)
    {
        var condition = ParseRequiredExpression("if statement", IfSyntax) ?? new ScriptLiteral(null);
        if (negate)
        {
            var nested = Finish(new ScriptNestedExpression(condition), condition.Span.Start);
            condition = Finish(new ScriptUnaryExpression(UnaryOperator.Not, nested), condition.Span.Start);
        }
        ExpectStatementEnd(liquid);
        blockStart = Current;
        return new ScriptIfStatement(condition, ParseBlock(out terminator));
    }

    /// <summary><c>capture x … end</c> and <c>{% capture x %}…{% endcapture %}</c>.</summary>
    private ScriptStatement ParseCapture(bool liquid)
    {
        var start = Current.Start;
        var (target, body) = ParseHeadedBlock("capture statement", "capture <variable> ... end", ExprFlags.Argument, liquid ? "endcapture" : null);
        return Finish(new ScriptCaptureStatement(target, body), start);
    }

    /// <summary>
    /// <c>keyword &lt;expression&gt; … end</c> with the keyword current: the expression and the block. A Liquid tag passes its
    /// closing tag as <paramref name="liquidEndTag"/>; null means Scriban.
    /// </summary>
    private (ScriptExpression Head, ScriptBlockStatement Body) ParseHeadedBlock(string node, string syntax, ExprFlags flags = ExprFlags.None, string? liquidEndTag = null)
    {
        var keyword = Current;
        Next();
        var head = ParseRequiredExpression(node, syntax, flags) ?? new ScriptLiteral(null);
        ExpectStatementEnd(liquid: liquidEndTag != null);
        var body = ParseBlock(out var terminator);
        ExpectBlockEnd(keyword, terminator, liquidEndTag, node, syntax);
        return (head, body);
    }

    /// <summary>Whether a block ended at a plain <c>else</c>: a Liquid <c>elsif</c> also ends a block as <see cref="Terminator.Else"/>.</summary>
    private bool AtElse(bool liquid, Terminator terminator) => terminator == Terminator.Else && (!liquid || _liquidEndTag == "else");

    /// <summary>The rest of the <c>else</c> statement or tag, then the block up to its terminator.</summary>
    private ScriptBlockStatement ParseElseBlock(bool liquid, out Terminator terminator)
    {
        ExpectStatementEnd(liquid);
        return ParseBlock(out terminator);
    }

    private void ExpectStatementEnd(bool liquid)
    {
        if (liquid)
        {
            ExpectLiquidTagEnd();
        }
        else
        {
            ExpectEndOfStatement();
        }
    }

    private void SkipStatement(bool liquid)
    {
        if (liquid)
        {
            SkipLiquidTag();
        }
        else
        {
            SkipToEndOfStatement();
        }
    }

    /// <summary>Checks that a block was closed: by <c>end</c> in Scriban (<paramref name="liquidEndTag"/> null), by its own end tag in Liquid.</summary>
    private void ExpectBlockEnd(Token keyword, Terminator terminator, string? liquidEndTag, string node, string syntax)
    {
        if (liquidEndTag != null)
        {
            ExpectLiquidEnd(keyword, terminator, liquidEndTag, node, syntax);
        }
        else
        {
            ExpectEnd(keyword, terminator, node, syntax);
        }
    }

    /// <summary>Checks that a Scriban block was closed by <c>end</c>; the error points at <paramref name="at"/>.</summary>
    private void ExpectEnd(Token at, Terminator terminator, string node, string syntax)
    {
        if (terminator != Terminator.End)
        {
            LogError(at, $"Error while parsing {node}: The <end> statement was not found in: {syntax}");
        }
    }
}
