using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary><c>if cond ... else if ... else ... end</c></summary>
public sealed class ScriptIfStatement(ScriptExpression condition, ScriptBlockStatement then) : ScriptStatement
{
    public ScriptExpression Condition { get; } = condition;

    public ScriptBlockStatement Then { get; } = then;

    /// <summary>Another <see cref="ScriptIfStatement"/> (else if) or a block (else).</summary>
    public ScriptStatement? Else { get; internal set; }

    public override void Execute(TemplateContext context)
    {
        if (ValueConverter.ToBool(Condition.Evaluate(context)))
        {
            Then.Execute(context);
        }
        else
        {
            Else?.Execute(context);
        }
    }
}

/// <summary>One <c>when a, b</c> clause.</summary>
public sealed class ScriptWhenClause(List<ScriptExpression> values, ScriptBlockStatement body)
{
    public List<ScriptExpression> Values { get; } = values;

    public ScriptBlockStatement Body { get; } = body;
}

/// <summary><c>case value when ... else ... end</c></summary>
public sealed class ScriptCaseStatement(ScriptExpression value) : ScriptStatement
{
    public ScriptExpression Value { get; } = value;

    public List<ScriptWhenClause> Whens { get; } = new();

    public ScriptBlockStatement? Else { get; internal set; }

    /// <summary>Statements before the first <c>when</c> (only raw text and code markers are allowed).</summary>
    public ScriptBlockStatement Prelude { get; } = new();

    public override void Execute(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        Prelude.Execute(context);
        foreach (var when in Whens)
        {
            foreach (var candidate in when.Values)
            {
                if (Operators.AreEqual(value, candidate.Evaluate(context)))
                {
                    when.Body.Execute(context);
                    return;
                }
            }
        }
        Else?.Execute(context);
    }
}
