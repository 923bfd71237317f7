using Scriban;
using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Makes <c>x | html.escape</c>, the commonest expression of a theme (a post page evaluates it about a hundred
/// times), escape the piped value directly. Scriban's pipe resolves <c>html.escape</c>, then calls it through its
/// general function call: an argument list allocated, the argument converted to the parameter's type, the
/// function entered and left. That costs more than the escaping itself (0.45 µs of 0.8 µs per expression, timed
/// against 0.32 µs for <c>{{ x }}</c>). Such a pipe is replaced by an <see cref="EscapedExpression"/> where it stands
/// as a statement's expression, the value of an assignment, inside parentheses or as an operand; anywhere else it is
/// left to Scriban. Only a pipe of two: Scriban reads <c>x | f | html.escape</c> as <c>x | (f | html.escape)</c>, whose
/// inner pipe escapes what <c>f</c> returns when called with the outer pipe's <c>x</c>; that stays Scriban's.
/// </summary>
internal sealed class EscapePipes : ScriptVisitor
{
    private readonly List<(ScriptPipeCall Pipe, ScriptVariableGlobal Html)> _found = [];

    private EscapePipes()
    {
    }

    public static void RewriteIn(ScriptNode? template)
    {
        var visitor = new EscapePipes();
        visitor.Visit(template);
        // Replaced once the walk is over, so that no node is swapped under the visitor.
        foreach (var (pipe, html) in visitor._found)
        {
            Replace(pipe, new EscapedExpression(pipe, html));
        }
    }

    public override void Visit(ScriptPipeCall node)
    {
        base.Visit(node);
        if (node.From is not null && HtmlOf(node) is { } html)
        {
            _found.Add((node, html));
        }
    }

    /// <summary>The <c>html</c> of a pipe into <c>html.escape</c> with no arguments of its own, else null.</summary>
    private static ScriptVariableGlobal? HtmlOf(ScriptPipeCall pipe) =>
        pipe.To is ScriptFunctionCall { Arguments.Count: 0, Target: ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "html" } html, Member.Name: "escape" } }
            ? html
            : null;

    private static void Replace(ScriptPipeCall pipe, EscapedExpression escaped)
    {
        switch (pipe.Parent)
        {
            case ScriptExpressionStatement statement when ReferenceEquals(statement.Expression, pipe):
                statement.Expression = escaped;
                break;
            case ScriptAssignExpression assign when ReferenceEquals(assign.Value, pipe):
                assign.Value = escaped;
                break;
            case ScriptNestedExpression nested when ReferenceEquals(nested.Expression, pipe):
                nested.Expression = escaped;
                break;
            case ScriptBinaryExpression binary when ReferenceEquals(binary.Left, pipe):
                binary.Left = escaped;
                break;
            case ScriptBinaryExpression binary when ReferenceEquals(binary.Right, pipe):
                binary.Right = escaped;
                break;
        }
    }
}

/// <summary>
/// <c>x | html.escape</c> (<see cref="EscapePipes"/>): evaluates <c>x</c>, converts it to a string as Scriban converts a
/// string argument, and escapes it (<see cref="HtmlEscape.Escape"/>). When <c>html</c> is not the builtin object (inside
/// a <c>with</c> block of an object that has an <c>html</c> member) the pipe runs as Scriban's. Prints, and is visited,
/// as the pipe it stands for. One difference: Scriban counts a function call as one level of the recursion limit
/// while it runs; the escape is not a level, so a template recursing without end is stopped at its next include or
/// function call instead of at an escape.
/// </summary>
internal sealed class EscapedExpression : ScriptExpression
{
    private readonly ScriptPipeCall _pipe;
    private readonly ScriptVariableGlobal _html;

    /// <param name="html">The pipe's <c>html</c> variable (the target of <c>.escape</c>).</param>
    public EscapedExpression(ScriptPipeCall pipe, ScriptVariableGlobal html)
    {
        _pipe = pipe;
        _html = html;
        Span = pipe.Span;
    }

    public override object? Evaluate(TemplateContext context)
    {
        if (context is not ThemeTemplateContext theme || !ReferenceEquals(context.GetValue(_html), theme.BuiltinHtml))
        {
            return _pipe.Evaluate(context);
        }

        var from = _pipe.From!;
        return HtmlEscape.Escape(context, from.Span, context.Evaluate(from));
    }

    public override bool CanHaveLeadingTrivia() => false;

    public override void PrintTo(ScriptPrinter printer) => _pipe.PrintTo(printer);

    public override void Accept(ScriptVisitor visitor) => _pipe.Accept(visitor);

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => _pipe.Accept(visitor);
}
