using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Templating.Parsing;

/// <summary>
/// Liquid tags (<c>{% tag %}</c>) and filters, lowered into the Scriban syntax tree: there is no separate
/// Liquid evaluator. Each tag parser consumes its whole tag, closing <c>%}</c> included. Block-ending tags
/// (<c>elsif</c>, <c>else</c>, <c>when</c>, <c>end…</c>) only consume their name and report it through
/// <see cref="_liquidEndTag"/>, so the block parser that owns them reads the rest.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Liquid filter name → Scriban builtin (<c>object.function</c>).</summary>
    private static readonly Dictionary<string, (string Object, string Function)> LiquidFilters = new(StringComparer.Ordinal)
    {
        ["abs"] = ("math", "abs"),
        ["append"] = ("string", "append"),
        ["capitalize"] = ("string", "capitalize"),
        ["ceil"] = ("math", "ceil"),
        ["compact"] = ("array", "compact"),
        ["concat"] = ("array", "concat"),
        ["date"] = ("date", "parse_to_string"),
        ["default"] = ("object", "default"),
        ["divided_by"] = ("math", "divided_by"),
        ["downcase"] = ("string", "downcase"),
        ["escape"] = ("html", "escape"),
        ["first"] = ("array", "first"),
        ["floor"] = ("math", "floor"),
        ["handleize"] = ("string", "handleize"),
        ["join"] = ("array", "join"),
        ["last"] = ("array", "last"),
        ["lstrip"] = ("string", "lstrip"),
        ["map"] = ("array", "map"),
        ["minus"] = ("math", "minus"),
        ["modulo"] = ("math", "modulo"),
        ["newline_to_br"] = ("html", "newline_to_br"),
        ["plus"] = ("math", "plus"),
        ["prepend"] = ("string", "prepend"),
        ["remove"] = ("string", "remove"),
        ["remove_first"] = ("string", "remove_first"),
        ["replace"] = ("string", "replace"),
        ["replace_first"] = ("string", "replace_first"),
        ["reverse"] = ("array", "reverse"),
        ["round"] = ("math", "round"),
        ["rstrip"] = ("string", "rstrip"),
        ["size"] = ("object", "size"),
        ["slice"] = ("string", "slice1"),
        ["sort"] = ("array", "sort"),
        ["split"] = ("string", "split"),
        ["strip"] = ("string", "strip"),
        ["strip_html"] = ("html", "strip"),
        ["strip_newlines"] = ("string", "strip_newlines"),
        ["times"] = ("math", "times"),
        ["truncate"] = ("string", "truncate"),
        ["truncatewords"] = ("string", "truncatewords"),
        ["uniq"] = ("array", "uniq"),
        ["upcase"] = ("string", "upcase"),
        ["url_encode"] = ("html", "url_encode"),
        ["url_escape"] = ("html", "url_escape"),
    };

    // The name of the block-ending tag that produced the last End/Else/When terminator (Liquid mode).
    private string? _liquidEndTag;

    // Numbers the hidden variables of `ifchanged` blocks so that each block keeps its own previous output.
    private int _ifChangedCount;

    private ScriptStatement? ParseLiquidTag(Token enter, out Terminator terminator)
    {
        terminator = Terminator.None;
        _liquidEndTag = null;
        var keyword = Current;
        if (keyword.Type != TokenType.Identifier)
        {
            LogError(keyword, $"Expecting a Liquid tag name instead of `{Describe(keyword)}`");
            SkipLiquidTag();
            return null;
        }
        switch (keyword.Text)
        {
            case "elsif":
            case "else":
            case "when":
                Next();
                _liquidEndTag = keyword.Text;
                terminator = keyword.Text == "when" ? Terminator.When : Terminator.Else;
                return null;
            case "end":
            case "endif":
            case "endunless":
            case "endcase":
            case "endfor":
            case "endtablerow":
            case "endcapture":
            case "endifchanged":
                Next();
                _liquidEndTag = keyword.Text;
                terminator = Terminator.End;
                ExpectLiquidTagEnd();
                return null;
            case "assign":
                return ParseLiquidAssign();
            case "if":
                return ParseLiquidIf(negate: false);
            case "unless":
                return ParseLiquidIf(negate: true);
            case "case":
                return ParseLiquidCase();
            case "for":
                return ParseFor(LoopKind.LiquidFor);
            case "tablerow":
                return ParseFor(LoopKind.LiquidTableRow);
            case "capture":
                return ParseCapture(liquid: true);
            case "cycle":
                return WithCodeMarkers(enter, ParseLiquidCycle());
            case "increment":
            case "decrement":
                return WithCodeMarkers(enter, ParseLiquidCounter(keyword.Text == "increment"));
            case "include":
                return WithCodeMarkers(enter, ParseLiquidInclude());
            case "ifchanged":
                return ParseLiquidIfChanged();
            case "break":
            case "continue":
                {
                    Next();
                    var statement = Finish(new ScriptBreakContinueStatement(keyword.Text == "break"), keyword.Start);
                    ExpectLiquidTagEnd();
                    return statement;
                }
        }
        LogError(keyword, $"Unknown Liquid tag `{keyword.Text}`");
        SkipLiquidTag();
        return null;
    }

    /// <summary>A filter after <c>|</c>: <c>name</c> or <c>name: arg1, arg2</c>, mapped to a builtin call.</summary>
    private ScriptExpression ParseLiquidFilter()
    {
        if (Current.Type != TokenType.Identifier)
        {
            return ParseExpression(0, ExprFlags.NoPipe | ExprFlags.NoConditional | ExprFlags.Argument);
        }
        var nameToken = Current;
        var start = nameToken.Start;
        Next();
        ScriptExpression target;
        if (LiquidFilters.TryGetValue(nameToken.Text, out var builtin))
        {
            var objectVariable = Finish(new ScriptVariable(builtin.Object, VariableKind.Global), start);
            target = Finish(new ScriptMemberExpression(objectVariable, builtin.Function, SpanOf(nameToken), nullConditional: false), start);
        }
        else
        {
            target = Finish(new ScriptVariable(nameToken.Text, VariableKind.Global), start);
            // A user function may also be reached through a member path (`obj.fn`).
            while (Current.Type == TokenType.Dot && !Current.SpaceBefore && PeekToken().Type == TokenType.Identifier)
            {
                Next();
                var member = Current;
                Next();
                target = Finish(new ScriptMemberExpression(target, member.Text, SpanOf(member), nullConditional: false), start);
            }
        }
        var arguments = new List<ScriptExpression>();
        if (Current.Type == TokenType.Colon)
        {
            Next();
            while (true)
            {
                if (!StartsExpression(Current))
                {
                    LogError(Current, $"Error while parsing Liquid filter `{nameToken.Text}`: Expecting <expression> instead of `{Describe(Current)}`");
                    break;
                }
                if (Current.Type == TokenType.Identifier && PeekToken().Type == TokenType.Colon)
                {
                    var argStart = Current.Start;
                    var name = Current.Text;
                    Next();
                    Next();
                    var value = ParseExpression(0, ExprFlags.NoPipe | ExprFlags.NoConditional | ExprFlags.Argument);
                    arguments.Add(Finish(new ScriptNamedArgument(name, value), argStart));
                }
                else
                {
                    arguments.Add(ParseExpression(0, ExprFlags.NoPipe | ExprFlags.NoConditional | ExprFlags.Argument));
                }
                if (Current.Type != TokenType.Comma)
                {
                    break;
                }
                Next();
            }
        }
        return Finish(new ScriptFunctionCall(target, arguments), start);
    }

    /// <summary><c>{% assign target = value %}</c></summary>
    private ScriptStatement? ParseLiquidAssign()
    {
        var keyword = Current;
        Next();
        var start = Current;
        var errorCount = _messages.Count;
        ScriptExpression? expression = StartsExpression(Current) ? ParseExpression(0, ExprFlags.AllowAssign) : null;
        if (expression is not ScriptAssignExpression)
        {
            // One precise error instead of whatever the expression parser made of the malformed assignment.
            _messages.RemoveRange(errorCount, _messages.Count - errorCount);
            LogError(start, "Expecting an assign expression: <variable> = <expression>");
            SkipLiquidTag();
            return null;
        }
        var statement = Finish(new ScriptExpressionStatement(expression), keyword.Start);
        ExpectLiquidTagEnd();
        return statement;
    }

    /// <summary><c>{% if c %}…{% elsif c %}…{% else %}…{% endif %}</c>; <c>unless</c> negates the first condition.</summary>
    private ScriptStatement ParseLiquidIf(bool negate)
    {
        var keyword = Current;
        Next();
        var root = ParseIfClause(liquid: true, negate, out _, out var terminator);
        var current = root;
        while (terminator == Terminator.Else && _liquidEndTag == "elsif")
        {
            var elsifStart = Current.Start;
            var next = ParseIfClause(liquid: true, negate: false, out _, out terminator);
            current.Else = next;
            current = next;
            Finish(next, elsifStart);
        }
        if (AtElse(liquid: true, terminator))
        {
            current.Else = ParseElseBlock(liquid: true, out terminator);
        }
        ExpectLiquidEnd(keyword, terminator, negate ? "endunless" : "endif", "if statement", IfSyntax);
        return Finish(root, keyword.Start);
    }

    /// <summary><c>{% case v %}{% when a, b %}…{% else %}…{% endcase %}</c></summary>
    private ScriptStatement ParseLiquidCase()
    {
        var keyword = Current;
        Next();
        const string syntax = "case <expression> ... end|when <expression> ... end|else ... end";
        var value = ParseRequiredExpression("case statement", syntax) ?? new ScriptLiteral(null);
        ExpectLiquidTagEnd();
        var statement = new ScriptCaseStatement(value);
        var prelude = ParseBlock(out var terminator);
        foreach (var s in prelude.Statements)
        {
            if (s is ScriptRawStatement raw && !string.IsNullOrWhiteSpace(raw.Text))
            {
                LogError(raw.Span, "Only `when`/`else` are expected in the body of a `case` statement.");
            }
            statement.Prelude.Statements.Add(s);
        }
        while (terminator == Terminator.When)
        {
            var values = new List<ScriptExpression>();
            while (true)
            {
                var when = ParseRequiredExpression("when statement", "when <expression> ... end|when|else") ?? new ScriptLiteral(null);
                SplitOr(when, values);
                if (Current.Type == TokenType.Comma || IsIdentifier(Current, "or"))
                {
                    Next();
                    continue;
                }
                break;
            }
            ExpectLiquidTagEnd();
            var body = ParseBlock(out terminator);
            statement.Whens.Add(new ScriptWhenClause(values, body));
        }
        if (AtElse(liquid: true, terminator))
        {
            statement.Else = ParseElseBlock(liquid: true, out terminator);
        }
        ExpectLiquidEnd(keyword, terminator, "endcase", "case statement", syntax);
        return Finish(statement, keyword.Start);
    }

    /// <summary><c>{% cycle 'a', 'b' %}</c> or <c>{% cycle 'group': 'a', 'b' %}</c> → <c>array.cycle [values] group</c>.</summary>
    private ScriptStatement? ParseLiquidCycle()
    {
        var keyword = Current;
        Next();
        var start = Current.Start;
        ScriptExpression? group = null;
        var values = new List<ScriptExpression>();
        while (true)
        {
            if (!StartsExpression(Current))
            {
                LogError(Current, $"Error while parsing cycle statement: Expecting <expression> instead of `{Describe(Current)}`");
                SkipLiquidTag();
                return null;
            }
            var value = ParseExpression(0, ExprFlags.Argument | ExprFlags.NoPipe | ExprFlags.NoConditional);
            if (Current.Type == TokenType.Colon && group == null && values.Count == 0)
            {
                Next();
                group = value;
                continue;
            }
            values.Add(value);
            if (Current.Type == TokenType.Comma)
            {
                Next();
                continue;
            }
            if (Current.Type is not (TokenType.CodeExit or TokenType.Eof))
            {
                LogError(Current, $"Unexpected token `{Describe(Current)}` after cycle value `{value}`. Expecting a `,`");
                SkipLiquidTag();
                return null;
            }
            break;
        }
        var list = Finish(new ScriptArrayInitializer(values), start);
        var arguments = new List<ScriptExpression> { list };
        if (group != null)
        {
            arguments.Add(group);
        }
        var call = Finish(new ScriptFunctionCall(BuiltinMember(keyword, "array", "cycle"), arguments), keyword.Start);
        var statement = Finish(new ScriptExpressionStatement(call), keyword.Start);
        ExpectLiquidTagEnd();
        return statement;
    }

    /// <summary>
    /// <c>{% increment x %}</c> prints the counter then adds one; <c>{% decrement x %}</c> subtracts one then prints.
    /// Counters start at 0: lowered to <c>x ?? 0</c> arithmetic, an assignment and an output statement.
    /// </summary>
    private ScriptStatement? ParseLiquidCounter(bool increment)
    {
        var keyword = Current;
        Next();
        if (Current.Type != TokenType.Identifier)
        {
            LogError(Current, $"Error while parsing {keyword.Text} statement: Expecting a variable instead of `{Describe(Current)}`");
            SkipLiquidTag();
            return null;
        }
        var nameToken = Current;
        Next();
        ScriptVariable Variable() => Finish(new ScriptVariable(nameToken.Text, VariableKind.Global), nameToken.Start);
        var span = SpanOf(nameToken);
        var zero = Finish(new ScriptLiteral(0), nameToken.Start);
        var current = Finish(new ScriptBinaryExpression(BinaryOperator.EmptyCoalescing, Variable(), zero, span), nameToken.Start);
        var one = Finish(new ScriptLiteral(1), nameToken.Start);
        var updated = Finish(new ScriptBinaryExpression(increment ? BinaryOperator.Add : BinaryOperator.Subtract, current, one, span), nameToken.Start);
        var assign = Finish(new ScriptExpressionStatement(Finish(new ScriptAssignExpression(Variable(), updated, null, span), nameToken.Start)), keyword.Start);
        var print = Finish(new ScriptExpressionStatement(increment ? current : Variable()), keyword.Start);
        var block = new ScriptBlockStatement();
        block.Statements.Add(increment ? print : assign);
        block.Statements.Add(increment ? assign : print);
        ExpectLiquidTagEnd();
        return Finish(block, keyword.Start);
    }

    /// <summary>
    /// <c>{% include 'name' [with value | for list] [key: value, …] %}</c>. Liquid passes values as variables, so
    /// this lowers to assignments (the template's base name receives the <c>with</c> value) and an
    /// <c>include</c> call, or a <c>for</c> loop around it.
    /// </summary>
    private ScriptStatement? ParseLiquidInclude()
    {
        var keyword = Current;
        Next();
        var nameToken = Current;
        ScriptExpression name;
        if (Current.Type == TokenType.String)
        {
            name = Finish(new ScriptLiteral(Current.Text), Current.Start);
            Next();
        }
        else if (Current.Type == TokenType.Identifier && !IsLiteralWord(Current.Text))
        {
            name = ParseExpression(0, ExprFlags.Argument | ExprFlags.NoPipe | ExprFlags.NoConditional);
        }
        else
        {
            LogError(Current, $"Unexpected include template name `{Describe(Current)}` expecting a string or a variable path");
            SkipLiquidTag();
            return null;
        }
        var block = new ScriptBlockStatement();
        ScriptExpression? withValue = null;
        ScriptExpression? forValue = null;
        if (IsIdentifier(Current, "with") || IsIdentifier(Current, "for"))
        {
            var isFor = Current.Text == "for";
            Next();
            var value = ParseRequiredExpression("include statement", "include <name> [with|for <expression>] [<name>: <expression>, ...]", ExprFlags.Argument | ExprFlags.NoPipe | ExprFlags.NoConditional) ?? new ScriptLiteral(null);
            if (isFor)
            {
                forValue = value;
            }
            else
            {
                withValue = value;
            }
        }
        while (Current.Type is not (TokenType.CodeExit or TokenType.Eof))
        {
            if (Current.Type == TokenType.Comma)
            {
                Next();
                continue;
            }
            if (Current.Type != TokenType.Identifier || IsLiteralWord(Current.Text) || PeekToken().Type != TokenType.Colon)
            {
                LogError(Current, $"Unexpected variable name `{Describe(Current)}` found in include parameter");
                SkipLiquidTag();
                return null;
            }
            var parameter = Current;
            Next();
            Next();
            var value = ParseRequiredExpression("include statement", "include <name> <name>: <expression>", ExprFlags.Argument | ExprFlags.NoPipe | ExprFlags.NoConditional) ?? new ScriptLiteral(null);
            block.Statements.Add(AssignStatement(parameter, parameter.Text, value));
        }
        var call = Finish(new ScriptFunctionCall(Finish(new ScriptVariable("include", VariableKind.Global), keyword.Start), new List<ScriptExpression> { name }), keyword.Start);
        var include = Finish(new ScriptExpressionStatement(call), keyword.Start);
        var baseName = name is ScriptLiteral { Value: string text } ? TemplateBaseName(text) : null;
        if (forValue != null && baseName != null)
        {
            var body = new ScriptBlockStatement();
            body.Statements.Add(include);
            var loopVariable = Finish(new ScriptVariable(baseName, VariableKind.Global), nameToken.Start);
            block.Statements.Add(Finish(new ScriptForStatement(loopVariable, forValue, Finish(body, keyword.Start), LoopKind.LiquidFor), keyword.Start));
        }
        else
        {
            var value = withValue ?? forValue;
            if (value != null && baseName != null)
            {
                block.Statements.Add(AssignStatement(nameToken, baseName, value));
            }
            block.Statements.Add(include);
        }
        ExpectLiquidTagEnd();
        return Finish(block, keyword.Start);
    }

    /// <summary><c>{% ifchanged %}…{% endifchanged %}</c>: prints the body only when it differs from the previous time.</summary>
    private ScriptStatement ParseLiquidIfChanged()
    {
        var keyword = Current;
        Next();
        ExpectLiquidTagEnd();
        var body = ParseBlock(out var terminator);
        ExpectLiquidEnd(keyword, terminator, "endifchanged", "ifchanged statement", "ifchanged ... endifchanged");
        // The hidden variables contain a space, so template code cannot name them.
        var id = ++_ifChangedCount;
        var span = SpanOf(keyword);
        ScriptVariable Hidden(string suffix) => Finish(new ScriptVariable($"ifchanged {id} {suffix}", VariableKind.Global), keyword.Start);
        var block = new ScriptBlockStatement();
        block.Statements.Add(Finish(new ScriptCaptureStatement(Hidden("current"), body), keyword.Start));
        var changed = Finish(new ScriptBinaryExpression(BinaryOperator.NotEqual, Hidden("current"), Hidden("previous"), span), keyword.Start);
        var then = new ScriptBlockStatement();
        then.Statements.Add(Finish(new ScriptExpressionStatement(Hidden("current")), keyword.Start));
        then.Statements.Add(Finish(new ScriptExpressionStatement(Finish(new ScriptAssignExpression(Hidden("previous"), Hidden("current"), null, span), keyword.Start)), keyword.Start));
        block.Statements.Add(Finish(new ScriptIfStatement(changed, Finish(then, keyword.Start)), keyword.Start));
        return Finish(block, keyword.Start);
    }

    private ScriptStatement AssignStatement(Token at, string variable, ScriptExpression value)
    {
        var target = Finish(new ScriptVariable(variable, VariableKind.Global), at.Start);
        var assign = Finish(new ScriptAssignExpression(target, value, null, SpanOf(at)), at.Start);
        return Finish(new ScriptExpressionStatement(assign), at.Start);
    }

    private ScriptExpression BuiltinMember(Token at, string objectName, string function)
    {
        var target = Finish(new ScriptVariable(objectName, VariableKind.Global), at.Start);
        return Finish(new ScriptMemberExpression(target, function, SpanOf(at), nullConditional: false), at.Start);
    }

    /// <summary>Output tags are bracketed like <c>{{ }}</c> blocks so that their multi-line output is auto-indented.</summary>
    private ScriptStatement? WithCodeMarkers(Token enter, ScriptStatement? statement)
    {
        if (statement == null)
        {
            return null;
        }
        var block = new ScriptBlockStatement();
        block.Statements.Add(Finish(new ScriptCodeMarker(true, enter.Indent), enter.Start));
        block.Statements.Add(statement);
        block.Statements.Add(Finish(new ScriptCodeMarker(false, null), statement.Span.End));
        return Finish(block, enter.Start);
    }

    /// <summary>Liquid names a partial after its file: <c>'products/card.liquid'</c> → <c>card</c>.</summary>
    private static string? TemplateBaseName(string name)
    {
        var slash = name.LastIndexOfAny(['/', '\\']);
        var file = slash >= 0 ? name[(slash + 1)..] : name;
        var dot = file.IndexOf('.');
        var baseName = dot > 0 ? file[..dot] : file;
        return baseName.Length == 0 ? null : baseName;
    }

    private static bool IsLiteralWord(string text) => text is "true" or "false" or "null" or "nil" or "empty" or "blank";

    /// <summary>Checks that a block was closed by its own end tag (<c>endif</c> for <c>if</c>…).</summary>
    private void ExpectLiquidEnd(Token keyword, Terminator terminator, string endTag, string node, string syntax)
    {
        if (terminator == Terminator.End && _liquidEndTag == endTag)
        {
            return;
        }
        LogError(keyword, $"Error while parsing {node}: The `{endTag} statement` was not found in: {syntax}");
    }

    /// <summary>Requires the closing <c>%}</c> of a tag and consumes it; anything before it is an error.</summary>
    private void ExpectLiquidTagEnd()
    {
        while (Current.Type == TokenType.NewLine)
        {
            Next();
        }
        if (Current.Type == TokenType.CodeExit)
        {
            Next();
            return;
        }
        if (Current.Type == TokenType.Eof)
        {
            return;
        }
        LogError(Current, $"Invalid token found `{Describe(Current)}`. Expecting the end of the tag `%}}`.");
        SkipLiquidTag();
    }

    /// <summary>Skips to and past the closing <c>%}</c> after an error.</summary>
    private void SkipLiquidTag()
    {
        while (Current.Type is not (TokenType.CodeExit or TokenType.Eof))
        {
            Next();
        }
        if (Current.Type == TokenType.CodeExit)
        {
            Next();
        }
    }
}
